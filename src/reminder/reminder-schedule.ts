export interface ReminderOffset {
  /** As configured, e.g. P7D. */
  code: string;
  minutes: number;
}

export interface ReminderDue extends ReminderOffset {
  dueAt: Date;
}

/**
 * When each reminder of a meeting starting at `start` is due; offsets whose time has passed are left out
 * (a meeting planned two days ahead gets no "one week before" reminder, and a move within a day of the
 * meeting does not repeat the one-day reminder).
 */
export function reminderDueTimes(start: Date, offsets: readonly ReminderOffset[], now: Date): ReminderDue[] {
  return offsets
    .map((offset) => ({ ...offset, dueAt: new Date(start.getTime() - offset.minutes * 60_000) }))
    .filter((due) => due.dueAt.getTime() > now.getTime());
}

/** `reminder.send-<meeting>-<offset>-<sequence>`: one job per reminder version, whoever enqueues it. */
export function reminderJobKeys(reminder: {
  meetingId: string;
  offsetCode: string;
  meetingSequence: number;
}): string[] {
  return [reminder.meetingId, reminder.offsetCode, String(reminder.meetingSequence)];
}
