import {
  Alert,
  Button,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Textfield,
} from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { isApiError } from '../../../api/errors';
import { links } from '../../../app/links';
import { hasRole } from '../../../app/roles';
import { DateTime } from '../../../shared/components/DateTime';
import { ErrorMessage } from '../../../shared/components/ErrorMessage';
import { NotFound } from '../../../shared/components/NotFound';
import { PageSkeleton } from '../../../shared/components/PageSkeleton';
import { errorText } from '../../../shared/errors';
import { formatDate, formatDateTime } from '../../../shared/format';
import { useToast } from '../../../shared/toast/ToastProvider';
import { usePageTitle } from '../../../shared/usePageTitle';
import { type Me, useMe } from '../../auth/hooks/useMe';
import { ACTION_STATUSES } from '../action-filters';
import { type HistoryChange, historyChanges, newestFirst } from '../action-history';
import { ActionStatusTag } from '../components/ActionStatusTag';
import { useAction, useUpdateAction } from '../hooks/useAction';
import type { Action, ActionStatus } from '../hooks/useActions';

/**
 * Mirrors the API (ActionService.update) to decide whether to show the change form: admins, the region's
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
      <Heading level={1} data-size="lg">
        {data.title}
      </Heading>
      <Paragraph>
        <ActionStatusTag status={data.status} overdue={data.overdue} />
      </Paragraph>
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
          {data.strategyAreas.length > 0 && (
            <>
              <dt>{t('strategyAreas')}</dt>
              <dd>{data.strategyAreas.map((area) => area.name).join(', ')}</dd>
            </>
          )}
          {data.meetingId && (
            <>
              <dt>{t('meeting')}</dt>
              <dd>
                <RouterLink to={links.meeting(data.meetingId)}>{t('openMeeting')}</RouterLink>
              </dd>
            </>
          )}
          {data.closedAt && (
            <>
              <dt>{t('closedAt')}</dt>
              <dd>
                <DateTime value={data.closedAt} />
              </dd>
            </>
          )}
        </dl>
        {data.description && <Paragraph className="prose">{data.description}</Paragraph>}
      </section>
      {me && mayChangeStatus(me, data) && <ChangeStatus action={data} />}
      <History action={data} />
    </>
  );
}

function ChangeStatus({ action }: { action: Action }) {
  const { t } = useTranslation('actions');
  const toast = useToast();
  const update = useUpdateAction(action.id);
  const [status, setStatus] = useState<ActionStatus>(action.status);
  const [comment, setComment] = useState('');
  const [nothing, setNothing] = useState(false);

  function submit(event: FormEvent) {
    event.preventDefault();
    const text = comment.trim();
    if (status === action.status && !text) {
      setNothing(true);
      return;
    }
    update.mutate(
      {
        ...(status !== action.status && { status }),
        ...(text && { comment: text }),
        version: action.version,
      },
      {
        onSuccess: () => {
          setComment('');
          toast.show(
            status !== action.status
              ? t('statusSaved', { status: t(`status.${status}`) })
              : t('commentSaved'),
          );
        },
      },
    );
  }

  return (
    <section aria-labelledby="change-heading" className="section">
      <Heading level={2} data-size="sm" id="change-heading">
        {t('changeHeading')}
      </Heading>
      <form onSubmit={submit} className="form narrow">
        <Field>
          <Label>{t('newStatus')}</Label>
          <Select
            value={status}
            onChange={(e) => {
              setStatus(e.target.value as ActionStatus);
              setNothing(false);
            }}
          >
            {ACTION_STATUSES.map((s) => (
              <Select.Option key={s} value={s}>
                {t(`status.${s}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Textfield
          label={t('comment')}
          multiline
          rows={3}
          value={comment}
          onChange={(e) => {
            setComment(e.target.value);
            setNothing(false);
          }}
          error={nothing ? t('nothingToSave') : undefined}
        />
        {update.isError && (
          <Alert data-color="danger" role="alert">
            <Paragraph>{errorText(update.error, t)}</Paragraph>
          </Alert>
        )}
        <Button type="submit" loading={update.isPending}>
          {t('save')}
        </Button>
      </form>
    </section>
  );
}

function History({ action }: { action: Action }) {
  const { t } = useTranslation('actions');
  const entries = newestFirst(action.history);
  return (
    <section aria-labelledby="history-heading" className="section">
      <Heading level={2} data-size="sm" id="history-heading">
        {t('history')}
      </Heading>
      {entries.length === 0 ? (
        <Paragraph>{t('noHistory')}</Paragraph>
      ) : (
        <ol className="history">
          {entries.map((entry) => (
            <li key={entry.id} className="history__entry">
              <Paragraph data-size="sm">
                <strong>{entry.actorName ?? t('system')}</strong>
                {', '}
                <DateTime value={entry.occurredAt} />
                {': '}
                {t(`kind.${entry.kind}`)}
              </Paragraph>
              {entry.kind !== 'created' && historyChanges(entry).length > 0 && (
                <ul className="cell-list">
                  {historyChanges(entry).map((change) => (
                    <li key={change.field}>
                      <ChangeText change={change} />
                    </li>
                  ))}
                </ul>
              )}
              {entry.comment && (
                <Paragraph data-size="sm">
                  {t('commentLabel')} {entry.comment}
                </Paragraph>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
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
