/** TanStack Query keys of the minutes feature. */
export const minutesKeys = {
  all: ['minutes'] as const,
  detail: (meetingId: string) => ['minutes', meetingId] as const,
  revisions: (meetingId: string) => ['minutes', meetingId, 'revisions'] as const,
};
