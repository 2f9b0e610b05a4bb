import { TIME_ZONE } from '../../shared/format';

const PARTS = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function wallClock(instant: number): { date: string; time: string; asUtc: number } {
  const parts = Object.fromEntries(PARTS.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  const time = `${parts.hour}:${parts.minute}`;
  return { date, time, asUtc: Date.parse(`${date}T${time}:00Z`) };
}

/** The Europe/Stockholm calendar date (YYYY-MM-DD) of an instant. */
export function stockholmDate(value: string | number): string {
  return wallClock(typeof value === 'string' ? Date.parse(value) : value).date;
}

/** The Europe/Stockholm wall-clock time (HH:mm) of an instant. */
export function stockholmTime(value: string): string {
  return wallClock(Date.parse(value)).time;
}

/**
 * The instant (ISO, UTC) of a date and time on the wall clocks of Europe/Stockholm, whatever the browser's
 * zone: 2027-03-29 10:00 → 08:00Z (summer time), 2027-01-11 10:00 → 09:00Z.
 */
export function stockholmInstant(date: string, time: string): string {
  const wanted = Date.parse(`${date}T${time}:00Z`);
  let instant = wanted;
  for (let i = 0; i < 2; i++) instant = wanted - (wallClock(instant).asUtc - instant);
  return new Date(instant).toISOString();
}

/** YYYY-MM-DD plus some days (calendar arithmetic, no zone involved). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The Monday of the week a date falls in (ISO weeks). */
export function mondayOf(date: string): string {
  const weekday = (new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(date, -weekday);
}

export type CalendarView = 'week' | 'month';

/** The days a calendar shows (whole weeks from Monday) and the period it covers. */
export function calendarDays(
  view: CalendarView,
  anchor: string,
): { days: string[]; first: string; last: string } {
  const first = view === 'week' ? mondayOf(anchor) : mondayOf(`${anchor.slice(0, 7)}-01`);
  let count = 7;
  if (view === 'month') {
    const monthEnd = addDays(shiftAnchor('month', anchor, 1), -1);
    const last = addDays(mondayOf(monthEnd), 6);
    count = Math.round((Date.parse(last) - Date.parse(first)) / 86_400_000) + 1;
  }
  const days = Array.from({ length: count }, (_, i) => addDays(first, i));
  return { days, first, last: days[days.length - 1] };
}

/** The next or previous period's anchor date. */
export function shiftAnchor(view: CalendarView, anchor: string, step: 1 | -1): string {
  if (view === 'week') return addDays(anchor, 7 * step);
  const [year, month] = anchor.split('-').map(Number);
  const d = new Date(Date.UTC(year, month - 1 + step, 1, 12));
  return d.toISOString().slice(0, 10);
}
