import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { AuthenticatedUser } from '../common/auth/authenticated-user.js';
import { TransactionService } from '../common/database/transaction.service.js';
import { ForbiddenError } from '../common/errors/domain-error.js';
import { type LocalizedMessage, fillTemplate } from '../common/i18n/error-messages.js';
import type { Locale } from '../common/i18n/locale.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { jobIdFor } from '../jobs/job-map.js';
import { OutboxService } from '../jobs/outbox.service.js';
import { MailService } from '../mail/mail.service.js';
import type { MeetingView } from '../meeting/meeting.dto.js';
import { MeetingException } from '../meeting/meeting.exception.js';
import { MeetingService } from '../meeting/meeting.service.js';
import { PersonService } from '../person/person.service.js';
import { DEFAULT_SCHEDULER_CONFIG } from '../round/scheduler/scheduler-config.js';
import { StrategyAreaService } from '../strategy-area/strategy-area.service.js';
import { isMeetingKeeper, partyOrganizationIds } from './agenda-access.js';
import { AgendaFollowUps } from './agenda-follow-ups.js';
import { assertItemStrategyAreas } from './agenda-references.js';
import { appLinks } from '../common/web/app-links.js';
import { ITEM_TYPE_LABELS, PARTY_LABELS, formatMeetingWhen } from './agenda-format.js';
import type {
  AgendaItemView,
  AgendaView,
  CreateAgendaItemInput,
  UpdateAgendaItemInput,
} from './agenda.dto.js';
import {
  type AgendaEntity,
  type AgendaItemEntity,
  type AgendaTemplateEntity,
  type CarriedOverSnapshot,
  ON_AGENDA_STATUSES,
} from './agenda.entity.js';
import { AgendaErrorCode, AgendaException } from './agenda.exception.js';
import { AgendaRepository, type NewAgendaItem } from './agenda.repository.js';
import { type ProposalDeadline, proposalDeadline } from './proposal-deadline.js';

const MINUTE_MS = 60_000;

/** An agenda item as the minutes need it. */
export interface AgendaItemRef {
  id: string;
  position: number;
  number: number;
  title: string;
  type: AgendaItemEntity['type'];
  visibility: AgendaItemEntity['visibility'];
}

function isOnAgenda(item: Pick<AgendaItemEntity, 'status'>): boolean {
  return ON_AGENDA_STATUSES.includes(item.status);
}

/**
 * Agendas: created from a template when a meeting is created (or on first access), items added by the
 * agenda's keepers or proposed by participants until the proposal deadline, carried-over follow-ups, and
 * the agenda emailed to the participants when published and after each burst of changes (agenda.send).
 */
/** The warning's words in the caller's language (its code and details stay as they are). */
const EXCEEDS_MEETING: LocalizedMessage = {
  sv: 'Punkterna tar {totalMinutes} minuter; mötet varar {meetingMinutes}',
  en: 'The items take {totalMinutes} minutes; the meeting lasts {meetingMinutes}',
};

@Injectable()
export class AgendaService {
  constructor(
    private readonly repository: AgendaRepository,
    private readonly meetings: MeetingService,
    private readonly people: PersonService,
    private readonly strategyAreas: StrategyAreaService,
    private readonly followUps: AgendaFollowUps,
    private readonly transactions: TransactionService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async getAgenda(user: AuthenticatedUser, meetingId: string): Promise<AgendaView> {
    const meeting = await this.meetings.findVisibleById(user, meetingId);
    const agenda = await this.agendaOf(meeting);
    const items = await this.repository.findItems(meeting.id);
    return this.buildView(meeting, agenda, items, await this.carriedOverFor(meeting, agenda), user.locale);
  }

  async addItem(
    user: AuthenticatedUser,
    meetingId: string,
    input: CreateAgendaItemInput,
  ): Promise<AgendaItemView> {
    const meeting = await this.meetings.findVisibleById(user, meetingId);
    assertNotCancelled(meeting);
    const keeper = isMeetingKeeper(user, meeting);
    if (!keeper) {
      if (input.position !== undefined) throw new ForbiddenError('Only the agenda’s keepers place items');
      const deadline = this.deadlineOf(meeting);
      if (Date.now() >= deadline.closesAt.getTime()) {
        throw new AgendaException(
          AgendaErrorCode.ProposalDeadlinePassed,
          'Proposals for this meeting have closed',
          {
            proposalDeadline: deadline.closesAt.toISOString(),
          },
        );
      }
    }
    if (input.presenterPersonId) await this.assertPresenter(meeting, input.presenterPersonId);
    await assertItemStrategyAreas(this.strategyAreas, meeting, input.strategyAreaIds);
    const created = await this.transactions.run(async (manager) => {
      const agenda = await this.lockAgenda(manager, meeting);
      const items = await this.repository.findItems(meeting.id, manager);
      const [item] = await this.repository.insertItems(manager, [
        {
          meetingId: meeting.id,
          position: items.length + 1,
          title: input.title,
          description: input.description ?? null,
          type: input.type,
          presenterPersonId: input.presenterPersonId ?? null,
          presenterParty: input.presenterParty ?? null,
          durationMinutes: input.durationMinutes,
          strategyAreaIds: input.strategyAreaIds,
          links: input.links.map((link) => ({ url: link.url, label: link.label ?? null })),
          visibility: input.visibility,
          status: keeper ? 'scheduled' : 'proposed',
          source: keeper ? 'added' : 'proposal',
          proposedBy: user.personId,
          decidedBy: null,
          decidedAt: null,
          decisionReason: null,
          carriedFromItemId: null,
          movedToMeetingId: null,
          closing: false,
        },
      ]);
      // A proposal waits at the end, without a number; an item on the agenda goes where asked, or before
      // the closing items, so no number already given changes.
      const position = input.position ?? (keeper ? insertionPosition(items) : undefined);
      if (position !== undefined) {
        await this.repository.renumber(manager, moveTo([...items, item], item.id, position));
      }
      if (keeper) await this.changed(manager, agenda);
      await this.audit.record(manager, {
        actorId: user.personId,
        action: keeper ? 'agenda-item.create' : 'agenda-item.propose',
        entityType: 'agenda-item',
        entityId: item.id,
        organizationId: meeting.regionId,
        after: auditSummary(item),
      });
      return item;
    });
    return this.itemView(meeting, created);
  }

  async updateItem(
    user: AuthenticatedUser,
    itemId: string,
    input: UpdateAgendaItemInput,
  ): Promise<AgendaItemView> {
    const { meeting, item: current } = await this.visibleItem(user, itemId);
    if (!isMeetingKeeper(user, meeting)) {
      throw new ForbiddenError(
        'Only admins, coordinators and secretaries of the two parties change the agenda',
      );
    }
    if (input.moveToNextMeeting) return this.moveToNextMeeting(user, meeting, current);
    assertNotCancelled(meeting);
    if (input.presenterPersonId) await this.assertPresenter(meeting, input.presenterPersonId);
    if (input.strategyAreaIds) {
      await assertItemStrategyAreas(
        this.strategyAreas,
        meeting,
        input.strategyAreaIds,
        current.strategyAreaIds,
      );
    }

    let decided: { accepted: boolean; reason: string | null } | null = null;
    const saved = await this.transactions.run(async (manager) => {
      const agenda = await this.lockAgenda(manager, meeting);
      const item = await this.repository.findItem(itemId, manager);
      if (!item) throw AgendaException.itemNotFound();
      if (input.version !== undefined && input.version !== item.version) {
        throw new AgendaException(AgendaErrorCode.VersionConflict, 'The item was changed by someone else', {
          currentVersion: item.version,
        });
      }
      const before = auditSummary(item);
      const wasOnAgenda = isOnAgenda(item);
      if (input.status !== undefined) {
        if (item.status !== 'proposed') {
          throw new AgendaException(
            AgendaErrorCode.NotAProposal,
            'Only a proposed item is accepted or declined',
            {
              status: item.status,
            },
          );
        }
        item.status = input.status;
        item.decidedBy = user.personId;
        item.decidedAt = new Date();
        item.decisionReason = input.reason ?? null;
        decided = { accepted: input.status === 'accepted', reason: item.decisionReason };
      }
      if (input.title !== undefined) item.title = input.title;
      if (input.description !== undefined) item.description = input.description;
      if (input.type !== undefined) item.type = input.type;
      if (input.presenterPersonId !== undefined) item.presenterPersonId = input.presenterPersonId;
      if (input.presenterParty !== undefined) item.presenterParty = input.presenterParty;
      if (input.durationMinutes !== undefined) item.durationMinutes = input.durationMinutes;
      if (input.strategyAreaIds !== undefined) item.strategyAreaIds = input.strategyAreaIds;
      if (input.links !== undefined) {
        item.links = input.links.map((link) => ({ url: link.url, label: link.label ?? null }));
      }
      if (input.visibility !== undefined) item.visibility = input.visibility;
      const result = await this.repository.saveItem(manager, item);
      // An accepted proposal joins the agenda before the closing items, unless placed explicitly.
      const position =
        input.position ??
        (input.status === 'accepted'
          ? insertionPosition(
              (await this.repository.findItems(meeting.id, manager)).filter(
                (candidate) => candidate.id !== item.id,
              ),
            )
          : undefined);
      if (position !== undefined) {
        const items = await this.repository.findItems(meeting.id, manager);
        await this.repository.renumber(manager, moveTo(items, item.id, position));
        result.position = items.find((candidate) => candidate.id === item.id)!.position;
      }
      if (wasOnAgenda || isOnAgenda(result)) await this.changed(manager, agenda);
      if (decided && result.proposedBy) await this.tellProposer(manager, meeting, result, decided);
      await this.audit.record(manager, {
        actorId: user.personId,
        action: input.status
          ? `agenda-item.${input.status === 'accepted' ? 'accept' : 'decline'}`
          : 'agenda-item.update',
        entityType: 'agenda-item',
        entityId: item.id,
        organizationId: meeting.regionId,
        before,
        after: auditSummary(result),
        onlyChanges: true,
      });
      return result;
    });
    return this.itemView(meeting, saved);
  }

  async deleteItem(user: AuthenticatedUser, itemId: string): Promise<void> {
    const { meeting } = await this.visibleItem(user, itemId);
    if (!isMeetingKeeper(user, meeting)) {
      throw new ForbiddenError(
        'Only admins, coordinators and secretaries of the two parties change the agenda',
      );
    }
    assertNotCancelled(meeting);
    await this.transactions.run(async (manager) => {
      const agenda = await this.lockAgenda(manager, meeting);
      const item = await this.repository.findItem(itemId, manager);
      if (!item) throw AgendaException.itemNotFound();
      await this.repository.deleteItem(manager, item.id);
      await this.repository.renumber(manager, await this.repository.findItems(meeting.id, manager));
      if (isOnAgenda(item)) await this.changed(manager, agenda);
      await this.audit.record(manager, {
        actorId: user.personId,
        action: 'agenda-item.delete',
        entityType: 'agenda-item',
        entityId: item.id,
        organizationId: meeting.regionId,
        before: auditSummary(item),
        after: null,
      });
    });
  }

  /** Sends the agenda to the participants now; later changes are sent after AGENDA_DEBOUNCE_MS of quiet. */
  async publish(user: AuthenticatedUser, meetingId: string): Promise<AgendaView> {
    const meeting = await this.meetings.findVisibleById(user, meetingId);
    if (!isMeetingKeeper(user, meeting)) {
      throw new ForbiddenError(
        'Only admins, coordinators and secretaries of the two parties publish the agenda',
      );
    }
    assertNotCancelled(meeting);
    await this.transactions.run(async (manager) => {
      const agenda = await this.lockAgenda(manager, meeting);
      if (agenda.publishedAt) return;
      await this.repository.markPublished(manager, meeting.id, user.personId);
      await this.scheduleSend(manager, meeting.id, agenda.contentVersion, new Date());
      await this.audit.record(manager, {
        actorId: user.personId,
        action: 'agenda.publish',
        entityType: 'agenda',
        entityId: meeting.id,
        organizationId: meeting.regionId,
        after: { version: agenda.contentVersion },
      });
    });
    return this.getAgenda(user, meetingId);
  }

  /**
   * Creates the agendas of new meetings from their templates in the caller's transaction, unless they exist:
   * a few statements for any number of meetings (a confirmed round creates hundreds at once).
   */
  async createForMeetings(manager: EntityManager, meetingIds: readonly string[]): Promise<void> {
    if (meetingIds.length === 0) return;
    // The agendas need only where the meetings belong; participants and organizations are not loaded.
    const placements = await this.meetings.findPlacements(meetingIds, manager);
    const templates = new TemplateResolver(this.repository, manager);
    const chosen = new Map<string, AgendaTemplateEntity | null>();
    for (const meeting of placements) chosen.set(meeting.id, await templates.forMeeting(meeting));
    const created = await this.repository.insertAgendasIfMissing(
      manager,
      placements.map((meeting) => ({
        meetingId: meeting.id,
        templateId: chosen.get(meeting.id)?.id ?? null,
      })),
    );
    await this.repository.insertTemplateItems(
      manager,
      created.flatMap((meetingId) => itemsFromTemplate(meetingId, chosen.get(meetingId) ?? null)),
    );
  }

  /** The items on the agenda, in order: for the minutes. Creates the agenda if it is missing. */
  async findAgendaItems(meeting: MeetingView, manager?: EntityManager): Promise<AgendaItemRef[]> {
    if (!(await this.repository.findAgenda(meeting.id, manager))) {
      if (manager) await this.ensureAgenda(manager, meeting);
      else await this.transactions.run((inner) => this.ensureAgenda(inner, meeting));
    }
    const items = (await this.repository.findItems(meeting.id, manager)).filter(isOnAgenda);
    return items.map((item, index) => ({
      id: item.id,
      position: item.position,
      number: index + 1,
      title: item.title,
      type: item.type,
      visibility: item.visibility,
    }));
  }

  /**
   * Job agenda.send: emails the agenda as it is now to every participant, unless a later change has its own
   * job (only the latest change's job sends, so a burst of changes gives one email) or that version was sent.
   */
  async sendAgenda(meetingId: string, version: number): Promise<'done' | 'skipped'> {
    return this.transactions.run(async (manager) => {
      const agenda = await this.repository.findAgendaForUpdate(manager, meetingId);
      if (!agenda || !agenda.publishedAt) return 'skipped';
      if (version < agenda.contentVersion || (agenda.sentVersion ?? 0) >= version) return 'skipped';
      const meeting = await this.meetings.findById(meetingId, manager);
      if (!meeting || meeting.status === 'cancelled') return 'skipped';
      const items = await this.repository.findItems(meetingId, manager);
      const carried = await this.carriedOverFor(meeting, agenda);
      const view = await this.buildView(meeting, agenda, items, carried);
      const parties = partyOrganizationIds(meeting);
      const participants = await this.meetings.listParticipants(meetingId, { manager });
      for (const participant of participants) {
        const isParty = parties.has(participant.organizationId);
        const shown = view.items.filter((item) => isParty || item.visibility === 'public');
        const locale = participant.locale;
        await this.mail.queue(manager, {
          template: 'agenda',
          to: { address: participant.email, name: participant.name, personId: participant.personId, locale },
          data: {
            personName: participant.name,
            meetingTitle: meeting.title,
            when: formatMeetingWhen(
              new Date(meeting.startAt),
              new Date(meeting.endAt),
              this.config.timeZone,
              locale,
            ),
            organizationNames: meeting.organizations.map((organization) => organization.name).join(', '),
            agendaUrl: appLinks.meetingAgenda(this.config.http.publicUrl, meetingId),
            updated: agenda.sentVersion !== null,
            totalMinutes: String(shown.reduce((sum, item) => sum + item.durationMinutes, 0)),
            items: shown.map((item, index) => agendaMailItem(item, index + 1, locale)),
          },
          related: { type: 'agenda', id: meetingId },
        });
      }
      await this.repository.markSent(manager, meetingId, version, carried ?? agenda.carriedOver);
      return 'done';
    });
  }

  // ---------- internals ----------

  private deadlineOf(meeting: MeetingView): ProposalDeadline {
    return proposalDeadline(
      new Date(meeting.startAt),
      this.config.agenda.proposalWorkingDays,
      this.config.timeZone,
      DEFAULT_SCHEDULER_CONFIG.holidayCountry,
    );
  }

  private async agendaOf(meeting: MeetingView): Promise<AgendaEntity> {
    return (
      (await this.repository.findAgenda(meeting.id)) ??
      this.transactions.run((manager) => this.ensureAgenda(manager, meeting))
    );
  }

  private async lockAgenda(manager: EntityManager, meeting: MeetingView): Promise<AgendaEntity> {
    const agenda = await this.repository.findAgendaForUpdate(manager, meeting.id);
    if (agenda) return agenda;
    await this.ensureAgenda(manager, meeting);
    return (await this.repository.findAgendaForUpdate(manager, meeting.id))!;
  }

  /** The round's template, else the region's default, else the shipped default. */
  private async ensureAgenda(
    manager: EntityManager,
    meeting: Pick<MeetingView, 'id' | 'regionId' | 'roundId'>,
  ): Promise<AgendaEntity> {
    const existing = await this.repository.findAgenda(meeting.id, manager);
    if (existing) return existing;
    const template = await new TemplateResolver(this.repository, manager).forMeeting(meeting);
    if (await this.repository.insertAgendaIfMissing(manager, meeting.id, template?.id ?? null)) {
      await this.repository.insertItems(manager, itemsFromTemplate(meeting.id, template));
    }
    return (await this.repository.findAgenda(meeting.id, manager))!;
  }

  /** What the agenda shows changed: a new version, sent after a quiet period once the agenda is published. */
  private async changed(manager: EntityManager, agenda: AgendaEntity): Promise<void> {
    const version = await this.repository.markChanged(manager, agenda);
    if (agenda.publishedAt) {
      await this.scheduleSend(
        manager,
        agenda.meetingId,
        version,
        new Date(Date.now() + this.config.agenda.debounceMs),
      );
    }
  }

  private async scheduleSend(
    manager: EntityManager,
    meetingId: string,
    version: number,
    runAt: Date,
  ): Promise<void> {
    await this.outbox.enqueue(
      manager,
      'documents',
      'agenda.send',
      { meetingId, version },
      { jobId: jobIdFor('documents', 'agenda.send', meetingId, String(version)), runAt },
    );
  }

  private async visibleItem(
    user: AuthenticatedUser,
    itemId: string,
  ): Promise<{ meeting: MeetingView; item: AgendaItemEntity }> {
    const item = await this.repository.findItem(itemId);
    if (!item) throw AgendaException.itemNotFound();
    try {
      return { meeting: await this.meetings.findVisibleById(user, item.meetingId), item };
    } catch (error) {
      if (error instanceof MeetingException) throw AgendaException.itemNotFound();
      throw error;
    }
  }

  /**
   * Carries an unfinished item over to the municipality's next planned or confirmed meeting: a copy goes on
   * that agenda before its closing items (source carry-over) and this item records where it went.
   */
  private async moveToNextMeeting(
    user: AuthenticatedUser,
    meeting: MeetingView,
    current: AgendaItemEntity,
  ): Promise<AgendaItemView> {
    if (!isOnAgenda(current)) {
      throw new AgendaException(AgendaErrorCode.ProposalUndecided, 'Only an item on the agenda moves on', {
        status: current.status,
      });
    }
    if (current.movedToMeetingId) {
      throw new AgendaException(
        AgendaErrorCode.AlreadyMoved,
        'The item was already moved to a later meeting',
        {
          meetingId: current.movedToMeetingId,
        },
      );
    }
    const next = await this.meetings.findNextPlanned(
      meeting.organizations.map((organization) => organization.id),
      new Date(meeting.endAt),
    );
    const candidates = [...next.values()]
      .filter((entry) => entry.meetingId !== meeting.id)
      .sort((a, b) => a.startAt.getTime() - b.startAt.getTime() || a.meetingId.localeCompare(b.meetingId));
    const target = candidates[0] ? await this.meetings.findById(candidates[0].meetingId) : null;
    if (!target) {
      throw new AgendaException(
        AgendaErrorCode.NoNextMeeting,
        'There is no later meeting with the municipality',
      );
    }
    const moved = await this.transactions.run(async (manager) => {
      // Lock both agendas in id order: two moves in opposite directions do not deadlock.
      const [first, second] = [meeting, target].sort((a, b) => a.id.localeCompare(b.id));
      const agendas = new Map<string, AgendaEntity>();
      agendas.set(first.id, await this.lockAgenda(manager, first));
      agendas.set(second.id, await this.lockAgenda(manager, second));
      const item = await this.repository.findItem(current.id, manager);
      if (!item) throw AgendaException.itemNotFound();
      if (item.movedToMeetingId) {
        throw new AgendaException(
          AgendaErrorCode.AlreadyMoved,
          'The item was already moved to a later meeting',
          {
            meetingId: item.movedToMeetingId,
          },
        );
      }
      const targetItems = await this.repository.findItems(target.id, manager);
      const [copy] = await this.repository.insertItems(manager, [
        {
          meetingId: target.id,
          position: targetItems.length + 1,
          title: item.title,
          description: item.description,
          type: item.type,
          presenterPersonId: item.presenterPersonId,
          presenterParty: item.presenterParty,
          durationMinutes: item.durationMinutes,
          strategyAreaIds: item.strategyAreaIds,
          links: item.links,
          visibility: item.visibility,
          status: 'scheduled',
          source: 'carry-over',
          proposedBy: item.proposedBy,
          decidedBy: null,
          decidedAt: null,
          decisionReason: null,
          carriedFromItemId: item.id,
          movedToMeetingId: null,
          closing: false,
        },
      ]);
      await this.repository.renumber(
        manager,
        moveTo([...targetItems, copy], copy.id, insertionPosition(targetItems)),
      );
      item.movedToMeetingId = target.id;
      const saved = await this.repository.saveItem(manager, item);
      await this.changed(manager, agendas.get(meeting.id)!);
      await this.changed(manager, agendas.get(target.id)!);
      await this.audit.record(manager, {
        actorId: user.personId,
        action: 'agenda-item.move',
        entityType: 'agenda-item',
        entityId: item.id,
        organizationId: meeting.regionId,
        after: { movedToMeetingId: target.id, newItemId: copy.id },
      });
      return saved;
    });
    return this.itemView(meeting, moved);
  }

  private async assertPresenter(meeting: MeetingView, personId: string): Promise<void> {
    const [person] = await this.people.findByIds([personId]);
    if (!person || !partyOrganizationIds(meeting).has(person.organizationId)) {
      throw new AgendaException(
        AgendaErrorCode.InvalidPresenter,
        'The presenter must be a person of the region or of the meeting’s municipalities',
        { field: 'presenterPersonId' },
      );
    }
  }

  private async tellProposer(
    manager: EntityManager,
    meeting: MeetingView,
    item: AgendaItemEntity,
    decision: { accepted: boolean; reason: string | null },
  ): Promise<void> {
    const [proposer] = await this.people.findByIds([item.proposedBy!]);
    if (!proposer) return;
    await this.mail.queue(manager, {
      template: 'agenda-proposal-decision',
      to: { address: proposer.email, name: proposer.name, personId: proposer.id, locale: proposer.locale },
      data: {
        personName: proposer.name,
        meetingTitle: meeting.title,
        when: formatMeetingWhen(
          new Date(meeting.startAt),
          new Date(meeting.endAt),
          this.config.timeZone,
          proposer.locale,
        ),
        itemTitle: item.title,
        accepted: decision.accepted,
        reason: decision.reason ?? '',
        agendaUrl: appLinks.meetingAgenda(this.config.http.publicUrl, meeting.id),
      },
      related: { type: 'agenda-item', id: item.id },
    });
  }

  /**
   * Open actions and questions, for the municipalities whose next meeting this is; for a meeting that is over,
   * what its agenda showed when last sent.
   */
  private async carriedOverFor(
    meeting: MeetingView,
    agenda: AgendaEntity,
  ): Promise<CarriedOverSnapshot | null> {
    const over =
      meeting.status === 'held' || meeting.status === 'cancelled' || Date.parse(meeting.endAt) <= Date.now();
    if (over) return agenda.carriedOver;
    const organizationIds = meeting.organizations.map((organization) => organization.id);
    const next = await this.meetings.findNextPlanned(organizationIds);
    const forOrganizations = organizationIds.filter((id) => next.get(id)?.meetingId === meeting.id);
    if (forOrganizations.length === 0) return null;
    return this.followUps.openFor(forOrganizations);
  }

  private async buildView(
    meeting: MeetingView,
    agenda: AgendaEntity,
    items: AgendaItemEntity[],
    carried: CarriedOverSnapshot | null,
    locale: Locale = 'sv',
  ): Promise<AgendaView> {
    const names = await this.presenterNames(items);
    const onAgenda = items.filter(isOnAgenda);
    const followUpItem = onAgenda.find((item) => item.type === 'follow-up');
    const views = onAgenda.map((item, index) =>
      toItemView(item, index + 1, names, item === followUpItem ? carried : null),
    );
    const meetingMinutes = Math.round((Date.parse(meeting.endAt) - Date.parse(meeting.startAt)) / MINUTE_MS);
    const totalMinutes = onAgenda.reduce((sum, item) => sum + item.durationMinutes, 0);
    const deadline = this.deadlineOf(meeting);
    const warnings: AgendaView['warnings'] = [];
    if (totalMinutes > meetingMinutes) {
      warnings.push({
        code: 'AGENDA_EXCEEDS_MEETING',
        message: fillTemplate(EXCEEDS_MEETING[locale], { totalMinutes, meetingMinutes }),
        details: { totalMinutes, meetingMinutes },
      });
    }
    return {
      meetingId: meeting.id,
      templateId: agenda.templateId,
      version: agenda.contentVersion,
      publishedAt: agenda.publishedAt?.toISOString() ?? null,
      sentVersion: agenda.sentVersion,
      sentAt: agenda.sentAt?.toISOString() ?? null,
      proposalDeadline: deadline.closesAt.toISOString(),
      proposalDeadlineDate: deadline.date,
      proposalsOpen: Date.now() < deadline.closesAt.getTime() && meeting.status !== 'cancelled',
      meetingMinutes,
      totalMinutes,
      warnings,
      items: views,
      proposals: items.filter((item) => !isOnAgenda(item)).map((item) => toItemView(item, null, names, null)),
      unplacedCarriedOver: followUpItem ? null : carried,
    };
  }

  private async itemView(meeting: MeetingView, item: AgendaItemEntity): Promise<AgendaItemView> {
    const items = await this.repository.findItems(meeting.id);
    const fresh = items.find((candidate) => candidate.id === item.id) ?? item;
    const onAgenda = items.filter(isOnAgenda);
    const number = isOnAgenda(fresh)
      ? onAgenda.findIndex((candidate) => candidate.id === fresh.id) + 1
      : null;
    return toItemView(fresh, number, await this.presenterNames([fresh]), null);
  }

  private async presenterNames(items: readonly AgendaItemEntity[]): Promise<Map<string, string>> {
    const ids = items.flatMap((item) => (item.presenterPersonId ? [item.presenterPersonId] : []));
    return new Map((await this.people.findByIds(ids)).map((person) => [person.id, person.name]));
  }
}

function assertNotCancelled(meeting: MeetingView): void {
  if (meeting.status === 'cancelled') {
    throw new AgendaException(AgendaErrorCode.MeetingCancelled, 'The meeting is cancelled');
  }
}

/**
 * Where an item joining the agenda goes among the others (in order; a 1-based position for moveTo): right
 * after the last item on the agenda that is not a closing one. The template's closing items ("Övriga
 * frågor") so stay last, and every item before them keeps its number.
 */
export function insertionPosition(
  ordered: ReadonlyArray<Pick<AgendaItemEntity, 'status' | 'closing'>>,
): number {
  const last = ordered.findLastIndex((item) => isOnAgenda(item) && !item.closing);
  return last + 2;
}

/** The items in order with `id` moved to `position` (clamped to the list). */
export function moveTo<T extends { id: string }>(ordered: readonly T[], id: string, position: number): T[] {
  const rest = ordered.filter((item) => item.id !== id);
  const moving = ordered.find((item) => item.id === id);
  if (!moving) return [...ordered];
  const index = Math.max(0, Math.min(rest.length, position - 1));
  return [...rest.slice(0, index), moving, ...rest.slice(index)];
}

function toItemView(
  item: AgendaItemEntity,
  number: number | null,
  names: ReadonlyMap<string, string>,
  carriedOver: CarriedOverSnapshot | null,
): AgendaItemView {
  return {
    id: item.id,
    meetingId: item.meetingId,
    number,
    position: item.position,
    title: item.title,
    description: item.description,
    type: item.type,
    presenter: {
      personId: item.presenterPersonId,
      name: item.presenterPersonId ? (names.get(item.presenterPersonId) ?? null) : null,
      party: item.presenterParty,
    },
    durationMinutes: item.durationMinutes,
    strategyAreaIds: [...item.strategyAreaIds],
    links: item.links.map((link) => ({ url: link.url, label: link.label })),
    visibility: item.visibility,
    closing: item.closing,
    status: item.status,
    source: item.source,
    proposedBy: item.proposedBy,
    decidedBy: item.decidedBy,
    decidedAt: item.decidedAt?.toISOString() ?? null,
    decisionReason: item.decisionReason,
    carriedFromItemId: item.carriedFromItemId,
    movedToMeetingId: item.movedToMeetingId,
    carriedOver,
    version: item.version,
  };
}

function agendaMailItem(item: AgendaItemView, number: number, locale: 'sv' | 'en') {
  const presenter =
    item.presenter.name ?? (item.presenter.party ? PARTY_LABELS[locale][item.presenter.party] : '');
  return {
    number: String(number),
    title: item.title,
    typeLabel: ITEM_TYPE_LABELS[locale][item.type],
    duration: String(item.durationMinutes),
    presenter,
    description: item.description ?? '',
    actions: (item.carriedOver?.actions ?? []).map((action) => ({
      title: action.title,
      owner: action.ownerName,
      due: action.dueDate ?? '',
    })),
    questions: (item.carriedOver?.questions ?? []).map((question) => ({
      title: question.title,
      owner: question.owningParty,
    })),
  };
}

function auditSummary(item: AgendaItemEntity): Record<string, unknown> {
  return {
    meetingId: item.meetingId,
    position: item.position,
    title: item.title,
    type: item.type,
    status: item.status,
    source: item.source,
    visibility: item.visibility,
    durationMinutes: item.durationMinutes,
    presenterPersonId: item.presenterPersonId,
    presenterParty: item.presenterParty,
    decisionReason: item.decisionReason,
    movedToMeetingId: item.movedToMeetingId,
  };
}

/** The template a new meeting's agenda starts from: its round's, else its region's default, else shipped. */
class TemplateResolver {
  private readonly byRound = new Map<string, AgendaTemplateEntity | null>();
  private readonly byRegion = new Map<string, AgendaTemplateEntity | null>();

  constructor(
    private readonly repository: AgendaRepository,
    private readonly manager: EntityManager,
  ) {}

  async forMeeting(meeting: {
    regionId: string;
    roundId: string | null;
  }): Promise<AgendaTemplateEntity | null> {
    if (meeting.roundId) {
      if (!this.byRound.has(meeting.roundId)) {
        const templateId = await this.repository.findRoundTemplateId(this.manager, meeting.roundId);
        this.byRound.set(
          meeting.roundId,
          templateId ? await this.repository.findTemplate(templateId, this.manager) : null,
        );
      }
      const template = this.byRound.get(meeting.roundId);
      if (template) return template;
    }
    if (!this.byRegion.has(meeting.regionId)) {
      this.byRegion.set(
        meeting.regionId,
        await this.repository.findDefaultTemplate(this.manager, meeting.regionId),
      );
    }
    return this.byRegion.get(meeting.regionId) ?? null;
  }
}

function itemsFromTemplate(meetingId: string, template: AgendaTemplateEntity | null): NewAgendaItem[] {
  return (template?.items ?? []).map((entry, index) => ({
    meetingId,
    position: index + 1,
    title: entry.title,
    description: entry.description,
    type: entry.type,
    presenterPersonId: null,
    presenterParty: entry.presentingParty,
    durationMinutes: entry.durationMinutes,
    strategyAreaIds: [],
    links: [],
    visibility: 'public',
    status: 'scheduled',
    source: 'template',
    proposedBy: null,
    decidedBy: null,
    decidedAt: null,
    decisionReason: null,
    carriedFromItemId: null,
    movedToMeetingId: null,
    closing: entry.closing ?? false,
  }));
}
