/** TanStack Query keys of the agenda feature. */
export const agendaKeys = {
  all: ['agenda'] as const,
  detail: (meetingId: string) => ['agenda', meetingId] as const,
  templates: () => ['agenda', 'templates'] as const,
  secrecyGrounds: () => ['agenda', 'secrecy-grounds'] as const,
};
