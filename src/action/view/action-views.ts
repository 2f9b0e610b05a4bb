import { Inject, Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user.js';
import { TenantScope } from '../../common/auth/tenant-scope.js';
import type { Page } from '../../common/validation/zod-dto.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { OrganizationService } from '../../organization/organization.service.js';
import { PersonService } from '../../person/person.service.js';
import { StrategyAreaService } from '../../strategy-area/strategy-area.service.js';
import { ActionClock } from '../action-clock.js';
import { isOverdue, localToday } from '../action-schedule.js';
import type { ActionDetailView, ActionFilter, ActionView } from '../action.dto.js';
import type { ActionEntity, OpenActionStatus } from '../action.entity.js';
import { ActionException } from '../action.exception.js';
import { ActionRepository } from '../action.repository.js';

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

/** Actions as the API, agendas and questions see them: names, areas, overdue today, history. */
@Injectable()
export class ActionViews {
  constructor(
    private readonly repository: ActionRepository,
    private readonly organizations: OrganizationService,
    private readonly people: PersonService,
    private readonly strategyAreas: StrategyAreaService,
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

  async toDetailView(action: ActionEntity): Promise<ActionDetailView> {
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
