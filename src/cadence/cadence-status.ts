import { nextDueDate } from '../agreement/agreement-cadence.js';

export const CADENCE_STATUSES = ['ok', 'due', 'overdue', 'no_agreement'] as const;
export type CadenceStatus = (typeof CADENCE_STATUSES)[number];

/** A meeting is due from this many days before its due date. */
export const DUE_WINDOW_DAYS = 30;
const DAY = 86_400_000;

export interface CadenceFacts {
  /** The current agreement's cadence and valid-from date; null without an agreement. */
  agreement: { cadence: string; validFrom: string } | null;
  /** Local date of the last meeting held, if any. */
  lastHeldDate: string | null;
  /** Local date of the next planned or confirmed meeting, if any. */
  nextPlannedDate: string | null;
  /** Today's local date. */
  today: string;
}

export interface CadenceEvaluation {
  dueDate: string | null;
  /** Negative when overdue. */
  daysUntilDue: number | null;
  status: CadenceStatus;
}

/**
 * - overdue: today is after the due date (a meeting planned later does not change that);
 * - due: the due date is at most DUE_WINDOW_DAYS away and no meeting is planned on or before it;
 * - ok: otherwise, including when a meeting is planned in time and when an RRULE has no date left.
 */
export function evaluateCadence(facts: CadenceFacts): CadenceEvaluation {
  if (!facts.agreement) return { dueDate: null, daysUntilDue: null, status: 'no_agreement' };
  const dueDate = nextDueDate(facts.agreement.cadence, facts.agreement.validFrom, facts.lastHeldDate);
  if (!dueDate) return { dueDate: null, daysUntilDue: null, status: 'ok' };
  const daysUntilDue = Math.round((Date.parse(dueDate) - Date.parse(facts.today)) / DAY);
  if (daysUntilDue < 0) return { dueDate, daysUntilDue, status: 'overdue' };
  const plannedInTime = facts.nextPlannedDate !== null && facts.nextPlannedDate <= dueDate;
  const status = !plannedInTime && daysUntilDue <= DUE_WINDOW_DAYS ? 'due' : 'ok';
  return { dueDate, daysUntilDue, status };
}
