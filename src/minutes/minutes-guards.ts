import { isMeetingKeeper } from '../agenda/agenda-access.js';
import type { AuthenticatedUser } from '../common/auth/authenticated-user.js';
import { ForbiddenError } from '../common/errors/domain-error.js';
import type { MeetingView } from '../meeting/meeting.dto.js';
import { meetingTimes } from '../meeting/reads/meeting-times.js';
import { MinutesErrorCode, MinutesException } from './minutes.exception.js';

/** Refusal for someone invited from outside the two parties who asks for the working copy of the minutes. */
export const OUTSIDERS_READ_LOCKED_MINUTES =
  'Only the two parties read the minutes here; others receive the approved minutes by email';

/** Who keeps the minutes and when they may change: the checks the editor and the review flow share. */
export function assertKeeper(user: AuthenticatedUser, meeting: MeetingView): void {
  if (!isMeetingKeeper(user, meeting)) {
    throw new ForbiddenError('Only admins, coordinators and secretaries of the two parties keep the minutes');
  }
}

export function assertNotCancelled(meeting: MeetingView): void {
  if (meeting.status === 'cancelled') {
    throw new MinutesException(MinutesErrorCode.MeetingCancelled, 'The meeting is cancelled');
  }
}

export function assertStarted(meeting: MeetingView): void {
  if (meetingTimes(meeting).startAt.getTime() > Date.now()) {
    throw new MinutesException(
      MinutesErrorCode.MeetingNotStarted,
      'The meeting has not started: its minutes go to the adjusters once it has taken place',
      { startAt: meeting.startAt },
    );
  }
}
