import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import type { components } from '../../../api/schema';
import { meetingKeys } from './meetingKeys';

export type MeetingInvitations = components['schemas']['MeetingInvitationsResponse'];
export type RsvpAnswer = components['schemas']['MeetingRsvpBody']['partstat'];

/** GET /api/meetings/:id; another municipality's meeting answers 404 (the page says "not found"). */
export function useMeeting(id: string) {
  return useQuery({
    queryKey: meetingKeys.detail(id),
    queryFn: () => unwrap(api.GET('/api/meetings/{id}', { params: { path: { id } } })),
  });
}

/** Each participant's answer and the delivery of their invitation. */
export function useMeetingInvitations(id: string) {
  return useQuery({
    queryKey: meetingKeys.invitations(id),
    queryFn: () => unwrap(api.GET('/api/meetings/{id}/invitations', { params: { path: { id } } })),
  });
}

/** PATCH /api/meetings/:id with a new start and end (and the version read, so a stale page gets a 409). */
export function useMoveMeeting(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { start: string; end: string; version: number }) =>
      unwrap(api.PATCH('/api/meetings/{id}', { params: { path: { id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meetingKeys.all }),
  });
}

/** POST /api/meetings/:id/cancel with a reason: every participant gets a cancellation. */
export function useCancelMeeting(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { reason: string; version: number }) =>
      unwrap(api.POST('/api/meetings/{id}/cancel', { params: { path: { id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meetingKeys.all }),
  });
}

/** POST /api/meetings/:id/rsvp: the signed-in participant's own answer. */
export function useAnswerInvitation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { partstat: RsvpAnswer; comment?: string }) =>
      unwrap(api.POST('/api/meetings/{id}/rsvp', { params: { path: { id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meetingKeys.all }),
  });
}
