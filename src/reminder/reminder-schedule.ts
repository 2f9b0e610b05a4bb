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
