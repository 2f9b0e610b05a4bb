import { Tag } from '@digdir/designsystemet-react';
import type { TFunction } from 'i18next';
import { Link as RouterLink } from 'react-router';
import { links } from '../../../app/links';
import { signalText } from '../../../shared/signal-text';
import type { MunicipalityRow } from '../hooks/useCountyOverview';

type Expectation = MunicipalityRow['expectations'][number];
type Signal = NonNullable<Expectation['signal']>;
export type SignalLevel = Signal['level'];

const LEVELS: SignalLevel[] = ['unmet', 'partly', 'met', 'neutral'];
const COLORS: Record<SignalLevel, string> = {
  met: 'success',
  partly: 'warning',
  unmet: 'danger',
  neutral: 'neutral',
};

/** A signal's level in colour AND words, with a symbol for those who see no colour. */
function SignalLevelTag({
  level,
  count,
  t,
}: {
  level: SignalLevel;
  count?: number;
  t: TFunction<'overview'>;
}) {
  return (
    <Tag data-color={COLORS[level]} data-size="sm" className="status-tag">
      <span aria-hidden="true" className="status-symbol">
        {t(`signals.symbol.${level}`)}
      </span>{' '}
      {count === undefined ? t(`signals.level.${level}`) : t(`signals.levelCount.${level}`, { count })}
    </Tag>
  );
}

/**
 * The overview's signals of one row. A municipality: each measured expectation with its level and what was
 * measured, linked to the municipality's page (where the expectations stand in full). The region, which
 * holds expectations in every agreement: how many are met, partly met and unmet. `t` is the overview's, from
 * the table (one useTranslation for the table rather than one per row and tag).
 */
export function ExpectationSignals({
  kind,
  organizationId,
  expectations,
  t,
}: {
  kind: 'municipality' | 'region';
  organizationId: string;
  expectations: Expectation[];
  t: TFunction<'overview'>;
}) {
  const measured = expectations.filter(
    (expectation): expectation is Expectation & { signal: Signal } => expectation.signal !== null,
  );
  const unmeasured = expectations.length - measured.length;
  if (expectations.length === 0) return <>{t('signals.noExpectations')}</>;
  return (
    <>
      {kind === 'region' ? (
        <ul className="cell-list signal-list">
          {LEVELS.map((level) => {
            const count = measured.filter((expectation) => expectation.signal.level === level).length;
            return count > 0 ? (
              <li key={level}>
                <SignalLevelTag level={level} count={count} t={t} />
              </li>
            ) : null;
          })}
        </ul>
      ) : (
        <ul className="cell-list signal-list">
          {measured.map((expectation, index) => (
            <li key={index}>
              <SignalLevelTag level={expectation.signal.level} t={t} />{' '}
              <RouterLink to={links.municipality(organizationId)}>
                {t(`signals.party.${expectation.party}`)}: {signalText(expectation.signal, t)}
              </RouterLink>
            </li>
          ))}
        </ul>
      )}
      {unmeasured > 0 && <span className="cell-note">{t('signals.unmeasured', { count: unmeasured })}</span>}
    </>
  );
}
