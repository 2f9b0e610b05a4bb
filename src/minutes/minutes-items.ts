import type { AgendaItemRef } from '../agenda/agenda-store.js';
import type { MinutesItem, MinutesPartStamp, MinutesSecrecy } from './minutes.entity.js';

/**
 * An item of the minutes for an item of the agenda, with what was recorded for it (if anything). Its
 * visibility and marking are the agenda item's, unless the entry carries its own (`ownSecrecy`): then it is
 * restricted on that ground, and every version (the public PDF, the informed copy, the archive) reads so.
 */
export function minutesItemOf(
  ref: AgendaItemRef,
  recorded?: {
    notes?: string | null;
    decisions?: string[];
    ownSecrecy?: MinutesSecrecy | null;
  } & MinutesPartStamp,
): MinutesItem {
  const own = recorded?.ownSecrecy ?? null;
  return {
    agendaItemId: ref.id,
    position: ref.number,
    title: ref.title,
    type: ref.type,
    visibility: own ? 'restricted' : ref.visibility,
    secrecyGround: own ? own.ground : ref.secrecyGround,
    secrecyNote: own ? own.note : ref.secrecyNote,
    ...(own && { ownSecrecy: own }),
    notes: recorded?.notes ?? null,
    decisions: recorded?.decisions ?? [],
    ...partStampOf(recorded),
  };
}

/** The version, time and author of a part, when it has them. */
export function partStampOf(part: MinutesPartStamp | undefined): MinutesPartStamp {
  if (part?.version === undefined) return {};
  return { version: part.version, updatedAt: part.updatedAt ?? null, updatedBy: part.updatedBy ?? null };
}
