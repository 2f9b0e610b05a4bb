import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { overviewKeys } from '../../overview/hooks/overviewKeys';
import type { AgreementBody } from '../agreement-form';
import { municipalityKeys } from './municipalityKeys';

/**
 * GET /api/organizations/:id/agreement/versions: every version, newest (the current) first, each with the
 * names of the people it names; an empty list before the first.
 */
export function useAgreementVersions(id: string, enabled = true) {
  return useQuery({
    queryKey: municipalityKeys.agreementVersions(id),
    queryFn: () =>
      unwrap(api.GET('/api/organizations/{id}/agreement/versions', { params: { path: { id } } })),
    enabled,
  });
}

/**
 * PUT /api/organizations/:id/agreement: a new version (admins and the region's coordinators). The new
 * version changes the cadence status and the signals, so the overview is read again too.
 */
export function useSaveAgreement(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AgreementBody) =>
      unwrap(api.PUT('/api/organizations/{id}/agreement', { params: { path: { id } }, body })),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: municipalityKeys.agreementVersions(id) }),
        queryClient.invalidateQueries({ queryKey: municipalityKeys.overview(id) }),
        queryClient.invalidateQueries({ queryKey: overviewKeys.county }),
      ]),
  });
}

/** The people of one organization, for the editor's pickers (GET /api/people, the API's scope). */
export function usePeopleOf(organizationId: string, enabled: boolean) {
  return useQuery({
    queryKey: municipalityKeys.people(organizationId),
    queryFn: () =>
      unwrap(api.GET('/api/people', { params: { query: { organizationId, limit: 200, offset: 0 } } })),
    enabled,
    staleTime: 60_000,
  });
}
