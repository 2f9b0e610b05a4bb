import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
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

export type MinutesItemSecrecy = components['schemas']['PutMinutesItemSecrecyBody'];

/**
 * PUT …/minutes/items/:agendaItemId/secrecy: the entry restricted on a ground (a discussion that turned
 * confidential), or following its agenda item again. Only the marking of the cached item changes: its notes
 * and version are the editor's (the marking leaves the version as it is).
 */
export function useMarkMinutesEntry(meetingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ agendaItemId, body }: { agendaItemId: string; body: MinutesItemSecrecy }) =>
      unwrap(
        api.PUT('/api/meetings/{id}/minutes/items/{agendaItemId}/secrecy', {
          params: { path: { id: meetingId, agendaItemId } },
          body,
        }),
      ),
    onSuccess: (saved) => {
      queryClient.setQueryData<Minutes>(minutesKeys.detail(meetingId), (minutes) =>
        minutes
          ? {
              ...minutes,
              items: minutes.items.map((item) =>
                item.agendaItemId === saved.agendaItemId
                  ? {
                      ...item,
                      visibility: saved.visibility,
                      secrecyGround: saved.secrecyGround,
                      secrecyNote: saved.secrecyNote,
                      secrecySource: saved.secrecySource,
                    }
                  : item,
              ),
            }
          : minutes,
      );
      return queryClient.invalidateQueries({ queryKey: minutesKeys.revisions(meetingId) });
    },
  });
}
