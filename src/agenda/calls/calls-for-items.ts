import { Inject, Injectable } from '@nestjs/common';
import { TransactionService } from '../../common/database/transaction.service.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { jobIdFor } from '../../jobs/job-map.js';
import { OutboxService } from '../../jobs/outbox.service.js';
import { MeetingReads } from '../../meeting/reads/meeting-reads.js';
import type { MeetingSnapshot } from '../../meeting/reads/meeting-snapshots.js';
import { MunicipalityContacts } from '../../person/municipality-contacts.js';
import { AgendaRepository } from '../agenda.repository.js';
import { AgendaMail } from '../mail/agenda-mail.js';
import { type CallForItemsDue, callForItemsDue, meetingProposalDeadline } from '../proposal-deadline.js';

const DAY_MS = 86_400_000;
/** Meetings starting further ahead than this are not looked at yet (their call is months away). */
const LOOK_AHEAD_DAYS = 400;

/**
 * Jobs documents/agenda.call-for-items-scan and agenda.call-for-items: AGENDA_CALL_FOR_ITEMS_WORKING_DAYS
 * working days before a meeting's proposals close, each municipality of the meeting gets one call for agenda
 * items (its contacts, with the link to the agenda page where they propose). Exactly once per meeting (a row
 * claimed in the transaction that queues the emails); never for a cancelled meeting; the day follows the
 * meeting when it moves (the job carries the day it was planned for and skips when that is no longer it).
 */
@Injectable()
export class CallsForItems {
  constructor(
    private readonly repository: AgendaRepository,
    private readonly meetings: MeetingReads,
    private readonly contacts: MunicipalityContacts,
    private readonly mail: AgendaMail,
    private readonly transactions: TransactionService,
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The scan: queues a call (one job per meeting and day) for each meeting whose call is due; answers how many. */
  async scan(now = new Date()): Promise<number> {
    const planned = await this.meetings.findPlannedStartingBetween(
      now,
      new Date(now.getTime() + LOOK_AHEAD_DAYS * DAY_MS),
    );
    const called = await this.repository.findCalledForItems(planned);
    const candidates = planned.filter((meetingId) => !called.has(meetingId));
    let queued = 0;
    for (const meetingId of candidates) {
      const meeting = await this.meetings.findSnapshot(meetingId);
      if (!meeting) continue;
      const due = this.dueNow(meeting, now);
      if (!due) continue;
      await this.transactions.run((manager) =>
        this.outbox.enqueue(
          manager,
          'documents',
          'agenda.call-for-items',
          { meetingId, date: due.date },
          { jobId: jobIdFor('agenda.call-for-items', meetingId, due.date) },
        ),
      );
      queued += 1;
    }
    return queued;
  }

  /** The job's body: the call, unless made already, the meeting is cancelled or moved, or proposals closed. */
  async call(meetingId: string, date: string, now = new Date()): Promise<'done' | 'skipped'> {
    const meeting = await this.meetings.findSnapshot(meetingId);
    if (!meeting) return 'skipped';
    const due = this.dueNow(meeting, now);
    if (!due || due.date !== date) return 'skipped';
    return this.transactions.run(async (manager) => {
      if (!(await this.repository.claimCallForItems(manager, meeting.id, date))) return 'skipped';
      const participants = await this.meetings.listParticipants(meeting.id);
      const contacts = await this.contacts.of(
        meeting.organizations.map((organization) => organization.id),
        participants.map((participant) => participant.personId),
      );
      const recipients = [...contacts.values()].flat();
      if (recipients.length === 0) return 'skipped';
      await this.mail.callForItems(
        manager,
        meeting,
        recipients,
        meetingProposalDeadline(meeting, this.config).date,
      );
      return 'done';
    });
  }

  /** The meeting's call when it is due at `now`: planned or confirmed, its day reached, proposals still open. */
  private dueNow(meeting: MeetingSnapshot, now: Date): CallForItemsDue | null {
    if (meeting.status !== 'planned' && meeting.status !== 'confirmed') return null;
    const due = callForItemsDue(meeting, this.config);
    if (due.at > now || meetingProposalDeadline(meeting, this.config).closesAt <= now) return null;
    return due;
  }
}
