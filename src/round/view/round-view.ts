import type { Locale } from '../../common/i18n/locale.js';
import { toLocalDate, toLocalIso } from '../../meeting/meeting-time.js';
import type {
  RoundConsultationRow,
  RoundProposalAnswerRow,
} from '../consultation/round-consultation.repository.js';
import { placementReasonText, unplacedText } from '../round-messages.js';
import type { RoundItemView, RoundSummaryView, RoundView } from '../round.dto.js';
import type { RoundEntity } from '../round.entity.js';
import type { RoundRecord } from '../round.repository.js';

/** A round as the list shows it. */
export function toRoundSummary(round: RoundEntity): RoundSummaryView {
  return {
    id: round.id,
    regionId: round.regionId,
    name: round.name,
    caseNumber: round.caseNumber,
    status: round.status,
    window: { from: round.windowFirst, to: round.windowLast },
    durationMinutes: round.durationMinutes,
    mode: round.mode,
    regionalTeam: [...round.regionalTeam],
    progress: { ...round.progress },
    totals: round.proposal ? { ...round.proposal.totals } : null,
    createdBy: round.createdBy,
    createdAt: round.createdAt.toISOString(),
    confirmedAt: round.confirmedAt?.toISOString() ?? null,
    confirmedBy: round.confirmedBy,
    version: round.version,
  };
}

/**
 * A round with its items (placed by start, then the unplaced by name), the reasons in the reader's language,
 * times in the business time zone, and the consultation with each municipality's answer.
 */
export function toRoundView(
  { round, items }: RoundRecord,
  locale: Locale,
  zone: string,
  consulted: ConsultationState,
): RoundView {
  const answers = new Map(consulted.answers.map((answer) => [answer.organizationId, answer]));
  const names = new Map(round.input.municipalities.map((m) => [m.id, m.name]));
  const views = items.map((item): RoundItemView => {
    const localDate = item.startAt ? toLocalDate(item.startAt, zone) : null;
    return {
      organizationId: item.organizationId,
      organizationName: names.get(item.organizationId) ?? '',
      state: item.state,
      mode: item.mode,
      startAt: item.startAt?.toISOString() ?? null,
      endAt: item.endAt?.toISOString() ?? null,
      startLocal: item.startAt ? toLocalIso(item.startAt, zone) : null,
      endLocal: item.endAt ? toLocalIso(item.endAt, zone) : null,
      attendance: item.attendance,
      tripId: item.tripId,
      travelMinutesBefore: item.travelMinutesBefore,
      travelMinutesAfter: item.travelMinutesAfter,
      participantIds: [...item.participantIds],
      reasons: item.reasons.map((reason) => ({
        ...reason,
        message: placementReasonText(reason, locale),
        params: { ...reason.params },
      })),
      unplaced: item.blockedBy
        ? {
            code: item.blockedBy,
            message: unplacedText(item.blockedBy, item.blockedDetails, item.blockedMessage ?? '', locale),
            details: { ...item.blockedDetails },
          }
        : null,
      dueDate: item.dueDate,
      afterDueDate: localDate !== null && item.dueDate !== null && localDate > item.dueDate,
      moved: item.moved,
      meetingId: item.meetingId,
      answer: answerView(answers.get(item.organizationId), consulted.names, zone),
    };
  });
  // Placed by start, then the unplaced by name.
  views.sort((a, b) =>
    a.startAt && b.startAt
      ? a.startAt.localeCompare(b.startAt) || a.organizationName.localeCompare(b.organizationName, 'sv')
      : a.startAt
        ? -1
        : b.startAt
          ? 1
          : a.organizationName.localeCompare(b.organizationName, 'sv'),
  );
  return {
    ...toRoundSummary(round),
    timeZone: zone,
    constraints: { ...round.constraints },
    failure: round.failure,
    trips: (round.proposal?.trips ?? []).map((trip) => ({ ...trip })),
    items: views,
    consultation: consulted.consultation
      ? {
          sentAt: consulted.consultation.sentAt.toISOString(),
          sentBy: consulted.consultation.sentBy,
          answerDueAt: consulted.consultation.answerDueAt.toISOString(),
          expiredAt: consulted.consultation.expiredAt?.toISOString() ?? null,
        }
      : null,
  };
}

/** The consultation of a round sent as a proposal, the answers and the names of who answered. */
export interface ConsultationState {
  consultation: RoundConsultationRow | null;
  answers: readonly RoundProposalAnswerRow[];
  names: ReadonlyMap<string, string>;
}

function answerView(
  answer: RoundProposalAnswerRow | undefined,
  names: ReadonlyMap<string, string>,
  zone: string,
): RoundItemView['answer'] {
  if (!answer) return null;
  return {
    state: answer.answer ?? 'pending',
    byDefault: answer.byDefault,
    proposedStartAt: answer.proposedStartAt.toISOString(),
    proposedStartLocal: toLocalIso(answer.proposedStartAt, zone),
    alternatives: answer.alternatives.map((startAt) => ({
      startAt,
      startLocal: toLocalIso(new Date(startAt), zone),
    })),
    reason: answer.reason,
    answeredBy: answer.answeredBy,
    answeredByName: answer.answeredBy ? (names.get(answer.answeredBy) ?? null) : null,
    answeredAt: answer.answeredAt?.toISOString() ?? null,
  };
}
