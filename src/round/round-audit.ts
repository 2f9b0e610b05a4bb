import type { AuditRecordInput } from '../audit/audit.service.js';
import type { RoundEntity, RoundItemEntity } from './round.entity.js';

/** The audit entry of a round created, planned, failed or confirmed: its name, status, window and totals. */
export function roundAuditEntry(
  actorId: string | null,
  action: string,
  round: RoundEntity,
  extra: Record<string, unknown> = {},
): AuditRecordInput {
  return {
    actorId,
    action,
    entityType: 'round',
    entityId: round.id,
    organizationId: round.regionId,
    after: {
      name: round.name,
      status: round.status,
      window: { from: round.windowFirst, to: round.windowLast },
      municipalities: round.input.municipalities.length,
      ...(round.proposal ? { totals: round.proposal.totals } : {}),
      ...extra,
    },
  };
}

/** A municipality's slot as the audit entry of a move names it. */
export function slotSummary(item: RoundItemEntity): Record<string, unknown> {
  return {
    state: item.state,
    startAt: item.startAt?.toISOString() ?? null,
    endAt: item.endAt?.toISOString() ?? null,
    attendance: item.attendance,
    tripId: item.tripId,
  };
}
