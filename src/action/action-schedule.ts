import { DateTime } from 'luxon';
import type { ActionStatus } from './action.entity.js';

export type ReminderKind = 'before' | 'due';

export interface ReminderTiming {
  /** Days before the due date for the first reminder; 0 for none. */
  daysBefore: number;
  /** Local hour of day the reminders go out. */
  hour: number;
  timeZone: string;
}

export interface PlannedReminder {
  kind: ReminderKind;
  /** The local date the reminder belongs to. */
  date: string;
  /** When to send: that date at `hour`, or now when that time has passed today. */
  runAt: Date;
}

/** Today's local date in the business time zone. */
export function localToday(now: Date, timeZone: string): string {
  return DateTime.fromJSDate(now, { zone: timeZone }).toISODate()!;
}

/** `2026-W05`: the ISO week (Monday first) of `now` in the business time zone. */
export function isoWeekOf(now: Date, timeZone: string): string {
  const local = DateTime.fromJSDate(now, { zone: timeZone });
  return `${local.weekYear}-W${String(local.weekNumber).padStart(2, '0')}`;
}

/** A real calendar date written YYYY-MM-DD (no 2026-02-30). */
export function isLocalDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && DateTime.fromISO(value, { zone: 'UTC' }).isValid;
}

export function addDays(date: string, days: number): string {
  return DateTime.fromISO(date, { zone: 'UTC' }).plus({ days }).toISODate()!;
}

/** Open or in progress and past its due date (a local date: due today is not overdue). */
export function isOverdue(action: { status: ActionStatus; dueDate: string }, today: string): boolean {
  return (action.status === 'open' || action.status === 'in_progress') && action.dueDate < today;
}

/** Whole days from `today` to `dueDate`; negative when overdue. */
export function daysUntil(dueDate: string, today: string): number {
  return Math.round(
    DateTime.fromISO(dueDate, { zone: 'UTC' }).diff(DateTime.fromISO(today, { zone: 'UTC' }), 'days').days,
  );
}

/**
 * The reminders an open action due on `dueDate` still gets: `daysBefore` days ahead and on the due date,
 * each at `hour` local time. A reminder whose day has passed is left out (an action created three days
 * before its due date gets no "in a week" reminder); one whose day is today but whose hour has passed
 * runs now. Local wall-clock time, so the hour holds across daylight-saving changes.
 */
export function planReminders(dueDate: string, now: Date, timing: ReminderTiming): PlannedReminder[] {
  const today = localToday(now, timing.timeZone);
  const at = (date: string): Date => {
    const local = DateTime.fromISO(date, { zone: timing.timeZone }).set({ hour: timing.hour });
    return new Date(Math.max(local.toMillis(), now.getTime()));
  };
  const planned: PlannedReminder[] = [];
  if (timing.daysBefore > 0) {
    const before = addDays(dueDate, -timing.daysBefore);
    if (before >= today) planned.push({ kind: 'before', date: before, runAt: at(before) });
  }
  if (dueDate >= today) planned.push({ kind: 'due', date: dueDate, runAt: at(dueDate) });
  return planned;
}
