import type { MeetingView } from '../meeting/meeting.dto.js';
import { AgendaErrorCode, AgendaException } from './agenda.exception.js';

export function assertNotCancelled(meeting: MeetingView): void {
  if (meeting.status === 'cancelled') {
    throw new AgendaException(AgendaErrorCode.MeetingCancelled, 'The meeting is cancelled');
  }
}
