import type { MeetingQuery } from './useMeetings';

/** TanStack Query keys of the meetings feature. */
export const meetingKeys = {
  all: ['meetings'] as const,
  list: (query: MeetingQuery) => ['meetings', 'list', query] as const,
  detail: (id: string) => ['meetings', 'detail', id] as const,
  invitations: (id: string) => ['meetings', 'detail', id, 'invitations'] as const,
  substitutes: (id: string) => ['meetings', 'detail', id, 'substitutes'] as const,
  municipalities: ['meetings', 'municipalities'] as const,
  outsidePeople: ['meetings', 'outside-people'] as const,
  externalOrganizations: ['meetings', 'external-organizations'] as const,
};
