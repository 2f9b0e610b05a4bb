import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Page } from '../common/validation/zod-dto.js';
import { AuditEntryEntity } from './audit-entry.entity.js';
import type { AuditLogFilter } from './audit.dto.js';

export type NewAuditEntry = Pick<
  AuditEntryEntity,
  'actorId' | 'action' | 'entityType' | 'entityId' | 'organizationId' | 'before' | 'after' | 'correlationId'
>;

/** The only code that touches the audit_log table; it only ever inserts and reads. */
@Injectable()
export class AuditRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Any number of entries in one statement. */
  async insertMany(manager: EntityManager, entries: readonly NewAuditEntry[]): Promise<void> {
    if (entries.length === 0) return;
    const column = <K extends keyof NewAuditEntry>(key: K) => entries.map((entry) => entry[key]);
    const json = (key: 'before' | 'after') =>
      entries.map((entry) => (entry[key] === null ? null : JSON.stringify(entry[key])));
    await manager.query(
      `INSERT INTO audit_log (actor_id, action, entity_type, entity_id, organization_id, before, after,
                              correlation_id)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::uuid[], $6::jsonb[],
                            $7::jsonb[], $8::text[])`,
      [
        column('actorId'),
        column('action'),
        column('entityType'),
        column('entityId'),
        column('organizationId'),
        json('before'),
        json('after'),
        column('correlationId'),
      ],
    );
  }

  async findPage(filter: AuditLogFilter): Promise<Page<AuditEntryEntity>> {
    const query = this.dataSource.getRepository(AuditEntryEntity).createQueryBuilder('entry');
    if (filter.entityType)
      query.andWhere('entry.entityType = :entityType', { entityType: filter.entityType });
    if (filter.entityId) query.andWhere('entry.entityId = :entityId', { entityId: filter.entityId });
    if (filter.actorId) query.andWhere('entry.actorId = :actorId', { actorId: filter.actorId });
    if (filter.from) query.andWhere('entry.occurredAt >= :from', { from: new Date(filter.from) });
    if (filter.to) query.andWhere('entry.occurredAt < :to', { to: new Date(filter.to) });
    const [items, total] = await query
      .orderBy('entry.occurredAt', 'DESC')
      .addOrderBy('entry.id', 'DESC')
      .take(filter.limit)
      .skip(filter.offset)
      .getManyAndCount();
    return { items, total, limit: filter.limit, offset: filter.offset };
  }
}
