/** TanStack Query keys of the strategy areas page. */
export const strategyAreaKeys = {
  all: ['strategy-areas'] as const,
  list: ['strategy-areas', 'list'] as const,
  openCount: (kind: 'questions' | 'actions', areaId: string) =>
    ['strategy-areas', 'open', kind, areaId] as const,
};
