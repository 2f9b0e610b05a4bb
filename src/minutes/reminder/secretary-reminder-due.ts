import { DateTime } from 'luxon';
import { isWorkingDay } from '../../agenda/proposal-deadline.js';
import { addDays } from '../../round/scheduler/local-time.js';

/** The local hour at which the secretary's reminder goes out. */
export const SECRETARY_REMINDER_HOUR = 8;

/**
 * When the secretary is reminded of minutes not yet submitted: once `workingDays` Swedish working days
 * (weekends, public holidays, midsommar-, jul- and nyårsafton off) have passed after the local day the
 * meeting ended, at 08:00 local on the next working day. A meeting on Monday with 3: Tuesday, Wednesday
 * and Thursday pass, the reminder goes on Friday morning.
 */
export function secretaryReminderDue(
  meetingEnd: Date,
  workingDays: number,
  zone: string,
  holidayCountry: string,
): Date {
  let date = DateTime.fromJSDate(meetingEnd, { zone }).toISODate()!;
  let passed = 0;
  while (passed < workingDays) {
    date = addDays(date, 1);
    if (isWorkingDay(date, holidayCountry)) passed += 1;
  }
  date = addDays(date, 1);
  while (!isWorkingDay(date, holidayCountry)) date = addDays(date, 1);
  return DateTime.fromISO(date, { zone }).set({ hour: SECRETARY_REMINDER_HOUR }).toJSDate();
}
