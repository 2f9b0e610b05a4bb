import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import type { components } from '../../../api/schema';
import { municipalityKeys } from './municipalityKeys';

/** A municipality's figures (with its cadence), or the region's own (kind `region`). */
export type OrganizationOverview = components['schemas']['OrganizationOverviewResponse'];

/** GET /api/overview/organizations/:id; another municipality's id answers 404 (the page then says "not found"). */
export function useMunicipalityOverview(id: string) {
  return useQuery({
    queryKey: municipalityKeys.overview(id),
    queryFn: () => unwrap(api.GET('/api/overview/organizations/{id}', { params: { path: { id } } })),
  });
}
