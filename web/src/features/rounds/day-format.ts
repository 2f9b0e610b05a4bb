const LOCALES: Record<string, string> = { sv: 'sv-SE', en: 'en-GB' };

/** "måndag 11 januari" / "Monday 11 January" for a plain date (YYYY-MM-DD), never shifted a day. */
export function formatDay(date: string, language: string): string {
  return new Intl.DateTimeFormat(LOCALES[language] ?? LOCALES.sv, {
    timeZone: 'UTC',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
  }).format(new Date(`${date}T12:00:00Z`));
}

/** "11 jan." / "11 Jan" for a plain date, for the week's heading. */
export function formatShortDay(date: string, language: string): string {
  return new Intl.DateTimeFormat(LOCALES[language] ?? LOCALES.sv, {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).format(new Date(`${date}T12:00:00Z`));
}
