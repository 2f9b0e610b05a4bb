/** TanStack Query keys of the overview feature. */
export const overviewKeys = {
  all: ['overview'] as const,
  county: ['overview', 'county'] as const,
  municipality: (id: string) => ['overview', 'municipality', id] as const,
};
