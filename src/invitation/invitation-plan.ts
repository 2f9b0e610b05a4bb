import type { MeetingStatus } from '../meeting/meeting.entity.js';
import type { InvitationMethod } from './invitation.entity.js';

export interface PlanMeeting {
  sequence: number;
  status: MeetingStatus;
}

export interface PlanParticipant {
  personId: string;
  /** Taken off the meeting (meeting_participants.removed_at) or the person deleted. */
  removed: boolean;
  lastSequenceSent: number | null;
  lastMethodSent: InvitationMethod | null;
}

/**
 * What one participant gets: `invitation` (their first REQUEST, or the first after being re-added),
 * `update` (a REQUEST with a higher SEQUENCE), `removed` (CANCEL to them only) or `cancelled` (the meeting's
 * CANCEL, STATUS:CANCELLED).
 */
export type SendKind = 'invitation' | 'update' | 'removed' | 'cancelled';

export interface PlannedSend {
  personId: string;
  method: InvitationMethod;
  kind: SendKind;
}

/**
 * Decides, from the meeting as it is now and what each participant was last sent, which emails bring every
 * calendar up to date. Idempotent: once the sends are recorded the plan is empty, so a stale or repeated
 * job sends nothing, and since a plan always renders the current SEQUENCE an older one is never sent after
 * a newer one. Nobody who was never sent a REQUEST gets a CANCEL.
 */
export function planInvitationSends(
  meeting: PlanMeeting,
  participants: readonly PlanParticipant[],
): PlannedSend[] {
  // A held meeting is history: no calendar traffic about it.
  if (meeting.status === 'held') return [];
  const sends: PlannedSend[] = [];
  for (const participant of participants) {
    const hasRequest = participant.lastMethodSent === 'REQUEST';
    if (meeting.status === 'cancelled') {
      if (hasRequest) sends.push({ personId: participant.personId, method: 'CANCEL', kind: 'cancelled' });
    } else if (participant.removed) {
      if (hasRequest) sends.push({ personId: participant.personId, method: 'CANCEL', kind: 'removed' });
    } else if (!hasRequest) {
      sends.push({ personId: participant.personId, method: 'REQUEST', kind: 'invitation' });
    } else if ((participant.lastSequenceSent ?? -1) < meeting.sequence) {
      sends.push({ personId: participant.personId, method: 'REQUEST', kind: 'update' });
    }
  }
  return sends;
}
