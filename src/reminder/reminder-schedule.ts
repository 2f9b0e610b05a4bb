export interface ReminderOffset {
  /** As configured, e.g. P7D. */
  code: string;
  minutes: number;
}

/** `reminder.send-<meeting>-<offset>-<sequence>`: one job per reminder version, whoever enqueues it. */
export function reminderJobKeys(reminder: {
  meetingId: string;
  offsetCode: string;
  meetingSequence: number;
}): string[] {
  return [reminder.meetingId, reminder.offsetCode, String(reminder.meetingSequence)];
}

/**
 * The reminders a meeting is owed as it is now: one per offset whose due time is still ahead, for its current
 * SEQUENCE; none for a cancelled or held meeting.
 */
export function remindersOwed(
  meeting: { id: string; status: string; sequence: number; startAt: Date },
  offsets: readonly ReminderOffset[],
  now: Date,
): Array<{
  meetingId: string;
  offsetCode: string;
  offsetMinutes: number;
  meetingSequence: number;
  dueAt: Date;
}> {
  if (meeting.status === 'cancelled' || meeting.status === 'held') return [];
  return offsets
    .map((offset) => ({
      meetingId: meeting.id,
      offsetCode: offset.code,
      offsetMinutes: offset.minutes,
      meetingSequence: meeting.sequence,
      dueAt: new Date(meeting.startAt.getTime() - offset.minutes * 60_000),
    }))
    .filter((reminder) => reminder.dueAt.getTime() > now.getTime());
}
