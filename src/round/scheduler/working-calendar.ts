import Holidays from 'date-holidays';
import { addDays, epochDay, isoWeekday } from './local-time.js';
import type { DateRange, LocalDate, SchedulerConfig } from './scheduler.types.js';

export type DayExclusionCode = 'WEEKEND' | 'HOLIDAY' | 'BLACKOUT';

export interface DayExclusion {
  code: DayExclusionCode;
  label: string;
}

export interface CalendarDay {
  date: LocalDate;
  weekday: number;
  exclusion: DayExclusion | null;
}

// date-holidays marks midsommarafton, julafton and nyårsafton as `bank`, the others as `public` (STACK.md 11).
const EXCLUDED_HOLIDAY_TYPES = new Set(['public', 'bank']);

const holidayCache = new Map<string, Map<number, Map<LocalDate, string>>>();
const holidayEngines = new Map<string, Holidays>();

export function isSupportedHolidayCountry(country: string): boolean {
  const countries = new Holidays().getCountries() as Record<string, string> | undefined;
  return countries !== undefined && Object.prototype.hasOwnProperty.call(countries, country);
}

/** The excluded holidays of one year, by local date. Cached: building the rules takes milliseconds. */
export function holidaysOfYear(country: string, year: number): Map<LocalDate, string> {
  let byYear = holidayCache.get(country);
  if (!byYear) {
    byYear = new Map();
    holidayCache.set(country, byYear);
  }
  const cached = byYear.get(year);
  if (cached) return cached;
  let engine = holidayEngines.get(country);
  if (!engine) {
    engine = new Holidays(country);
    holidayEngines.set(country, engine);
  }
  const result = new Map<LocalDate, string>();
  for (const holiday of engine.getHolidays(year)) {
    // `date` is the local date-time as text ("2026-06-19 00:00:00"); its Date fields depend on zones.
    if (EXCLUDED_HOLIDAY_TYPES.has(holiday.type)) result.set(holiday.date.slice(0, 10), holiday.name);
  }
  byYear.set(year, result);
  return result;
}

export function holidayName(date: LocalDate, country: string): string | undefined {
  return holidaysOfYear(country, Number(date.slice(0, 4))).get(date);
}

/** Whether a `YYYY-MM-DD` or yearly `MM-DD` range holds the date (a yearly range may wrap over New Year). */
export function rangeContains(range: DateRange, date: LocalDate): boolean {
  if (range.from.length === 10) return range.from <= date && date <= range.to;
  const monthDay = date.slice(5);
  return range.from <= range.to
    ? range.from <= monthDay && monthDay <= range.to
    : monthDay >= range.from || monthDay <= range.to;
}

export function blackoutOf(date: LocalDate, blackouts: readonly DateRange[]): DateRange | undefined {
  return blackouts.find((range) => rangeContains(range, date));
}

export function exclusionOf(
  date: LocalDate,
  config: Pick<SchedulerConfig, 'holidayCountry' | 'blackouts'>,
): DayExclusion | null {
  const weekday = isoWeekday(date);
  if (weekday >= 6) return { code: 'WEEKEND', label: weekday === 6 ? 'Saturday' : 'Sunday' };
  const holiday = holidayName(date, config.holidayCountry);
  if (holiday !== undefined) return { code: 'HOLIDAY', label: holiday };
  const blackout = blackoutOf(date, config.blackouts);
  if (blackout) return { code: 'BLACKOUT', label: blackout.label ?? `${blackout.from}–${blackout.to}` };
  return null;
}

/** Every date of the window with the reason it is not a working day, if any. */
export function calendarOfWindow(
  firstDate: LocalDate,
  lastDate: LocalDate,
  config: Pick<SchedulerConfig, 'holidayCountry' | 'blackouts'>,
): CalendarDay[] {
  const days: CalendarDay[] = [];
  const count = epochDay(lastDate) - epochDay(firstDate) + 1;
  for (let offset = 0; offset < count; offset++) {
    const date = addDays(firstDate, offset);
    days.push({ date, weekday: isoWeekday(date), exclusion: exclusionOf(date, config) });
  }
  return days;
}
