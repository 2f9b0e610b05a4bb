import type { MinutesAction, MinutesAttendance, MinutesGuest, MinutesItem } from '../minutes.entity.js';

export interface MinutesContent {
  items: MinutesItem[];
  attendance: MinutesAttendance[];
  guests: MinutesGuest[];
  actions: MinutesAction[];
}

const ACTION_FIELDS = [
  'title',
  'description',
  'ownerPersonId',
  'ownerOrganizationId',
  'dueDate',
  'agendaItemId',
  'strategyAreaIds',
] as const;

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function quoted(text: string): string {
  return text.length > 60 ? `"${text.slice(0, 57)}..."` : `"${text}"`;
}

/**
 * What changed between two revisions of the minutes, in short lines for the revision history: which item's
 * notes or decisions, whose attendance, which guests and actions. Empty when nothing changed.
 */
export function diffMinutes(before: MinutesContent, after: MinutesContent): string[] {
  const changes: string[] = [];
  const oldItems = new Map(before.items.map((item) => [item.agendaItemId, item]));
  for (const item of after.items) {
    const old = oldItems.get(item.agendaItemId);
    const label = `item ${quoted(item.title)}`;
    const oldNotes = old?.notes ?? null;
    if (oldNotes !== item.notes) {
      changes.push(
        `${label}: notes ${oldNotes === null ? 'added' : item.notes === null ? 'removed' : 'changed'}`,
      );
    }
    const oldDecisions = old?.decisions ?? [];
    if (!same(oldDecisions, item.decisions)) {
      const added = item.decisions.filter((decision) => !oldDecisions.includes(decision)).length;
      const removed = oldDecisions.filter((decision) => !item.decisions.includes(decision)).length;
      const parts = [added ? `${added} added` : '', removed ? `${removed} removed` : ''].filter(Boolean);
      changes.push(`${label}: decisions ${parts.length ? parts.join(', ') : 'reordered'}`);
    }
  }
  const newItemIds = new Set(after.items.map((item) => item.agendaItemId));
  for (const old of before.items) {
    if (!newItemIds.has(old.agendaItemId) && (old.notes !== null || old.decisions.length > 0)) {
      changes.push(`item ${quoted(old.title)}: notes and decisions removed`);
    }
  }

  const oldAttendance = new Map(before.attendance.map((entry) => [entry.personId, entry]));
  const newAttendance = new Map(after.attendance.map((entry) => [entry.personId, entry]));
  for (const entry of after.attendance) {
    const old = oldAttendance.get(entry.personId);
    if (!old) changes.push(`attendance: ${entry.name} ${entry.status}`);
    else if (old.status !== entry.status)
      changes.push(`attendance: ${entry.name} ${old.status} → ${entry.status}`);
  }
  for (const old of before.attendance) {
    if (!newAttendance.has(old.personId)) changes.push(`attendance: ${old.name} no longer recorded`);
  }

  const guestKey = (guest: MinutesGuest) => `${guest.name}|${guest.organization ?? ''}`;
  const oldGuests = new Set(before.guests.map(guestKey));
  const newGuests = new Set(after.guests.map(guestKey));
  for (const guest of after.guests)
    if (!oldGuests.has(guestKey(guest))) changes.push(`guest added: ${guest.name}`);
  for (const guest of before.guests)
    if (!newGuests.has(guestKey(guest))) changes.push(`guest removed: ${guest.name}`);

  const oldActions = new Map(before.actions.map((action) => [action.id, action]));
  const newActionIds = new Set(after.actions.map((action) => action.id));
  for (const action of after.actions) {
    const old = oldActions.get(action.id);
    if (!old) {
      changes.push(`action added: ${quoted(action.title)}`);
      continue;
    }
    const fields = ACTION_FIELDS.filter((field) => !same(old[field] ?? null, action[field] ?? null));
    if (fields.length) changes.push(`action ${quoted(action.title)}: ${fields.join(', ')} changed`);
  }
  for (const old of before.actions) {
    if (!newActionIds.has(old.id)) changes.push(`action removed: ${quoted(old.title)}`);
  }
  return changes;
}
