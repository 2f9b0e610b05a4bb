import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
import { ActionReminderService } from '../action-reminder.service.js';
import type { ActionEntity, ActionStatus } from '../action.entity.js';
import { ActionRepository } from '../action.repository.js';

/** A new action written: its row, strategy areas, the created event, the audit entry and its reminders. */
@Injectable()
export class NewActions {
  constructor(
    private readonly repository: ActionRepository,
    private readonly audit: AuditService,
    private readonly reminders: ActionReminderService,
  ) {}

  async insert(
    manager: EntityManager,
    input: Omit<Parameters<ActionRepository['insert']>[1], 'createdBy' | 'closedAt'> & {
      strategyAreaIds: string[];
      actorId: string;
      comment: string | null;
    },
  ): Promise<ActionEntity> {
    const { strategyAreaIds, actorId, comment, ...fields } = input;
    const action = await this.repository.insert(manager, { ...fields, createdBy: actorId, closedAt: null });
    await this.repository.replaceStrategyAreas(manager, action.id, strategyAreaIds);
    const initial = auditSummary(action, strategyAreaIds);
    await this.repository.insertEvent(manager, {
      actionId: action.id,
      actorId,
      kind: 'created',
      changes: Object.fromEntries(
        Object.entries(initial).map(([key, value]) => [key, { from: null, to: value }]),
      ),
      comment,
    });
    await this.audit.record(manager, {
      actorId,
      action: 'action.create',
      entityType: 'action',
      entityId: action.id,
      organizationId: action.ownerOrganizationId,
      after: initial,
    });
    await this.reminders.schedule(manager, action);
    return action;
  }
}

function auditSummary(action: ActionEntity, strategyAreaIds: readonly string[]): Record<string, unknown> {
  return {
    title: action.title,
    description: action.description,
    ownerPersonId: action.ownerPersonId,
    ownerOrganizationId: action.ownerOrganizationId,
    dueDate: action.dueDate,
    status: action.status satisfies ActionStatus,
    meetingId: action.meetingId,
    agendaItemId: action.agendaItemId,
    strategyAreaIds: [...strategyAreaIds],
  };
}
