import type { AgendaItemEntity } from './agenda.entity.js';
import { ON_AGENDA_STATUSES } from './agenda.entity.js';

/** Scheduled or accepted: numbered on the agenda (a proposal waits, a declined one is off). */
export function isOnAgenda(item: Pick<AgendaItemEntity, 'status'>): boolean {
  return ON_AGENDA_STATUSES.includes(item.status);
}

/**
 * Where an item joining the agenda goes among the others (in order; a 1-based position for moveTo): right
 * after the last item on the agenda that is not a closing one. The template's closing items ("Övriga
 * frågor") so stay last, and every item before them keeps its number.
 */
export function insertionPosition(
  ordered: ReadonlyArray<Pick<AgendaItemEntity, 'status' | 'closing'>>,
): number {
  const last = ordered.findLastIndex((item) => isOnAgenda(item) && !item.closing);
  return last + 2;
}

/** The items in order with `id` moved to `position` (clamped to the list). */
export function moveTo<T extends { id: string }>(ordered: readonly T[], id: string, position: number): T[] {
  const rest = ordered.filter((item) => item.id !== id);
  const moving = ordered.find((item) => item.id === id);
  if (!moving) return [...ordered];
  const index = Math.max(0, Math.min(rest.length, position - 1));
  return [...rest.slice(0, index), moving, ...rest.slice(index)];
}

/** True when no closing item ("Övriga frågor") comes before an item that is not one. */
export function closingItemsLast(ordered: ReadonlyArray<Pick<AgendaItemEntity, 'closing'>>): boolean {
  const firstClosing = ordered.findIndex((item) => item.closing);
  return firstClosing < 0 || ordered.slice(firstClosing).every((item) => item.closing);
}

/** A title as compared when a template is applied: case, spacing and surrounding blanks do not count. */
function titleKey(title: string): string {
  return title.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv');
}

/**
 * The entries of a template that an agenda lacks: those whose title no item on the agenda has (so applying
 * the same template twice adds nothing). The web app shows the same list before it applies a template.
 */
export function templateAdditions<T extends { title: string }>(
  entries: readonly T[],
  items: ReadonlyArray<Pick<AgendaItemEntity, 'title' | 'status'>>,
): T[] {
  const present = new Set(items.filter(isOnAgenda).map((item) => titleKey(item.title)));
  return entries.filter((entry) => !present.has(titleKey(entry.title)));
}

/** What the audit log keeps of an item. */
export function itemAuditSummary(item: AgendaItemEntity): Record<string, unknown> {
  return {
    meetingId: item.meetingId,
    position: item.position,
    title: item.title,
    type: item.type,
    status: item.status,
    source: item.source,
    visibility: item.visibility,
    secrecyGround: item.secrecyGround,
    durationMinutes: item.durationMinutes,
    presenterPersonId: item.presenterPersonId,
    presenterParty: item.presenterParty,
    decisionReason: item.decisionReason,
    movedToMeetingId: item.movedToMeetingId,
  };
}
