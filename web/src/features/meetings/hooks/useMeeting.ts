import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import type { components } from '../../../api/schema';
import { meetingKeys } from './meetingKeys';

export type MeetingInvitations = components['schemas']['MeetingInvitationsResponse'];
export type RsvpAnswer = components['schemas']['MeetingRsvpBody']['partstat'];
export type NewGuest = components['schemas']['AddMeetingGuestBody'];
export type ParticipantRole = components['schemas']['MeetingResponse']['participants'][number]['role'];
type Person = components['schemas']['PersonResponse'];
type Organization = components['schemas']['OrganizationResponse'];
export type SubstituteCandidate = components['schemas']['SubstituteCandidatesResponse']['items'][number];

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

/** PATCH /api/meetings/:id with the diarienummer alone (a held meeting takes one too); null removes it. */
export function useSetCaseNumber(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { caseNumber: string | null; version: number }) =>
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

/** POST /api/meetings/:id/guests: a guest by name and email, invited to this meeting only. */
export function useAddGuest(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewGuest) =>
      unwrap(api.POST('/api/meetings/{id}/guests', { params: { path: { id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meetingKeys.all }),
  });
}

/** PATCH /api/meetings/:id with the full list of participants (those left out are removed). */
export function useSetParticipants(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: {
      participants: Array<{ personId: string; role: ParticipantRole }>;
      version: number;
    }) => unwrap(api.PATCH('/api/meetings/{id}', { params: { path: { id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meetingKeys.all }),
  });
}

/** The people of the region's outside organisations (Almi, Arbetsförmedlingen…), with their organization. */
export function useOutsidePeople(enabled: boolean) {
  return useQuery({
    queryKey: meetingKeys.outsidePeople,
    enabled,
    staleTime: 60_000,
    queryFn: async (): Promise<Array<{ person: Person; organization: Organization }>> => {
      const organizations = await unwrap(
        api.GET('/api/organizations', { params: { query: { kind: 'external', limit: 200 } } }),
      );
      const pages = await Promise.all(
        organizations.items.map((organization) =>
          unwrap(
            api.GET('/api/people', {
              params: { query: { organizationId: organization.id, limit: 200 } },
            }),
          ).then((page) => page.items.map((person) => ({ person, organization }))),
        ),
      );
      return pages.flat();
    },
  });
}

/** Colleagues the signed-in participant may send in their place (the agreement's standing substitutes first). */
export function useSubstitutes(id: string, enabled: boolean) {
  return useQuery({
    queryKey: meetingKeys.substitutes(id),
    queryFn: () => unwrap(api.GET('/api/meetings/{id}/substitutes', { params: { path: { id } } })),
    enabled,
  });
}

/** POST /api/meetings/:id/substitute: the signed-in participant sends a colleague in their place. */
export function useSendSubstitute(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { personId: string; comment?: string }) =>
      unwrap(api.POST('/api/meetings/{id}/substitute', { params: { path: { id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meetingKeys.all }),
  });
}
