import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import type { components } from '../../../api/schema';
import { roundKeys } from './roundKeys';

export type CadenceItem = components['schemas']['CadenceListResponse']['items'][number];

/** The region's municipalities to pick from (GET /api/organizations?kind=municipality), by name. */
export function useMunicipalities() {
  return useQuery({
    queryKey: roundKeys.municipalities,
    queryFn: async () => {
      const page = await unwrap(
        api.GET('/api/organizations', { params: { query: { kind: 'municipality', limit: 200 } } }),
      );
      return [...page.items].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
    },
  });
}

/** The region's people for the regional team (GET /api/people?organizationId=region), by name. */
export function useRegionPeople(regionId: string) {
  return useQuery({
    queryKey: roundKeys.team(regionId),
    queryFn: async () => {
      const page = await unwrap(
        api.GET('/api/people', { params: { query: { organizationId: regionId, limit: 200 } } }),
      );
      return [...page.items].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
    },
    enabled: regionId !== '',
  });
}

/** Each municipality's cadence (GET /api/cadence): its due date decides "those due". */
export function useCadence() {
  return useQuery({
    queryKey: roundKeys.cadence,
    queryFn: () => unwrap(api.GET('/api/cadence')),
  });
}
