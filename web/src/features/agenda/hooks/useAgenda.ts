import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import type { components } from '../../../api/schema';
import { agendaKeys } from './agendaKeys';

export type Agenda = components['schemas']['AgendaResponse'];
export type AgendaItem = Agenda['items'][number];
export type NewAgendaItem = components['schemas']['CreateAgendaItemBody'];

/** GET /api/meetings/:id/agenda; another municipality's meeting answers 404 (the page says "not found"). */
export function useAgenda(meetingId: string) {
  return useQuery({
    queryKey: agendaKeys.detail(meetingId),
    queryFn: () => unwrap(api.GET('/api/meetings/{id}/agenda', { params: { path: { id: meetingId } } })),
  });
}

/**
 * POST /api/meetings/:id/agenda/items: from a participant who does not keep the agenda this is a proposal
 * (status proposed), refused with 409 AGENDA_PROPOSAL_DEADLINE_PASSED once proposals have closed.
 */
export function useProposeItem(meetingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewAgendaItem) =>
      unwrap(api.POST('/api/meetings/{id}/agenda/items', { params: { path: { id: meetingId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: agendaKeys.detail(meetingId) }),
  });
}

export interface ProposalDecision {
  itemId: string;
  status: 'accepted' | 'declined';
  /** Required when declining: the proposer is told why. */
  reason?: string;
  version: number;
}

/** PATCH /api/agenda-items/:id with a status: the agenda's keepers accept or decline a proposal. */
export function useDecideProposal(meetingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ itemId, status, reason, version }: ProposalDecision) =>
      unwrap(
        api.PATCH('/api/agenda-items/{id}', {
          params: { path: { id: itemId } },
          body: { status, ...(reason ? { reason } : {}), version },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: agendaKeys.detail(meetingId) }),
  });
}
