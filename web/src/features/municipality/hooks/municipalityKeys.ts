/** TanStack Query keys of the municipality feature. */
export const municipalityKeys = {
  all: ['municipality'] as const,
  overview: (id: string) => ['municipality', id, 'overview'] as const,
  agreementVersions: (id: string) => ['municipality', id, 'agreement', 'versions'] as const,
  people: (organizationId: string) => ['municipality', 'people', organizationId] as const,
  questions: (id: string) => ['municipality', id, 'questions'] as const,
};
