import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { partyOrganizationIds } from '../../agenda/agenda-access.js';
import { AgendaPapers } from '../../agenda/papers/agenda-papers.js';
import { TransactionService } from '../../common/database/transaction.service.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { jobIdFor } from '../../jobs/job-map.js';
import { OutboxService } from '../../jobs/outbox.service.js';
import { MeetingReads } from '../../meeting/reads/meeting-reads.js';
import { PersonService } from '../../person/person.service.js';
import { documentItems, publicMarkings } from '../document/minutes-document.js';
import { MinutesPdfs } from '../document/minutes-pdfs.js';
import { type DistributionRecipient, MinutesMail } from '../mail/minutes-mail.js';
import { MinutesRepository } from '../minutes.repository.js';

/**
 * Job documents/minutes.distribute: the locked minutes to every participant (the full PDF) and to the
 * informed addresses (without items restricted to the parties), once per lock.
 */
@Injectable()
export class MinutesDistribution {
  constructor(
    private readonly repository: MinutesRepository,
    private readonly meetings: MeetingReads,
    private readonly people: PersonService,
    private readonly transactions: TransactionService,
    private readonly pdfs: MinutesPdfs,
    private readonly mail: MinutesMail,
    private readonly outbox: OutboxService,
    private readonly papers: AgendaPapers,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Queues the distribution of this lock, in the locking transaction. */
  async queue(manager: EntityManager, meetingId: string, lock: number): Promise<void> {
    await this.outbox.enqueue(
      manager,
      'documents',
      'minutes.distribute',
      { meetingId, lock },
      { jobId: jobIdFor('minutes.distribute', meetingId, String(lock)) },
    );
  }

  async distribute(meetingId: string, lock: number): Promise<'done' | 'skipped'> {
    const meeting = await this.meetings.findById(meetingId);
    if (!meeting) return 'skipped';
    return this.transactions.run(async (manager) => {
      const minutes = await this.repository.findForUpdate(manager, meetingId);
      if (!minutes || minutes.status !== 'locked' || minutes.lockCount !== lock) return 'skipped';
      if (minutes.distributedLock === lock) return 'skipped';
      const pdfs = await this.repository.findPdfs(meetingId);
      const full = pdfs?.pdf ?? (await this.pdfs.render(meeting, minutes, true));
      const partial = pdfs?.pdfPublic ?? (await this.pdfs.render(meeting, minutes, false));
      const { adjusters } = await this.repository.findLatestReviewWithAdjusters(meetingId);
      const adjusterNames = new Map(
        (await this.people.findByIds(adjusters.map((adjuster) => adjuster.personId))).map((p) => [
          p.id,
          p.name,
        ]),
      );
      const adjusterList = adjusters
        .map((adjuster) => adjusterNames.get(adjuster.personId) ?? '')
        .filter(Boolean);
      const parties = partyOrganizationIds(meeting);
      const filename = this.pdfs.filename(meeting);
      const papersByItem = await this.papers.listForMeeting(meetingId);
      const papersOf = (full: boolean) =>
        documentItems(minutes, full).flatMap((item) => papersByItem.get(item.agendaItemId) ?? []);
      const papers = { full: papersOf(true), partial: papersOf(false) };
      const sentTo = new Set<string>();
      const participants = await this.meetings.listParticipants(meetingId);
      const recipients: DistributionRecipient[] = [
        ...participants.map((participant) => ({
          address: participant.email,
          name: participant.name,
          personId: participant.personId,
          locale: participant.locale,
          isParty: !participant.guest && parties.has(participant.organizationId),
        })),
        ...minutes.informed.map((address) => ({
          address,
          name: '',
          personId: undefined,
          locale: this.config.defaultLocale,
          isParty: false,
        })),
      ];
      for (const recipient of recipients) {
        const key = recipient.address.toLowerCase();
        if (sentTo.has(key)) continue;
        sentTo.add(key);
        await this.mail.distribution(manager, {
          meeting,
          recipient,
          adjusters: adjusterList,
          filename,
          pdf: recipient.isParty ? full : partial,
          papers: recipient.isParty ? papers.full : papers.partial,
          markings: recipient.isParty ? [] : publicMarkings(minutes),
        });
      }
      await this.repository.markDistributed(manager, meetingId, lock);
      return 'done';
    });
  }
}
