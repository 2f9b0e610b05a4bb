import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import type { components } from '../../../api/schema';
import { overviewKeys } from './overviewKeys';

export type CountyOverview = components['schemas']['CountyOverviewResponse'];
export type MunicipalityRow = CountyOverview['municipalities'][number];
/** The region's own row: its meetings, actions and questions; no cadence (it meets every municipality). */
export type RegionRow = CountyOverview['regions'][number];
export type CadenceStatus = MunicipalityRow['cadence']['status'];

/** GET /api/overview: the county's municipalities with cadence, meetings, actions, questions and minutes. */
export function useCountyOverview() {
  return useQuery({
    queryKey: overviewKeys.county,
    queryFn: () => unwrap(api.GET('/api/overview')),
  });
}
