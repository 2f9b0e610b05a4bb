import { DateTime } from 'luxon';
import { isWorkingDay } from '../../agenda/proposal-deadline.js';
import { addDays } from '../../round/scheduler/local-time.js';

/**
 * The adjusters' deadline, one rule with or without a chosen date: the end (23:59:59.999 local) of a
 * Swedish working day in the business time zone. Without a date, the day `approvalDays` calendar days after
 * the local day of submission; a chosen date as given. Either way, a day that is not a working day (weekend,
 * public holiday, midsommar-, jul- or nyårsafton) moves on to the next working day: the adjusters are not
 * expected to approve on a day off, and they never get less time than asked for.
 */
export function approvalDeadline(
  submittedAt: Date,
  choice: { date?: string; approvalDays: number },
  zone: string,
  holidayCountry: string,
): { date: string; deadlineAt: Date } {
  let date =
    choice.date ?? addDays(DateTime.fromJSDate(submittedAt, { zone }).toISODate()!, choice.approvalDays);
  while (!isWorkingDay(date, holidayCountry)) date = addDays(date, 1);
  return { date, deadlineAt: DateTime.fromISO(date, { zone }).endOf('day').toJSDate() };
}
