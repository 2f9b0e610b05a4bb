import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import type { components } from '../../../api/schema';
import { actionKeys } from '../../actions/hooks/actionKeys';
import { strategyAreaKeys } from './strategyAreaKeys';

export type StrategyArea = components['schemas']['StrategyAreaResponse'];
export type CreateStrategyArea = components['schemas']['CreateStrategyAreaBody'];
export type UpdateStrategyArea = components['schemas']['UpdateStrategyAreaBody'];

const OPEN = ['open', 'in_progress'] as const;
const serializer = { array: { style: 'form', explode: false } } as const;

/** The caller's region's strategy areas, deactivated ones too (GET /api/strategy-areas). */
export function useStrategyAreaList() {
  return useQuery({
    queryKey: strategyAreaKeys.list,
    queryFn: () => unwrap(api.GET('/api/strategy-areas', { params: { query: { includeInactive: 'true' } } })),
  });
}

/**
 * How many open questions and open actions each area has: the `total` of the filtered lists the figures
 * link to (one row asked for), so a figure and its list agree.
 */
export function useOpenCounts(areaIds: string[]) {
  const questions = useQueries({
    queries: areaIds.map((strategyAreaId) => ({
      queryKey: strategyAreaKeys.openCount('questions', strategyAreaId),
      queryFn: async () =>
        (
          await unwrap(
            api.GET('/api/questions', {
              params: { query: { strategyAreaId, status: [...OPEN], limit: 1 } },
              querySerializer: serializer,
            }),
          )
        ).total,
    })),
  });
  const actions = useQueries({
    queries: areaIds.map((strategyAreaId) => ({
      queryKey: strategyAreaKeys.openCount('actions', strategyAreaId),
      queryFn: async () =>
        (
          await unwrap(
            api.GET('/api/actions', {
              params: { query: { strategyAreaId, status: [...OPEN], limit: 1 } },
              querySerializer: serializer,
            }),
          )
        ).total,
    })),
  });
  return new Map(
    areaIds.map((id, index) => [id, { questions: questions[index]?.data, actions: actions[index]?.data }]),
  );
}

/** After a change the lists that name areas (this page's, the actions' and questions' filters) read again. */
function useInvalidateAreas() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: strategyAreaKeys.all }),
      queryClient.invalidateQueries({ queryKey: actionKeys.strategyAreas }),
    ]);
}

/** POST /api/strategy-areas (admins). */
export function useCreateStrategyArea() {
  const invalidate = useInvalidateAreas();
  return useMutation({
    mutationFn: (body: CreateStrategyArea) => unwrap(api.POST('/api/strategy-areas', { body })),
    onSuccess: invalidate,
  });
}

/** PATCH /api/strategy-areas/:id (admins): rename, describe, (de)activate, with the version read. */
export function useUpdateStrategyArea() {
  const invalidate = useInvalidateAreas();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateStrategyArea }) =>
      unwrap(api.PATCH('/api/strategy-areas/{id}', { params: { path: { id } }, body })),
    onSuccess: invalidate,
  });
}
