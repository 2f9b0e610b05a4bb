import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import type { components, operations } from '../../../api/schema';
import { actionKeys } from './actionKeys';

export type Action = components['schemas']['ActionResponse'];
export type ActionStatus = Action['status'];
export type ActionQuery = NonNullable<operations['ActionController_list']['parameters']['query']>;

/** GET /api/actions with the page's filters (the API's own query names; several statuses comma-separated). */
export function useActions(query: ActionQuery) {
  return useQuery({
    queryKey: actionKeys.list(query),
    queryFn: () =>
      unwrap(
        api.GET('/api/actions', {
          params: { query },
          querySerializer: { array: { style: 'form', explode: false } },
        }),
      ),
  });
}

/** The region's active strategy areas, for the filter (everyone gets their own region's). */
export function useStrategyAreas() {
  return useQuery({
    queryKey: actionKeys.strategyAreas,
    queryFn: () => unwrap(api.GET('/api/strategy-areas')),
    staleTime: 5 * 60_000,
  });
}
