import type { MeetingCollision } from '../meeting.exception.js';

/**
 * Overlaps among meetings written together (a round's proposal should hold none): per meeting id, the
 * others it shares a person and time with.
 */
export function collisionsAmong(
  candidates: ReadonlyArray<{ id: string; personIds: readonly string[]; start: Date; end: Date }>,
): Map<string, MeetingCollision[]> {
  const byPerson = new Map<string, Array<(typeof candidates)[number]>>();
  for (const candidate of candidates) {
    for (const personId of new Set(candidate.personIds)) {
      const list = byPerson.get(personId) ?? [];
      list.push(candidate);
      byPerson.set(personId, list);
    }
  }
  const found = new Map<string, MeetingCollision[]>();
  for (const [personId, list] of byPerson) {
    list.sort((a, b) => a.start.getTime() - b.start.getTime());
    for (let index = 1; index < list.length; index += 1) {
      const [earlier, later] = [list[index - 1], list[index]];
      if (later.start.getTime() >= earlier.end.getTime()) continue;
      const entry = (other: typeof earlier): MeetingCollision => ({
        personId,
        meetingId: other.id,
        startAt: other.start.toISOString(),
        endAt: other.end.toISOString(),
      });
      found.set(later.id, [...(found.get(later.id) ?? []), entry(earlier)]);
      found.set(earlier.id, [...(found.get(earlier.id) ?? []), entry(later)]);
    }
  }
  return found;
}
