import { DateTime } from 'luxon';
import { addDays, isoWeekday } from '../round/scheduler/local-time.js';
import { holidayName } from '../round/scheduler/working-calendar.js';
import { DEFAULT_SCHEDULER_CONFIG } from '../round/scheduler/scheduler-config.js';

/** Working days: Monday–Friday outside public holidays and midsommarafton, julafton, nyårsafton (STACK.md 11). */
export function isWorkingDay(date: string, holidayCountry: string): boolean {
  return isoWeekday(date) <= 5 && holidayName(date, holidayCountry) === undefined;
}

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
  let date = meetingDate;
  let counted = 0;
  while (counted < workingDays) {
    date = addDays(date, -1);
    if (isWorkingDay(date, holidayCountry)) counted += 1;
  }
  const closesAt = DateTime.fromISO(date, { zone }).plus({ days: 1 }).startOf('day').toJSDate();
  return { date, closesAt };
}

/** The proposal deadline of a meeting under the deployment's settings (AGENDA_PROPOSAL_WORKING_DAYS, zone). */
export function meetingProposalDeadline(
  meeting: { startAt: string },
  config: { agenda: { proposalWorkingDays: number }; timeZone: string },
): ProposalDeadline {
  return proposalDeadline(
    new Date(meeting.startAt),
    config.agenda.proposalWorkingDays,
    config.timeZone,
    DEFAULT_SCHEDULER_CONFIG.holidayCountry,
  );
}
