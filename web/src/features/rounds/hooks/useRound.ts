import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import type { components } from '../../../api/schema';
import { roundKeys } from './roundKeys';

export type Round = components['schemas']['RoundResponse'];
export type RoundItem = Round['items'][number];

/** How often a round still planning on the worker is read again for its progress. */
export const PROGRESS_POLL_MS = 1000;

/** GET /api/rounds/:id, read again every second while it plans in the background (status `planning`). */
export function useRound(id: string) {
  return useQuery({
    queryKey: roundKeys.detail(id),
    queryFn: () => unwrap(api.GET('/api/rounds/{id}', { params: { path: { id } } })),
    refetchInterval: (query) => (query.state.data?.status === 'planning' ? PROGRESS_POLL_MS : false),
  });
}
