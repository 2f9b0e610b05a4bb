const HOUR_MS = 3_600_000;

/**
 * When an adjuster who has not decided is reminded: MINUTES_REMINDER_BEFORE_HOURS before the deadline, or
 * half-way from the submission when the deadline is nearer than that.
 */
export function adjusterReminderAt(submittedAt: Date, deadlineAt: Date, reminderBeforeHours: number): Date {
  const before = deadlineAt.getTime() - reminderBeforeHours * HOUR_MS;
  const halfway = submittedAt.getTime() + (deadlineAt.getTime() - submittedAt.getTime()) / 2;
  return new Date(Math.max(before, halfway));
}
