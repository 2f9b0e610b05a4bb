import { CommonErrorCode, DomainError } from '../errors/domain-error.js';
import type { Locale } from '../i18n/locale.js';
import type { FieldProblem } from './zod-validation.pipe.js';

/**
 * Invisible characters that change the order in which text is displayed (issue 12): the embeddings and
 * overrides U+202A–U+202E, the isolates U+2066–U+2069, and the marks U+200E (LRM), U+200F (RLM) and U+061C
 * (ALM). With them a name or title displays as something other than what it is — in an email's Subject
 * and display names, in calendar files, on pages and in the PDF — so every text field refuses them. The
 * marks are refused too: their only use is in right-to-left text, which nothing in this service is written
 * in, and invisible characters let two names look the same. Other invisible characters (zero-width joiners,
 * used in emoji) are allowed.
 */
export const DIRECTION_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

const FIELD_MESSAGE: Record<Locale, string> = {
  sv: 'innehåller ett osynligt tecken som ändrar textens riktning',
  en: 'contains an invisible character that changes the direction of text',
};

export class TextDirectionControlError extends DomainError {
  constructor(private readonly fields: readonly string[]) {
    super(
      'invalid',
      CommonErrorCode.TextDirectionControl,
      'Text may not contain invisible characters that change its direction',
      problems(fields, 'en'),
    );
  }

  override detailsIn(locale: Locale): FieldProblem[] {
    return problems(this.fields, locale);
  }
}

function problems(fields: readonly string[], locale: Locale): FieldProblem[] {
  return fields.map((field) => ({ field, code: 'direction_control', message: FIELD_MESSAGE[locale] }));
}

/** The fields (dotted paths) of a parsed request whose text holds a direction control. */
export function fieldsWithDirectionControls(
  value: unknown,
  path: readonly (string | number)[] = [],
): string[] {
  if (typeof value === 'string') return DIRECTION_CONTROLS.test(value) ? [path.join('.') || '(body)'] : [];
  if (Array.isArray(value))
    return value.flatMap((item, index) => fieldsWithDirectionControls(item, [...path, index]));
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.entries(value).flatMap(([key, item]) => [
      ...(DIRECTION_CONTROLS.test(key) ? [[...path, key].join('.')] : []),
      ...fieldsWithDirectionControls(item, [...path, key]),
    ]);
  }
  return [];
}

/** Throws TEXT_DIRECTION_CONTROL (400) naming every field that holds one. */
export function assertNoDirectionControls(value: unknown): void {
  const fields = fieldsWithDirectionControls(value);
  if (fields.length > 0) throw new TextDirectionControlError(fields);
}
