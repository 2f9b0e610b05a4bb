import type { AgendaItemRef } from '../agenda/agenda-store.js';
import type { MinutesItem } from './minutes.entity.js';

/** An item of the minutes for an item of the agenda, with what was recorded for it (if anything). */
export function minutesItemOf(
  ref: AgendaItemRef,
  recorded?: { notes?: string | null; decisions?: string[] },
): MinutesItem {
  return {
    agendaItemId: ref.id,
    position: ref.number,
    title: ref.title,
    type: ref.type,
    visibility: ref.visibility,
    notes: recorded?.notes ?? null,
    decisions: recorded?.decisions ?? [],
  };
}
