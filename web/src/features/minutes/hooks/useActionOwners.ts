import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { minutesKeys } from './minutesKeys';

/**
 * GET /api/people?organizationId: who the API offers as an action's owner in that organization (the
 * caller's scope decides; a list it refuses leaves the meeting's own participants to choose from).
 */
export function useOwnerPeople(organizationId: string) {
  return useQuery({
    queryKey: minutesKeys.ownerPeople(organizationId),
    queryFn: () => unwrap(api.GET('/api/people', { params: { query: { organizationId, limit: 200 } } })),
    enabled: !!organizationId,
    staleTime: 5 * 60_000,
    retry: false,
  });
}

/** GET /api/strategy-areas: the region's strategy areas an action may belong to. */
export function useMinutesStrategyAreas() {
  return useQuery({
    queryKey: minutesKeys.strategyAreas,
    queryFn: () => unwrap(api.GET('/api/strategy-areas')),
    staleTime: 5 * 60_000,
  });
}
