import type { AgendaItemRef } from '../../agenda/agenda-store.js';
import type { MeetingView } from '../../meeting/meeting.dto.js';
import { minutesItemOf } from '../minutes-items.js';
import type { MinutesView } from '../minutes.dto.js';
import type {
  MinutesAdjusterEntity,
  MinutesEntity,
  MinutesItem,
  MinutesReviewEntity,
} from '../minutes.entity.js';

/** Everything the API's view of the minutes is made of, read beforehand (MinutesViews). */
export interface MinutesViewSources {
  meeting: MeetingView;
  minutes: MinutesEntity | null;
  /** The agenda as it is now; null when the minutes are frozen (in review or locked). */
  agendaItems: readonly AgendaItemRef[] | null;
  review: MinutesReviewEntity | null;
  adjusters: readonly MinutesAdjusterEntity[];
  adjusterNames: ReadonlyMap<string, string>;
  publicUrl: string;
}

/** Minutes in review or locked show their items as recorded; others follow the agenda. */
export function isFrozen(minutes: MinutesEntity | null): boolean {
  return minutes?.status === 'locked' || minutes?.status === 'in_review';
}

/** The items shown: as recorded when frozen, otherwise the agenda's with what was recorded for each. */
export function minutesItemsFor(
  minutes: MinutesEntity | null,
  agendaItems: readonly AgendaItemRef[] | null,
): MinutesItem[] {
  if (!agendaItems) return [...(minutes?.items ?? [])].sort((a, b) => a.position - b.position);
  const stored = new Map((minutes?.items ?? []).map((item) => [item.agendaItemId, item]));
  const current = new Set(agendaItems.map((item) => item.id));
  return [
    ...agendaItems.map((ref) => minutesItemOf(ref, stored.get(ref.id))),
    // Notes of an item taken off the agenda since stay until the secretary clears them.
    ...(minutes?.items ?? []).filter(
      (item) => !current.has(item.agendaItemId) && (item.notes !== null || item.decisions.length > 0),
    ),
  ];
}

/** The minutes as the API shows them; before anything is recorded, an empty draft over the agenda. */
export function toMinutesView(sources: MinutesViewSources): MinutesView {
  const { meeting, minutes, review, adjusters, adjusterNames } = sources;
  const items = minutesItemsFor(minutes, sources.agendaItems);
  const recorded = new Map((minutes?.attendance ?? []).map((entry) => [entry.personId, entry]));
  const invited = new Set(meeting.participants.map((participant) => participant.personId));
  const attendance = [
    ...meeting.participants.map((participant) => ({
      personId: participant.personId,
      name: participant.name ?? recorded.get(participant.personId)?.name ?? '',
      organizationId: participant.organizationId,
      status: recorded.get(participant.personId)?.status ?? null,
    })),
    ...(minutes?.attendance ?? []).filter((entry) => !invited.has(entry.personId)),
  ];
  return {
    meetingId: meeting.id,
    status: minutes?.status ?? 'draft',
    revision: minutes?.revision ?? 0,
    version: minutes?.version ?? 0,
    items: items.map((item, index) => ({
      agendaItemId: item.agendaItemId,
      number: index + 1,
      title: item.title,
      type: item.type,
      visibility: item.visibility,
      notes: item.notes,
      decisions: [...item.decisions],
    })),
    attendance,
    guests: (minutes?.guests ?? []).map((guest) => ({ ...guest })),
    actions: (minutes?.actions ?? []).map((action) => ({
      id: action.id,
      agendaItemId: action.agendaItemId,
      title: action.title,
      description: action.description,
      ownerPersonId: action.ownerPersonId,
      ownerOrganizationId: action.ownerOrganizationId,
      dueDate: action.dueDate,
      strategyAreaIds: [...action.strategyAreaIds],
      actionId: action.actionId,
      addedBy: action.addedBy ?? null,
    })),
    informed: [...(minutes?.informed ?? [])],
    review: review
      ? {
          id: review.id,
          number: review.number,
          status: review.status,
          submittedBy: review.submittedBy,
          submittedAt: review.submittedAt.toISOString(),
          deadlineAt: review.deadlineAt.toISOString(),
          closedAt: review.closedAt?.toISOString() ?? null,
          adjusters: adjusters.map((adjuster) => ({
            personId: adjuster.personId,
            name: adjusterNames.get(adjuster.personId) ?? null,
            party: adjuster.party,
            decision: adjuster.decision,
            comment: adjuster.comment,
            decidedAt: adjuster.decidedAt?.toISOString() ?? null,
          })),
        }
      : null,
    firstSubmittedAt: minutes?.firstSubmittedAt?.toISOString() ?? null,
    lockedAt: minutes?.lockedAt?.toISOString() ?? null,
    pdfUrl: `${sources.publicUrl}/api/meetings/${meeting.id}/minutes.pdf`,
    updatedAt: minutes?.updatedAt.toISOString() ?? null,
  };
}
