import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
import { regionOf } from '../../organization/organization-region.js';
import { StrategyAreaService } from '../../strategy-area/strategy-area.service.js';
import { ActionReminderService } from '../action-reminder.service.js';
import type { ActionEntity } from '../action.entity.js';
import { ActionRepository } from '../action.repository.js';
import { ActionChecks, assertDueDate } from '../checks/action-checks.js';
import { NewActions } from '../editing/new-actions.js';

/** An action recorded in the minutes, created inside the minutes' transaction. */
export interface ActionFromMinutesInput {
  meetingId: string;
  agendaItemId?: string;
  title: string;
  description?: string;
  ownerPersonId: string;
  ownerOrganizationId: string;
  dueDate: string;
  strategyAreaIds: string[];
  actorId: string;
  /** `proposed` while the minutes are written (#15); `open` (the default) for minutes locking. */
  status?: 'proposed' | 'open';
}

/** A proposed action's content as the minutes now have it. */
export type ProposedActionContent = Omit<ActionFromMinutesInput, 'meetingId' | 'status'>;

/**
 * The minutes' actions, inside the minutes' transactions: proposed while the minutes are written (created,
 * kept in step with the text, deleted when struck), opened with their reminders when the minutes lock.
 */
@Injectable()
export class ActionsFromMinutes {
  constructor(
    private readonly repository: ActionRepository,
    private readonly checks: ActionChecks,
    private readonly strategyAreas: StrategyAreaService,
    private readonly newActions: NewActions,
    private readonly audit: AuditService,
    private readonly reminders: ActionReminderService,
  ) {}

  /**
   * For the minutes feature, inside its transaction: the owner must belong to the owner organization;
   * strategy areas must be active areas of that organization's region. Reminders are queued in the same
   * transaction.
   */
  async createFromMinutes(manager: EntityManager, input: ActionFromMinutesInput): Promise<{ id: string }> {
    assertDueDate(input.dueDate);
    const organization = await this.checks.assertOwner(input.ownerPersonId, input.ownerOrganizationId, null);
    const regionId = regionOf(organization);
    if (input.agendaItemId) await this.checks.assertAgendaItemOf(input.meetingId, input.agendaItemId);
    const areas = await this.strategyAreas.assertUsable(regionId, input.strategyAreaIds);
    const action = await this.newActions.insert(manager, {
      regionId,
      title: input.title,
      description: input.description ?? null,
      ownerPersonId: input.ownerPersonId,
      ownerOrganizationId: organization.id,
      dueDate: input.dueDate,
      status: input.status ?? 'open',
      meetingId: input.meetingId,
      agendaItemId: input.agendaItemId ?? null,
      strategyAreaIds: areas.map((area) => area.id),
      actorId: input.actorId,
      comment: null,
    });
    return { id: action.id };
  }

  /**
   * For the minutes feature, inside its transaction: a proposed action follows its minutes' text. An action
   * that is no longer proposed (the minutes locked) is left as it is.
   */
  async updateFromMinutes(
    manager: EntityManager,
    id: string,
    meetingId: string,
    input: ProposedActionContent,
  ): Promise<void> {
    const action = await this.repository.findByIdForUpdate(manager, id);
    if (action?.status !== 'proposed') return;
    assertDueDate(input.dueDate);
    const organization = await this.checks.assertOwner(input.ownerPersonId, input.ownerOrganizationId, null);
    if (input.agendaItemId) await this.checks.assertAgendaItemOf(meetingId, input.agendaItemId);
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    const change = <K extends keyof ActionEntity>(key: K, value: ActionEntity[K]): void => {
      if (action[key] === value) return;
      changes[key] = { from: action[key], to: value };
      action[key] = value;
    };
    change('title', input.title);
    change('description', input.description ?? null);
    change('ownerPersonId', input.ownerPersonId);
    change('ownerOrganizationId', organization.id);
    change('regionId', regionOf(organization));
    change('dueDate', input.dueDate);
    change('agendaItemId', input.agendaItemId ?? null);
    const before = (await this.repository.findStrategyAreaIds([id])).get(id) ?? [];
    const areas = await this.strategyAreas.assertUsable(action.regionId, input.strategyAreaIds);
    const after = areas.map((area) => area.id);
    if ([...before].sort().join() !== [...after].sort().join()) {
      await this.repository.replaceStrategyAreas(manager, id, after);
      changes.strategyAreaIds = { from: before, to: after };
    }
    if (Object.keys(changes).length === 0) return;
    await this.repository.save(manager, action);
    await this.repository.insertEvent(manager, {
      actionId: id,
      actorId: input.actorId,
      kind: 'updated',
      changes,
      comment: null,
    });
  }

  /** For the minutes feature: an action struck from the minutes before they locked is deleted. */
  async deleteFromMinutes(manager: EntityManager, id: string, actorId: string): Promise<void> {
    const action = await this.repository.findByIdForUpdate(manager, id);
    if (action?.status !== 'proposed' || !(await this.repository.deleteProposed(manager, id))) return;
    await this.audit.record(manager, {
      actorId,
      action: 'action.delete',
      entityType: 'action',
      entityId: id,
      organizationId: action.ownerOrganizationId,
      before: { title: action.title, status: action.status, meetingId: action.meetingId },
    });
  }

  /** For the minutes feature, as they lock: a proposed action becomes open, and its reminders are queued. */
  async openFromMinutes(manager: EntityManager, id: string, actorId: string): Promise<boolean> {
    const action = await this.repository.findByIdForUpdate(manager, id);
    if (action?.status !== 'proposed') return false;
    action.status = 'open';
    const saved = await this.repository.save(manager, action);
    await this.repository.insertEvent(manager, {
      actionId: id,
      actorId,
      kind: 'updated',
      changes: { status: { from: 'proposed', to: 'open' } },
      comment: null,
    });
    await this.reminders.schedule(manager, saved);
    return true;
  }
}
