import { MINUTES_ACTION_FIELDS, type MinutesChange, type MinutesTextChange } from '../minutes-change.js';
import type { MinutesAction, MinutesAttendance, MinutesGuest, MinutesItem } from '../minutes.entity.js';

export interface MinutesContent {
  items: MinutesItem[];
  attendance: MinutesAttendance[];
  guests: MinutesGuest[];
  actions: MinutesAction[];
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * What changed between two revisions of the minutes, as data for the revision history (the reader words it): which item's
 * notes or decisions, whose attendance, which guests and actions. Empty when nothing changed.
 */
export function diffMinutes(before: MinutesContent, after: MinutesContent): MinutesChange[] {
  const changes: MinutesChange[] = [];
  const oldItems = new Map(before.items.map((item) => [item.agendaItemId, item]));
  for (const item of after.items) {
    const old = oldItems.get(item.agendaItemId);
    const itemTitle = item.title;
    const oldNotes = old?.notes ?? null;
    if (oldNotes !== item.notes) {
      const kind =
        oldNotes === null ? 'notes_added' : item.notes === null ? 'notes_removed' : 'notes_changed';
      changes.push({ kind, itemTitle });
    }
    const restricted = item.visibility === 'restricted';
    const wasRestricted = old ? old.visibility === 'restricted' : false;
    // An entry seen before, or one marked in the minutes (maybe the first thing written in them).
    if (
      (old || item.ownSecrecy) &&
      (wasRestricted !== restricted ||
        (restricted && (old?.secrecyGround ?? null) !== (item.secrecyGround ?? null)))
    ) {
      changes.push({
        kind: 'secrecy_changed',
        itemTitle,
        ground: restricted ? (item.secrecyGround ?? null) : null,
      });
    }
    const oldDecisions = old?.decisions ?? [];
    if (!same(oldDecisions, item.decisions)) {
      const added = item.decisions.filter((decision) => !oldDecisions.includes(decision)).length;
      const removed = oldDecisions.filter((decision) => !item.decisions.includes(decision)).length;
      changes.push({ kind: 'decisions_changed', itemTitle, added, removed });
    }
  }
  const newItemIds = new Set(after.items.map((item) => item.agendaItemId));
  for (const old of before.items) {
    if (!newItemIds.has(old.agendaItemId) && (old.notes !== null || old.decisions.length > 0)) {
      changes.push({ kind: 'item_removed', itemTitle: old.title });
    }
  }

  const oldAttendance = new Map(before.attendance.map((entry) => [entry.personId, entry]));
  const newAttendance = new Map(after.attendance.map((entry) => [entry.personId, entry]));
  for (const entry of after.attendance) {
    const old = oldAttendance.get(entry.personId);
    if (!old) changes.push({ kind: 'attendance_recorded', personName: entry.name, status: entry.status });
    else if (old.status !== entry.status) {
      changes.push({
        kind: 'attendance_changed',
        personName: entry.name,
        from: old.status,
        to: entry.status,
      });
    }
  }
  for (const old of before.attendance) {
    if (!newAttendance.has(old.personId)) changes.push({ kind: 'attendance_removed', personName: old.name });
  }

  const guestKey = (guest: MinutesGuest) => `${guest.name}|${guest.organization ?? ''}`;
  const oldGuests = new Set(before.guests.map(guestKey));
  const newGuests = new Set(after.guests.map(guestKey));
  for (const guest of after.guests)
    if (!oldGuests.has(guestKey(guest))) changes.push({ kind: 'guest_added', guestName: guest.name });
  for (const guest of before.guests)
    if (!newGuests.has(guestKey(guest))) changes.push({ kind: 'guest_removed', guestName: guest.name });

  const oldActions = new Map(before.actions.map((action) => [action.id, action]));
  const newActionIds = new Set(after.actions.map((action) => action.id));
  for (const action of after.actions) {
    const old = oldActions.get(action.id);
    if (!old) {
      changes.push({ kind: 'action_added', actionTitle: action.title });
      continue;
    }
    const fields = MINUTES_ACTION_FIELDS.filter((field) => !same(old[field] ?? null, action[field] ?? null));
    if (fields.length) changes.push({ kind: 'action_changed', actionTitle: action.title, fields });
  }
  for (const old of before.actions) {
    if (!newActionIds.has(old.id)) changes.push({ kind: 'action_removed', actionTitle: old.title });
  }
  return changes;
}

/**
 * The texts of the items an edit changed, before and after (notes; decisions one a line), so that a reader
 * sees what was written and struck, not only that something changed. `before` null: the first content.
 */
export function itemTextChanges(before: MinutesContent | null, after: MinutesContent): MinutesTextChange[] {
  const old = new Map((before?.items ?? []).map((item) => [item.agendaItemId, item]));
  const texts: MinutesTextChange[] = [];
  const push = (
    itemTitle: string,
    field: MinutesTextChange['field'],
    was: string | null,
    now: string | null,
  ) => {
    if (was !== now) texts.push({ itemTitle, field, before: was, after: now });
  };
  const lines = (decisions: readonly string[] | undefined) =>
    decisions?.length ? decisions.join('\n') : null;
  for (const item of after.items) {
    const previous = old.get(item.agendaItemId);
    push(item.title, 'notes', previous?.notes ?? null, item.notes ?? null);
    push(item.title, 'decisions', lines(previous?.decisions), lines(item.decisions));
  }
  const kept = new Set(after.items.map((item) => item.agendaItemId));
  for (const previous of before?.items ?? []) {
    if (kept.has(previous.agendaItemId)) continue;
    push(previous.title, 'notes', previous.notes ?? null, null);
    push(previous.title, 'decisions', lines(previous.decisions), null);
  }
  return texts;
}
