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
