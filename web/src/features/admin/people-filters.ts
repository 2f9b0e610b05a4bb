import type { PeopleQuery, PersonRole } from './hooks/usePeople';
import { ROLES } from './admin-access';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The people list's filters from the URL, under GET /api/people's query names (organizationId, role, q).
 * Unknown values are dropped, so a hand-edited URL shows the whole list instead of an error.
 */
export function peopleQueryFrom(
  params: URLSearchParams,
  paging: { limit: number; offset: number },
): PeopleQuery {
  const query: PeopleQuery = { limit: paging.limit, offset: paging.offset };
  const organizationId = params.get('organizationId') ?? '';
  if (UUID.test(organizationId)) query.organizationId = organizationId;
  const role = params.get('role') ?? '';
  if ((ROLES as string[]).includes(role)) query.role = role as PersonRole;
  const q = (params.get('q') ?? '').trim();
  if (q.length > 0) query.q = q.slice(0, 100);
  return query;
}
