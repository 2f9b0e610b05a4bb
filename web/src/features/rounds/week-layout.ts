/**
 * The week view's layout: a round's placed meetings grouped by ISO week (Monday first) and by day, on the
 * business zone's local dates (the API's `startLocal`, already in Europe/Stockholm). Pure, so the calendar
 * renders what this returns and the tests check it without a browser.
 */
export interface Placed {
  organizationId: string;
  startLocal: string | null;
}

export interface DayColumn<T> {
  /** YYYY-MM-DD in the business zone. */
  date: string;
  items: T[];
}

export interface WeekColumns<T> {
  /** The Monday, YYYY-MM-DD. */
  monday: string;
  /** ISO 8601 week number. */
  week: number;
  /** Monday to Friday, and Saturday and Sunday only when a meeting falls on them. */
  days: DayColumn<T>[];
}

const DAY_MS = 86_400_000;

function toUtc(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

function toDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return toDate(toUtc(date) + days * DAY_MS);
}

/** The Monday of the ISO week of a plain date. */
export function mondayOf(date: string): string {
  const weekday = (new Date(toUtc(date)).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return addDays(date, -weekday);
}

/** ISO 8601 week number of a plain date (the week of its Thursday). */
export function isoWeek(date: string): number {
  const thursday = addDays(mondayOf(date), 3);
  const year = thursday.slice(0, 4);
  const firstThursday = addDays(mondayOf(`${year}-01-04`), 3);
  return Math.round((toUtc(thursday) - toUtc(firstThursday)) / (7 * DAY_MS)) + 1;
}

/** The Mondays of every week the window [from, to] touches. */
export function weeksOfWindow(from: string, to: string): string[] {
  const mondays: string[] = [];
  for (let monday = mondayOf(from); monday <= to; monday = addDays(monday, 7)) mondays.push(monday);
  return mondays;
}

/** The local date of a placed item, or null when it has no time (unplaced). */
export function localDateOf(item: Placed): string | null {
  return item.startLocal ? item.startLocal.slice(0, 10) : null;
}

/** One week's columns with the items of each day, in start order. */
export function layoutWeek<T extends Placed>(monday: string, items: readonly T[]): WeekColumns<T> {
  const sunday = addDays(monday, 6);
  const inWeek = items
    .filter((item) => {
      const date = localDateOf(item);
      return date !== null && date >= monday && date <= sunday;
    })
    .sort((a, b) => (a.startLocal! < b.startLocal! ? -1 : a.startLocal! > b.startLocal! ? 1 : 0));
  const days: DayColumn<T>[] = [];
  for (let offset = 0; offset < 7; offset++) {
    const date = addDays(monday, offset);
    const dayItems = inWeek.filter((item) => localDateOf(item) === date);
    if (offset < 5 || dayItems.length > 0) days.push({ date, items: dayItems });
  }
  return { monday, week: isoWeek(monday), days };
}

/** The week to open first: the one of the earliest placed meeting, else the window's first week. */
export function firstWeek(from: string, items: readonly Placed[]): string {
  const dates = items
    .map(localDateOf)
    .filter((date): date is string => date !== null)
    .sort();
  return mondayOf(dates[0] ?? from);
}
