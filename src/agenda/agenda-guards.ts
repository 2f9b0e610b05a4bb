import type { MeetingView } from '../meeting/meeting.dto.js';
import type { AgendaEntity } from './agenda.entity.js';
import { AgendaErrorCode, AgendaException } from './agenda.exception.js';

export function assertNotCancelled(meeting: MeetingView): void {
  if (meeting.status === 'cancelled') {
    throw new AgendaException(AgendaErrorCode.MeetingCancelled, 'The meeting is cancelled');
  }
}

/** Optimistic concurrency on the whole agenda: the change was made on the version the caller saw. */
export function assertAgendaVersion(agenda: Pick<AgendaEntity, 'contentVersion'>, seen?: number): void {
  if (seen !== undefined && seen !== agenda.contentVersion) {
    throw new AgendaException(
      AgendaErrorCode.AgendaVersionConflict,
      'The agenda was changed by someone else',
      { currentVersion: agenda.contentVersion },
    );
  }
}
