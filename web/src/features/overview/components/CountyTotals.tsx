import { Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { links } from '../../../app/links';
import type { CountyOverview } from '../hooks/useCountyOverview';

/** The county's totals, each a link to the list behind it. */
export function CountyTotals({ overview }: { overview: CountyOverview }) {
  const { t } = useTranslation('overview');
  const { totals } = overview;
  const figures = [
    { label: t('totals.municipalities'), value: totals.municipalities },
    { label: t('totals.overdueCadence'), value: totals.cadence.overdue ?? 0 },
    { label: t('totals.actionsOpen'), value: totals.actionsOpen, to: links.openActions() },
    { label: t('totals.actionsOverdue'), value: totals.actionsOverdue, to: links.overdueActions() },
    { label: t('totals.questionsOpen'), value: totals.questionsOpen, to: links.openQuestions() },
    {
      label: t('totals.minutesAwaiting'),
      value: totals.minutesAwaitingApproval,
      to: links.minutesAwaitingApproval(),
    },
  ];
  return (
    <section aria-labelledby="county-totals" className="totals">
      <Heading level={2} data-size="sm" id="county-totals">
        {t('totals.heading')}
      </Heading>
      <ul className="totals__list">
        {figures.map((figure) => (
          <li key={figure.label}>
            <Card data-color="neutral" asChild={false} className="total">
              <Paragraph data-size="sm" className="total__label">
                {figure.label}
              </Paragraph>
              <Paragraph data-size="xl" className="total__value">
                {figure.to ? <RouterLink to={figure.to}>{figure.value}</RouterLink> : figure.value}
              </Paragraph>
            </Card>
          </li>
        ))}
      </ul>
    </section>
  );
}
