import { IANAZone } from 'luxon';
import type { Instant, LocalDate, LocalTime } from './scheduler.types.js';

// Calendar arithmetic on `YYYY-MM-DD` strings through UTC epoch days: Date.UTC never reads the server's TZ.
const MS_PER_DAY = 86_400_000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;
// An explicit offset is required: a bare local date-time would be read in the server's zone. The pattern is
// the ECMAScript date-time format, which Date.parse reads identically on every engine and TZ.
const INSTANT_PATTERN =
  /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,3})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

export function isLocalDate(value: unknown): value is LocalDate {
  if (typeof value !== 'string') return false;
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

export function isLocalTime(value: unknown): value is LocalTime {
  return typeof value === 'string' && TIME_PATTERN.test(value);
}

export function isInstant(value: unknown): value is Instant {
  if (typeof value !== 'string') return false;
  const match = INSTANT_PATTERN.exec(value);
  return match !== null && isLocalDate(match[1]) && Number.isFinite(Date.parse(value));
}

export function isValidTimeZone(zone: unknown): zone is string {
  return typeof zone === 'string' && IANAZone.isValidZone(zone);
}

/** Days since 1970-01-01 of a local date. */
export function epochDay(date: LocalDate): number {
  return Math.round(
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / MS_PER_DAY,
  );
}

export function dateOfEpochDay(day: number): LocalDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return dateOfEpochDay(epochDay(date) + days);
}

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: LocalDate): number {
  // 1970-01-01 was a Thursday (4).
  return ((((epochDay(date) + 3) % 7) + 7) % 7) + 1;
}

export function minutesOfTime(time: LocalTime): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

export function timeOfMinutes(minutes: number): LocalTime {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `${String(hours).padStart(2, '0')}:${String(rest).padStart(2, '0')}`;
}

// Zone offsets change at most once a day and only on quarter-hour boundaries (in every IANA zone today).
// So a UTC day whose two ends share an offset has it throughout; only transition days are looked up per
// quarter hour. Luxon's offset lookups (Intl) were the largest cost of planning large rounds.
const QUARTER_HOUR = 15 * 60_000;
const DAY = 86_400_000;
const zoneOffsets = new Map<string, { days: Map<number, number | null>; quarters: Map<number, number> }>();

function luxonOffset(zone: string, millis: number): number {
  return IANAZone.create(zone).offset(millis);
}

/** The zone's UTC offset in minutes at an instant. */
export function offsetMinutes(millis: number, zone: string): number {
  let cache = zoneOffsets.get(zone);
  if (!cache) {
    cache = { days: new Map(), quarters: new Map() };
    zoneOffsets.set(zone, cache);
  }
  const day = Math.floor(millis / DAY);
  let whole = cache.days.get(day);
  if (whole === undefined) {
    const atStart = luxonOffset(zone, day * DAY);
    whole = atStart === luxonOffset(zone, (day + 1) * DAY - 1) ? atStart : null;
    cache.days.set(day, whole);
  }
  if (whole !== null) return whole;
  const quarter = Math.floor(millis / QUARTER_HOUR);
  let offset = cache.quarters.get(quarter);
  if (offset === undefined) {
    offset = luxonOffset(zone, quarter * QUARTER_HOUR);
    cache.quarters.set(quarter, offset);
  }
  return offset;
}

/**
 * The instant of a wall-clock minute on a local date in `zone`, as epoch milliseconds. Same rule as Luxon: a
 * time that does not exist (spring-forward gap) moves forward; working hours never fall in one in Sweden.
 */
export function localToMillis(date: LocalDate, minuteOfDay: number, zone: string): number {
  const wall =
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) +
    minuteOfDay * 60_000;
  const first = offsetMinutes(wall, zone);
  const guess = wall - first * 60_000;
  const second = offsetMinutes(guess, zone);
  if (second === first) return guess;
  const retry = guess - (second - first) * 60_000;
  const third = offsetMinutes(retry, zone);
  if (third === second) return retry;
  return wall - Math.min(second, third) * 60_000;
}

/** Epoch milliseconds as a UTC ISO string without milliseconds, e.g. `2026-03-30T07:00:00Z`. */
export function millisToUtcIso(millis: number): Instant {
  const iso = new Date(millis).toISOString();
  return iso.endsWith('.000Z') ? `${iso.slice(0, 19)}Z` : iso;
}

export function instantToMillis(instant: Instant): number {
  return Date.parse(instant);
}

export interface LocalMoment {
  date: LocalDate;
  /** Minutes after local midnight on the wall clock (seconds dropped). */
  minute: number;
  /** Whether the instant had seconds or milliseconds beyond the minute. */
  hasSeconds: boolean;
}

export function millisToLocal(millis: number, zone: string): LocalMoment {
  const wall = millis + offsetMinutes(millis, zone) * 60_000;
  const dayStart = Math.floor(wall / 86_400_000) * 86_400_000;
  const inDay = wall - dayStart;
  return {
    date: new Date(dayStart).toISOString().slice(0, 10),
    minute: Math.floor(inDay / 60_000),
    hasSeconds: inDay % 60_000 !== 0,
  };
}

/** Rounds up to the next multiple of `step`. */
export function alignUp(minute: number, step: number): number {
  return Math.ceil(minute / step) * step;
}

/** Code-unit order, never locale-dependent (localeCompare would follow the server's ICU locale). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
