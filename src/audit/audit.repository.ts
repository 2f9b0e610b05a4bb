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
/** Rows per INSERT: well inside PostgreSQL's 65 535 parameters. */
const ENTRIES_PER_INSERT = 1000;

@Injectable()
export class AuditRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insertMany(manager: EntityManager, entries: readonly NewAuditEntry[]): Promise<void> {
    for (let start = 0; start < entries.length; start += ENTRIES_PER_INSERT) {
      const chunk = entries.slice(start, start + ENTRIES_PER_INSERT);
      await manager.save(AuditEntryEntity, manager.create(AuditEntryEntity, chunk), { reload: false });
    }
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
