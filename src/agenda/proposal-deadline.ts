import { DateTime } from 'luxon';
import type { MeetingTimes } from '../meeting/reads/meeting-times.js';
import { addDays, isoWeekday } from '../round/scheduler/local-time.js';
import { holidayName } from '../round/scheduler/working-calendar.js';
import { DEFAULT_SCHEDULER_CONFIG } from '../round/scheduler/scheduler-config.js';

/** Working days: Monday–Friday outside public holidays and midsommarafton, julafton, nyårsafton (STACK.md 11). */
export function isWorkingDay(date: string, holidayCountry: string): boolean {
  return isoWeekday(date) <= 5 && holidayName(date, holidayCountry) === undefined;
}

/** The working day `count` working days after `date` (before it when negative); `date` itself is not counted. */
export function addWorkingDays(date: string, count: number, holidayCountry: string): string {
  const step = count < 0 ? -1 : 1;
  let day = date;
  for (let counted = 0; counted < Math.abs(count);) {
    day = addDays(day, step);
    if (isWorkingDay(day, holidayCountry)) counted += 1;
  }
  return day;
}

/** The local hour at which the call for agenda items goes out. */
export const CALL_FOR_ITEMS_HOUR = 8;

export interface ProposalDeadline {
  /** The last local date on which items may be proposed (inclusive). */
  date: string;
  /** The instant proposals close: the start of the next local day, or the meeting's start for 0 days. */
  closesAt: Date;
}

/**
 * When municipalities stop proposing items: the end of the working day that lies `workingDays` working days
 * before the meeting's local date. For a Tuesday meeting and 5 days that is the Tuesday a week earlier.
 */
export function proposalDeadline(
  meetingStart: Date,
  workingDays: number,
  zone: string,
  holidayCountry: string,
): ProposalDeadline {
  const meetingDate = DateTime.fromJSDate(meetingStart, { zone }).toISODate()!;
  if (workingDays === 0) return { date: meetingDate, closesAt: meetingStart };
  const date = addWorkingDays(meetingDate, -workingDays, holidayCountry);
  const closesAt = DateTime.fromISO(date, { zone }).plus({ days: 1 }).startOf('day').toJSDate();
  return { date, closesAt };
}

/** The proposal deadline of a meeting under the deployment's settings (AGENDA_PROPOSAL_WORKING_DAYS, zone). */
export function meetingProposalDeadline(
  meeting: Pick<MeetingTimes, 'startAt'>,
  config: { agenda: { proposalWorkingDays: number }; timeZone: string },
): ProposalDeadline {
  return proposalDeadline(
    meeting.startAt,
    config.agenda.proposalWorkingDays,
    config.timeZone,
    DEFAULT_SCHEDULER_CONFIG.holidayCountry,
  );
}

export interface CallForItemsDue {
  /** The local date the call goes out. */
  date: string;
  /** 08:00 local on that date. */
  at: Date;
}

/**
 * When a meeting's call for agenda items goes out: at 08:00 on the working day `callWorkingDays` working days
 * before the proposal deadline's date. With 5 and a deadline on a Tuesday: the Tuesday a week earlier.
 */
export function callForItemsDue(
  meeting: Pick<MeetingTimes, 'startAt'>,
  config: { agenda: { proposalWorkingDays: number; callForItemsWorkingDays: number }; timeZone: string },
): CallForItemsDue {
  const deadline = meetingProposalDeadline(meeting, config);
  const date = addWorkingDays(
    deadline.date,
    -config.agenda.callForItemsWorkingDays,
    DEFAULT_SCHEDULER_CONFIG.holidayCountry,
  );
  const at = DateTime.fromISO(date, { zone: config.timeZone }).set({ hour: CALL_FOR_ITEMS_HOUR }).toJSDate();
  return { date, at };
}
