import type { AgendaItemRef } from '../../agenda/agenda-store.js';
import type { MeetingView } from '../../meeting/meeting.dto.js';
import { minutesItemOf } from '../minutes-items.js';
import type {
  MinutesActionView,
  MinutesAttendancePartView,
  MinutesItemView,
  MinutesView,
} from '../minutes.dto.js';
import type {
  MinutesAction,
  MinutesAdjusterEntity,
  MinutesEntity,
  MinutesItem,
  MinutesPartStamp,
  MinutesReviewEntity,
} from '../minutes.entity.js';
import { isOpened } from '../minutes-parts.js';
import { adjusterReminderAt } from '../review/adjuster-reminder-time.js';

/** Everything the API's view of the minutes is made of, read beforehand (MinutesViews). */
export interface MinutesViewSources {
  meeting: MeetingView;
  minutes: MinutesEntity | null;
  /** The agenda as it is now; null when the minutes are frozen (in review or locked). */
  agendaItems: readonly AgendaItemRef[] | null;
  review: MinutesReviewEntity | null;
  adjusters: readonly MinutesAdjusterEntity[];
  adjusterNames: ReadonlyMap<string, string>;
  /** The names of the people who last saved a part. */
  authorNames: ReadonlyMap<string, string>;
  publicUrl: string;
  /** MINUTES_REMINDER_BEFORE_HOURS: when an adjuster who has not decided is reminded. */
  reminderBeforeHours: number;
}

/** A part's version, time and author as the API shows them. */
export function partStampView(
  stamp: MinutesPartStamp,
  names: ReadonlyMap<string, string>,
): {
  version: number;
  updatedAt: string | null;
  updatedBy: { personId: string; name: string | null } | null;
} {
  return {
    version: stamp.version ?? 0,
    updatedAt: stamp.updatedAt ?? null,
    updatedBy: stamp.updatedBy
      ? { personId: stamp.updatedBy, name: names.get(stamp.updatedBy) ?? null }
      : null,
  };
}

export function itemView(
  item: MinutesItem,
  number: number,
  names: ReadonlyMap<string, string>,
): MinutesItemView {
  return {
    agendaItemId: item.agendaItemId,
    number,
    title: item.title,
    type: item.type,
    visibility: item.visibility,
    secrecyGround: item.secrecyGround ?? null,
    secrecyNote: item.secrecyNote ?? null,
    secrecySource: item.ownSecrecy ? 'minutes' : item.visibility === 'restricted' ? 'agenda' : null,
    notes: item.notes,
    decisions: [...item.decisions],
    ...partStampView(item, names),
  };
}

export function actionView(action: MinutesAction, names: ReadonlyMap<string, string>): MinutesActionView {
  return {
    id: action.id,
    agendaItemId: action.agendaItemId,
    title: action.title,
    description: action.description,
    ownerPersonId: action.ownerPersonId,
    ownerOrganizationId: action.ownerOrganizationId,
    dueDate: action.dueDate,
    strategyAreaIds: [...action.strategyAreaIds],
    actionId: action.actionId,
    proposed: !isOpened(action),
    addedBy: action.addedBy ?? null,
    ...partStampView(action, names),
  };
}

/** Attendance over the participants (those not recorded with status null), guests and the part's version. */
export function attendancePartView(
  meeting: MeetingView,
  minutes: MinutesEntity | null,
  names: ReadonlyMap<string, string>,
): MinutesAttendancePartView {
  const recorded = new Map((minutes?.attendance ?? []).map((entry) => [entry.personId, entry]));
  const invited = new Set(meeting.participants.map((participant) => participant.personId));
  return {
    attendance: [
      ...meeting.participants.map((participant) => ({
        personId: participant.personId,
        name: participant.name ?? recorded.get(participant.personId)?.name ?? '',
        organizationId: participant.organizationId,
        status: recorded.get(participant.personId)?.status ?? null,
      })),
      ...(minutes?.attendance ?? []).filter((entry) => !invited.has(entry.personId)),
    ],
    guests: (minutes?.guests ?? []).map((guest) => ({ ...guest })),
    ...partStampView(
      {
        version: minutes?.attendanceVersion ?? 0,
        updatedAt: minutes?.attendanceUpdatedAt?.toISOString() ?? null,
        updatedBy: minutes?.attendanceUpdatedBy ?? null,
      },
      names,
    ),
  };
}

/** Everyone who last saved a part of these minutes (for their names). */
export function partAuthorIds(minutes: MinutesEntity | null): string[] {
  if (!minutes) return [];
  return [
    ...new Set(
      [...minutes.items, ...minutes.actions, { updatedBy: minutes.attendanceUpdatedBy }].flatMap((part) =>
        part.updatedBy ? [part.updatedBy] : [],
      ),
    ),
  ];
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
  const { meeting, minutes, review, adjusters, adjusterNames, authorNames } = sources;
  const items = minutesItemsFor(minutes, sources.agendaItems);
  const { attendance, guests, ...attendancePart } = attendancePartView(meeting, minutes, authorNames);
  return {
    meetingId: meeting.id,
    status: minutes?.status ?? 'draft',
    revision: minutes?.revision ?? 0,
    version: minutes?.version ?? 0,
    items: items.map((item, index) => itemView(item, index + 1, authorNames)),
    attendance,
    guests,
    attendancePart,
    actions: (minutes?.actions ?? []).map((action) => actionView(action, authorNames)),
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
            reminderAt: adjusterReminderAt(
              review.submittedAt,
              review.deadlineAt,
              sources.reminderBeforeHours,
            ).toISOString(),
            remindedAt: adjuster.remindedAt?.toISOString() ?? null,
          })),
        }
      : null,
    firstSubmittedAt: minutes?.firstSubmittedAt?.toISOString() ?? null,
    lockedAt: minutes?.lockedAt?.toISOString() ?? null,
    pdfUrl: `${sources.publicUrl}/api/meetings/${meeting.id}/minutes.pdf`,
    updatedAt: minutes?.updatedAt.toISOString() ?? null,
  };
}
