/** TanStack Query keys of the minutes feature. */
export const minutesKeys = {
  all: ['minutes'] as const,
  detail: (meetingId: string) => ['minutes', meetingId] as const,
  revisions: (meetingId: string) => ['minutes', meetingId, 'revisions'] as const,
  archive: (meetingId: string) => ['minutes', meetingId, 'archive-packages'] as const,
  adjusterOptions: (meetingId: string) => ['minutes', meetingId, 'adjuster-options'] as const,
  /** People the API offers as an action's owner in an organization. */
  ownerPeople: (organizationId: string) => ['minutes', 'owner-people', organizationId] as const,
  strategyAreas: ['minutes', 'strategy-areas'] as const,
};
