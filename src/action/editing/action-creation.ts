import { Injectable } from '@nestjs/common';
import { type AuthenticatedUser, hasRole } from '../../common/auth/authenticated-user.js';
import { TenantScope } from '../../common/auth/tenant-scope.js';
import { TransactionService } from '../../common/database/transaction.service.js';
import { ForbiddenError } from '../../common/errors/domain-error.js';
import { regionOf } from '../../organization/organization-region.js';
import { StrategyAreaService } from '../../strategy-area/strategy-area.service.js';
import { ActionChecks } from '../checks/action-checks.js';
import type { ActionDetailView, CreateActionInput } from '../action.dto.js';
import { ActionViews } from '../view/action-views.js';
import { NewActions } from './new-actions.js';

/** POST /api/actions. */
@Injectable()
export class ActionCreation {
  constructor(
    private readonly checks: ActionChecks,
    private readonly strategyAreas: StrategyAreaService,
    private readonly transactions: TransactionService,
    private readonly newActions: NewActions,
    private readonly views: ActionViews,
  ) {}

  /** Admins, coordinators and secretaries create actions owned inside their scope. */
  async create(user: AuthenticatedUser, input: CreateActionInput): Promise<ActionDetailView> {
    if (!hasRole(user, 'admin', 'coordinator', 'secretary')) {
      throw new ForbiddenError('Only coordinators, secretaries and admins create actions');
    }
    const scope = TenantScope.of(user);
    const organization = await this.checks.assertOwner(input.ownerPersonId, input.ownerOrganizationId, scope);
    const regionId = regionOf(organization);
    if (input.meetingId) await this.checks.assertMeetingVisible(user, input.meetingId);
    if (input.agendaItemId) await this.checks.assertAgendaItemOf(input.meetingId ?? null, input.agendaItemId);
    return this.transactions.run(async (manager) => {
      const areas = await this.strategyAreas.assertUsable(regionId, input.strategyAreaIds);
      const action = await this.newActions.insert(manager, {
        regionId,
        title: input.title,
        description: input.description ?? null,
        ownerPersonId: input.ownerPersonId,
        ownerOrganizationId: organization.id,
        dueDate: input.dueDate,
        status: input.status ?? 'open',
        meetingId: input.meetingId ?? null,
        agendaItemId: input.agendaItemId ?? null,
        strategyAreaIds: areas.map((area) => area.id),
        actorId: user.personId,
        comment: input.comment ?? null,
      });
      return this.views.toDetailView(action);
    });
  }
}
