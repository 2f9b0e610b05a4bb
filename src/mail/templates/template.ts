import type { Locale } from '../../person/person.entity.js';

/**
 * One message in one language, as Handlebars sources. `subject` and `text` are not HTML-escaped; `html`
 * is, and goes inside the shared layout. A field the data lacks is an error (strict mode), not a blank.
 */
export interface TemplateSource {
  subject: string;
  html: string;
  text: string;
}

/** Every template exists in every locale. */
export type LocalizedTemplates = Record<Locale, TemplateSource>;
