import { isApiError } from '../../api/errors';

export type RecordsField = 'from' | 'to' | 'organizationIds';

const FIELDS: readonly string[] = ['from', 'to', 'organizationIds'];

/**
 * The form field an API refusal belongs to: a domain error's `details.field` (the period's codes name `to`,
 * an unknown municipality `organizationIds`) or the first field of a validation error's list; null when it
 * names none of the form's fields.
 */
export function errorField(error: unknown): RecordsField | null {
  if (!isApiError(error)) return null;
  const details = error.details;
  const named = Array.isArray(details)
    ? (details as Array<{ field?: unknown }>).map((entry) => entry.field)
    : [(details as { field?: unknown } | undefined)?.field];
  const fields = named.map((field) => (typeof field === 'string' ? field.split('.')[0] : ''));
  return (fields.find((field) => FIELDS.includes(field)) as RecordsField | undefined) ?? null;
}
