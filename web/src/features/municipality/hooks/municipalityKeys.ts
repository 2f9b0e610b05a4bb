/** TanStack Query keys of the municipality feature. */
export const municipalityKeys = {
  overview: (id: string) => ['municipality', id, 'overview'] as const,
};
