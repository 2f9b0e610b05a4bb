import { Injectable } from '@nestjs/common';
import { auditedFields } from '../audit/audit-summary.js';
import { ActionService } from '../action/action.service.js';
import { AuditService } from '../audit/audit.service.js';
import { type AuthenticatedUser, hasRole } from '../common/auth/authenticated-user.js';
import { TenantScope } from '../common/auth/tenant-scope.js';
import { TransactionService } from '../common/database/transaction.service.js';
import { DomainError, ForbiddenError } from '../common/errors/domain-error.js';
import type { Page } from '../common/validation/zod-dto.js';
import { MeetingReads } from '../meeting/reads/meeting-reads.js';
import { regionOf } from '../organization/organization-region.js';
import type { OrganizationView } from '../organization/organization.dto.js';
import { OrganizationService } from '../organization/organization.service.js';
import { PersonService } from '../person/person.service.js';
import { StrategyAreaService } from '../strategy-area/strategy-area.service.js';
import type {
  CreateQuestionInput,
  QuestionDetailView,
  QuestionFilter,
  QuestionView,
  UpdateQuestionInput,
} from './question.dto.js';
import { type OpenQuestionStatus, type QuestionEntity, type QuestionStatus } from './question.entity.js';
import { QuestionErrorCode, QuestionException } from './question.exception.js';
import { LINK_KINDS, type LinkKind, type QuestionLinks, QuestionRepository } from './question.repository.js';

/** An open question as an agenda shows it. */
export interface OpenQuestionSummary {
  id: string;
  title: string;
  /** The owning organization's name, or the outside actor's. */
  owningParty: string;
  status: OpenQuestionStatus;
}

type Owner = CreateQuestionInput['owner'];

/** Linked records a municipality may not see all of: it replaces only those it sees. */
type LinkedRecordKind = 'meetings' | 'agendaItems' | 'actions';

/** What the responsible person (not a coordinator or secretary) may send. */
const RESPONSIBLE_FIELDS = new Set(['status', 'comment', 'version']);

function isClosed(status: QuestionStatus): boolean {
  return status === 'resolved' || status === 'parked';
}

@Injectable()
export class QuestionService {
  constructor(
    private readonly repository: QuestionRepository,
    private readonly organizations: OrganizationService,
    private readonly people: PersonService,
    private readonly meetings: MeetingReads,
    private readonly actions: ActionService,
    private readonly strategyAreas: StrategyAreaService,
    private readonly transactions: TransactionService,
    private readonly audit: AuditService,
  ) {}

  async list(user: AuthenticatedUser, filter: QuestionFilter): Promise<Page<QuestionView>> {
    const page = await this.repository.findPage(TenantScope.of(user), filter);
    return { ...page, items: await this.toViews(user, page.items) };
  }

  /** The question if raised with the caller's organization (or in the caller's region); otherwise 404. */
  async findVisibleById(user: AuthenticatedUser, id: string): Promise<QuestionDetailView> {
    const question = await this.repository.findVisibleById(TenantScope.of(user), id);
    if (!question) throw QuestionException.notFound();
    return this.toDetailView(user, question);
  }

  /** Open and in-progress questions raised with any of these organizations; without access checks. */
  async findOpenByOrganizations(organizationIds: string[]): Promise<OpenQuestionSummary[]> {
    const questions = await this.repository.findOpenByOrganizations(organizationIds);
    const owners = await this.ownerNames(questions);
    return questions.map((question) => ({
      id: question.id,
      title: question.title,
      owningParty: ownerName(question, owners),
      status: question.status as OpenQuestionStatus,
    }));
  }

  /**
   * Coordinators, secretaries and admins register questions. The owning municipality (or external
   * organization) and, for a person of a municipality, their own municipality are linked too, so both keep
   * seeing it.
   */
  async create(user: AuthenticatedUser, input: CreateQuestionInput): Promise<QuestionDetailView> {
    if (!hasRole(user, 'admin', 'coordinator', 'secretary')) {
      throw new ForbiddenError('Only coordinators, secretaries and admins register questions');
    }
    const scope = TenantScope.of(user);
    const owner = await this.resolveOwner(user, scope, input.owner);
    const organizationIds = [...input.organizationIds];
    if (owner.organization && owner.organization.kind !== 'region')
      organizationIds.push(owner.organization.id);
    if (user.organizationKind === 'municipality' && !hasRole(user, 'admin'))
      organizationIds.push(user.organizationId);
    const linked = await this.resolveOrganizations(scope, organizationIds);
    const regionId = owner.organization
      ? regionOf(owner.organization)
      : (linked.map(regionOf)[0] ?? user.regionId);
    if (linked.some((organization) => regionOf(organization) !== regionId)) {
      throw QuestionException.invalidLink(
        'organizationIds',
        linked
          .filter((organization) => regionOf(organization) !== regionId)
          .map((organization) => organization.id),
      );
    }
    const responsibleId = input.responsiblePersonId ?? null;
    if (responsibleId) await this.assertResponsible(user, scope, responsibleId, regionId);
    const links: QuestionLinks = {
      organizationIds: linked.map((organization) => organization.id),
      meetingIds: await this.assertMeetings(user, input.meetingIds),
      agendaItemIds: await this.assertAgendaItems(user, input.agendaItemIds),
      actionIds: await this.assertActions(user, input.actionIds),
      strategyAreaIds: [],
    };
    const status = input.status ?? 'open';
    return this.transactions.run(async (manager) => {
      links.strategyAreaIds = (await this.strategyAreas.assertUsable(regionId, input.strategyAreaIds)).map(
        (area) => area.id,
      );
      const question = await this.repository.insert(manager, {
        regionId,
        title: input.title,
        description: input.description ?? null,
        ownerKind: input.owner.kind,
        ownerOrganizationId: owner.organization?.id ?? null,
        ownerExternalName: owner.externalName,
        responsiblePersonId: responsibleId,
        status,
        createdBy: user.personId,
        closedAt: isClosed(status) ? new Date() : null,
      });
      for (const kind of LINK_KINDS)
        await this.repository.replaceLinks(manager, question.id, kind, links[kind]);
      await this.audit.record(manager, {
        actorId: user.personId,
        action: 'question.create',
        entityType: 'question',
        entityId: question.id,
        organizationId: question.ownerOrganizationId ?? regionId,
        after: { ...auditSummary(question), ...links },
      });
      const initial = { ...auditSummary(question), strategyAreaIds: links.strategyAreaIds };
      await this.repository.insertEvent(manager, {
        questionId: question.id,
        actorId: user.personId,
        kind: 'created',
        changes: Object.fromEntries(
          Object.entries(initial)
            .filter(([, value]) => value !== null && !(Array.isArray(value) && value.length === 0))
            .map(([field, value]) => [field, { from: null, to: value }]),
        ),
        comment: null,
      });
      return this.toDetailView(user, question);
    });
  }

  /**
   * Region staff (coordinators, secretaries) and admins change any question in scope; coordinators and
   * secretaries of a municipality change those raised with it, except which municipalities it is raised
   * with; the responsible person changes the status.
   */
  async update(user: AuthenticatedUser, id: string, input: UpdateQuestionInput): Promise<QuestionDetailView> {
    const scope = TenantScope.of(user);
    return this.transactions.run(async (manager) => {
      const visible = await this.repository.findVisibleById(scope, id);
      if (!visible) throw QuestionException.notFound();
      const question = (await this.repository.findByIdForUpdate(manager, id))!;
      this.assertMayUpdate(user, question, input);
      if (input.version !== undefined && input.version !== question.version) {
        throw new QuestionException(
          QuestionErrorCode.VersionConflict,
          'The question was changed by someone else',
          {
            currentVersion: question.version,
          },
        );
      }
      const before = auditSummary(question);
      const currentLinks = (await this.repository.findLinks([question.id])).get(question.id)!;
      const newLinks: Partial<QuestionLinks> = {};

      if (input.owner !== undefined) {
        const owner = await this.resolveOwner(user, scope, input.owner);
        if (owner.organization && regionOf(owner.organization) !== question.regionId) {
          throw new QuestionException(
            QuestionErrorCode.InvalidOwner,
            'The owner must belong to the question’s region',
            {
              field: 'owner',
            },
          );
        }
        question.ownerKind = input.owner.kind;
        question.ownerOrganizationId = owner.organization?.id ?? null;
        question.ownerExternalName = owner.externalName;
        if (
          owner.organization &&
          owner.organization.kind !== 'region' &&
          !currentLinks.organizationIds.includes(owner.organization.id)
        ) {
          newLinks.organizationIds = [
            ...(input.organizationIds ?? currentLinks.organizationIds),
            owner.organization.id,
          ];
        }
      }
      if (input.organizationIds !== undefined) {
        const ids = [...input.organizationIds, ...(newLinks.organizationIds ?? [])];
        if (question.ownerKind === 'organization' && question.ownerOrganizationId) {
          const ownerOrganization = await this.organizations.findById(question.ownerOrganizationId);
          if (ownerOrganization && ownerOrganization.kind !== 'region') ids.push(ownerOrganization.id);
        }
        const linked = await this.resolveOrganizations(scope, ids);
        const foreign = linked.filter((organization) => regionOf(organization) !== question.regionId);
        if (foreign.length > 0)
          throw QuestionException.invalidLink(
            'organizationIds',
            foreign.map((o) => o.id),
          );
        newLinks.organizationIds = linked.map((organization) => organization.id);
      }
      if (input.responsiblePersonId !== undefined) {
        if (input.responsiblePersonId)
          await this.assertResponsible(user, scope, input.responsiblePersonId, question.regionId);
        question.responsiblePersonId = input.responsiblePersonId;
      }
      if (input.title !== undefined) question.title = input.title;
      if (input.description !== undefined) question.description = input.description;
      if (input.status !== undefined && input.status !== question.status) {
        question.status = input.status;
        question.closedAt = isClosed(input.status) ? new Date() : null;
      }
      if (input.meetingIds !== undefined) {
        newLinks.meetingIds = await this.keepInvisible(
          user,
          currentLinks.meetingIds,
          await this.assertMeetings(user, input.meetingIds),
          'meetings',
        );
      }
      if (input.actionIds !== undefined) {
        newLinks.actionIds = await this.keepInvisible(
          user,
          currentLinks.actionIds,
          await this.assertActions(user, input.actionIds),
          'actions',
        );
      }
      if (input.agendaItemIds !== undefined) {
        newLinks.agendaItemIds = await this.keepInvisible(
          user,
          currentLinks.agendaItemIds,
          await this.assertAgendaItems(user, input.agendaItemIds),
          'agendaItems',
        );
      }
      if (input.strategyAreaIds !== undefined) {
        newLinks.strategyAreaIds = (
          await this.strategyAreas.assertUsable(question.regionId, input.strategyAreaIds)
        ).map((area) => area.id);
      }

      const saved = await this.repository.save(manager, question);
      for (const kind of Object.keys(newLinks) as LinkKind[]) {
        await this.repository.replaceLinks(manager, question.id, kind, newLinks[kind]!);
      }
      await this.audit.record(manager, {
        actorId: user.personId,
        action: 'question.update',
        entityType: 'question',
        entityId: saved.id,
        organizationId: saved.ownerOrganizationId ?? saved.regionId,
        before: { ...before, ...pick(currentLinks, Object.keys(newLinks) as LinkKind[]) },
        after: { ...auditSummary(saved), ...newLinks },
        onlyChanges: true,
      });
      const changes = changesBetween(
        { ...before, ...pick(currentLinks, Object.keys(newLinks) as LinkKind[]) },
        { ...auditSummary(saved), ...newLinks },
      );
      const changed = Object.keys(changes).length > 0;
      if (changed || input.comment !== undefined) {
        await this.repository.insertEvent(manager, {
          questionId: saved.id,
          actorId: user.personId,
          kind: changed ? 'updated' : 'commented',
          changes,
          comment: input.comment ?? null,
        });
      }
      return this.toDetailView(user, saved);
    });
  }

  private assertMayUpdate(
    user: AuthenticatedUser,
    question: QuestionEntity,
    input: UpdateQuestionInput,
  ): void {
    if (hasRole(user, 'admin')) return;
    if (user.organizationKind === 'region' && hasRole(user, 'coordinator', 'secretary')) return;
    if (hasRole(user, 'coordinator', 'secretary')) {
      if (input.organizationIds !== undefined) {
        throw new ForbiddenError('The region decides which municipalities a question is raised with');
      }
      return;
    }
    if (question.responsiblePersonId === user.personId) {
      const other = Object.keys(input).filter((key) => !RESPONSIBLE_FIELDS.has(key));
      if (other.length === 0) return;
      throw new ForbiddenError(
        `As the responsible person you change the status and comment; not ${other.join(', ')}`,
      );
    }
    throw new ForbiddenError('You cannot change this question');
  }

  /**
   * The region itself, or an organization inside the caller's scope, may own a question; so may an outside
   * actor by name.
   */
  private async resolveOwner(
    user: AuthenticatedUser,
    scope: TenantScope,
    owner: Owner,
  ): Promise<{ organization: OrganizationView | null; externalName: string | null }> {
    if (owner.kind === 'external') return { organization: null, externalName: owner.name };
    const organization = await this.organizations.findById(owner.organizationId);
    if (!organization || !(scope.includes(organization) || organization.id === user.regionId)) {
      throw new QuestionException(
        QuestionErrorCode.InvalidOwner,
        'owner.organizationId is not an organization you can name',
        {
          field: 'owner.organizationId',
        },
      );
    }
    return { organization, externalName: null };
  }

  private async resolveOrganizations(
    scope: TenantScope,
    ids: readonly string[],
  ): Promise<OrganizationView[]> {
    const unique = [...new Set(ids)];
    const found = await this.organizations.findByIds(unique);
    const byId = new Map(found.map((organization) => [organization.id, organization]));
    const bad = unique.filter((id) => !byId.has(id) || !scope.includes(byId.get(id)!));
    if (bad.length > 0) throw QuestionException.invalidLink('organizationIds', bad);
    return unique.map((id) => byId.get(id)!);
  }

  /**
   * The responsible person works in the question's region, and the caller may name them: someone the caller
   * sees (their own organization, or their region's) or a person of the region itself. Another
   * municipality's person answers exactly as an unknown id.
   */
  private async assertResponsible(
    user: AuthenticatedUser,
    scope: TenantScope,
    personId: string,
    regionId: string,
  ): Promise<void> {
    const [person] = await this.people.findByIds([personId]);
    const organization = person ? await this.organizations.findById(person.organizationId) : null;
    if (
      !organization ||
      regionOf(organization) !== regionId ||
      !(scope.includes(organization) || organization.id === user.regionId)
    ) {
      throw new QuestionException(
        QuestionErrorCode.InvalidOwner,
        'The responsible person must work in the question’s region',
        {
          field: 'responsiblePersonId',
        },
      );
    }
  }

  private async assertMeetings(user: AuthenticatedUser, ids: readonly string[]): Promise<string[]> {
    const unique = [...new Set(ids)];
    const visible = await this.visibleMeetings(user, unique);
    const bad = unique.filter((id) => !visible.has(id));
    if (bad.length > 0) throw QuestionException.invalidLink('meetingIds', bad);
    return unique;
  }

  /** Items of agendas of meetings the caller sees; an unknown item answers as one of another municipality. */
  private async assertAgendaItems(user: AuthenticatedUser, ids: readonly string[]): Promise<string[]> {
    const unique = [...new Set(ids)];
    const meetingOf = await this.repository.agendaItemMeetings(unique);
    const visible = await this.visibleMeetings(user, [...new Set(meetingOf.values())]);
    const bad = unique.filter((id) => !visible.has(meetingOf.get(id) ?? ''));
    if (bad.length > 0) throw QuestionException.invalidLink('agendaItemIds', bad);
    return unique;
  }

  private async visibleMeetings(user: AuthenticatedUser, ids: readonly string[]): Promise<Set<string>> {
    const visible = new Set<string>();
    for (const id of ids) {
      try {
        await this.meetings.findVisibleById(user, id);
        visible.add(id);
      } catch (error) {
        if (!(error instanceof DomainError && error.kind === 'not_found')) throw error;
      }
    }
    return visible;
  }

  private async assertActions(user: AuthenticatedUser, ids: readonly string[]): Promise<string[]> {
    const unique = [...new Set(ids)];
    const visible = await this.actions.findVisibleIds(user, unique);
    const bad = unique.filter((id) => !visible.has(id));
    if (bad.length > 0) throw QuestionException.invalidLink('actionIds', bad);
    return unique;
  }

  /**
   * A municipality replaces the links it can see; links to another municipality's meetings or actions,
   * which it cannot see, stay.
   */
  private async keepInvisible(
    user: AuthenticatedUser,
    current: readonly string[],
    wanted: readonly string[],
    kind: LinkedRecordKind,
  ): Promise<string[]> {
    const visible = await this.visibleLinks(user, current, kind);
    return [...new Set([...current.filter((id) => !visible.has(id)), ...wanted])];
  }

  private async visibleLinks(
    user: AuthenticatedUser,
    ids: readonly string[],
    kind: LinkedRecordKind,
  ): Promise<Set<string>> {
    const scope = TenantScope.of(user);
    if (scope.kind !== 'organization' || ids.length === 0) return new Set(ids);
    switch (kind) {
      case 'meetings':
        return this.meetings.findWithOrganization(ids, scope.organizationId!);
      case 'agendaItems': {
        const meetingOf = await this.repository.agendaItemMeetings(ids);
        const meetings = await this.meetings.findWithOrganization(
          [...new Set(meetingOf.values())],
          scope.organizationId!,
        );
        return new Set(ids.filter((id) => meetings.has(meetingOf.get(id) ?? '')));
      }
      case 'actions':
        return this.actions.findVisibleIds(user, ids);
    }
  }

  /**
   * The linked meetings with their starts, earliest first, and the linked agenda items by their meeting's
   * start and position: the starts read from the meeting feature (MeetingReads.findPlacements).
   */
  private async linkedRefs(meetingIds: ReadonlySet<string>, agendaItemIds: ReadonlySet<string>) {
    const items = await this.repository.agendaItemRefs([...agendaItemIds]);
    const placements = await this.meetings.findPlacements([
      ...new Set([...meetingIds, ...items.map((item) => item.meetingId)]),
    ]);
    const startOf = new Map(placements.map((meeting) => [meeting.id, meeting.startAt.getTime()]));
    const byStart = (a: { id: string; startAt: Date }, b: { id: string; startAt: Date }) =>
      a.startAt.getTime() - b.startAt.getTime() || compareIds(a.id, b.id);
    const meetingRefs = placements.filter((meeting) => meetingIds.has(meeting.id)).sort(byStart);
    const agendaItemRefs = items
      .filter((item) => startOf.has(item.meetingId))
      .sort(
        (a, b) =>
          startOf.get(a.meetingId)! - startOf.get(b.meetingId)! ||
          a.position - b.position ||
          compareIds(a.id, b.id),
      )
      .map(({ id, meetingId, title }) => ({ id, meetingId, title }));
    return { meetingRefs, agendaItemRefs };
  }

  private async ownerNames(questions: readonly QuestionEntity[]): Promise<Map<string, string>> {
    const ids = [
      ...new Set(
        questions.flatMap((question) => (question.ownerOrganizationId ? [question.ownerOrganizationId] : [])),
      ),
    ];
    return new Map(
      (await this.organizations.findByIds(ids)).map((organization) => [organization.id, organization.name]),
    );
  }

  /**
   * The question with its history. A municipality's person sees who made a change when that person is of
   * their own municipality or of the region, and which links changed but not the ids (a question raised
   * with several municipalities keeps each one's meetings, actions and people from the others).
   */
  private async toDetailView(user: AuthenticatedUser, question: QuestionEntity): Promise<QuestionDetailView> {
    const [view] = await this.toViews(user, [question]);
    const events = await this.repository.findEvents(question.id);
    const actors = await this.people.findByIds([
      ...new Set(events.flatMap((event) => (event.actorId ? [event.actorId] : []))),
    ]);
    const scope = TenantScope.of(user);
    const organizations = new Map(
      (await this.organizations.findByIds([...new Set(actors.map((actor) => actor.organizationId))])).map(
        (organization) => [organization.id, organization],
      ),
    );
    const named = new Map(
      actors
        .filter((actor) => {
          const organization = organizations.get(actor.organizationId);
          return !!organization && (organization.kind === 'region' || scope.includes(organization));
        })
        .map((actor) => [actor.id, actor.name]),
    );
    const partial = scope.kind === 'organization';
    return {
      ...view,
      history: events.map((event) => ({
        id: event.id,
        kind: event.kind,
        actorId: event.actorId && named.has(event.actorId) ? event.actorId : null,
        actorName: event.actorId ? (named.get(event.actorId) ?? null) : null,
        changes: partial ? withoutLinkIds(event.changes) : event.changes,
        comment: event.comment,
        occurredAt: event.occurredAt.toISOString(),
      })),
    };
  }

  private async toViews(
    user: AuthenticatedUser,
    questions: readonly QuestionEntity[],
  ): Promise<QuestionView[]> {
    if (questions.length === 0) return [];
    const links = await this.repository.findLinks(questions.map((question) => question.id));
    const all = [...links.values()];
    const scope = TenantScope.of(user);
    const [organizations, areas, people, owners, meetings, actions, agendaItems] = await Promise.all([
      this.organizations.findByIds([...new Set(all.flatMap((link) => link.organizationIds))]),
      this.strategyAreas.findByIds([...new Set(all.flatMap((link) => link.strategyAreaIds))]),
      this.people.findByIds(
        questions.flatMap((question) => (question.responsiblePersonId ? [question.responsiblePersonId] : [])),
      ),
      this.ownerNames(questions),
      this.visibleLinks(user, [...new Set(all.flatMap((link) => link.meetingIds))], 'meetings'),
      this.visibleLinks(user, [...new Set(all.flatMap((link) => link.actionIds))], 'actions'),
      this.visibleLinks(user, [...new Set(all.flatMap((link) => link.agendaItemIds))], 'agendaItems'),
    ]);
    const { meetingRefs, agendaItemRefs } = await this.linkedRefs(meetings, agendaItems);
    const organizationById = new Map(organizations.map((organization) => [organization.id, organization]));
    const areaNames = new Map(areas.map((area) => [area.id, area.name]));
    const personNames = new Map(people.map((person) => [person.id, person.name]));
    return questions.map((question) => {
      const link = links.get(question.id)!;
      return {
        id: question.id,
        regionId: question.regionId,
        title: question.title,
        description: question.description,
        owner: {
          kind: question.ownerKind,
          organizationId: question.ownerOrganizationId,
          name: ownerName(question, owners),
        },
        responsiblePerson:
          question.responsiblePersonId && personNames.has(question.responsiblePersonId)
            ? { id: question.responsiblePersonId, name: personNames.get(question.responsiblePersonId)! }
            : null,
        status: question.status,
        // Another municipality the question is also raised with stays out of a municipality's view.
        organizations: link.organizationIds
          .map((id) => organizationById.get(id))
          .filter(
            (organization): organization is OrganizationView =>
              !!organization && scope.includes(organization),
          )
          .map((organization) => ({ id: organization.id, name: organization.name }))
          .sort((a, b) => a.name.localeCompare(b.name, 'sv')),
        meetingIds: link.meetingIds.filter((id) => meetings.has(id)),
        agendaItemIds: link.agendaItemIds.filter((id) => agendaItems.has(id)),
        meetings: meetingRefs
          .filter((meeting) => link.meetingIds.includes(meeting.id))
          .map((meeting) => ({ id: meeting.id, startAt: meeting.startAt.toISOString() })),
        agendaItems: agendaItemRefs.filter((item) => link.agendaItemIds.includes(item.id)),
        actionIds: link.actionIds.filter((id) => actions.has(id)),
        strategyAreas: link.strategyAreaIds.map((id) => ({ id, name: areaNames.get(id) ?? '' })),
        createdBy: question.createdBy,
        closedAt: question.closedAt ? question.closedAt.toISOString() : null,
        createdAt: question.createdAt.toISOString(),
        updatedAt: question.updatedAt.toISOString(),
        version: question.version,
      };
    });
  }
}

function ownerName(question: QuestionEntity, organizationNames: ReadonlyMap<string, string>): string {
  if (question.ownerKind === 'external') return question.ownerExternalName ?? '';
  return organizationNames.get(question.ownerOrganizationId ?? '') ?? '';
}

/** Field → { from, to } of what differs (lists compared as sets). */
function changesBetween(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): Record<string, { from: unknown; to: unknown }> {
  const same = (a: unknown, b: unknown) =>
    Array.isArray(a) && Array.isArray(b)
      ? a.length === b.length && (a as string[]).toSorted().join() === (b as string[]).toSorted().join()
      : a === b;
  return Object.fromEntries(
    Object.keys(after)
      .filter((field) => !same(before[field] ?? null, after[field] ?? null))
      .map((field) => [field, { from: before[field] ?? null, to: after[field] ?? null }]),
  );
}

/** Link lists changed, without their ids (another municipality's records may be among them). */
function withoutLinkIds(
  changes: Record<string, { from: unknown; to: unknown }>,
): Record<string, { from: unknown; to: unknown }> {
  return Object.fromEntries(
    Object.entries(changes).map(([field, change]) =>
      LINK_KINDS.includes(field as LinkKind) ? [field, { from: null, to: null }] : [field, change],
    ),
  );
}

function pick(links: QuestionLinks, kinds: readonly LinkKind[]): Partial<QuestionLinks> {
  return Object.fromEntries(kinds.map((kind) => [kind, links[kind]]));
}

function auditSummary(question: QuestionEntity): Record<string, unknown> {
  return auditedFields(question, [
    'title',
    'description',
    'ownerKind',
    'ownerOrganizationId',
    'ownerExternalName',
    'responsiblePersonId',
    'status',
  ]);
}

/** Uuids in PostgreSQL's order (lower-case hex compares as its bytes do). */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
