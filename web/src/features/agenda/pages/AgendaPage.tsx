import { Alert, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { formatDate, formatDateTime } from '../../../shared/format';
import { useStrategyAreas } from '../../actions/hooks/useActions';
import { useMe } from '../../auth/hooks/useMe';
import { MeetingDocumentPage } from '../../meetings/components/MeetingDocumentPage';
import type { Meeting } from '../../meetings/hooks/useMeetings';
import { keepsAgenda, proposalsOf } from '../agenda-view';
import { AgendaItems } from '../components/AgendaItems';
import { CarriedOver } from '../components/CarriedOver';
import { OwnProposals, ProposalQueue } from '../components/Proposals';
import { ProposeItemForm } from '../components/ProposeItemForm';
import { type Agenda, useAgenda } from '../hooks/useAgenda';

/**
 * /meetings/:id/agenda, where the agenda email links: the items in order with their times, presenters and
 * strategy areas; a participant proposes an item before the deadline and follows its fate; the agenda's
 * keepers accept or decline proposals. Another municipality's meeting answers 404: "not found".
 */
export function AgendaPage() {
  const { t } = useTranslation('agenda');
  const { id = '' } = useParams();
  const agenda = useAgenda(id);
  return (
    <MeetingDocumentPage
      meetingId={id}
      title={t('title')}
      pageTitle={(meeting) => t('pageTitle', { meeting })}
      document={agenda}
    >
      {(meeting, data) => (
        <>
          <AgendaState agenda={data} />
          <AgendaBody meeting={meeting} agenda={data} />
        </>
      )}
    </MeetingDocumentPage>
  );
}

function AgendaState({ agenda }: { agenda: Agenda }) {
  const { t, i18n } = useTranslation('agenda');
  const lang = i18n.language;
  const deadline = formatDate(agenda.proposalDeadlineDate, lang);
  return (
    <div className="section">
      <div className="tag-row">
        <Tag data-color={agenda.publishedAt ? 'success' : 'warning'} data-size="sm" className="status-tag">
          {t(agenda.publishedAt ? 'state.published' : 'state.draft')}
        </Tag>
      </div>
      <Paragraph data-size="sm">
        {agenda.publishedAt
          ? t('publishedAt', { time: formatDateTime(agenda.publishedAt, lang) })
          : t('draftNote')}
        {agenda.sentAt && ` ${t('sentAt', { time: formatDateTime(agenda.sentAt, lang) })}`}
      </Paragraph>
      <dl className="facts">
        <dt>{t('deadlineLabel')}</dt>
        <dd data-testid="proposal-deadline">
          {agenda.proposalsOpen
            ? t('deadlineOpen', { date: deadline })
            : t('deadlineClosed', { date: deadline })}
        </dd>
      </dl>
    </div>
  );
}

function AgendaBody({ meeting, agenda }: { meeting: Meeting; agenda: Agenda }) {
  const { t, i18n } = useTranslation('agenda');
  const me = useMe().data;
  const areas = useStrategyAreas();
  const areaList = areas.data?.items ?? [];
  const areaNames = new Map(areaList.map((area) => [area.id, area.name]));
  const keeper = !!me && keepsAgenda(me, meeting);
  const open = agenda.proposalsOpen && meeting.status !== 'cancelled';

  return (
    <>
      {agenda.warnings.length > 0 && (
        <Alert data-color="warning">
          <Heading level={2} data-size="xs">
            {t('warnings')}
          </Heading>
          {agenda.warnings.map((warning) => (
            <Paragraph key={warning.code}>{warning.message}</Paragraph>
          ))}
        </Alert>
      )}
      <section aria-labelledby="items-heading" className="section">
        <Heading level={2} data-size="sm" id="items-heading">
          {t('items')}
        </Heading>
        {agenda.items.length === 0 ? (
          <Paragraph>{t('noItems')}</Paragraph>
        ) : (
          <>
            <Paragraph data-size="sm">
              {t('totalTime', { total: agenda.totalMinutes, meeting: agenda.meetingMinutes })}
            </Paragraph>
            <AgendaItems items={agenda.items} meetingStartAt={meeting.startAt} areaNames={areaNames} />
          </>
        )}
      </section>
      {agenda.unplacedCarriedOver && (
        <section aria-labelledby="carried-heading" className="section">
          <Heading level={2} data-size="sm" id="carried-heading">
            {t('unplacedCarriedOver')}
          </Heading>
          <CarriedOver carried={agenda.unplacedCarriedOver} />
        </section>
      )}
      {keeper ? (
        <ProposalQueue meetingId={meeting.id} proposals={proposalsOf(agenda)} />
      ) : (
        me && (
          <>
            <OwnProposals proposals={proposalsOf(agenda, me.id)} />
            {open ? (
              <ProposeItemForm meetingId={meeting.id} strategyAreas={areaList} />
            ) : (
              <section aria-labelledby="propose-heading" className="section">
                <Heading level={2} data-size="sm" id="propose-heading">
                  {t('propose')}
                </Heading>
                <Paragraph>
                  {meeting.status === 'cancelled'
                    ? t('cancelledMeeting')
                    : t('deadlinePassed', { date: formatDate(agenda.proposalDeadlineDate, i18n.language) })}
                </Paragraph>
              </section>
            )}
          </>
        )
      )}
    </>
  );
}
