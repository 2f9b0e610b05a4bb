import { hasRole } from '../../app/roles';
import type { Me } from '../auth/hooks/useMe';
import type { Draft } from './drafts/draft-store';
import { type ActionFields, actionValue, parsePart, partKey } from './drafts/minutes-parts';
import type { Minutes } from './hooks/useMinutes';

type MinutesItem = Minutes['items'][number];
type MinutesAction = Minutes['actions'][number];
type AttendancePart = Pick<Minutes, 'attendance' | 'guests'> & Minutes['attendancePart'];

/**
 * Who writes the minutes, as the API decides (isMeetingKeeper): admins, and the coordinators and secretaries
 * of the region or a municipality of the meeting.
 */
export function keepsMinutes(
  me: Me,
  meeting: { regionId: string; organizations: ReadonlyArray<{ id: string }> },
): boolean {
  if (hasRole(me, 'admin')) return true;
  const parties = new Set([meeting.regionId, ...meeting.organizations.map((org) => org.id)]);
  return hasRole(me, 'coordinator', 'secretary') && parties.has(me.organizationId);
}

/**
 * Who fetches the archive packages, as the API decides: the region's admins, coordinators and secretaries
 * (a municipality's keepers are refused).
 */
export function fetchesArchive(me: Me, meeting: { regionId: string }): boolean {
  return hasRole(me, 'admin', 'coordinator', 'secretary') && me.organizationId === meeting.regionId;
}

/** The minutes change only as a draft or after an adjuster returned them. */
export function isWritable(status: Minutes['status']): boolean {
  return status === 'draft' || status === 'returned';
}

/** The minutes with one part as the server now has it (the answer of its save; null: the action is gone). */
export function withPart(minutes: Minutes, part: string, value: unknown): Minutes {
  const ref = parsePart(part);
  if (ref.kind === 'item') {
    const item = value as MinutesItem;
    return {
      ...minutes,
      items: minutes.items.map((current) => (current.agendaItemId === ref.id ? item : current)),
    };
  }
  if (ref.kind === 'attendance') {
    const { attendance, guests, version, updatedAt, updatedBy } = value as AttendancePart;
    return { ...minutes, attendance, guests, attendancePart: { version, updatedAt, updatedBy } };
  }
  const action = value as MinutesAction | null;
  const others = minutes.actions.filter((current) => current.id !== ref.id);
  if (!action) return { ...minutes, actions: others };
  const known = minutes.actions.some((current) => current.id === ref.id);
  return {
    ...minutes,
    actions: known
      ? minutes.actions.map((current) => (current.id === ref.id ? action : current))
      : [...minutes.actions, action],
  };
}

/** An action as the editor lists it: the server's, with the secretary's unsent change over it. */
export interface EditedAction {
  id: string;
  value: ActionFields;
  /** The server's version; null while the server does not have the action yet. */
  version: number | null;
  /** The server's action (its link in /api/actions, proposed or open), when it has one. */
  server: MinutesAction | undefined;
  /** Changed here and not yet on the server. */
  unsent: boolean;
  /** Refused because someone else changed it meanwhile. */
  conflict: boolean;
}

/**
 * The actions of the minutes as the secretary sees them while writing: the server's, each replaced by its
 * draft when there is one (a removed one left out), then those written here that the server has not seen.
 */
export function editedActions(
  actions: readonly MinutesAction[],
  drafts: ReadonlyMap<string, Draft>,
): EditedAction[] {
  const listed: EditedAction[] = [];
  for (const action of actions) {
    const draft = drafts.get(partKey.action(action.id));
    if (draft && draft.value === null && !draft.conflict) continue;
    listed.push({
      id: action.id,
      value: (draft?.value as ActionFields | null | undefined) ?? actionValue(action),
      version: action.version,
      server: action,
      unsent: !!draft,
      conflict: !!draft?.conflict,
    });
  }
  const known = new Set(actions.map((action) => action.id));
  for (const draft of drafts.values()) {
    const ref = parsePart(draft.part);
    if (ref.kind !== 'action' || known.has(ref.id) || draft.value === null) continue;
    listed.push({
      id: ref.id,
      value: draft.value as ActionFields,
      version: null,
      server: undefined,
      unsent: true,
      conflict: !!draft.conflict,
    });
  }
  return listed;
}

export type ActionField = 'title' | 'ownerPersonId' | 'dueDate';

/** The fields of an action the API would refuse, each with its message's key (minutes namespace). */
export function actionErrors(value: ActionFields): Partial<Record<ActionField, string>> {
  const errors: Partial<Record<ActionField, string>> = {};
  if (!value.title.trim()) errors.title = 'actionForm.titleRequired';
  else if (value.title.trim().length > 300) errors.title = 'actionForm.titleTooLong';
  if (!value.ownerPersonId) errors.ownerPersonId = 'actionForm.personRequired';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value.dueDate) || Number.isNaN(Date.parse(value.dueDate)))
    errors.dueDate = 'actionForm.dueDateRequired';
  return errors;
}
