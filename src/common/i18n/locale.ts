/**
 * The languages answers are written in; the same as a person's saved `locale` (person.entity.ts), not
 * imported from there so that code loaded without decorators (the calendar's time-zone test) can use it.
 */
export type Locale = 'sv' | 'en';

const SUPPORTED: readonly Locale[] = ['sv', 'en'];

/**
 * The first supported language of an Accept-Language header by quality (`en-GB;q=0.8, sv;q=0.9` → sv),
 * or undefined when it names none we have. `*` names none: the caller then gets the default.
 */
export function localeFromAcceptLanguage(header: string | undefined): Locale | undefined {
  if (!header) return undefined;
  let best: { locale: Locale; q: number } | undefined;
  for (const part of header.split(',').slice(0, 20)) {
    const [range, ...parameters] = part.trim().toLowerCase().split(';');
    const language = range.split('-')[0];
    const locale = SUPPORTED.find((candidate) => candidate === language);
    if (!locale) continue;
    const qText = parameters.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qText === undefined ? 1 : Number(qText.slice(2));
    if (!(q > 0)) continue;
    if (!best || q > best.q) best = { locale, q };
  }
  return best?.locale;
}

/**
 * The language an answer is written in: the person's saved locale, else the request's Accept-Language,
 * else DEFAULT_LOCALE (Swedish unless configured).
 */
export function resolveLocale(
  personLocale: Locale | undefined,
  acceptLanguage: string | undefined,
  defaultLocale: Locale,
): Locale {
  return personLocale ?? localeFromAcceptLanguage(acceptLanguage) ?? defaultLocale;
}
