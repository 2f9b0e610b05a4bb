import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { TransactionService } from '../common/database/transaction.service.js';
import type { MeetingView } from '../meeting/meeting.dto.js';
import { MeetingReads } from '../meeting/reads/meeting-reads.js';
import { isOnAgenda } from './agenda-items.js';
import type { AgendaEntity, AgendaItemEntity, AgendaTemplateEntity } from './agenda.entity.js';
import { AgendaRepository, type NewAgendaItem } from './agenda.repository.js';

/** An agenda item as the minutes need it. */
export interface AgendaItemRef {
  id: string;
  position: number;
  number: number;
  title: string;
  type: AgendaItemEntity['type'];
  visibility: AgendaItemEntity['visibility'];
  secrecyGround: string | null;
  secrecyNote: string | null;
}

/**
 * Every meeting's agenda row: created from a template when a meeting is created (or on first access),
 * found and locked for a change. The minutes read the items on an agenda through it.
 */
@Injectable()
export class AgendaStore {
  constructor(
    private readonly repository: AgendaRepository,
    private readonly meetings: MeetingReads,
    private readonly transactions: TransactionService,
  ) {}

  /**
   * Creates the agendas of new meetings from their templates in the caller's transaction, unless they exist:
   * a few statements for any number of meetings (a confirmed round creates hundreds at once).
   */
  async createForMeetings(manager: EntityManager, meetingIds: readonly string[]): Promise<void> {
    if (meetingIds.length === 0) return;
    // The agendas need only where the meetings belong; participants and organizations are not loaded.
    const placements = await this.meetings.findPlacements(meetingIds);
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
  async findAgendaItems(meeting: MeetingView): Promise<AgendaItemRef[]> {
    if (!(await this.repository.findAgenda(meeting.id))) {
      // Joins the caller's transaction when there is one (ADR 13).
      await this.transactions.run((manager) => this.ensureAgenda(manager, meeting));
    }
    const items = (await this.repository.findItems(meeting.id)).filter(isOnAgenda);
    return items.map((item, index) => ({
      id: item.id,
      position: item.position,
      number: index + 1,
      title: item.title,
      type: item.type,
      visibility: item.visibility,
      secrecyGround: item.secrecyGround,
      secrecyNote: item.secrecyNote,
    }));
  }

  /** The agenda, created if missing. */
  async agendaOf(meeting: MeetingView): Promise<AgendaEntity> {
    return (
      (await this.repository.findAgenda(meeting.id)) ??
      this.transactions.run((manager) => this.ensureAgenda(manager, meeting))
    );
  }

  /** The agenda locked for the rest of the caller's transaction, created if missing. */
  async lockAgenda(manager: EntityManager, meeting: MeetingView): Promise<AgendaEntity> {
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
    const existing = await this.repository.findAgenda(meeting.id);
    if (existing) return existing;
    const template = await new TemplateResolver(this.repository, manager).forMeeting(meeting);
    if (await this.repository.insertAgendaIfMissing(manager, meeting.id, template?.id ?? null)) {
      await this.repository.insertItems(manager, itemsFromTemplate(meeting.id, template));
    }
    return (await this.repository.findAgenda(meeting.id))!;
  }
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
        this.byRound.set(meeting.roundId, templateId ? await this.repository.findTemplate(templateId) : null);
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

/** New scheduled items from a template's entries (source template), positioned 1, 2, 3 … */
export function itemsFromTemplate(
  meetingId: string,
  template: Pick<AgendaTemplateEntity, 'items'> | null,
): NewAgendaItem[] {
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
    secrecyGround: null,
    secrecyNote: null,
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
