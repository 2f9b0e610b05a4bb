import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import type { components } from '../../../api/schema';
import { agendaKeys } from '../../agenda/hooks/agendaKeys';
import { secrecyGroundKeys } from './secrecyGroundKeys';

export type SecrecyGround = components['schemas']['SecrecyGroundResponse'];
export type CreateSecrecyGround = components['schemas']['CreateSecrecyGroundBody'];
export type UpdateSecrecyGround = components['schemas']['UpdateSecrecyGroundBody'];

/** The region's list: the grounds shipped with Samverkan and the region's own, deactivated ones too. */
export function useSecrecyGroundList(regionId: string) {
  return useQuery({
    queryKey: secrecyGroundKeys.list(regionId),
    queryFn: () =>
      unwrap(api.GET('/api/secrecy-grounds', { params: { query: { regionId, includeInactive: 'true' } } })),
  });
}

/** After a change this page's list and the agenda's choice of grounds read again. */
function useInvalidateGrounds() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: secrecyGroundKeys.all }),
      queryClient.invalidateQueries({ queryKey: agendaKeys.secrecyGrounds() }),
    ]);
}

/** POST /api/secrecy-grounds (admins). */
export function useCreateSecrecyGround() {
  const invalidate = useInvalidateGrounds();
  return useMutation({
    mutationFn: (body: CreateSecrecyGround) => unwrap(api.POST('/api/secrecy-grounds', { body })),
    onSuccess: invalidate,
  });
}

/** PATCH /api/secrecy-grounds/:id (admins): describe, reorder, (de)activate, with the version read. */
export function useUpdateSecrecyGround() {
  const invalidate = useInvalidateGrounds();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateSecrecyGround }) =>
      unwrap(api.PATCH('/api/secrecy-grounds/{id}', { params: { path: { id } }, body })),
    onSuccess: invalidate,
  });
}
