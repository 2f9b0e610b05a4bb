import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { links } from '../../../app/links';
import { ErrorMessage } from '../../../shared/components/ErrorMessage';
import { PageSkeleton } from '../../../shared/components/PageSkeleton';
import { formatDateTime, formatTimeRange } from '../../../shared/format';
import { useMe } from '../../auth/hooks/useMe';
import { MeetingStatusTag } from '../../meetings/components/MeetingStatusTag';
import { PartstatTag } from '../../meetings/components/PartstatTag';
import { type Meeting, type MeetingQuery, useMeetings } from '../../meetings/hooks/useMeetings';
import { meetingWindows } from '../municipality-meetings';

/** The municipality's upcoming meetings and those of the last twelve months, each with the reader's answer. */
export function MunicipalityMeetings({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation('municipality');
  const { upcoming, past } = meetingWindows(organizationId, new Date());
  return (
    <>
      <MeetingTable heading={t('upcomingMeetings')} id="upcoming" query={upcoming} empty={t('noUpcoming')} />
      <MeetingTable heading={t('pastMeetings')} id="past" query={past} empty={t('noPast')} newestFirst />
      <Paragraph>
        <RouterLink to={`/meetings?organizationId=${organizationId}`}>{t('allMeetings')}</RouterLink>
      </Paragraph>
    </>
  );
}

function MeetingTable({
  heading,
  id,
  query,
  empty,
  newestFirst = false,
}: {
  heading: string;
  id: string;
  query: MeetingQuery;
  empty: string;
  newestFirst?: boolean;
}) {
  const { t, i18n } = useTranslation('municipality');
  const me = useMe().data;
  const meetings = useMeetings(query);
  const items = meetings.data ? [...meetings.data.items] : [];
  if (newestFirst) items.reverse();
  const mine = (meeting: Meeting) => meeting.participants.find((p) => p.personId === me?.id);
  const showAnswers = items.some((meeting) => mine(meeting));
  return (
    <section aria-labelledby={`${id}-heading`} className="section">
      <Heading level={2} data-size="sm" id={`${id}-heading`}>
        {heading}
      </Heading>
      {meetings.isPending ? (
        <PageSkeleton rows={3} />
      ) : meetings.isError ? (
        <ErrorMessage error={meetings.error} onRetry={() => void meetings.refetch()} />
      ) : items.length === 0 ? (
        <Paragraph>{empty}</Paragraph>
      ) : (
        <div className="table-scroll">
          <Table zebra data-size="sm" className="full-width">
            <caption className="visually-hidden">{heading}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('when')}</Table.HeaderCell>
                <Table.HeaderCell>{t('meetingTitle')}</Table.HeaderCell>
                <Table.HeaderCell>{t('status')}</Table.HeaderCell>
                {showAnswers && <Table.HeaderCell>{t('yourAnswer')}</Table.HeaderCell>}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {items.map((meeting) => {
                const myself = mine(meeting);
                const open = meeting.status === 'planned' || meeting.status === 'confirmed';
                return (
                  <Table.Row key={meeting.id}>
                    <Table.Cell>
                      <RouterLink to={links.meeting(meeting.id)}>
                        <time dateTime={meeting.startAt}>
                          {formatDateTime(meeting.startAt, i18n.language)}
                        </time>
                      </RouterLink>
                      <span className="cell-note">
                        {formatTimeRange(meeting.startAt, meeting.endAt, i18n.language)}
                      </span>
                    </Table.Cell>
                    <Table.Cell>{meeting.title}</Table.Cell>
                    <Table.Cell>
                      <MeetingStatusTag status={meeting.status} />
                    </Table.Cell>
                    {showAnswers && (
                      <Table.Cell>
                        {!myself && <span className="cell-note">{t('notInvited')}</span>}
                        {myself && (
                          <>
                            <PartstatTag partstat={myself.partstat} />
                            {open && (
                              <span className="cell-note">
                                <RouterLink
                                  to={`${links.meeting(meeting.id)}#answer-heading`}
                                  aria-label={t('answerFor', {
                                    time: formatDateTime(meeting.startAt, i18n.language),
                                  })}
                                >
                                  {myself.partstat === 'NEEDS-ACTION' ? t('answer') : t('changeAnswer')}
                                </RouterLink>
                              </span>
                            )}
                          </>
                        )}
                      </Table.Cell>
                    )}
                  </Table.Row>
                );
              })}
            </Table.Body>
          </Table>
        </div>
      )}
    </section>
  );
}
