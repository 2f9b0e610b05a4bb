/** TanStack Query keys of the rounds feature. */
export const roundKeys = {
  all: ['rounds'] as const,
  list: (page: { limit: number; offset: number }) => ['rounds', 'list', page] as const,
  detail: (id: string) => ['rounds', 'detail', id] as const,
  municipalities: ['rounds', 'form', 'municipalities'] as const,
  team: (regionId: string) => ['rounds', 'form', 'team', regionId] as const,
  cadence: ['rounds', 'form', 'cadence'] as const,
};
