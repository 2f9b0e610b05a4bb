import type { Minutes, MinutesItemSecrecy } from './hooks/useMinutes';

/** A minutes entry's own secrecy marking as its form holds it ('' while no ground is chosen). */
export interface EntrySecrecy {
  restricted: boolean;
  ground: string;
  note: string;
}

/** The entry's own marking (one from its agenda item is not the entry's to change). */
export function entrySecrecyOf(
  item: Pick<Minutes['items'][number], 'secrecySource' | 'secrecyGround' | 'secrecyNote'>,
): EntrySecrecy {
  return item.secrecySource === 'minutes'
    ? { restricted: true, ground: item.secrecyGround ?? '', note: item.secrecyNote ?? '' }
    : { restricted: false, ground: '', note: '' };
}

export function sameEntrySecrecy(a: EntrySecrecy, b: EntrySecrecy): boolean {
  if (a.restricted !== b.restricted) return false;
  return !a.restricted || (a.ground === b.ground && a.note.trim() === b.note.trim());
}

/** The body of PUT …/minutes/items/:agendaItemId/secrecy: restricted on the ground, or public (the agenda's). */
export function entrySecrecyBody(value: EntrySecrecy): MinutesItemSecrecy {
  if (!value.restricted) return { visibility: 'public' };
  return {
    visibility: 'restricted',
    secrecyGround: value.ground,
    secrecyNote: value.note.trim() || null,
  };
}
