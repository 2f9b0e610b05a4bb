import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import type { components, operations } from '../../../api/schema';
import { meetingKeys } from './meetingKeys';

export type Meeting = components['schemas']['MeetingResponse'];
export type MeetingStatus = Meeting['status'];
export type Partstat = Meeting['participants'][number]['partstat'];
export type MeetingQuery = NonNullable<operations['MeetingController_list']['parameters']['query']>;
/** The minutes filter: a status of the meeting's minutes, or `none`. */
export type MinutesFilter = NonNullable<MeetingQuery['minutes']>;

/** GET /api/meetings with the page's filters (the API's own query names). */
export function useMeetings(query: MeetingQuery) {
  return useQuery({
    queryKey: meetingKeys.list(query),
    queryFn: () => unwrap(api.GET('/api/meetings', { params: { query } })),
  });
}

/**
 * The region's outside organisations (kind external: Almi, Arbetsförmedlingen…) for an owner picker of the
 * region's staff, read only once someone turns to the picker (focus or pointer), not with the page: spread
 * `pickerProps` on the Select.
 */
export function useLazyExternalOrganizations(regionStaff: boolean) {
  const [wanted, setWanted] = useState(false);
  const externals = useQuery({
    queryKey: meetingKeys.externalOrganizations,
    queryFn: () =>
      unwrap(api.GET('/api/organizations', { params: { query: { kind: 'external', limit: 200 } } })),
    enabled: regionStaff && wanted,
    staleTime: 5 * 60_000,
  });
  const want = () => setWanted(true);
  return {
    items: externals.data?.items ?? [],
    pickerProps: regionStaff
      ? { onFocus: want, onPointerEnter: want, 'aria-busy': externals.isFetching }
      : {},
  };
}

/** The region's municipalities, for the filter (the region's staff only: the API scopes the list). */
export function useMunicipalities(enabled: boolean) {
  return useQuery({
    queryKey: meetingKeys.municipalities,
    queryFn: () =>
      unwrap(api.GET('/api/organizations', { params: { query: { kind: 'municipality', limit: 200 } } })),
    enabled,
    staleTime: 5 * 60_000,
  });
}
