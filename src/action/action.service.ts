import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { type AuthenticatedUser, hasRole } from '../common/auth/authenticated-user.js';
import { TenantScope } from '../common/auth/tenant-scope.js';
import { TransactionService } from '../common/database/transaction.service.js';
import { DomainError, ForbiddenError } from '../common/errors/domain-error.js';
import type { Page } from '../common/validation/zod-dto.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { MeetingReads } from '../meeting/reads/meeting-reads.js';
import { regionOf } from '../organization/organization-region.js';
import type { OrganizationView } from '../organization/organization.dto.js';
import { OrganizationService } from '../organization/organization.service.js';
import { PersonService } from '../person/person.service.js';
import { StrategyAreaService } from '../strategy-area/strategy-area.service.js';
import { ActionClock } from './action-clock.js';
import { ActionReminderService } from './action-reminder.service.js';
import { isLocalDate, isOverdue, localToday } from './action-schedule.js';
import type {
  ActionDetailView,
  ActionFilter,
  ActionView,
  CreateActionInput,
  UpdateActionInput,
} from './action.dto.js';
import {
  type ActionEntity,
  type ActionStatus,
  type OpenActionStatus,
  isOpenStatus,
} from './action.entity.js';
import { ActionErrorCode, ActionException } from './action.exception.js';
import { ActionRepository } from './action.repository.js';

/** An open action as an agenda shows it. */
export interface OpenActionSummary {
  id: string;
  title: string;
  ownerPersonId: string;
  ownerName: string;
  ownerOrganizationId: string;
  dueDate: string | null;
  status: OpenActionStatus;
}

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

/** What the owner alone may change on their action. */
const OWNER_FIELDS = new Set(['status', 'comment', 'version']);

@Injectable()
export class ActionService {
  constructor(
    private readonly repository: ActionRepository,
    private readonly reminders: ActionReminderService,
    private readonly organizations: OrganizationService,
    private readonly people: PersonService,
    private readonly meetings: MeetingReads,
    private readonly strategyAreas: StrategyAreaService,
    private readonly transactions: TransactionService,
    private readonly audit: AuditService,
    private readonly clock: ActionClock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(user: AuthenticatedUser, filter: ActionFilter): Promise<Page<ActionView>> {
    const page = await this.repository.findPage(TenantScope.of(user), filter, this.today());
    return { ...page, items: await this.toViews(page.items) };
  }

  /** The action with its history if the caller may see it; otherwise ACTION_NOT_FOUND, as for a missing id. */
  async findVisibleById(user: AuthenticatedUser, id: string): Promise<ActionDetailView> {
    const action = await this.repository.findVisibleById(TenantScope.of(user), id);
    if (!action) throw ActionException.notFound();
    return this.toDetailView(action);
  }

  /** Of these ids, the actions the caller may see (for links shown on other things). */
  findVisibleIds(user: AuthenticatedUser, ids: readonly string[]): Promise<Set<string>> {
    return this.repository.findVisibleIds(TenantScope.of(user), ids);
  }

  /**
   * Open and in-progress actions owned by these organizations or linked to their meetings, by due date:
   * what the next agenda with them carries forward. Without access checks (the caller checked the meeting).
   */
  async findOpenByOrganizations(organizationIds: string[]): Promise<OpenActionSummary[]> {
    const actions = await this.repository.findOpenByOrganizations(organizationIds);
    const names = await this.personNames(actions.map((action) => action.ownerPersonId));
    return actions.map((action) => ({
      id: action.id,
      title: action.title,
      ownerPersonId: action.ownerPersonId,
      ownerName: names.get(action.ownerPersonId) ?? '',
      ownerOrganizationId: action.ownerOrganizationId,
      dueDate: action.dueDate,
      status: action.status as OpenActionStatus,
    }));
  }

  /** Admins, coordinators and secretaries create actions owned inside their scope. */
  async create(user: AuthenticatedUser, input: CreateActionInput): Promise<ActionDetailView> {
    if (!hasRole(user, 'admin', 'coordinator', 'secretary')) {
      throw new ForbiddenError('Only coordinators, secretaries and admins create actions');
    }
    const scope = TenantScope.of(user);
    const organization = await this.assertOwner(input.ownerPersonId, input.ownerOrganizationId, scope);
    const regionId = regionOf(organization);
    if (input.meetingId) await this.assertMeetingVisible(user, input.meetingId);
    if (input.agendaItemId) await this.assertAgendaItemOf(input.meetingId ?? null, input.agendaItemId);
    return this.transactions.run(async (manager) => {
      const areas = await this.strategyAreas.assertUsable(regionId, input.strategyAreaIds);
      const action = await this.insert(manager, {
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
      return this.toDetailView(action);
    });
  }

  /**
   * For the minutes feature, inside its transaction: the owner must belong to the owner organization;
   * strategy areas must be active areas of that organization's region. Reminders are queued in the same
   * transaction.
   */
  async createFromMinutes(manager: EntityManager, input: ActionFromMinutesInput): Promise<{ id: string }> {
    if (!isLocalDate(input.dueDate)) {
      throw new ActionException(ActionErrorCode.InvalidDueDate, 'dueDate must be a local date (YYYY-MM-DD)', {
        field: 'dueDate',
      });
    }
    const organization = await this.assertOwner(input.ownerPersonId, input.ownerOrganizationId, null);
    const regionId = regionOf(organization);
    if (input.agendaItemId) await this.assertAgendaItemOf(input.meetingId, input.agendaItemId);
    const areas = await this.strategyAreas.assertUsable(regionId, input.strategyAreaIds);
    const action = await this.insert(manager, {
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
    if (!isLocalDate(input.dueDate)) {
      throw new ActionException(ActionErrorCode.InvalidDueDate, 'dueDate must be a local date (YYYY-MM-DD)', {
        field: 'dueDate',
      });
    }
    const organization = await this.assertOwner(input.ownerPersonId, input.ownerOrganizationId, null);
    if (input.agendaItemId) await this.assertAgendaItemOf(meetingId, input.agendaItemId);
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
      if (action.status === 'proposed') {
        throw new ActionException(
          ActionErrorCode.Proposed,
          'The action is proposed in minutes not yet approved; change it in the minutes',
          { meetingId: action.meetingId },
        );
      }
      const manages = mayManage(user, action);
      if (!manages) {
        if (action.ownerPersonId !== user.personId) throw new ForbiddenError('You cannot change this action');
        const other = Object.keys(input).filter((key) => !OWNER_FIELDS.has(key));
        if (other.length > 0) {
          throw new ForbiddenError(`As its owner you change the status and comment; not ${other.join(', ')}`);
        }
      }
      if (input.version !== undefined && input.version !== action.version) {
        throw new ActionException(ActionErrorCode.VersionConflict, 'The action was changed by someone else', {
          currentVersion: action.version,
        });
      }

      const changes: Record<string, { from: unknown; to: unknown }> = {};
      const change = <K extends keyof ActionEntity>(key: K, value: ActionEntity[K]): void => {
        if (action[key] === value) return;
        changes[key] = { from: action[key], to: value };
        action[key] = value;
      };
      const wasOpen = isOpenStatus(action.status);
      const previousDueDate = action.dueDate;

      if (input.ownerPersonId !== undefined || input.ownerOrganizationId !== undefined) {
        const organization = await this.assertOwner(
          input.ownerPersonId ?? action.ownerPersonId,
          input.ownerOrganizationId ?? action.ownerOrganizationId,
          scope,
        );
        change('ownerPersonId', input.ownerPersonId ?? action.ownerPersonId);
        change('ownerOrganizationId', organization.id);
        change('regionId', regionOf(organization));
      }
      if (input.meetingId !== undefined) {
        if (input.meetingId !== null && input.meetingId !== action.meetingId) {
          await this.assertMeetingVisible(user, input.meetingId);
        }
        // An item of the meeting it leaves stays behind with it.
        if (input.meetingId !== action.meetingId && input.agendaItemId === undefined)
          change('agendaItemId', null);
        change('meetingId', input.meetingId);
      }
      if (input.agendaItemId !== undefined) {
        if (input.agendaItemId !== null && input.agendaItemId !== action.agendaItemId) {
          await this.assertAgendaItemOf(action.meetingId, input.agendaItemId);
        }
        change('agendaItemId', input.agendaItemId);
      }
      if (input.title !== undefined) change('title', input.title);
      if (input.description !== undefined) change('description', input.description);
      if (input.dueDate !== undefined) change('dueDate', input.dueDate);
      if (input.status !== undefined) {
        change('status', input.status);
        if (isOpenStatus(input.status)) change('closedAt', null);
        else if (wasOpen) action.closedAt = this.clock.now();
      }
      if (input.strategyAreaIds !== undefined) {
        const before = (await this.repository.findStrategyAreaIds([action.id])).get(action.id) ?? [];
        const areas = await this.strategyAreas.assertUsable(action.regionId, input.strategyAreaIds);
        const after = areas.map((area) => area.id);
        if (before.join() !== after.join()) {
          await this.repository.replaceStrategyAreas(manager, action.id, after);
          changes.strategyAreaIds = { from: before, to: after };
        }
      }

      const changed = Object.keys(changes).length > 0;
      if (!changed && input.comment === undefined) return this.toDetailView(action);
      const saved = changed ? await this.repository.save(manager, action) : action;
      await this.repository.insertEvent(manager, {
        actionId: action.id,
        actorId: user.personId,
        kind: changed ? 'updated' : 'commented',
        changes: dateless(changes),
        comment: input.comment ?? null,
      });
      if (changed) {
        await this.audit.record(manager, {
          actorId: user.personId,
          action: 'action.update',
          entityType: 'action',
          entityId: saved.id,
          organizationId: saved.ownerOrganizationId,
          before: Object.fromEntries(
            Object.entries(dateless(changes)).map(([key, value]) => [key, value.from]),
          ),
          after: Object.fromEntries(Object.entries(dateless(changes)).map(([key, value]) => [key, value.to])),
        });
      }
      // A new due date, or a reopened action, needs its reminders; old ones see the change and skip.
      const reopened = !wasOpen && isOpenStatus(saved.status);
      if (isOpenStatus(saved.status) && (saved.dueDate !== previousDueDate || reopened)) {
        await this.reminders.schedule(manager, saved);
      }
      return this.toDetailView(saved);
    });
  }

  private async insert(
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

  /**
   * The owner organization must be in `scope` (null: any) and the owner an active person of it. Answers
   * 400 ACTION_INVALID_OWNER either way, naming the field, so ids outside the scope reveal nothing.
   */
  private async assertOwner(
    ownerPersonId: string,
    ownerOrganizationId: string,
    scope: TenantScope | null,
  ): Promise<OrganizationView> {
    const organization = await this.organizations.findById(ownerOrganizationId);
    if (!organization || (scope && !scope.includes(organization))) {
      throw ActionException.invalidOwner(
        'ownerOrganizationId is not an organization you can assign',
        'ownerOrganizationId',
      );
    }
    const [person] = await this.people.findByIds([ownerPersonId]);
    if (!person || person.organizationId !== organization.id) {
      throw ActionException.invalidOwner(
        'The owner must be a person of the owner organization',
        'ownerPersonId',
      );
    }
    return organization;
  }

  private async assertMeetingVisible(user: AuthenticatedUser, meetingId: string): Promise<void> {
    try {
      await this.meetings.findVisibleById(user, meetingId);
    } catch (error) {
      if (error instanceof DomainError && error.kind === 'not_found') {
        throw new ActionException(ActionErrorCode.InvalidLink, 'meetingId is not a meeting you can see', {
          field: 'meetingId',
        });
      }
      throw error;
    }
  }

  /**
   * An agenda item is linked only with its own meeting (one the caller sees, checked before): an item of
   * another meeting, another municipality's, or none at all answers the same.
   */
  private async assertAgendaItemOf(meetingId: string | null, agendaItemId: string): Promise<void> {
    if (!meetingId) {
      throw new ActionException(ActionErrorCode.InvalidLink, 'An agenda item link needs its meeting', {
        field: 'meetingId',
      });
    }
    if ((await this.repository.findAgendaItemMeetingId(agendaItemId)) !== meetingId) {
      throw new ActionException(ActionErrorCode.InvalidLink, 'agendaItemId is not an item of that meeting', {
        field: 'agendaItemId',
      });
    }
  }

  private today(): string {
    return localToday(this.clock.now(), this.config.timeZone);
  }

  private async personNames(ids: readonly string[]): Promise<Map<string, string>> {
    return new Map(
      (await this.people.findByIds([...new Set(ids)])).map((person) => [person.id, person.name]),
    );
  }

  private async toViews(actions: readonly ActionEntity[]): Promise<ActionView[]> {
    const ids = actions.map((action) => action.id);
    const [areaIds, people, organizations] = await Promise.all([
      this.repository.findStrategyAreaIds(ids),
      this.personNames(actions.map((action) => action.ownerPersonId)),
      this.organizations.findByIds([...new Set(actions.map((action) => action.ownerOrganizationId))]),
    ]);
    const areaNames = new Map(
      (await this.strategyAreas.findByIds([...new Set([...areaIds.values()].flat())])).map((area) => [
        area.id,
        area.name,
      ]),
    );
    const organizationNames = new Map(
      organizations.map((organization) => [organization.id, organization.name]),
    );
    const today = this.today();
    return actions.map((action) => ({
      id: action.id,
      regionId: action.regionId,
      title: action.title,
      description: action.description,
      owner: {
        personId: action.ownerPersonId,
        name: people.get(action.ownerPersonId) ?? null,
        organizationId: action.ownerOrganizationId,
        organizationName: organizationNames.get(action.ownerOrganizationId) ?? null,
      },
      dueDate: action.dueDate,
      status: action.status,
      overdue: isOverdue(action, today),
      meetingId: action.meetingId,
      agendaItemId: action.agendaItemId,
      strategyAreas: (areaIds.get(action.id) ?? []).map((id) => ({ id, name: areaNames.get(id) ?? '' })),
      createdBy: action.createdBy,
      closedAt: action.closedAt ? action.closedAt.toISOString() : null,
      createdAt: action.createdAt.toISOString(),
      updatedAt: action.updatedAt.toISOString(),
      version: action.version,
    }));
  }

  private async toDetailView(action: ActionEntity): Promise<ActionDetailView> {
    const [view] = await this.toViews([action]);
    const events = await this.repository.findEvents(action.id);
    const actors = await this.personNames(events.flatMap((event) => (event.actorId ? [event.actorId] : [])));
    return {
      ...view,
      history: events.map((event) => ({
        id: event.id,
        kind: event.kind,
        actorId: event.actorId,
        actorName: event.actorId ? (actors.get(event.actorId) ?? null) : null,
        changes: event.changes,
        comment: event.comment,
        occurredAt: event.occurredAt.toISOString(),
      })),
    };
  }
}

function mayManage(user: AuthenticatedUser, action: ActionEntity): boolean {
  if (hasRole(user, 'admin')) return true;
  if (user.organizationKind === 'region' && hasRole(user, 'coordinator')) return true;
  return hasRole(user, 'coordinator', 'secretary') && action.ownerOrganizationId === user.organizationId;
}

/** History and audit values as JSON: dates as ISO strings. */
function dateless(
  changes: Record<string, { from: unknown; to: unknown }>,
): Record<string, { from: unknown; to: unknown }> {
  const plain = (value: unknown): unknown => (value instanceof Date ? value.toISOString() : value);
  return Object.fromEntries(
    Object.entries(changes).map(([key, value]) => [key, { from: plain(value.from), to: plain(value.to) }]),
  );
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
