import { Injectable } from '@nestjs/common';
import { type EntityManager, In, type SelectQueryBuilder } from 'typeorm';
import { meetingIdsHeldWithSql } from '../meeting/reads/meeting-sql.js';
import type { TenantScope } from '../common/auth/tenant-scope.js';
import type { Page } from '../common/validation/zod-dto.js';
import type { ActionFilter } from './action.dto.js';
import {
  ActionEntity,
  type ActionEventKind,
  ActionEventEntity,
  ActionStrategyAreaEntity,
} from './action.entity.js';
import { TransactionService } from '../common/database/transaction.service.js';

export type NewAction = Pick<
  ActionEntity,
  | 'regionId'
  | 'title'
  | 'description'
  | 'ownerPersonId'
  | 'ownerOrganizationId'
  | 'dueDate'
  | 'status'
  | 'meetingId'
  | 'agendaItemId'
  | 'createdBy'
  | 'closedAt'
>;

export interface NewActionEvent {
  actionId: string;
  actorId: string | null;
  kind: ActionEventKind;
  changes: Record<string, { from: unknown; to: unknown }>;
  comment: string | null;
}

/** Which actions a digest covers: one owner's, or a region's. */
export type DigestScope = { kind: 'owner'; personId: string } | { kind: 'region'; regionId: string };

/**
 * Visibility of actions (docs/adr/0009): a region sees the actions of its region; a municipality those its
 * organization owns and those linked to its meetings; admins all. Expressed in SQL on alias `action`.
 */
export function actionScopeCondition(scope: TenantScope): {
  sql: string;
  parameters: Record<string, string>;
} {
  switch (scope.kind) {
    case 'all':
      return { sql: 'TRUE', parameters: {} };
    case 'region':
      return {
        sql: 'action.region_id = :actionScopeId',
        parameters: { actionScopeId: scope.organizationId! },
      };
    case 'organization':
      return {
        sql:
          '(action.owner_organization_id = :actionScopeId OR action.meeting_id IN ' +
          `(${meetingIdsHeldWithSql('= :actionScopeId', 'scope_mo')}))`,
        parameters: { actionScopeId: scope.organizationId! },
      };
  }
}

/** The only code that touches actions, action_strategy_areas, action_events and the sent-markers. */
@Injectable()
export class ActionRepository {
  constructor(private readonly tx: TransactionService) {}

  /** The open transaction's manager on this async path, else the DataSource's. */
  private get manager(): EntityManager {
    return this.tx.manager;
  }

  private query(): SelectQueryBuilder<ActionEntity> {
    return this.manager.getRepository(ActionEntity).createQueryBuilder('action');
  }

  /** The meeting whose agenda holds this item; null for an unknown item. */
  async findAgendaItemMeetingId(agendaItemId: string): Promise<string | null> {
    const rows = await this.manager.query<Array<{ meeting_id: string }>>(
      `SELECT meeting_id FROM agenda_items WHERE id = $1`,
      [agendaItemId],
    );
    return rows[0]?.meeting_id ?? null;
  }

  findById(id: string): Promise<ActionEntity | null> {
    return this.manager.findOneBy(ActionEntity, { id });
  }

  /** Locks the row for the rest of the transaction. */
  findByIdForUpdate(manager: EntityManager, id: string): Promise<ActionEntity | null> {
    return manager.findOne(ActionEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  findVisibleById(scope: TenantScope, id: string): Promise<ActionEntity | null> {
    const condition = actionScopeCondition(scope);
    return this.query()
      .where('action.id = :id', { id })
      .andWhere(condition.sql, condition.parameters)
      .getOne();
  }

  /** Of these ids, the actions inside the scope. */
  async findVisibleIds(scope: TenantScope, ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const condition = actionScopeCondition(scope);
    const rows = await this.query()
      .select('action.id', 'id')
      .where('action.id IN (:...ids)', { ids: [...new Set(ids)] })
      .andWhere(condition.sql, condition.parameters)
      .getRawMany<{ id: string }>();
    return new Set(rows.map((row) => row.id));
  }

  async findPage(scope: TenantScope, filter: ActionFilter, today: string): Promise<Page<ActionEntity>> {
    const condition = actionScopeCondition(scope);
    const query = this.query().where(condition.sql, condition.parameters);
    if (filter.organizationId) {
      query.andWhere('action.owner_organization_id = :organizationId', {
        organizationId: filter.organizationId,
      });
    }
    if (filter.ownerPersonId)
      query.andWhere('action.owner_person_id = :ownerPersonId', { ownerPersonId: filter.ownerPersonId });
    if (filter.meetingId) query.andWhere('action.meeting_id = :meetingId', { meetingId: filter.meetingId });
    if (filter.status) query.andWhere('action.status IN (:...statuses)', { statuses: filter.status });
    if (filter.overdue === true) {
      query.andWhere(`action.status IN ('open', 'in_progress') AND action.due_date < :today`, { today });
    } else if (filter.overdue === false) {
      query.andWhere(`NOT (action.status IN ('open', 'in_progress') AND action.due_date < :today)`, {
        today,
      });
    }
    if (filter.dueBefore) query.andWhere('action.due_date < :dueBefore', { dueBefore: filter.dueBefore });
    if (filter.dueFrom) query.andWhere('action.due_date >= :dueFrom', { dueFrom: filter.dueFrom });
    if (filter.strategyAreaId) {
      query.andWhere(
        'action.id IN (SELECT asa.action_id FROM action_strategy_areas asa WHERE asa.strategy_area_id = :strategyAreaId)',
        { strategyAreaId: filter.strategyAreaId },
      );
    }
    const [items, total] = await query
      .orderBy('action.due_date', 'ASC')
      .addOrderBy('action.created_at', 'ASC')
      .addOrderBy('action.id', 'ASC')
      .take(filter.limit)
      .skip(filter.offset)
      .getManyAndCount();
    return { items, total, limit: filter.limit, offset: filter.offset };
  }

  /** Open actions owned by these organizations or linked to their meetings (for agendas). */
  findOpenByOrganizations(organizationIds: readonly string[]): Promise<ActionEntity[]> {
    if (organizationIds.length === 0) return Promise.resolve([]);
    return this.query()
      .where(`action.status IN ('open', 'in_progress')`)
      .andWhere(
        '(action.owner_organization_id IN (:...ids) OR action.meeting_id IN ' +
          `(${meetingIdsHeldWithSql('IN (:...ids)')}))`,
        { ids: [...new Set(organizationIds)] },
      )
      .orderBy('action.due_date', 'ASC')
      .addOrderBy('action.id', 'ASC')
      .getMany();
  }

  insert(manager: EntityManager, action: NewAction): Promise<ActionEntity> {
    return manager.save(ActionEntity, manager.create(ActionEntity, action));
  }

  save(manager: EntityManager, action: ActionEntity): Promise<ActionEntity> {
    return manager.save(ActionEntity, action);
  }

  /** Deletes a proposed action (its history, areas and links go with it); false when there is none. */
  async deleteProposed(manager: EntityManager, id: string): Promise<boolean> {
    const result = await manager.delete(ActionEntity, { id, status: 'proposed' });
    return (result.affected ?? 0) > 0;
  }

  async replaceStrategyAreas(
    manager: EntityManager,
    actionId: string,
    areaIds: readonly string[],
  ): Promise<void> {
    await manager.delete(ActionStrategyAreaEntity, { actionId });
    if (areaIds.length === 0) return;
    await manager.insert(
      ActionStrategyAreaEntity,
      areaIds.map((strategyAreaId) => ({ actionId, strategyAreaId })),
    );
  }

  /** Strategy area ids per action, in link order. */
  async findStrategyAreaIds(actionIds: readonly string[]): Promise<Map<string, string[]>> {
    const result = new Map<string, string[]>(actionIds.map((id) => [id, []]));
    if (actionIds.length === 0) return result;
    const links = await this.manager.findBy(ActionStrategyAreaEntity, {
      actionId: In([...new Set(actionIds)]),
    });
    for (const link of links) result.get(link.actionId)?.push(link.strategyAreaId);
    return result;
  }

  async insertEvent(manager: EntityManager, event: NewActionEvent): Promise<void> {
    await manager.save(ActionEventEntity, manager.create(ActionEventEntity, event));
  }

  findEvents(actionId: string): Promise<ActionEventEntity[]> {
    return this.manager.find(ActionEventEntity, {
      where: { actionId },
      order: { occurredAt: 'ASC', seq: 'ASC' },
    });
  }

  /**
   * Claims a reminder: inserts its sent-marker unless one exists. Returns the marker id, or null when this
   * reminder was sent already (by this or another worker).
   */
  async claimReminder(
    manager: EntityManager,
    actionId: string,
    kind: 'before' | 'due',
    dueDate: string,
  ): Promise<string | null> {
    const rows = await manager.query<Array<{ id: string }>>(
      `INSERT INTO action_reminder_deliveries (action_id, kind, due_date) VALUES ($1, $2, $3)
       ON CONFLICT (action_id, kind, due_date) DO NOTHING RETURNING id`,
      [actionId, kind, dueDate],
    );
    return rows[0]?.id ?? null;
  }

  async setReminderEmail(manager: EntityManager, markerId: string, emailId: string): Promise<void> {
    await manager.query(`UPDATE action_reminder_deliveries SET email_id = $2 WHERE id = $1`, [
      markerId,
      emailId,
    ]);
  }

  /** As claimReminder, for a digest of (recipient, kind, ISO week). */
  async claimDigest(
    manager: EntityManager,
    recipientPersonId: string,
    kind: 'owner' | 'coordinator',
    isoWeek: string,
    actionCount: number,
  ): Promise<string | null> {
    const rows = await manager.query<Array<{ id: string }>>(
      `INSERT INTO action_digest_deliveries (recipient_person_id, kind, iso_week, action_count) VALUES ($1, $2, $3, $4)
       ON CONFLICT (recipient_person_id, kind, iso_week) DO NOTHING RETURNING id`,
      [recipientPersonId, kind, isoWeek, actionCount],
    );
    return rows[0]?.id ?? null;
  }

  async setDigestEmail(manager: EntityManager, markerId: string, emailId: string): Promise<void> {
    await manager.query(`UPDATE action_digest_deliveries SET email_id = $2 WHERE id = $1`, [
      markerId,
      emailId,
    ]);
  }

  /** Overdue actions (open, due before `today`) of a digest scope, by owner organization and due date. */
  findOverdue(scope: DigestScope, today: string): Promise<ActionEntity[]> {
    const query = this.query()
      .where(`action.status IN ('open', 'in_progress')`)
      .andWhere('action.due_date < :today', { today });
    if (scope.kind === 'owner') query.andWhere('action.owner_person_id = :id', { id: scope.personId });
    else query.andWhere('action.region_id = :id', { id: scope.regionId });
    return query
      .orderBy('action.owner_organization_id')
      .addOrderBy('action.due_date')
      .addOrderBy('action.id')
      .getMany();
  }

  /** Who has overdue actions: their owners and regions. */
  async findOverdueParties(today: string): Promise<{ ownerIds: string[]; regionIds: string[] }> {
    const rows = await this.manager.query<Array<{ owner_ids: string[] | null; region_ids: string[] | null }>>(
      `SELECT array_agg(DISTINCT owner_person_id) AS owner_ids, array_agg(DISTINCT region_id) AS region_ids
         FROM actions WHERE status IN ('open', 'in_progress') AND due_date < $1`,
      [today],
    );
    return {
      ownerIds: rows[0]?.owner_ids ?? [],
      regionIds: rows[0]?.region_ids ?? [],
    };
  }
}
