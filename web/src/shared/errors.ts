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
