import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import type { components } from '../../../api/schema';
import { movedItems } from '../agenda-view';
import { agendaKeys } from './agendaKeys';

export type Agenda = components['schemas']['AgendaResponse'];
export type AgendaItem = Agenda['items'][number];
export type AgendaDelivery = NonNullable<Agenda['deliveries']>[number];
export type NewAgendaItem = components['schemas']['CreateAgendaItemBody'];
export type AgendaItemChange = components['schemas']['UpdateAgendaItemBody'];
export type AgendaTemplate = components['schemas']['AgendaTemplateResponse'];

const DELIVERY_POLL_MS = 3000;

/** While a published agenda's emails are still on their way, the keepers' list of who was told follows them. */
function deliveriesPending(agenda: Agenda | undefined): boolean {
  if (!agenda?.publishedAt || !agenda.deliveries) return false;
  return (
    agenda.sentVersion !== agenda.version || agenda.deliveries.some((entry) => entry.status === 'queued')
  );
}

/** GET /api/meetings/:id/agenda; another municipality's meeting answers 404 (the page says "not found"). */
export function useAgenda(meetingId: string) {
  return useQuery({
    queryKey: agendaKeys.detail(meetingId),
    queryFn: () => unwrap(api.GET('/api/meetings/{id}/agenda', { params: { path: { id: meetingId } } })),
    refetchInterval: (query) => (deliveriesPending(query.state.data) ? DELIVERY_POLL_MS : false),
  });
}

/** GET /api/agenda-templates: the shipped templates and the region's (for the agenda's keepers). */
export function useAgendaTemplates(enabled: boolean) {
  return useQuery({
    queryKey: agendaKeys.templates(),
    queryFn: () => unwrap(api.GET('/api/agenda-templates')),
    enabled,
  });
}

/** GET /api/secrecy-grounds: the active legal grounds (OSL) a restricted item may carry, in the list's order. */
export function useSecrecyGrounds(enabled: boolean) {
  return useQuery({
    queryKey: agendaKeys.secrecyGrounds(),
    queryFn: () => unwrap(api.GET('/api/secrecy-grounds')),
    select: (list) => list.items,
    enabled,
  });
}

/** After a change the agenda is read again; an answer that is the agenda itself replaces it at once. */
function useAgendaMutation<V, R>(meetingId: string, mutationFn: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (result) => {
      if (result && typeof result === 'object' && 'items' in result && 'proposals' in result) {
        queryClient.setQueryData(agendaKeys.detail(meetingId), result);
      }
      return queryClient.invalidateQueries({ queryKey: agendaKeys.detail(meetingId) });
    },
  });
}

/**
 * POST /api/meetings/:id/agenda/items: from the agenda's keepers an item on the agenda, before the closing
 * items; from another participant a proposal (status proposed), refused with 409
 * AGENDA_PROPOSAL_DEADLINE_PASSED once proposals have closed.
 */
export function useProposeItem(meetingId: string) {
  return useAgendaMutation(meetingId, (body: NewAgendaItem) =>
    unwrap(api.POST('/api/meetings/{id}/agenda/items', { params: { path: { id: meetingId } }, body })),
  );
}

/** PATCH /api/agenda-items/:id: a keeper changes an item (with its version: 409 if someone else did). */
export function useUpdateItem(meetingId: string) {
  return useAgendaMutation(meetingId, ({ itemId, body }: { itemId: string; body: AgendaItemChange }) =>
    unwrap(api.PATCH('/api/agenda-items/{id}', { params: { path: { id: itemId } }, body })),
  );
}

/** DELETE /api/agenda-items/:id. */
export function useDeleteItem(meetingId: string) {
  return useAgendaMutation(meetingId, async (itemId: string) => {
    await unwrap(api.DELETE('/api/agenda-items/{id}', { params: { path: { id: itemId } } }));
    return null;
  });
}

export interface ItemMove {
  itemId: string;
  /** The new number among the items on the agenda. */
  number: number;
}

/**
 * POST /api/agenda-items/:id/move: one request per move, made on the agenda's version (409
 * AGENDA_VERSION_CONFLICT if someone else changed it meanwhile). The list shows each move at once; moves
 * pressed quickly one after another go one at a time (one mutation scope), each on the version the one
 * before answered, and the list takes the API's answer when the last is done. A refused move reloads it.
 */
export function useMoveItem(meetingId: string) {
  const queryClient = useQueryClient();
  const key = agendaKeys.detail(meetingId);
  const mutationKey = [...key, 'move'];
  // The version the previous move of a quick series answered; null when no move is under way.
  const version = useRef<number | null>(null);
  return useMutation({
    mutationKey,
    scope: { id: `agenda-move-${meetingId}` },
    mutationFn: ({ itemId, number }: ItemMove) =>
      unwrap(
        api.POST('/api/agenda-items/{id}/move', {
          params: { path: { id: itemId } },
          body: { number, agendaVersion: version.current ?? queryClient.getQueryData<Agenda>(key)!.version },
        }),
      ),
    onMutate: async ({ itemId, number }: ItemMove) => {
      const shown = queryClient.getQueryData<Agenda>(key);
      if (shown)
        queryClient.setQueryData<Agenda>(key, { ...shown, items: movedItems(shown.items, itemId, number) });
      await queryClient.cancelQueries({ queryKey: key });
    },
    onSuccess: (agenda) => {
      version.current = agenda.version;
      // The last of the series: the list as the API has it.
      if (queryClient.isMutating({ mutationKey }) <= 1) {
        version.current = null;
        queryClient.setQueryData(key, agenda);
      }
    },
    onError: () => {
      version.current = null;
      return queryClient.invalidateQueries({ queryKey: key });
    },
  });
}

/** POST /api/meetings/:id/agenda/apply-template. */
export function useApplyTemplate(meetingId: string) {
  return useAgendaMutation(meetingId, (body: { templateId: string; agendaVersion: number }) =>
    unwrap(
      api.POST('/api/meetings/{id}/agenda/apply-template', { params: { path: { id: meetingId } }, body }),
    ),
  );
}

/** POST /api/meetings/:id/agenda/publish: the agenda goes to the participants now. */
export function usePublishAgenda(meetingId: string) {
  return useAgendaMutation(meetingId, () =>
    unwrap(api.POST('/api/meetings/{id}/agenda/publish', { params: { path: { id: meetingId } } })),
  );
}

export interface ProposalDecision {
  itemId: string;
  status: 'accepted' | 'declined';
  /** Required when declining: the proposer is told why. */
  reason?: string;
  /** Where an accepted proposal goes: before the item now at this position (default: before the closing items). */
  position?: number;
  version: number;
}

/** PATCH /api/agenda-items/:id with a status: the agenda's keepers accept or decline a proposal. */
export function useDecideProposal(meetingId: string) {
  return useAgendaMutation(meetingId, ({ itemId, status, reason, position, version }: ProposalDecision) =>
    unwrap(
      api.PATCH('/api/agenda-items/{id}', {
        params: { path: { id: itemId } },
        body: { status, ...(reason ? { reason } : {}), ...(position ? { position } : {}), version },
      }),
    ),
  );
}

/**
 * PATCH /api/agenda-items/:id with moveToNextMeeting: a keeper carries an item on the agenda over to the
 * municipality's next meeting (Agenda.nextMeeting), with an optional message to the proposer of an accepted
 * proposal (emailed to them). 409 AGENDA_NO_NEXT_MEETING when there is no such meeting, AGENDA_ITEM_ALREADY_MOVED
 * when it went already.
 */
export function useMoveToNextMeeting(meetingId: string) {
  return useAgendaMutation(meetingId, ({ itemId, message }: { itemId: string; message: string }) =>
    unwrap(
      api.PATCH('/api/agenda-items/{id}', {
        params: { path: { id: itemId } },
        body: { moveToNextMeeting: true, ...(message ? { reason: message } : {}) },
      }),
    ),
  );
}
