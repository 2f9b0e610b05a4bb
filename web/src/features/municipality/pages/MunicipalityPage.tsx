import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { isApiError } from '../../../api/errors';
import { links } from '../../../app/links';
import { MeetingDateLink } from '../../../shared/components/MeetingDateLink';
import { ErrorMessage } from '../../../shared/components/ErrorMessage';
import { NotFound } from '../../../shared/components/NotFound';
import { PageSkeleton } from '../../../shared/components/PageSkeleton';
import { formatDate, formatDateTime } from '../../../shared/format';
import { usePageTitle } from '../../../shared/usePageTitle';
import { CadenceStatusTag } from '../../overview/components/CadenceStatusTag';
import { useMunicipalityOverview } from '../hooks/useMunicipalityOverview';

/** /municipalities/:id: a municipality's cadence, meetings, follow-up and expectations. */
export function MunicipalityPage() {
  const { t, i18n } = useTranslation('municipality');
  const { id = '' } = useParams();
  const overview = useMunicipalityOverview(id);
  usePageTitle(overview.data?.name);

  if (isApiError(overview.error, 404) || isApiError(overview.error, 400)) return <NotFound />;
  if (overview.isPending) return <PageSkeleton rows={6} />;
  if (overview.isError)
    return <ErrorMessage error={overview.error} onRetry={() => void overview.refetch()} />;
  const data = overview.data;
  return (
    <>
      <Heading level={1} data-size="lg">
        {data.name}
      </Heading>
      <Paragraph data-size="sm">
        {t('computedAt', { time: formatDateTime(data.computedAt, i18n.language) })}
      </Paragraph>
      {data.kind === 'municipality' && (
        <section aria-labelledby="cadence-heading" className="section">
          <Heading level={2} data-size="sm" id="cadence-heading">
            {t('cadence')}
          </Heading>
          <Paragraph>
            <CadenceStatusTag status={data.cadence.status} />{' '}
            {data.cadence.dueDate &&
              t('cadenceDue', { date: formatDate(data.cadence.dueDate, i18n.language) })}
          </Paragraph>
        </section>
      )}
      <section aria-labelledby="meetings-heading" className="section">
        <Heading level={2} data-size="sm" id="meetings-heading">
          {t('meetings')}
        </Heading>
        <dl className="facts">
          <dt>{t('lastMeeting')}</dt>
          <dd>
            <MeetingDateLink meeting={data.lastMeeting} none={t('none')} />
          </dd>
          <dt>{t('nextMeeting')}</dt>
          <dd>
            <MeetingDateLink meeting={data.nextMeeting} none={t('none')} />
          </dd>
        </dl>
      </section>
      <section aria-labelledby="follow-up-heading" className="section">
        <Heading level={2} data-size="sm" id="follow-up-heading">
          {t('followUp')}
        </Heading>
        <dl className="facts">
          <dt>{t('actionsOpen')}</dt>
          <dd>
            <RouterLink to={links.openActions(id)}>{data.actions.open}</RouterLink>
          </dd>
          <dt>{t('actionsOverdue')}</dt>
          <dd>
            <RouterLink to={links.overdueActions(id)}>{data.actions.overdue}</RouterLink>
          </dd>
          <dt>{t('questionsOpen')}</dt>
          <dd>
            <RouterLink to={links.openQuestions(id)}>{data.questions.open}</RouterLink>
          </dd>
          <dt>{t('minutesAwaiting')}</dt>
          <dd>
            <RouterLink to={links.minutesAwaitingApproval(id)}>{data.minutes.awaitingApproval}</RouterLink>
          </dd>
        </dl>
      </section>
      <section aria-labelledby="expectations-heading" className="section">
        <Heading level={2} data-size="sm" id="expectations-heading">
          {t('expectations')}
        </Heading>
        {data.expectations.length === 0 ? (
          <Paragraph>{t('noExpectations')}</Paragraph>
        ) : (
          <ul className="expectations">
            {data.expectations.map((expectation, index) => (
              <li key={index}>
                <Paragraph>{expectation.text}</Paragraph>
                <Paragraph data-size="sm">
                  {t('party', { party: expectation.party })}
                  {expectation.signal && ` · ${expectation.signal.summary}`}
                </Paragraph>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
