import { MAX_MEETING_MINUTES } from './meeting-time.js';
import type { MeetingStatus } from './meeting.entity.js';
import { MeetingErrorCode, MeetingException } from './meeting.exception.js';

const MINUTE = 60_000;

/** A meeting ends after it starts and lasts at most a working day. */
export function assertTimes(start: Date, end: Date): void {
  if (end.getTime() <= start.getTime()) {
    throw new MeetingException(MeetingErrorCode.EndBeforeStart, 'The meeting must end after it starts', {
      field: 'end',
    });
  }
  const minutes = (end.getTime() - start.getTime()) / MINUTE;
  if (minutes > MAX_MEETING_MINUTES) {
    throw new MeetingException(
      MeetingErrorCode.DurationExceedsWorkingDay,
      `A meeting lasts at most a working day (${MAX_MEETING_MINUTES} minutes)`,
      { field: 'end', maxMinutes: MAX_MEETING_MINUTES, minutes },
    );
  }
}

/** Cancelled and held meetings are history. */
export function assertEditable(status: MeetingStatus): void {
  if (status === 'cancelled' || status === 'held') {
    throw new MeetingException(MeetingErrorCode.NotEditable, `A ${status} meeting can no longer change`, {
      status,
    });
  }
}

/** planned → confirmed → held; held only once the meeting is over. */
export function assertTransition(from: MeetingStatus, to: MeetingStatus, end: Date, now = new Date()): void {
  const allowed = (from === 'planned' && to === 'confirmed') || (from === 'confirmed' && to === 'held');
  if (!allowed) {
    throw new MeetingException(MeetingErrorCode.InvalidTransition, `A ${from} meeting cannot become ${to}`, {
      from,
      to,
    });
  }
  if (to === 'held' && now.getTime() < end.getTime()) {
    throw new MeetingException(MeetingErrorCode.NotEnded, 'A meeting is held only after its end', {
      endAt: end.toISOString(),
    });
  }
}
