import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import type { components } from '../../../api/schema';
import { minutesKeys } from './minutesKeys';

export type Minutes = components['schemas']['MinutesResponse'];
export type MinutesStatus = Minutes['status'];
export type MinutesRevision = components['schemas']['MinutesRevisionsResponse']['items'][number];

/** GET /api/meetings/:id/minutes; another municipality's meeting answers 404 (the page says "not found"). */
export function useMinutes(meetingId: string) {
  return useQuery({
    queryKey: minutesKeys.detail(meetingId),
    queryFn: () => unwrap(api.GET('/api/meetings/{id}/minutes', { params: { path: { id: meetingId } } })),
  });
}

/** GET /api/meetings/:id/minutes/revisions: every saved change, submission and decision. */
export function useMinutesRevisions(meetingId: string) {
  return useQuery({
    queryKey: minutesKeys.revisions(meetingId),
    queryFn: () =>
      unwrap(api.GET('/api/meetings/{id}/minutes/revisions', { params: { path: { id: meetingId } } })),
  });
}
