import { Injectable } from '@nestjs/common';
import { type EntityManager, In, type SelectQueryBuilder } from 'typeorm';
import type { TenantScope } from '../common/auth/tenant-scope.js';
import type { Page } from '../common/validation/zod-dto.js';
import type { QuestionFilter } from './question.dto.js';
import {
  QuestionActionEntity,
  QuestionAgendaItemEntity,
  QuestionEntity,
  QuestionEventEntity,
  QuestionMeetingEntity,
  QuestionOrganizationEntity,
  QuestionStrategyAreaEntity,
} from './question.entity.js';
import { TransactionService } from '../common/database/transaction.service.js';

export type NewQuestion = Pick<
  QuestionEntity,
  | 'regionId'
  | 'title'
  | 'description'
  | 'ownerKind'
  | 'ownerOrganizationId'
  | 'ownerExternalName'
  | 'responsiblePersonId'
  | 'status'
  | 'createdBy'
  | 'closedAt'
>;

export interface QuestionLinks {
  organizationIds: string[];
  meetingIds: string[];
  agendaItemIds: string[];
  actionIds: string[];
  strategyAreaIds: string[];
}

export type LinkKind = keyof QuestionLinks;

const LINK_TABLES = {
  organizationIds: { entity: QuestionOrganizationEntity, column: 'organizationId' },
  meetingIds: { entity: QuestionMeetingEntity, column: 'meetingId' },
  agendaItemIds: { entity: QuestionAgendaItemEntity, column: 'agendaItemId' },
  actionIds: { entity: QuestionActionEntity, column: 'actionId' },
  strategyAreaIds: { entity: QuestionStrategyAreaEntity, column: 'strategyAreaId' },
} as const;

export const LINK_KINDS = Object.keys(LINK_TABLES) as LinkKind[];

/**
 * Visibility of questions: a region sees its region's; a municipality those raised with it; admins all.
 * SQL on alias `question`.
 */
function scopeCondition(scope: TenantScope): { sql: string; parameters: Record<string, string> } {
  switch (scope.kind) {
    case 'all':
      return { sql: 'TRUE', parameters: {} };
    case 'region':
      return {
        sql: 'question.region_id = :questionScopeId',
        parameters: { questionScopeId: scope.organizationId! },
      };
    case 'organization':
      return {
        sql:
          'question.id IN (SELECT scope_qo.question_id FROM question_organizations scope_qo ' +
          'WHERE scope_qo.organization_id = :questionScopeId)',
        parameters: { questionScopeId: scope.organizationId! },
      };
  }
}

/** The only code that touches questions and their link tables. */
@Injectable()
export class QuestionRepository {
  constructor(private readonly tx: TransactionService) {}

  /** The open transaction's manager on this async path, else the DataSource's. */
  private get manager(): EntityManager {
    return this.tx.manager;
  }

  private query(): SelectQueryBuilder<QuestionEntity> {
    return this.manager.getRepository(QuestionEntity).createQueryBuilder('question');
  }

  findVisibleById(scope: TenantScope, id: string): Promise<QuestionEntity | null> {
    const condition = scopeCondition(scope);
    return this.query()
      .where('question.id = :id', { id })
      .andWhere(condition.sql, condition.parameters)
      .getOne();
  }

  findByIdForUpdate(manager: EntityManager, id: string): Promise<QuestionEntity | null> {
    return manager.findOne(QuestionEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async findPage(scope: TenantScope, filter: QuestionFilter): Promise<Page<QuestionEntity>> {
    const condition = scopeCondition(scope);
    const query = this.query().where(condition.sql, condition.parameters);
    if (filter.organizationId) {
      query.andWhere(
        'question.id IN (SELECT qo.question_id FROM question_organizations qo WHERE qo.organization_id = :organizationId)',
        { organizationId: filter.organizationId },
      );
    }
    if (filter.status) query.andWhere('question.status IN (:...statuses)', { statuses: filter.status });
    if (filter.ownerKind) query.andWhere('question.owner_kind = :ownerKind', { ownerKind: filter.ownerKind });
    if (filter.ownerOrganizationId) {
      query.andWhere('question.owner_organization_id = :ownerOrganizationId', {
        ownerOrganizationId: filter.ownerOrganizationId,
      });
    }
    if (filter.responsiblePersonId) {
      query.andWhere('question.responsible_person_id = :responsiblePersonId', {
        responsiblePersonId: filter.responsiblePersonId,
      });
    }
    if (filter.meetingId) {
      query.andWhere(
        'question.id IN (SELECT qm.question_id FROM question_meetings qm WHERE qm.meeting_id = :meetingId)',
        {
          meetingId: filter.meetingId,
        },
      );
    }
    if (filter.strategyAreaId) {
      query.andWhere(
        'question.id IN (SELECT qs.question_id FROM question_strategy_areas qs WHERE qs.strategy_area_id = :strategyAreaId)',
        { strategyAreaId: filter.strategyAreaId },
      );
    }
    const [items, total] = await query
      .orderBy('question.created_at', 'DESC')
      .addOrderBy('question.id', 'ASC')
      .take(filter.limit)
      .skip(filter.offset)
      .getManyAndCount();
    return { items, total, limit: filter.limit, offset: filter.offset };
  }

  /** Open and in-progress questions raised with any of these organizations, oldest first. */
  findOpenByOrganizations(organizationIds: readonly string[]): Promise<QuestionEntity[]> {
    if (organizationIds.length === 0) return Promise.resolve([]);
    return this.query()
      .where(`question.status IN ('open', 'in_progress')`)
      .andWhere(
        'question.id IN (SELECT qo.question_id FROM question_organizations qo WHERE qo.organization_id IN (:...ids))',
        { ids: [...new Set(organizationIds)] },
      )
      .orderBy('question.created_at', 'ASC')
      .addOrderBy('question.id', 'ASC')
      .getMany();
  }

  insert(manager: EntityManager, question: NewQuestion): Promise<QuestionEntity> {
    return manager.save(QuestionEntity, manager.create(QuestionEntity, question));
  }

  save(manager: EntityManager, question: QuestionEntity): Promise<QuestionEntity> {
    return manager.save(QuestionEntity, question);
  }

  async insertEvent(
    manager: EntityManager,
    event: Pick<QuestionEventEntity, 'questionId' | 'actorId' | 'kind' | 'changes' | 'comment'>,
  ): Promise<void> {
    await manager.save(QuestionEventEntity, manager.create(QuestionEventEntity, event));
  }

  /** A question's history, oldest first (entries of one transaction in the order written). */
  findEvents(questionId: string): Promise<QuestionEventEntity[]> {
    return this.manager.find(QuestionEventEntity, {
      where: { questionId },
      order: { occurredAt: 'ASC', seq: 'ASC' },
    });
  }

  async replaceLinks(
    manager: EntityManager,
    questionId: string,
    kind: LinkKind,
    ids: readonly string[],
  ): Promise<void> {
    const { entity, column } = LINK_TABLES[kind];
    await manager.delete(entity, { questionId });
    if (ids.length === 0) return;
    await manager.insert(
      entity,
      [...new Set(ids)].map((id) => ({ questionId, [column]: id })),
    );
  }

  /** Every link of each question, in one query per link table. */
  async findLinks(questionIds: readonly string[]): Promise<Map<string, QuestionLinks>> {
    const result = new Map<string, QuestionLinks>(
      questionIds.map((id) => [
        id,
        { organizationIds: [], meetingIds: [], agendaItemIds: [], actionIds: [], strategyAreaIds: [] },
      ]),
    );
    if (questionIds.length === 0) return result;
    const where = { questionId: In([...new Set(questionIds)]) };
    // One after the other: inside a transaction they share one connection.
    for (const kind of LINK_KINDS) {
      const { entity, column } = LINK_TABLES[kind];
      const rows = (await this.manager.findBy(entity, where)) as unknown as Array<Record<string, string>>;
      for (const row of rows) result.get(row.questionId)?.[kind].push(row[column]);
    }
    return result;
  }

  /** The meeting of each agenda item that exists; an unknown id is absent from the map. */
  async agendaItemMeetings(itemIds: readonly string[]): Promise<Map<string, string>> {
    if (itemIds.length === 0) return new Map();
    const rows = await this.manager.query<Array<{ id: string; meeting_id: string }>>(
      `SELECT id, meeting_id FROM agenda_items WHERE id = ANY($1::uuid[])`,
      [[...new Set(itemIds)]],
    );
    return new Map(rows.map((row) => [row.id, row.meeting_id]));
  }

  /** Each existing agenda item's meeting, title and position on its agenda (the caller orders by meeting). */
  async agendaItemRefs(
    itemIds: readonly string[],
  ): Promise<Array<{ id: string; meetingId: string; title: string; position: number }>> {
    if (itemIds.length === 0) return [];
    return this.manager.query<Array<{ id: string; meetingId: string; title: string; position: number }>>(
      `SELECT id, meeting_id AS "meetingId", title, position FROM agenda_items WHERE id = ANY($1::uuid[])`,
      [[...new Set(itemIds)]],
    );
  }
}
