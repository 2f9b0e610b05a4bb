import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import type { components } from '../../../api/schema';
import { roundKeys } from './roundKeys';

export type RoundPage = components['schemas']['RoundPageResponse'];
export type RoundSummary = RoundPage['items'][number];
export type RoundStatus = RoundSummary['status'];

/** GET /api/rounds: the region's rounds, newest first, a page at a time. */
export function useRounds(page: { limit: number; offset: number }) {
  return useQuery({
    queryKey: roundKeys.list(page),
    queryFn: () => unwrap(api.GET('/api/rounds', { params: { query: page } })),
  });
}
