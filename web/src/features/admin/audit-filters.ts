import { addDays, stockholmInstant } from '../meetings/meeting-time';
import type { AuditQuery } from './hooks/useAuditLog';

/** The entity types the service audits (src/**: audit.record's entityType), for the filter. */
export const AUDITED_ENTITY_TYPES = [
  'person',
  'organization',
  'agreement',
  'round',
  'meeting',
  'agenda',
  'agenda-item',
  'agenda-template',
  'minutes',
  'action',
  'question',
  'strategy_area',
  'calendar_feed_token',
] as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The audit log's filters read from the URL, under the API's query names: entityType, entityId, actorId,
 * and from/to as calendar days in Europe/Stockholm (`to` inclusive: the API's `to` is the next midnight).
 * Unknown values are dropped rather than sent, so a hand-edited URL shows the whole log, not an error.
 */
export function auditQueryFrom(
  params: URLSearchParams,
  paging: { limit: number; offset: number },
): AuditQuery {
  const query: AuditQuery = { limit: paging.limit, offset: paging.offset };
  const entityType = params.get('entityType') ?? '';
  if ((AUDITED_ENTITY_TYPES as readonly string[]).includes(entityType)) query.entityType = entityType;
  const entityId = params.get('entityId') ?? '';
  if (entityId.length > 0 && entityId.length <= 200) query.entityId = entityId;
  const actorId = params.get('actorId') ?? '';
  if (UUID.test(actorId)) query.actorId = actorId;
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  if (DATE.test(from)) query.from = stockholmInstant(from, '00:00');
  if (DATE.test(to)) query.to = stockholmInstant(addDays(to, 1), '00:00');
  if (query.from && query.to && Date.parse(query.from) >= Date.parse(query.to)) delete query.to;
  return query;
}
