import type { AgreementView } from '../../agreement/agreement.dto.js';
import type { ParticipantInput } from '../../meeting/checks/meeting-checks.js';
import type { RoundMeetingInput } from '../../meeting/creation/meeting-creation.js';
import type { RoundEntity, RoundItemEntity } from '../round.entity.js';

/**
 * The meetings a confirmed round creates, one per proposed item in order: titled after the round and the
 * municipality, at the agreement's place (address unless digital, video link unless on site), the regional
 * team's first member as chair, and only participants who still exist.
 */
export function roundMeetingInputs(
  round: Pick<RoundEntity, 'id' | 'regionId' | 'name' | 'caseNumber' | 'regionalTeam' | 'input'>,
  proposed: readonly RoundItemEntity[],
  agreements: ReadonlyMap<string, Pick<AgreementView, 'location'>>,
  existingPeople: ReadonlySet<string>,
): RoundMeetingInput[] {
  const names = new Map(round.input.municipalities.map((m) => [m.id, m.name]));
  const chair = round.regionalTeam[0];
  return proposed.map((item) => {
    const agreement = agreements.get(item.organizationId);
    const participants: ParticipantInput[] = item.participantIds
      .filter((personId) => existingPeople.has(personId))
      .map((personId) => ({ personId, role: personId === chair ? 'chair' : 'required' }));
    return {
      roundId: round.id,
      regionId: round.regionId,
      organizationId: item.organizationId,
      title: `${round.name} – ${names.get(item.organizationId) ?? ''}`.trim(),
      start: item.startAt!,
      end: item.endAt!,
      mode: item.mode,
      locationAddress: item.mode === 'digital' ? null : (agreement?.location.address ?? null),
      videoUrl: item.mode === 'onsite' ? null : (agreement?.location.videoUrl ?? null),
      caseNumber: round.caseNumber,
      participants,
    };
  });
}
