import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { appLinks } from '../../common/web/app-links.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { MailService } from '../../mail/mail.service.js';
import type { MeetingView } from '../../meeting/meeting.dto.js';
import { MeetingReads } from '../../meeting/reads/meeting-reads.js';
import { type MeetingInstants, meetingTimes } from '../../meeting/reads/meeting-times.js';
import type { MeetingParticipantSnapshot, MeetingSnapshot } from '../../meeting/reads/meeting-snapshots.js';
import { type MunicipalityContact, contactRecipient } from '../../person/municipality-contacts.js';
import type { Locale } from '../../person/person.entity.js';
import { PersonService } from '../../person/person.service.js';
import { partyOrganizationIds } from '../agenda-access.js';
import { ITEM_TYPE_LABELS, PARTY_LABELS, formatLocalDate, formatMeetingWhen } from '../agenda-format.js';
import type { AgendaItemView } from '../agenda.dto.js';
import type { AgendaItemEntity } from '../agenda.entity.js';
import { AgendaRepository } from '../agenda.repository.js';
import { formatFileSize } from '../papers/paper-format.js';
import { secrecyMarkingText } from '../../secrecy/secrecy-marking.js';

/** The emails of the agenda, queued in the caller's transaction: the agenda itself, a proposal's fate. */
@Injectable()
export class AgendaMail {
  constructor(
    private readonly mail: MailService,
    private readonly people: PersonService,
    private readonly meetings: MeetingReads,
    private readonly repository: AgendaRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The agenda to one participant, with the items their side may read. */
  async agenda(
    manager: EntityManager,
    input: {
      meeting: MeetingView;
      participant: MeetingParticipantSnapshot;
      items: readonly AgendaItemView[];
      /** Of the meeting's parties: restricted items in full (under their marking); others read the marking only. */
      isParty: boolean;
      updated: boolean;
    },
  ): Promise<void> {
    const { meeting, participant, items } = input;
    const locale = participant.locale;
    await this.mail.queue(manager, {
      template: 'agenda',
      to: { address: participant.email, name: participant.name, personId: participant.personId, locale },
      data: {
        personName: participant.name,
        meetingTitle: meeting.title,
        when: this.when(meeting, locale),
        organizationNames: meeting.organizations.map((organization) => organization.name).join(', '),
        agendaUrl: appLinks.meetingAgenda(this.config.http.publicUrl, meeting.id),
        updated: input.updated,
        caseNumber: meeting.caseNumber ?? '',
        totalMinutes: String(items.reduce((sum, item) => sum + item.durationMinutes, 0)),
        items: items.map((item, index) =>
          item.visibility !== 'public' && !input.isParty
            ? markedItem(item, index + 1, locale)
            : agendaMailItem(
                item,
                index + 1,
                locale,
                appLinks.meetingAgenda(this.config.http.publicUrl, meeting.id),
              ),
        ),
      },
      related: { type: 'agenda', id: meeting.id },
    });
  }

  /** To who proposed an item: accepted or declined, with the reason. */
  async proposalDecision(
    manager: EntityManager,
    meeting: MeetingView,
    item: AgendaItemEntity,
    decision: { accepted: boolean; reason: string | null },
  ): Promise<void> {
    const proposer = await this.proposerOf(item);
    if (!proposer) return;
    await this.mail.queue(manager, {
      template: 'agenda-proposal-decision',
      to: proposer.to,
      data: {
        ...this.aboutProposal(meeting, item, proposer.to),
        accepted: decision.accepted,
        reason: decision.reason ?? '',
        agendaUrl: appLinks.meetingAgenda(this.config.http.publicUrl, meeting.id),
      },
      related: { type: 'agenda-item', id: item.id },
    });
  }

  /**
   * To the agenda's keepers when a participant proposes an item: the meeting's participants who keep it
   * (coordinators and secretaries of either party); when none of them does, the region's coordinators and
   * secretaries. Never to the proposer.
   */
  async proposalReceived(
    manager: EntityManager,
    meeting: MeetingView,
    item: AgendaItemEntity,
    proposalDeadlineDate: string,
  ): Promise<void> {
    const parties = partyOrganizationIds(meeting);
    const participants = await this.meetings.listParticipants(meeting.id);
    const keepsIt = (person: { roles: readonly string[]; organizationId: string }) =>
      parties.has(person.organizationId) &&
      person.roles.some((role) => role === 'coordinator' || role === 'secretary');
    let keepers = (
      await this.people.findByIds(participants.map((participant) => participant.personId))
    ).filter(keepsIt);
    if (keepers.length === 0) {
      keepers = await this.people.findByIds(
        await this.repository.findRegionKeeperIds(manager, meeting.regionId),
      );
    }
    const recipients = keepers.filter((keeper) => keeper.id !== item.proposedBy);
    if (recipients.length === 0) return;
    const [proposer] = item.proposedBy ? await this.people.findByIds([item.proposedBy]) : [];
    const agendaUrl = appLinks.meetingAgenda(this.config.http.publicUrl, meeting.id);
    await this.mail.queueMany(
      manager,
      recipients.map((keeper) => ({
        template: 'agenda-proposal-received' as const,
        to: { address: keeper.email, name: keeper.name, personId: keeper.id, locale: keeper.locale },
        data: {
          personName: keeper.name,
          proposerName: proposer?.name ?? '',
          meetingTitle: meeting.title,
          when: this.when(meeting, keeper.locale),
          itemTitle: item.title,
          description: item.description ?? '',
          duration: String(item.durationMinutes),
          proposalDeadlineDate: formatLocalDate(proposalDeadlineDate, keeper.locale),
          agendaUrl,
        },
        related: { type: 'agenda-item', id: item.id },
      })),
    );
  }

  /** To who proposed an item: it moved on to a later meeting, with the keeper's message. */
  async proposalMoved(
    manager: EntityManager,
    input: { meeting: MeetingView; target: MeetingView; item: AgendaItemEntity; reason: string | null },
  ): Promise<void> {
    const { meeting, target, item } = input;
    const proposer = await this.proposerOf(item);
    if (!proposer) return;
    await this.mail.queue(manager, {
      template: 'agenda-proposal-moved',
      to: proposer.to,
      data: {
        ...this.aboutProposal(meeting, item, proposer.to),
        newMeetingTitle: target.title,
        newWhen: this.when(target, proposer.to.locale),
        reason: input.reason ?? '',
        agendaUrl: appLinks.meetingAgenda(this.config.http.publicUrl, target.id),
      },
      related: { type: 'agenda-item', id: item.id },
    });
  }

  /** The call for agenda items to each contact of the meeting's municipalities. */
  async callForItems(
    manager: EntityManager,
    meeting: Pick<MeetingSnapshot, 'id' | 'title' | 'startAt' | 'endAt'>,
    contacts: readonly MunicipalityContact[],
    proposalDeadlineDate: string,
  ): Promise<void> {
    const agendaUrl = appLinks.meetingAgenda(this.config.http.publicUrl, meeting.id);
    await this.mail.queueMany(
      manager,
      contacts.map((contact) => ({
        template: 'agenda-call-for-items' as const,
        to: contactRecipient(contact),
        data: {
          personName: contact.name,
          organizationName: contact.organizationName,
          meetingTitle: meeting.title,
          when: this.when(meeting, contact.locale),
          proposalDeadlineDate: formatLocalDate(proposalDeadlineDate, contact.locale),
          agendaUrl,
        },
        related: { type: 'agenda', id: meeting.id },
      })),
    );
  }

  /** The proposer of an item as a recipient; null when they are gone. */
  private async proposerOf(item: AgendaItemEntity) {
    const [proposer] = await this.people.findByIds([item.proposedBy!]);
    if (!proposer) return null;
    return {
      to: { address: proposer.email, name: proposer.name, personId: proposer.id, locale: proposer.locale },
    };
  }

  /** What every email to a proposer says: whom, which item of which meeting. */
  private aboutProposal(meeting: MeetingView, item: AgendaItemEntity, to: { name: string; locale: Locale }) {
    return {
      personName: to.name,
      itemTitle: item.title,
      meetingTitle: meeting.title,
      when: this.when(meeting, to.locale),
    };
  }

  private when(meeting: MeetingInstants, locale: Locale): string {
    const { startAt, endAt } = meetingTimes(meeting);
    return formatMeetingWhen(startAt, endAt, this.config.timeZone, locale);
  }
}

/** A restricted item as recipients outside the parties read it: its number and secrecy marking only. */
function markedItem(item: AgendaItemView, number: number, locale: Locale) {
  return {
    number: String(number),
    title: secrecyMarkingText(item.secrecyGround),
    typeLabel: ITEM_TYPE_LABELS[locale][item.type],
    duration: String(item.durationMinutes),
    presenter: '',
    secrecy: '',
    description: '',
    actions: [],
    questions: [],
    papers: [],
  };
}

function agendaMailItem(item: AgendaItemView, number: number, locale: Locale, agendaUrl: string) {
  const presenter =
    item.presenter.name ?? (item.presenter.party ? PARTY_LABELS[locale][item.presenter.party] : '');
  return {
    number: String(number),
    title: item.title,
    typeLabel: ITEM_TYPE_LABELS[locale][item.type],
    duration: String(item.durationMinutes),
    presenter,
    secrecy: item.visibility === 'public' ? '' : secrecyMarkingText(item.secrecyGround),
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
    papers: item.papers.map((paper) => ({
      name: paper.name,
      size: formatFileSize(paper.sizeBytes, locale),
      url: agendaUrl,
    })),
  };
}
