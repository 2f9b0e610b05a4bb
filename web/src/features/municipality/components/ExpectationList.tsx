import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { OrganizationOverview } from '../hooks/useMunicipalityOverview';
import { PARTIES, type Party } from '../agreement-form';
import { signalText } from '../../../shared/signal-text';

/** An expectation as the overview measures it, or as an agreement version writes it (no `signal`). */
type Expectation = Pick<OrganizationOverview['expectations'][number], 'party' | 'text' | 'metric'> & {
  signal?: OrganizationOverview['expectations'][number]['signal'];
};

/**
 * The written expectations of both parties with the signal measured beside each (the overview's) or, for
 * an agreement version, what measures it; grouped
 * by who holds them: what the region expects of the municipality, and what the municipality expects of the
 * region.
 */
export function ExpectationList({
  expectations,
  headingLevel = 3,
}: {
  expectations: Expectation[];
  headingLevel?: 3 | 4;
}) {
  const { t } = useTranslation('municipality');
  return (
    <div className="expectation-groups">
      {PARTIES.map((party: Party) => {
        const own = expectations.filter((expectation) => expectation.party === party);
        return (
          <div key={party} className="expectation-group">
            <Heading level={headingLevel} data-size="xs">
              {t(`expectationsOf.${party}`)}
            </Heading>
            {own.length === 0 ? (
              <Paragraph data-size="sm">{t('noExpectationsOf')}</Paragraph>
            ) : (
              <ul className="expectations">
                {own.map((expectation, index) => (
                  <li key={index} className="expectation">
                    <Paragraph>{expectation.text}</Paragraph>
                    {!('signal' in expectation) ? (
                      <Paragraph data-size="sm">
                        {t('measuredBy', { metric: t(`metric.${expectation.metric}`) })}
                      </Paragraph>
                    ) : (
                      <Paragraph data-size="sm" className="expectation__signal">
                        <Tag data-size="sm" data-color={expectation.signal ? 'info' : 'neutral'}>
                          {t(`metric.${expectation.metric}`)}
                        </Tag>{' '}
                        {expectation.metric === 'not_measured'
                          ? t('signal.notMeasured')
                          : expectation.signal
                            ? signalText(expectation.signal, t)
                            : t('signal.nothingYet')}
                      </Paragraph>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </div>
        );
      })}
    </div>
  );
}
