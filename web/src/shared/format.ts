/** The business time zone: every date and time the app shows is in it, whatever the browser's zone. */
export const TIME_ZONE = 'Europe/Stockholm';

const LOCALES: Record<string, string> = { sv: 'sv-SE', en: 'en-GB' };

function localeOf(language: string): string {
  return LOCALES[language] ?? LOCALES.sv;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * One Intl.DateTimeFormat per language and kind, made on first use: making one costs far more than using it
 * (a table of dates made one per cell, a visible part of the overview's first render on a slow phone).
 */
function formatter(kind: string, language: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${kind}|${language}`;
  let made = formatters.get(key);
  if (!made) {
    made = new Intl.DateTimeFormat(localeOf(language), options);
    formatters.set(key, made);
  }
  return made;
}

/** 2026-12-07 (sv) or 7 Dec 2026 (en); a plain date (YYYY-MM-DD) is shown as it is, never shifted a day. */
export function formatDate(value: string, language: string): string {
  const plain = DATE_ONLY.test(value);
  const date = new Date(plain ? `${value}T12:00:00Z` : value);
  return formatter(plain ? 'plain-date' : 'date', language, {
    timeZone: plain ? 'UTC' : TIME_ZONE,
    ...(language === 'en' ? { day: 'numeric', month: 'short', year: 'numeric' } : { dateStyle: 'short' }),
  }).format(date);
}

/** 2026-12-07 13:30 (sv) or 7 Dec 2026, 13:30 (en), in Europe/Stockholm. */
export function formatDateTime(value: string, language: string): string {
  return formatter('date-time', language, {
    timeZone: TIME_ZONE,
    ...(language === 'en'
      ? {
          day: 'numeric',
          month: 'short',
          year: 'numeric',
          hour: '2-digit',
          minute: '2-digit',
          hourCycle: 'h23',
        }
      : { dateStyle: 'short', timeStyle: 'short' }),
  }).format(new Date(value));
}

/** 13:30–15:00 in Europe/Stockholm. */
export function formatTimeRange(start: string, end: string, language: string): string {
  const time = formatter('time', language, {
    timeZone: TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return `${time.format(new Date(start))}–${time.format(new Date(end))}`;
}
