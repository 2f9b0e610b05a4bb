import type { ActionQuery, ActionStatus } from './hooks/useActions';

export const ACTION_STATUSES: ActionStatus[] = ['proposed', 'open', 'in_progress', 'done', 'cancelled'];
/** The statuses a person sets: a proposed action opens only when its minutes lock. */
export const SETTABLE_ACTION_STATUSES = ['open', 'in_progress', 'done', 'cancelled'] as const;
/** The filters of the list; the page (limit, offset) comes from useUrlPaging. */
export type ActionFilters = Omit<ActionQuery, 'limit' | 'offset'>;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The list's filters read from the URL, which uses the API's query names (links.ts links here with
 * `?overdue=true`, `?organizationId=…&status=open,in_progress`). Unknown values are dropped rather than
 * sent, so a hand-edited URL shows the unfiltered list instead of an error.
 */
export function actionQueryFrom(params: URLSearchParams): ActionFilters {
  const uuid = (name: string) => {
    const value = params.get(name) ?? '';
    return UUID.test(value) ? value : undefined;
  };
  const status = (params.get('status') ?? '')
    .split(',')
    .filter((value): value is ActionStatus => ACTION_STATUSES.includes(value as ActionStatus));
  const overdue = params.get('overdue');
  const query: ActionFilters = {};
  const organizationId = uuid('organizationId');
  const ownerPersonId = uuid('ownerPersonId');
  const strategyAreaId = uuid('strategyAreaId');
  const meetingId = uuid('meetingId');
  if (organizationId) query.organizationId = organizationId;
  if (ownerPersonId) query.ownerPersonId = ownerPersonId;
  if (strategyAreaId) query.strategyAreaId = strategyAreaId;
  if (meetingId) query.meetingId = meetingId;
  if (status.length > 0) query.status = [...new Set(status)];
  if (overdue === 'true' || overdue === 'false') query.overdue = overdue;
  return query;
}
