import type { TFunction } from 'i18next';
import type { components } from '../api/schema';

type OrganizationOverview = components['schemas']['OrganizationOverviewResponse'];

export type Signal = NonNullable<OrganizationOverview['expectations'][number]['signal']>;

/**
 * A measured signal in the reader's language, from its figures (the API's `summary` is Swedish only):
 * "5 av 6 i tid", "70 % (7 av 10)", or a count. Used by the overview and a municipality's page, so its words
 * (shared/i18n/signals.<lang>.json) come with the app rather than with either feature's chunk.
 */
export function signalText(signal: Signal, t: TFunction): string {
  const { numerator, denominator, ratio } = signal;
  if (numerator === null) return signal.summary;
  if (denominator !== null && ratio !== null) {
    return t(`signals:${signal.metric}`, {
      count: numerator,
      numerator,
      denominator,
      percent: Math.round(ratio * 100),
    });
  }
  return t(`signals:${signal.metric}`, { count: numerator });
}
