import type { ActionQuery } from './useActions';

/** TanStack Query keys of the actions feature. */
export const actionKeys = {
  all: ['actions'] as const,
  list: (query: ActionQuery) => ['actions', 'list', query] as const,
  detail: (id: string) => ['actions', 'detail', id] as const,
  strategyAreas: ['actions', 'strategy-areas'] as const,
};
