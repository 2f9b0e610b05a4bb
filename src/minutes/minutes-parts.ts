import { partStampOf } from './minutes-items.js';
import type {
  MinutesAction,
  MinutesAttendance,
  MinutesEntity,
  MinutesGuest,
  MinutesItem,
  MinutesPartStamp,
} from './minutes.entity.js';

/**
 * The parts of the minutes saved on their own (#15): an item's notes and decisions, the attendance with the
 * guests, one action. Each has a version; a save that changes a part raises it by one.
 */

/** What an action of the minutes says, without its identity, fate or stamp. */
export type ActionContent = Omit<
  MinutesAction,
  'id' | 'actionId' | 'addedBy' | 'opened' | keyof MinutesPartStamp
>;

/** The content of an action as the minutes keep it, from a request's fields. */
export function actionContentOf(fields: {
  agendaItemId?: string | null;
  title: string;
  description?: string | null;
  ownerPersonId: string;
  ownerOrganizationId: string;
  dueDate: string;
  strategyAreaIds: string[];
}): ActionContent {
  return {
    agendaItemId: fields.agendaItemId ?? null,
    title: fields.title,
    description: fields.description ?? null,
    ownerPersonId: fields.ownerPersonId,
    ownerOrganizationId: fields.ownerOrganizationId,
    dueDate: fields.dueDate,
    strategyAreaIds: fields.strategyAreaIds,
  };
}

/** The minutes locked with this action: its action is open (before #15, `actionId` was set only then). */
export function isOpened(action: MinutesAction): boolean {
  return action.opened ?? action.actionId !== null;
}

export function sameItemContent(
  a: { notes: string | null; decisions: readonly string[] } | undefined,
  b: { notes: string | null; decisions: readonly string[] },
): boolean {
  return (a?.notes ?? null) === b.notes && JSON.stringify(a?.decisions ?? []) === JSON.stringify(b.decisions);
}

/** Same attendance (in any order) and the same guests (in order). */
export function sameAttendance(
  a: {
    attendance: readonly Pick<MinutesAttendance, 'personId' | 'status'>[];
    guests: readonly MinutesGuest[];
  },
  b: {
    attendance: readonly Pick<MinutesAttendance, 'personId' | 'status'>[];
    guests: readonly MinutesGuest[];
  },
): boolean {
  const key = (list: readonly Pick<MinutesAttendance, 'personId' | 'status'>[]) =>
    list
      .map((entry) => `${entry.personId}:${entry.status}`)
      .sort()
      .join(',');
  const guests = (list: readonly MinutesGuest[]) =>
    JSON.stringify(list.map((guest) => [guest.name, guest.organization ?? null]));
  return key(a.attendance) === key(b.attendance) && guests(a.guests) === guests(b.guests);
}

/** Same action content by value (null and absent alike, strategy areas as a set). */
export function sameActionContent(a: ActionContent, b: ActionContent): boolean {
  const areas = (ids: readonly string[]) => [...ids].sort().join(',');
  return (
    a.title === b.title &&
    (a.description ?? null) === (b.description ?? null) &&
    a.ownerPersonId === b.ownerPersonId &&
    a.ownerOrganizationId === b.ownerOrganizationId &&
    a.dueDate === b.dueDate &&
    (a.agendaItemId ?? null) === (b.agendaItemId ?? null) &&
    areas(a.strategyAreaIds) === areas(b.strategyAreaIds)
  );
}

/** The stamp of a part saved now by this person, one version on from the part's. */
export function nextStamp(
  previous: MinutesPartStamp | undefined,
  authorId: string,
  now: Date,
): Required<MinutesPartStamp> {
  return { version: (previous?.version ?? 0) + 1, updatedAt: now.toISOString(), updatedBy: authorId };
}

/**
 * After a whole-minutes PUT: each part it changed gets the next version, stamped with its author; the
 * others keep theirs. `minutes` still holds the content before the PUT.
 */
export function stampChangedParts(
  minutes: MinutesEntity,
  after: {
    items: MinutesItem[];
    attendance: MinutesAttendance[];
    guests: MinutesGuest[];
    actions: MinutesAction[];
  },
  authorId: string,
  now: Date,
): void {
  const oldItems = new Map(minutes.items.map((item) => [item.agendaItemId, item]));
  after.items = after.items.map((item) => {
    const old = oldItems.get(item.agendaItemId);
    const stamp = sameItemContent(old, item) ? partStampOf(old) : nextStamp(old, authorId, now);
    return { ...item, ...stamp };
  });
  const oldActions = new Map(minutes.actions.map((action) => [action.id, action]));
  after.actions = after.actions.map((action) => {
    const old = oldActions.get(action.id);
    const stamp = old && sameActionContent(old, action) ? partStampOf(old) : nextStamp(old, authorId, now);
    return { ...action, ...stamp };
  });
  if (!sameAttendance(minutes, after)) {
    minutes.attendanceVersion += 1;
    minutes.attendanceUpdatedAt = now;
    minutes.attendanceUpdatedBy = authorId;
  }
}
