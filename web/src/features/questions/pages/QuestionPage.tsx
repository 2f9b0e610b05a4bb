import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { isApiError } from '../../../api/errors';
import { links } from '../../../app/links';
import { hasRole, isRegionStaff } from '../../../app/roles';
import { DateTime } from '../../../shared/components/DateTime';
import { ErrorMessage } from '../../../shared/components/ErrorMessage';
import { NotFound } from '../../../shared/components/NotFound';
import { PageSkeleton } from '../../../shared/components/PageSkeleton';
import { StatusCommentForm } from '../../../shared/components/StatusCommentForm';
import { usePageTitle } from '../../../shared/usePageTitle';
import { useAction } from '../../actions/hooks/useAction';
import { type Me, useMe } from '../../auth/hooks/useMe';
import { QuestionHistory } from '../components/QuestionHistory';
import { QuestionStatusTag } from '../components/QuestionStatusTag';
import { QUESTION_STATUSES } from '../question-filters';
import { type Question, useQuestion, useUpdateQuestion } from '../hooks/useQuestions';

/**
 * Mirrors the API (checkQuestionUpdate, src/question/editing) to decide whether to show the status change:
 * admins, coordinators and secretaries (the region's any question, a municipality's those raised with it,
 * which are the ones it sees), and the responsible person. The API still decides.
 */
function mayChangeStatus(me: Me, question: Question): boolean {
  if (hasRole(me, 'admin', 'coordinator', 'secretary')) return true;
  return question.responsiblePerson?.id === me.id;
}

/** /questions/:id: the question, its owner and links, a status change with a comment, and its history. */
export function QuestionPage() {
  const { t } = useTranslation('questions');
  const { id = '' } = useParams();
  const me = useMe().data;
  const question = useQuestion(id);
  usePageTitle(question.data?.title);

  if (isApiError(question.error, 404) || isApiError(question.error, 400)) return <NotFound />;
  if (question.isPending) return <PageSkeleton rows={8} />;
  if (question.isError)
    return <ErrorMessage error={question.error} onRetry={() => void question.refetch()} />;
  const data = question.data;
  const regionStaff = me ? isRegionStaff(me) : false;

  return (
    <>
      <Heading level={1} data-size="lg">
        {data.title}
      </Heading>
      <Paragraph>
        <QuestionStatusTag status={data.status} />
      </Paragraph>
      {data.description && <Paragraph className="prose">{data.description}</Paragraph>}
      <section aria-labelledby="details-heading" className="section">
        <Heading level={2} data-size="sm" id="details-heading">
          {t('details')}
        </Heading>
        <dl className="facts">
          <dt>{t('ownerLabel')}</dt>
          <dd>
            {data.owner.kind === 'organization' && data.owner.organizationId && regionStaff ? (
              <OrganizationLink id={data.owner.organizationId} name={data.owner.name} />
            ) : (
              data.owner.name
            )}
          </dd>
          <dt>{t('responsible')}</dt>
          <dd>{data.responsiblePerson?.name ?? t('noResponsible')}</dd>
          {data.organizations.length > 0 && (
            <>
              <dt>{t('raisedWithLabel')}</dt>
              <dd>
                {data.organizations.map((organization, index) => (
                  <span key={organization.id}>
                    {index > 0 && ', '}
                    <OrganizationLink id={organization.id} name={organization.name} />
                  </span>
                ))}
              </dd>
            </>
          )}
          {data.strategyAreas.length > 0 && (
            <>
              <dt>{t('strategyAreas')}</dt>
              <dd>{data.strategyAreas.map((area) => area.name).join(', ')}</dd>
            </>
          )}
          <dt>{t('createdAt')}</dt>
          <dd>
            <DateTime value={data.createdAt} />
          </dd>
          <dt>{t('updatedAt')}</dt>
          <dd>
            <DateTime value={data.updatedAt} />
          </dd>
          {data.closedAt && (
            <>
              <dt>{t('closedAt')}</dt>
              <dd>
                <DateTime value={data.closedAt} />
              </dd>
            </>
          )}
        </dl>
      </section>
      <LinkedRecords question={data} />
      {me && mayChangeStatus(me, data) && <ChangeStatus question={data} />}
      <QuestionHistory question={data} />
    </>
  );
}

function OrganizationLink({ id, name }: { id: string; name: string }) {
  return <RouterLink to={links.municipality(id)}>{name}</RouterLink>;
}

/** The meetings, agenda items (each to its meeting's agenda) and actions the question is linked to. */
function LinkedRecords({ question }: { question: Question }) {
  const { t } = useTranslation('questions');
  const none =
    question.meetings.length === 0 && question.agendaItems.length === 0 && question.actionIds.length === 0;
  return (
    <section aria-labelledby="links-heading" className="section">
      <Heading level={2} data-size="sm" id="links-heading">
        {t('linksHeading')}
      </Heading>
      {none ? (
        <Paragraph>{t('noLinksText')}</Paragraph>
      ) : (
        <dl className="facts">
          {question.meetings.length > 0 && (
            <>
              <dt>{t('meetings')}</dt>
              <dd>
                <ul className="cell-list">
                  {question.meetings.map((meeting) => (
                    <li key={meeting.id}>
                      <RouterLink to={links.meeting(meeting.id)}>
                        <DateTime value={meeting.startAt} />
                      </RouterLink>
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          )}
          {question.agendaItems.length > 0 && (
            <>
              <dt>{t('agendaItems')}</dt>
              <dd>
                <ul className="cell-list">
                  {question.agendaItems.map((item) => (
                    <li key={item.id}>
                      <RouterLink to={links.meetingAgenda(item.meetingId)}>
                        {t('agendaItemOf', { title: item.title })}
                      </RouterLink>
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          )}
          {question.actionIds.length > 0 && (
            <>
              <dt>{t('actions')}</dt>
              <dd>
                <ul className="cell-list">
                  {question.actionIds.map((actionId) => (
                    <li key={actionId}>
                      <ActionLink id={actionId} />
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          )}
        </dl>
      )}
    </section>
  );
}

/** An action by its title (read through the actions feature's own query, shared with its page). */
function ActionLink({ id }: { id: string }) {
  const { t } = useTranslation('questions');
  const action = useAction(id);
  const text = action.data?.title ?? (action.isPending ? t('actionLoading') : t('actionUnknown'));
  return <RouterLink to={links.action(id)}>{text}</RouterLink>;
}

function ChangeStatus({ question }: { question: Question }) {
  const update = useUpdateQuestion(question.id);
  return (
    <StatusCommentForm
      ns="questions"
      statuses={QUESTION_STATUSES}
      current={question.status}
      save={(change, done) => update.mutate({ ...change, version: question.version }, { onSuccess: done })}
      pending={update.isPending}
      error={update.error}
    />
  );
}
