import type { TFunction } from 'i18next';
import { ApiError } from '../api/errors';

/**
 * The sentence to show for a failure, in the person's language: the API's own message when it sent one
 * (the service words it in the caller's language), else the text for the code from common.<lang>.json's
 * `errors` (client-side cases: no network, an answer without a body), else a general sentence.
 */
export function errorText(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    if (error.status === 0) return t('common:errors.NETWORK');
    if (error.apiMessage) return error.apiMessage;
    const byCode = t(`common:errors.${error.code}`, { defaultValue: '' });
    if (byCode) return byCode;
    if (error.status >= 500) return t('common:errors.SERVER');
  }
  return t('common:errors.UNKNOWN');
}

/**
 * The request field an API refusal is about, so a form shows it next to that field: a feature's
 * `details.field` (e.g. SECRECY_GROUND_REFERENCE_TAKEN) or the first of a validation's `details[].field`.
 * Null when the refusal names none (then the form shows it at its end).
 */
export function errorField(error: unknown): string | null {
  if (!(error instanceof ApiError)) return null;
  const details = error.details;
  const first = Array.isArray(details) ? (details[0] as unknown) : details;
  if (typeof first !== 'object' || first === null) return null;
  const field = (first as { field?: unknown }).field;
  return typeof field === 'string' && field.length > 0 ? field : null;
}
