import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import type { components, operations } from '../../../api/schema';
import { publicRecordKeys } from './publicRecordKeys';

export type PublicRecordsQuery = operations['PublicRecordsController_preview']['parameters']['query'];
export type PublicRecordsManifest = components['schemas']['PublicRecordsManifestResponse'];
export type RecordMeeting = PublicRecordsManifest['meetings'][number];

/** GET /api/public-records: what the export of this period and these municipalities would hold. */
export function usePublicRecordsPreview(query: PublicRecordsQuery | null) {
  return useQuery({
    queryKey: publicRecordKeys.preview(query ?? { from: '', to: '' }),
    queryFn: () => unwrap(api.GET('/api/public-records', { params: { query: query! } })),
    enabled: query !== null,
    // A request is answered as the records stand when it is asked: never an old preview.
    staleTime: 0,
    retry: false,
  });
}

/** The municipalities of the caller's region, the only ones the export takes (admins too), by name. */
export function useRegionMunicipalities(regionId: string) {
  return useQuery({
    queryKey: publicRecordKeys.municipalities,
    queryFn: async () => {
      const page = await unwrap(
        api.GET('/api/organizations', {
          params: { query: { kind: 'municipality', parentId: regionId, limit: 200 } },
        }),
      );
      return [...page.items].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
    },
    staleTime: 5 * 60_000,
  });
}

/** Where the zip downloads: the same query as the preview, comma-separated ids. */
export function exportUrl(query: PublicRecordsQuery): string {
  const parameters = new URLSearchParams({ from: query.from, to: query.to });
  if (query.organizationIds?.length) parameters.set('organizationIds', query.organizationIds.join(','));
  return `/api/public-records/export?${parameters.toString()}`;
}
