import { Injectable } from '@nestjs/common';
import { TransactionService } from '../../common/database/transaction.service.js';
import { MeetingReads } from '../../meeting/reads/meeting-reads.js';
import { partyOrganizationIds } from '../agenda-access.js';
import { forOutsider } from '../view/agenda-views.js';
import { AgendaRepository } from '../agenda.repository.js';
import { AgendaMail } from '../mail/agenda-mail.js';
import { AgendaViews } from '../view/agenda-views.js';

/**
 * Job documents/agenda.send: emails the agenda as it is now to every participant, unless a later change has
 * its own job (only the latest change's job sends, so a burst of changes gives one email) or that version
 * was sent.
 */
@Injectable()
export class AgendaDistribution {
  constructor(
    private readonly repository: AgendaRepository,
    private readonly meetings: MeetingReads,
    private readonly transactions: TransactionService,
    private readonly views: AgendaViews,
    private readonly mail: AgendaMail,
  ) {}

  async send(meetingId: string, version: number): Promise<'done' | 'skipped'> {
    return this.transactions.run(async (manager) => {
      const agenda = await this.repository.findAgendaForUpdate(manager, meetingId);
      if (!agenda || !agenda.publishedAt) return 'skipped';
      if (version < agenda.contentVersion || (agenda.sentVersion ?? 0) >= version) return 'skipped';
      const meeting = await this.meetings.findById(meetingId);
      if (!meeting || meeting.status === 'cancelled') return 'skipped';
      const items = await this.repository.findItems(meetingId);
      const carried = await this.views.carriedOverFor(meeting, agenda);
      const view = await this.views.build(meeting, agenda, items, carried);
      const parties = partyOrganizationIds(meeting);
      const participants = await this.meetings.listParticipants(meetingId);
      for (const participant of participants) {
        const isParty = !participant.guest && parties.has(participant.organizationId);
        await this.mail.agenda(manager, {
          meeting,
          participant,
          items: isParty ? view.items : forOutsider(view).items,
          isParty,
          updated: agenda.sentVersion !== null,
        });
      }
      await this.repository.markSent(manager, meetingId, version, carried ?? agenda.carriedOver);
      return 'done';
    });
  }
}
