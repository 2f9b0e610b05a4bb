import { Alert, Button, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
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
import { ItemEditorDialog } from '../components/ItemEditorDialog';
import type { PresenterOption } from '../components/ItemFields';
import { KeeperAgendaItems } from '../components/KeeperAgendaItems';
import { OwnProposals, ProposalQueue } from '../components/Proposals';
import { ProposeItemForm } from '../components/ProposeItemForm';
import { Publication } from '../components/Publication';
import { TemplateApply } from '../components/TemplateApply';
import { type Agenda, type AgendaItem, useAgenda } from '../hooks/useAgenda';

/**
 * /meetings/:id/agenda, where the agenda email links: the items in order with their times, presenters and
 * strategy areas; a participant proposes an item before the deadline and follows its fate. The agenda's
 * keepers add, change, remove and reorder items (buttons and drag), start from a template, publish and see
 * who was told, and accept (placing the item) or decline proposals. Another municipality's meeting answers
 * 404: "not found".
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

/** The meeting's people who may present an item (the API's rule: the region's or a party municipality's). */
function presenterOptions(meeting: Meeting, t: (key: string) => string): PresenterOption[] {
  const parties = new Set([
    meeting.regionId,
    ...meeting.organizations.map((organization) => organization.id),
  ]);
  return [
    { value: 'party:region', label: t('party.region') },
    { value: 'party:municipality', label: t('party.municipality') },
    ...meeting.participants
      .filter((person) => person.name && person.organizationId && parties.has(person.organizationId))
      .map((person) => ({ value: `person:${person.personId}`, label: person.name ?? '' }))
      .sort((a, b) => a.label.localeCompare(b.label, 'sv')),
  ];
}

function AgendaBody({ meeting, agenda }: { meeting: Meeting; agenda: Agenda }) {
  const { t, i18n } = useTranslation('agenda');
  const me = useMe().data;
  const areas = useStrategyAreas();
  const areaList = areas.data?.items ?? [];
  const areaNames = new Map(areaList.map((area) => [area.id, area.name]));
  const keeper = !!me && keepsAgenda(me, meeting);
  const editable = keeper && meeting.status !== 'cancelled';
  const open = agenda.proposalsOpen && meeting.status !== 'cancelled';
  // undefined: the editor is closed; null: a new item.
  const [editing, setEditing] = useState<AgendaItem | null | undefined>(undefined);

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
        {editable && (
          <div className="agenda-tools">
            <Button onClick={() => setEditing(null)}>{t('addItem')}</Button>
            <TemplateApply agenda={agenda} />
          </div>
        )}
        {agenda.items.length === 0 ? (
          <Paragraph>{t(editable ? 'noItemsKeeper' : 'noItems')}</Paragraph>
        ) : (
          <>
            <Paragraph data-size="sm">
              {t('totalTime', { total: agenda.totalMinutes, meeting: agenda.meetingMinutes })}
            </Paragraph>
            {editable ? (
              <KeeperAgendaItems
                agenda={agenda}
                meetingStartAt={meeting.startAt}
                areaNames={areaNames}
                onEdit={setEditing}
              />
            ) : (
              <AgendaItems items={agenda.items} meetingStartAt={meeting.startAt} areaNames={areaNames} />
            )}
          </>
        )}
        {editable && (
          <ItemEditorDialog
            meetingId={meeting.id}
            item={editing}
            strategyAreas={areaList}
            presenters={presenterOptions(meeting, t)}
            onClose={() => setEditing(undefined)}
          />
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
        <>
          <ProposalQueue meetingId={meeting.id} proposals={proposalsOf(agenda)} agendaItems={agenda.items} />
          {editable && <Publication meeting={meeting} agenda={agenda} />}
        </>
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
