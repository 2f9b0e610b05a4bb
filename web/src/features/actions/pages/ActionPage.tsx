import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { isApiError } from '../../../api/errors';
import { links } from '../../../app/links';
import { hasRole } from '../../../app/roles';
import { DateTime } from '../../../shared/components/DateTime';
import { DetailTitle, Fact } from '../../../shared/components/Facts';
import { ErrorMessage } from '../../../shared/components/ErrorMessage';
import { NotFound } from '../../../shared/components/NotFound';
import { HistoryLog } from '../../../shared/components/HistoryLog';
import { PageSkeleton } from '../../../shared/components/PageSkeleton';
import { StatusCommentForm } from '../../../shared/components/StatusCommentForm';
import { formatDate, formatDateTime } from '../../../shared/format';
import { usePageTitle } from '../../../shared/usePageTitle';
import { type Me, useMe } from '../../auth/hooks/useMe';
import { useMeeting } from '../../meetings/hooks/useMeeting';
import { ACTION_STATUSES, SETTABLE_ACTION_STATUSES } from '../action-filters';
import { type HistoryChange, historyChanges } from '../action-history';
import { ActionStatusTag } from '../components/ActionStatusTag';
import { useAction, useUpdateAction } from '../hooks/useAction';
import type { Action } from '../hooks/useActions';

/**
 * Mirrors the API (checkActionUpdate) to decide whether to show the change form: admins, the region's
 * coordinators, the owner organization's coordinators and secretaries, and the owner (status and comment).
 * The API still decides.
 */
function mayChangeStatus(me: Me, action: Action): boolean {
  if (hasRole(me, 'admin')) return true;
  if (me.organization.kind === 'region' && hasRole(me, 'coordinator')) return true;
  if (hasRole(me, 'coordinator', 'secretary') && action.owner.organizationId === me.organizationId)
    return true;
  return action.owner.personId === me.id;
}

/** /actions/:id: the action, a status change with a comment, and its history. */
export function ActionPage() {
  const { t } = useTranslation('actions');
  const { id = '' } = useParams();
  const me = useMe().data;
  const action = useAction(id);
  usePageTitle(action.data?.title);

  if (isApiError(action.error, 404) || isApiError(action.error, 400)) return <NotFound />;
  if (action.isPending) return <PageSkeleton rows={8} />;
  if (action.isError) return <ErrorMessage error={action.error} onRetry={() => void action.refetch()} />;
  const data = action.data;

  return (
    <>
      <DetailTitle
        title={data.title}
        status={<ActionStatusTag status={data.status} overdue={data.overdue} />}
      />
      <section aria-labelledby="details-heading" className="section">
        <Heading level={2} data-size="sm" id="details-heading">
          {t('details')}
        </Heading>
        <dl className="facts">
          <dt>{t('owner')}</dt>
          <dd>
            {data.owner.name ?? t('unknownPerson')}, {data.owner.organizationName}
          </dd>
          <dt>{t('dueDate')}</dt>
          <dd>
            <DateTime value={data.dueDate} dateOnly />
          </dd>
          <Fact label={t('strategyAreas')}>{data.strategyAreas.map((area) => area.name).join(', ')}</Fact>
          <Fact label={t('meeting')}>{data.meetingId && <MeetingLink meetingId={data.meetingId} />}</Fact>
          <Fact label={t('closedAt')}>{data.closedAt && <DateTime value={data.closedAt} />}</Fact>
        </dl>
        {data.description && <Paragraph className="prose">{data.description}</Paragraph>}
      </section>
      {me && data.status !== 'proposed' && mayChangeStatus(me, data) && <ChangeStatus action={data} />}
      <History action={data} />
    </>
  );
}

function ChangeStatus({ action }: { action: Action }) {
  const update = useUpdateAction(action.id);
  return (
    <StatusCommentForm
      ns="actions"
      statuses={[...SETTABLE_ACTION_STATUSES]}
      current={action.status}
      save={({ status, ...change }, done) => {
        if (status === 'proposed') return;
        update.mutate(
          { ...change, ...(status ? { status } : {}), version: action.version },
          { onSuccess: done },
        );
      }}
      pending={update.isPending}
      error={update.error}
    />
  );
}

function History({ action }: { action: Action }) {
  const { t } = useTranslation('actions');
  return (
    <HistoryLog
      ns="actions"
      entries={action.history}
      unnamed={t('system')}
      changes={(entry) =>
        entry.kind !== 'created'
          ? historyChanges(entry).map((change) => ({
              field: change.field,
              text: <ChangeText change={change} />,
            }))
          : []
      }
    />
  );
}

const FIELDS = [
  'status',
  'title',
  'description',
  'dueDate',
  'closedAt',
  'ownerPersonId',
  'ownerOrganizationId',
  'regionId',
  'strategyAreaIds',
  'meetingId',
  'agendaItemId',
];

/** One change in words: identifiers are not shown (the details above name the current owner, meeting…). */
function ChangeText({ change }: { change: HistoryChange }) {
  const { t, i18n } = useTranslation('actions');
  const field = FIELDS.includes(change.field) ? t(`field.${change.field}`) : change.field;
  if (/Ids?$/.test(change.field)) return <>{t('changedField', { field })}</>;
  const word = (value: string | null) => {
    if (value === null) return t('none');
    if (change.field === 'status' && (ACTION_STATUSES as string[]).includes(value))
      return t(`status.${value}`);
    if (change.field === 'dueDate') return formatDate(value, i18n.language);
    if (change.field === 'closedAt') return formatDateTime(value, i18n.language);
    return value;
  };
  return <>{t('changed', { field, from: word(change.from), to: word(change.to) })}</>;
}

/** The action's meeting by its title (the words "Visa mötet" until the meeting has been read, or if it cannot be). */
function MeetingLink({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation('actions');
  const meeting = useMeeting(meetingId);
  return <RouterLink to={links.meeting(meetingId)}>{meeting.data?.title ?? t('openMeeting')}</RouterLink>;
}
