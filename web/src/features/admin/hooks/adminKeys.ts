import type { AuditQuery } from './useAuditLog';
import type { PeopleQuery } from './usePeople';

/** TanStack Query keys of the administration pages. */
export const adminKeys = {
  people: ['admin', 'people'] as const,
  peopleList: (query: PeopleQuery) => ['admin', 'people', 'list', query] as const,
  person: (id: string) => ['admin', 'people', 'detail', id] as const,
  organizations: ['admin', 'organizations'] as const,
  organizationList: ['admin', 'organizations', 'all'] as const,
  organization: (id: string) => ['admin', 'organizations', 'detail', id] as const,
  audit: (query: AuditQuery) => ['admin', 'audit', query] as const,
};
