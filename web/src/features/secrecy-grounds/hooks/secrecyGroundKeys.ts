/** TanStack Query keys of the secrecy grounds page. */
export const secrecyGroundKeys = {
  all: ['secrecy-grounds'] as const,
  list: (regionId: string) => ['secrecy-grounds', 'list', regionId] as const,
};
