import { isRegionStaff } from '../../app/roles';
import type { Me } from '../auth/hooks/useMe';
import type { QuestionQuery, QuestionStatus } from './hooks/useQuestions';

export const QUESTION_STATUSES: QuestionStatus[] = ['open', 'in_progress', 'resolved', 'parked'];
/** The filters of the register; the page (limit, offset) comes from useUrlPaging. */
export type QuestionFilters = Omit<QuestionQuery, 'limit' | 'offset'>;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const UUID_FILTERS = [
  'organizationId',
  'ownerOrganizationId',
  'responsiblePersonId',
  'strategyAreaId',
  'meetingId',
] as const;

/**
 * The register's filters read from the URL, which uses the API's query names (links.ts links here with
 * `?organizationId=…&ownerOrganizationId=…&status=open,in_progress`). Unknown values are dropped rather
 * than sent, so a hand-edited URL shows the unfiltered list instead of an error.
 */
export function questionQueryFrom(params: URLSearchParams): QuestionFilters {
  const query: QuestionFilters = {};
  for (const name of UUID_FILTERS) {
    const value = params.get(name) ?? '';
    if (UUID.test(value)) query[name] = value;
  }
  const status = (params.get('status') ?? '')
    .split(',')
    .filter((value): value is QuestionStatus => QUESTION_STATUSES.includes(value as QuestionStatus));
  if (status.length > 0) query.status = [...new Set(status)];
  const ownerKind = params.get('ownerKind');
  if (ownerKind === 'organization' || ownerKind === 'external') query.ownerKind = ownerKind;
  return query;
}

/** The owner filter's one value: `external`, an organization's id, or '' for any owner. */
export function ownerFilterValue(query: QuestionFilters): string {
  if (query.ownerKind === 'external') return 'external';
  return query.ownerOrganizationId ?? '';
}

/** The URL changes for an owner filter value (the two API names it stands for). */
export function ownerFilterChanges(value: string): Record<string, string | null> {
  if (value === 'external') return { ownerKind: 'external', ownerOrganizationId: null };
  return { ownerKind: null, ownerOrganizationId: value || null };
}

/**
 * The organizations a person may own questions by, to filter or to choose from: the region's staff the
 * region, its municipalities and its outside organisations (once those are read); a municipality's person
 * their own municipality and the region.
 */
export function ownerOptions(
  me: Me,
  municipalities: ReadonlyArray<{ id: string; name: string }>,
  regionName: string,
  externals: ReadonlyArray<{ id: string; name: string }> = [],
): Array<{ id: string; name: string }> {
  const own = { id: me.organizationId, name: me.organization.name };
  if (isRegionStaff(me))
    return [own, ...[...municipalities, ...externals].map(({ id, name }) => ({ id, name }))];
  return [own, ...(me.organization.parentId ? [{ id: me.organization.parentId, name: regionName }] : [])];
}
