import { Heading, Link, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { links } from '../../../app/links';
import { formatDate, formatDateTime } from '../../../shared/format';
import { MeetingDocumentPage } from '../../meetings/components/MeetingDocumentPage';
import type { Meeting } from '../../meetings/hooks/useMeetings';
import { PageSkeleton } from '../../../shared/components/PageSkeleton';
import { useMe } from '../../auth/hooks/useMe';
import { ItemHeading } from '../components/ItemHeading';
import { MinutesEditor } from '../components/MinutesEditor';
import { MinutesJustering } from '../components/MinutesJustering';
import { MinutesPdfLinks } from '../components/MinutesPdfLinks';
import { ReturnedNotice } from '../components/ReturnedNotice';
import { UnsentDrafts } from '../components/UnsentDrafts';
import { useMinutesSync } from '../hooks/useMinutesSync';
import { fetchesArchive, isWritable, keepsMinutes } from '../minutes-edit';
import { MinutesArchive } from '../components/MinutesArchive';
import { MinutesRevisions } from '../components/MinutesRevisions';
import { MinutesStatusTag } from '../components/MinutesStatusTag';
import { type Minutes, useMinutes } from '../hooks/useMinutes';
import { actionsByItem, hasMinutes, peopleNamed } from '../minutes-view';

const ATTENDANCE_COLORS = {
  present: 'success',
  absent: 'danger',
  excused: 'warning',
  notRecorded: 'neutral',
};

/**
 * /meetings/:id/minutes, where the minutes emails link: for the keepers, while the minutes are a draft or
 * returned, the editor (MinutesEditor); otherwise the minutes as read (status, attendance, each item's notes
 * and decisions, the actions, the adjusters' decisions, the PDF, revisions); what the API returns is shown
 * (restricted items only to those it gives them to). Another municipality's meeting: "not found".
 */
export function MinutesPage() {
  const { t } = useTranslation('minutes');
  const { id = '' } = useParams();
  const minutes = useMinutes(id);
  return (
    <MeetingDocumentPage
      meetingId={id}
      title={t('title')}
      pageTitle={(meeting) => t('pageTitle', { meeting })}
      document={minutes}
      moreLinks={
        <li>
          <Link asChild>
            <RouterLink to={links.agenda(id)}>{t('toAgenda')}</RouterLink>
          </Link>
        </li>
      }
    >
      {(meeting, minutes) => <MinutesBody meeting={meeting} minutes={minutes} />}
    </MeetingDocumentPage>
  );
}

/**
 * The minutes' keepers (admins, the parties' coordinators and secretaries) write them while they are a draft
 * or returned: the editor, saved as they type. Everyone else, and everyone once they are with the
 * adjusters or locked, reads them. Drafts this person left in the browser are sent whenever the page is open.
 */
function MinutesBody({ meeting, minutes }: { meeting: Meeting; minutes: Minutes }) {
  const { t } = useTranslation('minutes');
  const me = useMe().data;
  const keeper = !!me && keepsMinutes(me, meeting);
  const editing = useMinutesSync(meeting.id, keeper ? me.id : undefined);
  if (keeper && isWritable(minutes.status)) {
    if (!editing.ready) return <PageSkeleton rows={6} />;
    return (
      <>
        <ReturnedNotice minutes={minutes} />
        <MinutesEditor meeting={meeting} minutes={minutes} editing={editing} />
        <MinutesJustering
          meeting={meeting}
          minutes={minutes}
          keeper={keeper}
          unsaved={editing.snapshot.pending}
        />
        <MinutesRevisions meetingId={meeting.id} />
        {fetchesArchive(me, meeting) && <MinutesArchive meetingId={meeting.id} onlyIfAny />}
      </>
    );
  }
  return (
    <>
      {keeper && <UnsentDrafts minutes={minutes} editing={editing} />}
      {hasMinutes(minutes) ? (
        <RecordedMinutes
          meeting={meeting}
          minutes={minutes}
          keeper={keeper}
          archive={!!me && fetchesArchive(me, meeting)}
        />
      ) : (
        <section aria-labelledby="empty-heading" className="section">
          <Heading level={2} data-size="sm" id="empty-heading">
            {t('empty')}
          </Heading>
          <Paragraph>{t('emptyHint')}</Paragraph>
        </section>
      )}
    </>
  );
}

function RecordedMinutes({
  meeting,
  minutes,
  keeper,
  archive,
}: {
  meeting: Meeting;
  minutes: Minutes;
  keeper: boolean;
  /** Whether the person fetches the archive packages (the region's keepers). */
  archive: boolean;
}) {
  const { t, i18n } = useTranslation('minutes');
  const lang = i18n.language;
  const names = peopleNamed(minutes);
  const byItem = actionsByItem(minutes);
  const other = byItem.get(null) ?? [];
  return (
    <>
      <div className="section">
        <div className="tag-row">
          <MinutesStatusTag status={minutes.status} />
        </div>
        <Paragraph data-size="sm">
          {t(`statusText.${minutes.status}`)}
          {minutes.lockedAt && ` ${t('lockedAt', { time: formatDateTime(minutes.lockedAt, lang) })}`}
          {!minutes.lockedAt &&
            minutes.updatedAt &&
            ` ${t('updatedAt', { time: formatDateTime(minutes.updatedAt, lang) })}`}
        </Paragraph>
        <MinutesPdfLinks minutes={minutes} />
      </div>
      <Attendance meeting={meeting} minutes={minutes} />
      <section aria-labelledby="items-heading" className="section">
        <Heading level={2} data-size="sm" id="items-heading">
          {t('items')}
        </Heading>
        {minutes.items.length === 0 ? (
          <Paragraph>{t('noItems')}</Paragraph>
        ) : (
          <ol className="agenda-items">
            {minutes.items.map((item) => (
              <li key={item.agendaItemId} className="agenda-item">
                <ItemHeading item={item} />
                <Heading level={4} data-size="2xs">
                  {t('notes')}
                </Heading>
                <Paragraph className="prose pre-line">{item.notes ?? t('noNotes')}</Paragraph>
                {item.decisions.length > 0 && (
                  <>
                    <Heading level={4} data-size="2xs">
                      {t('decisions')}
                    </Heading>
                    <ul className="cell-list">
                      {item.decisions.map((decision, index) => (
                        <li key={index}>{decision}</li>
                      ))}
                    </ul>
                  </>
                )}
                <MinutesActions actions={byItem.get(item.agendaItemId) ?? []} names={names} level={4} />
              </li>
            ))}
          </ol>
        )}
      </section>
      {other.length > 0 && (
        <section aria-labelledby="other-actions-heading" className="section">
          <Heading level={2} data-size="sm" id="other-actions-heading">
            {t('otherActions')}
          </Heading>
          <MinutesActions actions={other} names={names} />
        </section>
      )}
      <MinutesJustering meeting={meeting} minutes={minutes} keeper={keeper} />
      <MinutesRevisions meetingId={meeting.id} />
      {archive && <MinutesArchive meetingId={meeting.id} onlyIfAny={minutes.status !== 'locked'} />}
    </>
  );
}

function Attendance({ meeting, minutes }: { meeting: Meeting; minutes: Minutes }) {
  const { t } = useTranslation('minutes');
  const organizations = new Map(meeting.organizations.map((org) => [org.id, org.name]));
  const organizationName = (id: string | null) =>
    id === null ? '–' : id === meeting.regionId ? t('region') : (organizations.get(id) ?? '–');
  return (
    <section aria-labelledby="attendance-heading" className="section">
      <Heading level={2} data-size="sm" id="attendance-heading">
        {t('attendance')}
      </Heading>
      {minutes.attendance.length === 0 ? (
        <Paragraph>{t('noAttendance')}</Paragraph>
      ) : (
        <div className="table-scroll">
          <Table zebra data-size="sm">
            <caption className="visually-hidden">{t('attendance')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('name')}</Table.HeaderCell>
                <Table.HeaderCell>{t('organization')}</Table.HeaderCell>
                <Table.HeaderCell>{t('attendanceStatus')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {minutes.attendance.map((entry) => {
                const status = entry.status ?? 'notRecorded';
                return (
                  <Table.Row key={entry.personId}>
                    <Table.Cell>{entry.name}</Table.Cell>
                    <Table.Cell>{organizationName(entry.organizationId)}</Table.Cell>
                    <Table.Cell>
                      <Tag data-color={ATTENDANCE_COLORS[status]} data-size="sm" className="status-tag">
                        {t(`attendanceStatuses.${status}`)}
                      </Tag>
                    </Table.Cell>
                  </Table.Row>
                );
              })}
            </Table.Body>
          </Table>
        </div>
      )}
      {minutes.guests.length > 0 && (
        <>
          <Heading level={3} data-size="xs">
            {t('guests')}
          </Heading>
          <ul className="cell-list">
            {minutes.guests.map((guest, index) => (
              <li key={index}>
                {guest.name}
                {guest.organization && `, ${guest.organization}`}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** The actions written into the minutes; once the minutes lock, each links to the action it became. */
function MinutesActions({
  actions,
  names,
  level,
}: {
  actions: Minutes['actions'];
  names: ReadonlyMap<string, string>;
  level?: 4;
}) {
  const { t, i18n } = useTranslation('minutes');
  if (actions.length === 0) return null;
  return (
    <>
      {level && (
        <Heading level={level} data-size="2xs">
          {t('actions')}
        </Heading>
      )}
      <ul className="cell-list">
        {actions.map((action) => (
          <li key={action.id}>
            {action.actionId ? (
              <RouterLink to={links.action(action.actionId)}>{action.title}</RouterLink>
            ) : (
              action.title
            )}{' '}
            <Tag data-color={action.proposed ? 'info' : 'success'} data-size="sm" className="status-tag">
              {t(action.proposed ? 'actionPending' : 'actionCreated')}
            </Tag>
            <br />
            {t('actionLine', {
              owner: names.get(action.ownerPersonId) ?? t('unknownOwner'),
              date: formatDate(action.dueDate, i18n.language),
            })}
          </li>
        ))}
      </ul>
    </>
  );
}
