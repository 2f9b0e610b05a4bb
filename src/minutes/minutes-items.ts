import type { AgendaItemRef } from '../agenda/agenda-store.js';
import type { MinutesItem, MinutesPartStamp } from './minutes.entity.js';

/** An item of the minutes for an item of the agenda, with what was recorded for it (if anything). */
export function minutesItemOf(
  ref: AgendaItemRef,
  recorded?: { notes?: string | null; decisions?: string[] } & MinutesPartStamp,
): MinutesItem {
  return {
    agendaItemId: ref.id,
    position: ref.number,
    title: ref.title,
    type: ref.type,
    visibility: ref.visibility,
    secrecyGround: ref.secrecyGround,
    secrecyNote: ref.secrecyNote,
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
