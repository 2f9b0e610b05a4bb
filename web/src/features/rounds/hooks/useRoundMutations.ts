import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import type { CreateRoundBody } from '../round-form';
import { roundKeys } from './roundKeys';
import type { Round } from './useRound';

/** POST /api/rounds: plans a round (at once, or on the worker for a large or background one). */
export function useCreateRound() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateRoundBody) => unwrap(api.POST('/api/rounds', { body })),
    onSuccess: (round) => {
      queryClient.setQueryData(roundKeys.detail(round.id), round);
      return queryClient.invalidateQueries({ queryKey: roundKeys.all });
    },
  });
}

/**
 * After a change: the answer (the whole round) goes in the cache and the lists are marked stale; after a
 * refusal the round is read again (someone else may have changed it: ROUND_VERSION_CONFLICT).
 */
function useRoundUpdates(id: string) {
  const queryClient = useQueryClient();
  return {
    onSuccess: (round: Round) => {
      queryClient.setQueryData(roundKeys.detail(round.id), round);
      return queryClient.invalidateQueries({ queryKey: roundKeys.all, refetchType: 'none' });
    },
    onError: () => queryClient.invalidateQueries({ queryKey: roundKeys.detail(id) }),
  };
}

/** PATCH /api/rounds/:id/items/:organizationId {start}: moves one proposed meeting; a refusal is 409 with the reason. */
export function useMoveRoundItem(round: Round) {
  const updates = useRoundUpdates(round.id);
  return useMutation({
    mutationFn: ({ organizationId, start }: { organizationId: string; start: string }) =>
      unwrap(
        api.PATCH('/api/rounds/{id}/items/{organizationId}', {
          params: { path: { id: round.id, organizationId } },
          body: { start, version: round.version },
        }),
      ),
    ...updates,
  });
}

/** POST /api/rounds/:id/confirm: creates the meetings and sends the invitations. */
export function useConfirmRound(round: Round) {
  const updates = useRoundUpdates(round.id);
  return useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/rounds/{id}/confirm', {
          params: { path: { id: round.id } },
          body: { version: round.version },
        }),
      ),
    ...updates,
  });
}

/** POST /api/rounds/:id/propose: emails each municipality its proposed time; nothing is booked yet. */
export function useProposeRound(round: Round) {
  const updates = useRoundUpdates(round.id);
  return useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/rounds/{id}/propose', {
          params: { path: { id: round.id } },
          body: { version: round.version },
        }),
      ),
    ...updates,
  });
}

/** PATCH /api/rounds/:id {caseNumber}: the round's diarienummer (any status); null removes it. */
export function useSetRoundCaseNumber(id: string) {
  const updates = useRoundUpdates(id);
  return useMutation({
    mutationFn: (body: { caseNumber: string | null; version: number }) =>
      unwrap(api.PATCH('/api/rounds/{id}', { params: { path: { id } }, body })),
    ...updates,
  });
}
