import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import type { components } from '../../../api/schema';
import { minutesKeys } from './minutesKeys';

export type ArchivePackages = components['schemas']['ArchivePackagesResponse'];
export type ArchivePackage = ArchivePackages['items'][number];

/** While a delivery is under way its state is read again this often. */
const PENDING_REFRESH_MS = 5_000;

/**
 * GET /api/meetings/:id/archive-packages: one per locked revision with its delivery to the registry; only
 * for the region's admins, coordinators and secretaries (`enabled`), read again while a delivery is pending.
 */
export function useArchivePackages(meetingId: string, enabled: boolean) {
  return useQuery({
    queryKey: minutesKeys.archive(meetingId),
    queryFn: () =>
      unwrap(api.GET('/api/meetings/{id}/archive-packages', { params: { path: { id: meetingId } } })),
    enabled,
    refetchInterval: (query) =>
      query.state.data?.items.some((item) => item.delivery.status === 'pending') ? PENDING_REFRESH_MS : false,
  });
}
