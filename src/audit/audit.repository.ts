import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Page } from '../common/validation/zod-dto.js';
import { AuditEntryEntity } from './audit-entry.entity.js';
import type { AuditLogFilter } from './audit.dto.js';

export type NewAuditEntry = Pick<
  AuditEntryEntity,
  'actorId' | 'action' | 'entityType' | 'entityId' | 'organizationId' | 'before' | 'after' | 'correlationId'
>;

/** Names for the entries of a page: actors, what was changed, and the organizations they belong to. */
export interface AuditLabels {
  people: Map<string, string>;
  organizations: Map<string, string>;
  /** `<entity type>:<entity id>` → name or title. */
  entities: Map<string, string>;
}

/**
 * Where an entity type's name or title lives. Agendas and minutes are audited under their meeting's id.
 * Read-only look-ups by primary key; people and meetings keep their row when deleted (soft), so a deleted
 * person's entries still name them.
 */
const LABEL_SOURCES: Record<string, { table: string; column: string }> = {
  person: { table: 'people', column: 'name' },
  organization: { table: 'organizations', column: 'name' },
  meeting: { table: 'meetings', column: 'title' },
  agenda: { table: 'meetings', column: 'title' },
  minutes: { table: 'meetings', column: 'title' },
  action: { table: 'actions', column: 'title' },
  question: { table: 'questions', column: 'title' },
  round: { table: 'rounds', column: 'name' },
  strategy_area: { table: 'strategy_areas', column: 'name' },
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

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

  /** The names behind a page of entries, in one statement whatever the mix of entity types. */
  async findLabels(entries: readonly AuditEntryEntity[]): Promise<AuditLabels> {
    const labels: AuditLabels = { people: new Map(), organizations: new Map(), entities: new Map() };
    const idsByTable = new Map<string, Set<string>>();
    const want = (table: string, id: string | null) => {
      if (!id || !UUID.test(id)) return;
      if (!idsByTable.has(table)) idsByTable.set(table, new Set());
      idsByTable.get(table)!.add(id.toLowerCase());
    };
    for (const entry of entries) {
      want('people', entry.actorId);
      want('organizations', entry.organizationId);
      const source = LABEL_SOURCES[entry.entityType];
      if (source) want(source.table, entry.entityId);
    }
    if (idsByTable.size === 0) return labels;
    const columns = new Map(Object.values(LABEL_SOURCES).map((source) => [source.table, source.column]));
    const parts: string[] = [];
    const parameters: string[][] = [];
    for (const [table, ids] of idsByTable) {
      parameters.push([...ids]);
      parts.push(
        `SELECT '${table}' AS source, id::text AS id, ${columns.get(table)!} AS label
           FROM ${table} WHERE id = ANY($${parameters.length}::uuid[])`,
      );
    }
    const rows: Array<{ source: string; id: string; label: string }> = await this.dataSource.query(
      parts.join(' UNION ALL '),
      parameters,
    );
    const byTable = new Map<string, Map<string, string>>();
    for (const row of rows) {
      if (!byTable.has(row.source)) byTable.set(row.source, new Map());
      byTable.get(row.source)!.set(row.id, row.label);
    }
    labels.people = byTable.get('people') ?? new Map<string, string>();
    labels.organizations = byTable.get('organizations') ?? new Map<string, string>();
    for (const entry of entries) {
      const source = LABEL_SOURCES[entry.entityType];
      const label = source && byTable.get(source.table)?.get(entry.entityId.toLowerCase());
      if (label) labels.entities.set(`${entry.entityType}:${entry.entityId}`, label);
    }
    return labels;
  }
}
