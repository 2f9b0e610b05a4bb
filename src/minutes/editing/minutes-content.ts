import { randomUUID } from 'node:crypto';
import type { AgendaItemRef } from '../../agenda/agenda-store.js';
import type { MeetingView } from '../../meeting/meeting.dto.js';
import { minutesItemOf } from '../minutes-items.js';
import type { PutMinutesInput } from '../minutes.dto.js';
import type { MinutesAction, MinutesEntity, MinutesItem } from '../minutes.entity.js';
import { MinutesErrorCode, MinutesException } from '../minutes.exception.js';
import type { MinutesContent } from './minutes-diff.js';
import { actionContentOf, isOpened, sameActionContent } from '../minutes-parts.js';

/** The content stored now, to diff against (diffMinutes). */
export function contentOf(minutes: MinutesEntity): MinutesContent {
  return {
    items: minutes.items,
    attendance: minutes.attendance,
    guests: minutes.guests,
    actions: minutes.actions,
  };
}

/**
 * The content a PUT asks for, over the agenda as it is: items in agenda order, attendance with the
 * participants' names, actions keeping their ids (and the actions created at a lock unchanged).
 */
export function newMinutesContent(
  meeting: MeetingView,
  agendaItems: readonly AgendaItemRef[],
  input: PutMinutesInput,
  current: MinutesEntity,
  authorId: string,
): MinutesContent {
  const given = new Map(input.items.map((item) => [item.agendaItemId, item]));
  // The body carries notes and decisions only: an entry's own secrecy marking stays as it is.
  const marked = new Map(current.items.map((item) => [item.agendaItemId, item.ownSecrecy ?? null]));
  const items: MinutesItem[] = agendaItems.map((ref) => {
    const entry = given.get(ref.id);
    const ownSecrecy = marked.get(ref.id) ?? null;
    return minutesItemOf(ref, entry || ownSecrecy ? { ...entry, ownSecrecy } : undefined);
  });
  const participants = new Map(
    meeting.participants.map((participant) => [participant.personId, participant]),
  );
  const attendance = input.attendance.map((entry) => ({
    personId: entry.personId,
    name: participants.get(entry.personId)?.name ?? '',
    organizationId: participants.get(entry.personId)?.organizationId ?? null,
    status: entry.status,
  }));
  const guests = input.guests.map((guest) => ({
    name: guest.name,
    organization: guest.organization ?? null,
  }));
  const previous = new Map(current.actions.map((action) => [action.id, action]));
  // An action sent back without its id is the earlier one with the same content: a repeated PUT is no change.
  const unclaimed = current.actions.filter((old) => !input.actions.some((action) => action.id === old.id));
  const actions: MinutesAction[] = input.actions.map((action) => {
    const content = actionContentOf(action);
    let id = action.id;
    if (!id) {
      const match = unclaimed.findIndex((old) => sameActionContent(old, content));
      id = match >= 0 ? unclaimed.splice(match, 1)[0].id : randomUUID();
    }
    const old = previous.get(id);
    const next: MinutesAction = {
      id,
      ...content,
      actionId: old?.actionId ?? null,
      opened: old ? isOpened(old) : false,
      addedBy: old ? (old.addedBy ?? null) : authorId,
    };
    // By value: the stored action comes back from jsonb with its keys in another order.
    if (old && isOpened(old) && !sameActionContent(old, content)) throw actionAlreadyCreated(old);
    return next;
  });
  const kept = new Set(actions.map((action) => action.id));
  const dropped = current.actions.find((action) => isOpened(action) && !kept.has(action.id));
  if (dropped) throw actionAlreadyCreated(dropped);
  return { items, attendance, guests, actions };
}

export function actionAlreadyCreated(action: MinutesAction): MinutesException {
  return new MinutesException(
    MinutesErrorCode.ActionAlreadyCreated,
    'This action was created when the minutes were locked; change it under /api/actions',
    { id: action.id, actionId: action.actionId },
  );
}
