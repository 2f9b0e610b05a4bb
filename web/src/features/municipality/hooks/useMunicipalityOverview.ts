import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import type { components } from '../../../api/schema';
import { municipalityKeys } from './municipalityKeys';

export type MunicipalityOverview = components['schemas']['MunicipalityOverviewResponse'];

/** GET /api/overview/organizations/:id; another municipality's id answers 404 (the page then says "not found"). */
export function useMunicipalityOverview(id: string) {
  return useQuery({
    queryKey: municipalityKeys.overview(id),
    queryFn: () => unwrap(api.GET('/api/overview/organizations/{id}', { params: { path: { id } } })),
  });
}
