import { Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user.js';
import { TenantScope } from '../../common/auth/tenant-scope.js';
import type { Page } from '../../common/validation/zod-dto.js';
import type { OrganizationView } from '../../organization/organization.dto.js';
import { MeetingReads } from '../../meeting/reads/meeting-reads.js';
import { OrganizationService } from '../../organization/organization.service.js';
import { PersonService } from '../../person/person.service.js';
import { StrategyAreaService } from '../../strategy-area/strategy-area.service.js';
import { QuestionLinkChecks } from '../links/question-links.js';
import type { QuestionDetailView, QuestionFilter, QuestionView } from '../question.dto.js';
import type { OpenQuestionStatus, QuestionEntity } from '../question.entity.js';
import { QuestionException } from '../question.exception.js';
import { LINK_KINDS, type LinkKind, QuestionRepository } from '../question.repository.js';

/** An open question as an agenda shows it. */
export interface OpenQuestionSummary {
  id: string;
  title: string;
  /** The owning organization's name, or the outside actor's. */
  owningParty: string;
  status: OpenQuestionStatus;
}

/** Questions as the API and the agendas show them: names, links the caller sees, history. */
@Injectable()
export class QuestionViews {
  constructor(
    private readonly repository: QuestionRepository,
    private readonly organizations: OrganizationService,
    private readonly people: PersonService,
    private readonly strategyAreas: StrategyAreaService,
    private readonly links: QuestionLinkChecks,
    private readonly meetings: MeetingReads,
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
  async toDetailView(user: AuthenticatedUser, question: QuestionEntity): Promise<QuestionDetailView> {
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
      this.links.visibleLinks(user, [...new Set(all.flatMap((link) => link.meetingIds))], 'meetings'),
      this.links.visibleLinks(user, [...new Set(all.flatMap((link) => link.actionIds))], 'actions'),
      this.links.visibleLinks(user, [...new Set(all.flatMap((link) => link.agendaItemIds))], 'agendaItems'),
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

/** Uuids in PostgreSQL's order (lower-case hex compares as its bytes do). */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
