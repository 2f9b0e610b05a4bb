import type { NewRoundItem } from '../round.repository.js';
import type { RoundItemEntity } from '../round.entity.js';
import type { Proposal, SchedulerInput } from '../scheduler/index.js';

/** One item per municipality of the input, from the engine's proposal. */
export function itemsOf(
  roundId: string,
  input: SchedulerInput,
  proposal: Proposal,
  dueDates: ReadonlyMap<string, string | null>,
  previous: ReadonlyMap<string, RoundItemEntity>,
  movedId?: string,
): NewRoundItem[] {
  const placed = new Map(proposal.meetings.map((meeting) => [meeting.municipalityId, meeting]));
  const unplaced = new Map(proposal.unplaced.map((entry) => [entry.municipalityId, entry]));
  return input.municipalities.map((municipality) => {
    const meeting = placed.get(municipality.id);
    const blocked = unplaced.get(municipality.id);
    return {
      roundId,
      organizationId: municipality.id,
      state: meeting ? 'proposed' : 'unplaced',
      mode: municipality.mode,
      startAt: meeting ? new Date(meeting.start) : null,
      endAt: meeting ? new Date(meeting.end) : null,
      attendance: meeting?.attendance ?? null,
      tripId: meeting?.tripId ?? null,
      travelMinutesBefore: meeting?.travelMinutesBefore ?? 0,
      travelMinutesAfter: meeting?.travelMinutesAfter ?? 0,
      participantIds: meeting ? [...meeting.participants] : [],
      reasons: meeting ? meeting.reasons : [],
      blockedBy: !meeting && blocked ? blocked.code : null,
      blockedMessage: !meeting && blocked ? blocked.message : null,
      blockedDetails: !meeting && blocked ? blocked.details : null,
      dueDate: dueDates.get(municipality.id) ?? null,
      moved: municipality.id === movedId || (previous.get(municipality.id)?.moved ?? false),
      meetingId: null,
    };
  });
}
