import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import type { components } from '../../../api/schema';
import { municipalityKeys } from '../../municipality/hooks/municipalityKeys';
import { overviewKeys } from '../../overview/hooks/overviewKeys';
import { actionKeys } from './actionKeys';

export type UpdateAction = components['schemas']['UpdateActionBody'];
export type CreateAction = components['schemas']['CreateActionBody'];

/** GET /api/actions/:id with its history; another municipality's action answers 404 (the page says "not found"). */
export function useAction(id: string) {
  return useQuery({
    queryKey: actionKeys.detail(id),
    queryFn: () => unwrap(api.GET('/api/actions/{id}', { params: { path: { id } } })),
  });
}

/** PATCH /api/actions/:id (the version read, so a stale page gets a 409); the owner may change status and comment. */
export function useUpdateAction(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateAction) =>
      unwrap(api.PATCH('/api/actions/{id}', { params: { path: { id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: actionKeys.all }),
  });
}

/**
 * POST /api/actions (admins, coordinators, secretaries). A new action counts on the county overview and on
 * its municipality's page too, so those read again.
 */
export function useCreateAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateAction) => unwrap(api.POST('/api/actions', { body })),
    onSuccess: () =>
      Promise.all(
        [actionKeys.all, overviewKeys.all, municipalityKeys.all].map((queryKey) =>
          queryClient.invalidateQueries({ queryKey }),
        ),
      ),
  });
}
