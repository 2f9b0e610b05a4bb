import { hasRole } from '../../app/roles';
import type { Me } from '../auth/hooks/useMe';
import type { Agenda, AgendaItem } from './hooks/useAgenda';

const MINUTE_MS = 60_000;

/**
 * Who keeps a meeting's agenda, as the API decides it (isMeetingKeeper, src/agenda/agenda-access.ts):
 * admins, and coordinators and secretaries of the region or of a municipality of the meeting. Their new
 * items go straight onto the agenda and they decide proposals; everyone else who sees the meeting proposes.
 * Used only to choose what to show; the API still decides.
 */
export function keepsAgenda(
  me: Me,
  meeting: { regionId: string; organizations: ReadonlyArray<{ id: string }> },
): boolean {
  if (hasRole(me, 'admin')) return true;
  const parties = new Set([
    meeting.regionId,
    ...meeting.organizations.map((organization) => organization.id),
  ]);
  return hasRole(me, 'coordinator', 'secretary') && parties.has(me.organizationId);
}

export interface TimedItem {
  item: AgendaItem;
  startAt: string;
  endAt: string;
}

/** Each item's start and end when the items are taken in order from the meeting's start. */
export function timetable(items: readonly AgendaItem[], meetingStartAt: string): TimedItem[] {
  let at = new Date(meetingStartAt).getTime();
  return items.map((item) => {
    const startAt = new Date(at).toISOString();
    at += item.durationMinutes * MINUTE_MS;
    return { item, startAt, endAt: new Date(at).toISOString() };
  });
}

export type ProposalFate = 'proposed' | 'accepted' | 'declined';
export type Proposal = AgendaItem & { status: ProposalFate };

const FATE_ORDER: Record<ProposalFate, number> = { proposed: 0, accepted: 1, declined: 2 };

function isProposal(item: AgendaItem): item is Proposal {
  return item.source === 'proposal' && item.status in FATE_ORDER;
}

/**
 * Every proposal of the meeting with its fate: those waiting for a decision first, then the accepted ones
 * (on the agenda, in its order), then the declined ones. `by` keeps one person's proposals only.
 */
export function proposalsOf(agenda: Pick<Agenda, 'items' | 'proposals'>, by?: string): Proposal[] {
  return [...agenda.items, ...agenda.proposals]
    .filter(isProposal)
    .filter((item) => by === undefined || item.proposedBy === by)
    .sort((a, b) => FATE_ORDER[a.status] - FATE_ORDER[b.status]);
}

function titleKey(title: string): string {
  return title.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv');
}

/**
 * The entries of a template the agenda lacks, as the API decides it (templateAdditions in
 * src/agenda/agenda-items.ts): those whose title no item on the agenda has. Shown before applying.
 */
export function templateAdditions<T extends { title: string }>(
  entries: readonly T[],
  items: ReadonlyArray<{ title: string }>,
): T[] {
  const present = new Set(items.map((item) => titleKey(item.title)));
  return entries.filter((entry) => !present.has(titleKey(entry.title)));
}

/** The items with one moved to a new number (1-based), renumbered: what the API will answer. */
export function movedItems(items: readonly AgendaItem[], itemId: string, number: number): AgendaItem[] {
  const rest = items.filter((item) => item.id !== itemId);
  const moving = items.find((item) => item.id === itemId);
  if (!moving) return [...items];
  const index = Math.max(0, Math.min(rest.length, number - 1));
  return [...rest.slice(0, index), moving, ...rest.slice(index)].map((item, at) => ({
    ...item,
    number: at + 1,
  }));
}

/**
 * Whether an item may move to a number: somewhere else, within the agenda, and leaving the closing items
 * ("Övriga frågor") after all the others, as the API requires (409 AGENDA_CLOSING_ITEMS_LAST).
 */
export function canMoveTo(items: readonly AgendaItem[], itemId: string, number: number): boolean {
  const index = items.findIndex((item) => item.id === itemId);
  if (index < 0 || number < 1 || number > items.length || number === index + 1) return false;
  const moved = movedItems(items, itemId, number);
  const firstClosing = moved.findIndex((item) => item.closing);
  return firstClosing < 0 || moved.slice(firstClosing).every((item) => item.closing);
}
