import { DateTime, Duration } from 'luxon';
import { RRule } from 'rrule';
import type { CadenceKind } from './agreement.entity.js';

/**
 * An agreement's cadence: an ISO 8601 duration of whole days, weeks, months or years (`P3M`, `P6W`), or an
 * RRULE without DTSTART (`FREQ=MONTHLY;INTERVAL=3`) anchored at the agreement's valid-from date.
 *
 * Dates here are calendar dates. The RRULE is expanded in floating time (UTC fields standing for local
 * dates) and never with a TZID: rrule with TZID gives instants that depend on the server's zone (STACK.md 11).
 */
export type ParsedCadence =
  { kind: 'duration'; duration: Duration } | { kind: 'rrule'; options: RRuleOptions };

type RRuleOptions = ReturnType<typeof RRule.parseString>;

export type CadenceParse = { ok: true; cadence: ParsedCadence } | { ok: false; message: string };

const DURATION_PATTERN = /^P(?:(\d{1,3})Y)?(?:(\d{1,3})M)?(?:(\d{1,3})W)?(?:(\d{1,4})D)?$/;
/** A meeting at most every week and at least every three years. */
const MIN_CADENCE_DAYS = 7;
const MAX_CADENCE_DAYS = 3 * 366;
const RRULE_FREQUENCIES = new Set(['YEARLY', 'MONTHLY', 'WEEKLY']);
const PLAIN_WEEKDAY = '(?:MO|TU|WE|TH|FR|SA|SU)';
/** "1TU" = the first Tuesday, "-1FR" = the last Friday (monthly and yearly rules). */
const WEEKDAY = `(?:[+-]?[1-5])?${PLAIN_WEEKDAY}`;
const MONTH_DAY = '-?(?:[1-9]|[12]\\d|3[01])';
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/**
 * The parts a cadence may use. BYSETPOS, BYWEEKNO and BYYEARDAY are left out on purpose: with them a rule can
 * match no date at all, and rrule then walks period by period to the year 9999 (seconds of CPU per request).
 * Every rule this grammar accepts matches within a few years, which the probe below then confirms.
 */
const RRULE_PARTS: Record<string, RegExp> = {
  FREQ: /^[A-Z]+$/,
  INTERVAL: /^[1-9]\d{0,2}$/,
  COUNT: /^[1-9]\d{0,3}$/,
  UNTIL: /^\d{8}(T\d{6}Z?)?$/,
  BYDAY: new RegExp(`^${WEEKDAY}(,${WEEKDAY})*$`),
  BYMONTHDAY: new RegExp(`^${MONTH_DAY}(,${MONTH_DAY})*$`),
  BYMONTH: /^([1-9]|1[0-2])(,([1-9]|1[0-2]))*$/,
  WKST: new RegExp(`^${PLAIN_WEEKDAY}$`),
};

export function cadenceKindOf(text: string): CadenceKind {
  return text.trim().toUpperCase().startsWith('P') ? 'duration' : 'rrule';
}

/** Parses and checks a cadence; every refusal says why. */
export function parseCadence(text: string): CadenceParse {
  const normalized = normalizeCadence(text);
  return cadenceKindOf(normalized) === 'duration' ? parseDuration(normalized) : parseRRule(normalized);
}

/** Upper case, no surrounding blanks, no `RRULE:` prefix. */
export function normalizeCadence(text: string): string {
  return text
    .trim()
    .toUpperCase()
    .replace(/^RRULE:/, '');
}

function parseDuration(text: string): CadenceParse {
  const match = DURATION_PATTERN.exec(text);
  if (!match || text === 'P') {
    return {
      ok: false,
      message: 'an ISO 8601 duration of whole years, months, weeks or days, e.g. P3M or P6W',
    };
  }
  const duration = Duration.fromISO(text);
  const approximateDays = duration.as('days');
  if (!duration.isValid || approximateDays < MIN_CADENCE_DAYS || approximateDays > MAX_CADENCE_DAYS) {
    return { ok: false, message: 'the cadence must lie between one week and three years' };
  }
  return { ok: true, cadence: { kind: 'duration', duration } };
}

function parseRRule(text: string): CadenceParse {
  if (/[\r\n]/.test(text) || /DTSTART|TZID/.test(text)) {
    return { ok: false, message: 'an RRULE without DTSTART or TZID: the valid-from date anchors it' };
  }
  const seen = new Set<string>();
  for (const part of text.split(';')) {
    const [key, value, ...rest] = part.split('=');
    const pattern = Object.hasOwn(RRULE_PARTS, key) ? RRULE_PARTS[key] : undefined;
    if (!pattern || value === undefined || rest.length > 0 || !pattern.test(value) || seen.has(key)) {
      return { ok: false, message: `not a valid RRULE part: ${part || '(empty)'}` };
    }
    seen.add(key);
  }
  const parts = new Map(text.split(';').map((part) => part.split('=') as [string, string]));
  const frequency = parts.get('FREQ');
  if (!frequency || !RRULE_FREQUENCIES.has(frequency)) {
    return { ok: false, message: 'an RRULE needs FREQ=WEEKLY, MONTHLY or YEARLY' };
  }
  if (parts.has('COUNT') && parts.has('UNTIL')) {
    return { ok: false, message: 'an RRULE has COUNT or UNTIL, not both' };
  }
  const impossible = impossibleCombination(frequency, parts);
  if (impossible) return { ok: false, message: impossible };
  let options: RRuleOptions;
  try {
    options = RRule.parseString(text);
  } catch {
    return { ok: false, message: 'not a valid RRULE' };
  }
  // The grammar keeps rules that match somewhere; this confirms one within three years of any start.
  const probeStart = floating('2001-01-01');
  const first = new RRule({ ...options, count: null, until: null, dtstart: probeStart }).after(
    probeStart,
    true,
  );
  if (!first || first.getTime() - probeStart.getTime() > MAX_CADENCE_DAYS * 86_400_000) {
    return { ok: false, message: 'the RRULE yields no date within three years' };
  }
  return { ok: true, cadence: { kind: 'rrule', options } };
}

/** Combinations that could match no date at all, refused before rrule ever expands them. */
function impossibleCombination(frequency: string, parts: ReadonlyMap<string, string>): string | null {
  const byDay = parts.get('BYDAY');
  const byMonthDay = parts.get('BYMONTHDAY');
  const byMonth = parts.get('BYMONTH');
  if (byDay && byMonthDay) return 'an RRULE uses BYDAY or BYMONTHDAY, not both';
  if (frequency === 'WEEKLY' && byDay && /\d/.test(byDay)) {
    return 'a weekly RRULE takes plain weekdays (BYDAY=TU), not 1TU';
  }
  if (frequency === 'WEEKLY' && byMonthDay) return 'a weekly RRULE takes no BYMONTHDAY';
  if (byMonth && byMonthDay) {
    const months = byMonth.split(',').map(Number);
    const days = byMonthDay.split(',').map((day) => Math.abs(Number(day)));
    if (!months.some((month) => days.some((day) => day <= DAYS_IN_MONTH[month - 1]))) {
      return 'BYMONTH and BYMONTHDAY name no existing date';
    }
  }
  return null;
}

/**
 * The date the next meeting is due by: one cadence period after the last meeting held, or after the
 * valid-from date when none has been held. For an RRULE, the first occurrence (counted from valid-from)
 * after that date. Null when an RRULE with COUNT or UNTIL has no occurrence left.
 */
export function nextDueDate(
  cadenceText: string,
  validFrom: string,
  lastHeldDate: string | null,
): string | null {
  const parsed = parseCadence(cadenceText);
  if (!parsed.ok) return null;
  const base = lastHeldDate ?? validFrom;
  if (parsed.cadence.kind === 'duration') {
    return withinCalendar(DateTime.fromISO(base, { zone: 'UTC' }).plus(parsed.cadence.duration).toISODate());
  }
  const rule = new RRule({ ...parsed.cadence.options, dtstart: floating(validFrom) });
  const next = rule.after(floating(base), false);
  return next ? withinCalendar(next.toISOString().slice(0, 10)) : null;
}

/**
 * A due date after 9999-12-31 (an agreement valid from a far-off year) is no date anyone plans for, and
 * ISO 8601 writes it with a sign ("+010000-03-31") that dates elsewhere cannot take: none.
 */
function withinCalendar(date: string | null): string | null {
  return date !== null && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null;
}

function floating(date: string): Date {
  return new Date(
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))),
  );
}
