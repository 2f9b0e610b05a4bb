import { Inject, Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user.js';
import type { Locale } from '../../common/i18n/locale.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { MeetingView } from '../../meeting/meeting.dto.js';
import { meetingTimes } from '../../meeting/reads/meeting-times.js';
import { MailService } from '../../mail/mail.service.js';
import { MeetingReads } from '../../meeting/reads/meeting-reads.js';
import { PersonService } from '../../person/person.service.js';
import { isMeetingKeeper, isMeetingParty } from '../agenda-access.js';
import { AgendaFollowUps } from '../agenda-follow-ups.js';
import { isOnAgenda } from '../agenda-items.js';
import { AgendaStore } from '../agenda-store.js';
import type { AgendaItemView, AgendaView } from '../agenda.dto.js';
import type { AgendaEntity, AgendaItemEntity, CarriedOverSnapshot } from '../agenda.entity.js';
import { AgendaRepository } from '../agenda.repository.js';
import { NextMeeting } from '../editing/next-meeting.js';
import type { AgendaItemPaperEntity } from '../papers/agenda-item-paper.entity.js';
import { PAPER_EXTENSIONS } from '../papers/paper-types.js';
import { papersByItem } from '../papers/paper-view.js';
import { PaperRepository } from '../papers/paper.repository.js';
import { meetingProposalDeadline } from '../proposal-deadline.js';
import { toAgendaView, toItemView } from './agenda-view.js';

/** Reads the agenda as the API and the agenda email show it, with the open follow-ups it carries. */
@Injectable()
export class AgendaViews {
  constructor(
    private readonly repository: AgendaRepository,
    private readonly meetings: MeetingReads,
    private readonly people: PersonService,
    private readonly followUps: AgendaFollowUps,
    private readonly store: AgendaStore,
    private readonly mail: MailService,
    private readonly papers: PaperRepository,
    private readonly nextMeeting: NextMeeting,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async get(user: AuthenticatedUser, meetingId: string): Promise<AgendaView> {
    const meeting = await this.meetings.findVisibleById(user, meetingId);
    const agenda = await this.store.agendaOf(meeting);
    const items = await this.repository.findItems(meeting.id);
    const view = await this.build(
      meeting,
      agenda,
      items,
      await this.carriedOverFor(meeting, agenda),
      user.locale,
    );
    if (!isMeetingParty(user, meeting)) return forOutsider(view);
    if (!isMeetingKeeper(user, meeting)) return view;
    const next = await this.nextMeeting.after(meeting);
    return {
      ...view,
      deliveries: await this.deliveries(meeting.id),
      nextMeeting: next && { id: next.id, title: next.title, startAt: next.startAt, endAt: next.endAt },
    };
  }

  /** Who was told: every agenda email of the meeting (publication and updates) and its delivery. */
  private async deliveries(meetingId: string): Promise<NonNullable<AgendaView['deliveries']>> {
    const emails = (await this.mail.deliveries({ type: 'agenda', id: meetingId })).filter(
      (email) => email.template === 'agenda',
    );
    const ids = [...new Set(emails.flatMap((email) => email.recipientPersonId ?? []))];
    const names = new Map((await this.people.findByIds(ids)).map((person) => [person.id, person.name]));
    return emails.map((email) => ({
      personId: email.recipientPersonId,
      name: (email.recipientPersonId && names.get(email.recipientPersonId)) ?? null,
      address: email.toAddress,
      status: email.status,
      queuedAt: email.createdAt.toISOString(),
      sentAt: email.sentAt?.toISOString() ?? null,
    }));
  }

  async build(
    meeting: MeetingView,
    agenda: AgendaEntity,
    items: AgendaItemEntity[],
    carried: CarriedOverSnapshot | null,
    locale: Locale = 'sv',
  ): Promise<AgendaView> {
    const papers = await this.papers.findByMeeting(meeting.id);
    const names = await this.presenterNames(items, papers);
    return toAgendaView({
      meeting,
      agenda,
      items,
      carried,
      presenterNames: names,
      papers: papersByItem(papers, names),
      paperUpload: { maxBytes: this.config.papers.maxBytes, extensions: [...PAPER_EXTENSIONS] },
      deadline: meetingProposalDeadline(meetingTimes(meeting), this.config),
      locale,
      now: Date.now(),
    });
  }

  /** One item as the API shows it, numbered as it stands now. */
  async item(meeting: MeetingView, item: AgendaItemEntity): Promise<AgendaItemView> {
    const items = await this.repository.findItems(meeting.id);
    const fresh = items.find((candidate) => candidate.id === item.id) ?? item;
    const onAgenda = items.filter(isOnAgenda);
    const number = isOnAgenda(fresh)
      ? onAgenda.findIndex((candidate) => candidate.id === fresh.id) + 1
      : null;
    const papers = await this.papers.findByItems([fresh.id]);
    const names = await this.presenterNames([fresh], papers);
    return toItemView(fresh, number, names, null, papersByItem(papers, names).get(fresh.id) ?? []);
  }

  /**
   * Open actions and questions, for the municipalities whose next meeting this is; for a meeting that is over,
   * what its agenda showed when last sent.
   */
  async carriedOverFor(meeting: MeetingView, agenda: AgendaEntity): Promise<CarriedOverSnapshot | null> {
    const over =
      meeting.status === 'held' ||
      meeting.status === 'cancelled' ||
      meetingTimes(meeting).endAt.getTime() <= Date.now();
    if (over) return agenda.carriedOver;
    const organizationIds = meeting.organizations.map((organization) => organization.id);
    const next = await this.meetings.findNextPlanned(organizationIds);
    const forOrganizations = organizationIds.filter((id) => next.get(id)?.meetingId === meeting.id);
    if (forOrganizations.length === 0) return null;
    return this.followUps.openFor(forOrganizations);
  }

  /**
   * The names of the items' presenters and proposers and of who uploaded their papers. Whoever may read the
   * agenda sees who presents and who proposed, even a person of the other party (as the agreement names its
   * people).
   */
  private async presenterNames(
    items: readonly AgendaItemEntity[],
    papers: readonly AgendaItemPaperEntity[] = [],
  ): Promise<Map<string, string>> {
    const ids = [
      ...new Set([
        ...items.flatMap((item) => [item.presenterPersonId, item.proposedBy].filter((id) => id !== null)),
        ...papers.flatMap((paper) => (paper.uploadedBy ? [paper.uploadedBy] : [])),
      ]),
    ];
    // A guest of the meeting may present an item.
    return new Map((await this.people.findByIdsWithGuests(ids)).map((person) => [person.id, person.name]));
  }
}

/**
 * The agenda as someone outside the two parties reads it (a person of an external organization taking
 * part): the public items only, without the open actions and questions of the municipality it carries.
 */
export function forOutsider(view: AgendaView): AgendaView {
  const outside = (item: AgendaItemView): AgendaItemView => ({ ...item, carriedOver: null });
  return {
    ...view,
    items: view.items.filter((item) => item.visibility === 'public').map(outside),
    proposals: view.proposals.filter((item) => item.visibility === 'public').map(outside),
    unplacedCarriedOver: null,
    deliveries: null,
    nextMeeting: null,
  };
}
