import { Injectable } from '@nestjs/common';
import { AuditService } from '../../audit/audit.service.js';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user.js';
import { TenantScope } from '../../common/auth/tenant-scope.js';
import { TransactionService } from '../../common/database/transaction.service.js';
import { regionOf } from '../../organization/organization-region.js';
import { StrategyAreaService } from '../../strategy-area/strategy-area.service.js';
import { ActionClock } from '../action-clock.js';
import { ActionReminderService } from '../action-reminder.service.js';
import type { ActionDetailView, UpdateActionInput } from '../action.dto.js';
import { ActionException } from '../action.exception.js';
import { ActionRepository } from '../action.repository.js';
import { ActionChecks } from '../checks/action-checks.js';
import { ActionViews } from '../view/action-views.js';
import { type ActionUpdateRequest, checkActionUpdate, planActionUpdate } from './action-update-plan.js';

/** PATCH /api/actions/{id}: lock, check, look up, plan (pure), write, history, audit, reminders. */
@Injectable()
export class ActionEditor {
  constructor(
    private readonly repository: ActionRepository,
    private readonly checks: ActionChecks,
    private readonly strategyAreas: StrategyAreaService,
    private readonly transactions: TransactionService,
    private readonly audit: AuditService,
    private readonly reminders: ActionReminderService,
    private readonly clock: ActionClock,
    private readonly views: ActionViews,
  ) {}

  /**
   * Coordinators of the region change any action in scope; secretaries and coordinators of a municipality
   * (or the region) their organization's; the owner changes the status and comments on their own.
   */
  async update(user: AuthenticatedUser, id: string, input: UpdateActionInput): Promise<ActionDetailView> {
    const scope = TenantScope.of(user);
    return this.transactions.run(async (manager) => {
      const visible = await this.repository.findVisibleById(scope, id);
      if (!visible) throw ActionException.notFound();
      const action = (await this.repository.findByIdForUpdate(manager, id))!;
      checkActionUpdate(user, action, input);

      // Looked up and checked in this order, so the first problem is the one reported.
      const request: ActionUpdateRequest = { input };
      if (input.ownerPersonId !== undefined || input.ownerOrganizationId !== undefined) {
        const organization = await this.checks.assertOwner(
          input.ownerPersonId ?? action.ownerPersonId,
          input.ownerOrganizationId ?? action.ownerOrganizationId,
          scope,
        );
        request.ownerOrganization = { id: organization.id, regionId: regionOf(organization) };
      }
      if (input.meetingId !== undefined && input.meetingId !== null && input.meetingId !== action.meetingId) {
        await this.checks.assertMeetingVisible(user, input.meetingId);
      }
      if (
        input.agendaItemId !== undefined &&
        input.agendaItemId !== null &&
        input.agendaItemId !== action.agendaItemId
      ) {
        const meetingId = input.meetingId !== undefined ? input.meetingId : action.meetingId;
        await this.checks.assertAgendaItemOf(meetingId, input.agendaItemId);
      }
      let currentAreas: string[] | undefined;
      if (input.strategyAreaIds !== undefined) {
        currentAreas = (await this.repository.findStrategyAreaIds([action.id])).get(action.id) ?? [];
        const regionId = request.ownerOrganization?.regionId ?? action.regionId;
        const areas = await this.strategyAreas.assertUsable(regionId, input.strategyAreaIds);
        request.strategyAreaIds = areas.map((area) => area.id);
      }

      const plan = planActionUpdate({ action, strategyAreaIds: currentAreas }, request, this.clock.now());
      if (plan.strategyAreaIds) {
        await this.repository.replaceStrategyAreas(manager, action.id, [...plan.strategyAreaIds]);
      }
      if (!plan.event) return this.views.toDetailView(action);
      Object.assign(action, plan.fields);
      const saved = plan.event === 'updated' ? await this.repository.save(manager, action) : action;
      await this.repository.insertEvent(manager, {
        actionId: action.id,
        actorId: user.personId,
        kind: plan.event,
        changes: plan.changes,
        comment: input.comment ?? null,
      });
      if (plan.event === 'updated') {
        await this.audit.record(manager, {
          actorId: user.personId,
          action: 'action.update',
          entityType: 'action',
          entityId: saved.id,
          organizationId: saved.ownerOrganizationId,
          before: Object.fromEntries(Object.entries(plan.changes).map(([key, value]) => [key, value.from])),
          after: Object.fromEntries(Object.entries(plan.changes).map(([key, value]) => [key, value.to])),
        });
      }
      if (plan.schedulesReminders) await this.reminders.schedule(manager, saved);
      return this.views.toDetailView(saved);
    });
  }
}
