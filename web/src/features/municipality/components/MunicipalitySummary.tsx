import { Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { links } from '../../../app/links';
import { DateTime } from '../../../shared/components/DateTime';
import { MeetingDateLink } from '../../../shared/components/MeetingDateLink';
import { CadenceStatusTag } from '../../overview/components/CadenceStatusTag';
import type { OrganizationOverview } from '../hooks/useMunicipalityOverview';
import { ExpectationList } from './ExpectationList';

/**
 * The collaboration at a glance: cadence status (colour and words), last and next meeting, the follow-up
 * figures, each linking to the list behind it, and the expectations with their signals.
 */
export function MunicipalitySummary({ overview }: { overview: OrganizationOverview }) {
  const { t } = useTranslation('municipality');
  const id = overview.organizationId;
  const figures = [
    { key: 'actionsOpen', value: overview.actions.open, to: links.openActions(id) },
    { key: 'actionsOverdue', value: overview.actions.overdue, to: links.overdueActions(id) },
    { key: 'questionsOpen', value: overview.questions.open, to: links.openQuestions(id) },
    {
      key: 'minutesAwaiting',
      value: overview.minutes.awaitingApproval,
      to: links.minutesAwaitingApproval(id),
    },
  ];
  return (
    <>
      <section aria-labelledby="cadence-heading" className="section">
        <Heading level={2} data-size="sm" id="cadence-heading">
          {t('cadenceAndMeetings')}
        </Heading>
        <dl className="facts">
          {overview.kind === 'municipality' && (
            <>
              <dt>{t('cadenceStatus')}</dt>
              <dd>
                <CadenceStatusTag status={overview.cadence.status} />{' '}
                <CadenceDue cadence={overview.cadence} />
              </dd>
            </>
          )}
          <dt>{t('lastMeeting')}</dt>
          <dd>
            <MeetingDateLink meeting={overview.lastMeeting} none={t('none')} />
          </dd>
          <dt>{t('nextMeeting')}</dt>
          <dd>
            <MeetingDateLink meeting={overview.nextMeeting} none={t('none')} />
          </dd>
        </dl>
      </section>
      <section aria-labelledby="follow-up-heading" className="section">
        <Heading level={2} data-size="sm" id="follow-up-heading">
          {t('followUp')}
        </Heading>
        <ul className="totals__list">
          {figures.map((figure) => (
            <li key={figure.key}>
              <Card data-color="neutral" className="total">
                <Paragraph data-size="sm" className="total__label">
                  {t(figure.key)}
                </Paragraph>
                <Paragraph data-size="lg" className="total__value">
                  <RouterLink to={figure.to} aria-label={`${t(figure.key)}: ${figure.value}`}>
                    {figure.value}
                  </RouterLink>
                </Paragraph>
              </Card>
            </li>
          ))}
        </ul>
        {overview.questions.byOwningParty.length > 0 && (
          <>
            <Heading level={3} data-size="xs">
              {t('questionsByOwner')}
            </Heading>
            <ul className="cell-list">
              {overview.questions.byOwningParty.map((owner) => (
                <li key={owner.organizationId ?? owner.name}>
                  {owner.organizationId ? (
                    <RouterLink to={links.openQuestions(id, owner.organizationId)}>{owner.name}</RouterLink>
                  ) : (
                    owner.name
                  )}
                  {`: ${owner.count}`}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      <section aria-labelledby="signals-heading" className="section">
        <Heading level={2} data-size="sm" id="signals-heading">
          {t('expectationsAndSignals')}
        </Heading>
        <Paragraph data-size="sm">{t('signalsWindow')}</Paragraph>
        <ExpectationList expectations={overview.expectations} />
      </section>
    </>
  );
}

function CadenceDue({
  cadence,
}: {
  cadence: Extract<OrganizationOverview, { kind: 'municipality' }>['cadence'];
}) {
  const { t } = useTranslation('municipality');
  if (!cadence.dueDate || cadence.daysUntilDue === null) return null;
  const due = <DateTime value={cadence.dueDate} dateOnly />;
  return (
    <span>
      {t('nextMeetingBy')} {due}
      {' ('}
      {cadence.daysUntilDue >= 0
        ? t('daysLeft', { count: cadence.daysUntilDue })
        : t('daysLate', { count: -cadence.daysUntilDue })}
      {')'}
    </span>
  );
}
