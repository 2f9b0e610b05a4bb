import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { requestContext } from '../common/logging/request-context.js';
import type { Page } from '../common/validation/zod-dto.js';
import type { AuditEntryEntity } from './audit-entry.entity.js';
import type { AuditEntryView, AuditLogFilter } from './audit.dto.js';
import { auditSummary, changedFields } from './audit-summary.js';
import { type AuditLabels, AuditRepository } from './audit.repository.js';

export interface AuditRecordInput {
  /** Null for the system itself (seed, scheduled jobs). */
  actorId: string | null;
  /** `<entity type>.<verb>`, e.g. `person.create`. */
  action: string;
  entityType: string;
  entityId: string;
  organizationId?: string | null;
  /** Summaries, not rows: secrets are stripped in any case. */
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  /** Keep only the fields whose values differ between before and after (for updates). */
  onlyChanges?: boolean;
}

@Injectable()
export class AuditService {
  constructor(private readonly repository: AuditRepository) {}

  /** Writes an entry inside the caller's transaction: the entry exists exactly when the change does. */
  record(manager: EntityManager, input: AuditRecordInput): Promise<void> {
    return this.recordMany(manager, [input]);
  }

  /** Several entries in one statement (e.g. every meeting of a confirmed round). */
  recordMany(manager: EntityManager, inputs: readonly AuditRecordInput[]): Promise<void> {
    const correlationId = requestContext.correlationId() ?? null;
    return this.repository.insertMany(
      manager,
      inputs.map((input) => {
        let before = auditSummary(input.before);
        let after = auditSummary(input.after);
        if (input.onlyChanges && before && after) ({ before, after } = changedFields(before, after));
        return {
          actorId: input.actorId,
          action: input.action,
          entityType: input.entityType,
          entityId: input.entityId,
          organizationId: input.organizationId ?? null,
          before,
          after,
          correlationId,
        };
      }),
    );
  }

  /** Admins only; the controller's role guard decides that. */
  async list(filter: AuditLogFilter): Promise<Page<AuditEntryView>> {
    const page = await this.repository.findPage(filter);
    const labels = await this.repository.findLabels(page.items);
    return { ...page, items: page.items.map((entry) => toAuditEntryView(entry, labels)) };
  }
}

function toAuditEntryView(entry: AuditEntryEntity, labels: AuditLabels): AuditEntryView {
  return {
    id: String(entry.id),
    occurredAt: entry.occurredAt.toISOString(),
    actorId: entry.actorId,
    actorName: (entry.actorId && labels.people.get(entry.actorId)) ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    entityLabel: labels.entities.get(`${entry.entityType}:${entry.entityId}`) ?? null,
    organizationId: entry.organizationId,
    organizationName: (entry.organizationId && labels.organizations.get(entry.organizationId)) ?? null,
    before: entry.before,
    after: entry.after,
    correlationId: entry.correlationId,
  };
}
