import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { partyOrganizationIds } from '../../agenda/agenda-access.js';
import { TransactionService } from '../../common/database/transaction.service.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { jobIdFor } from '../../jobs/job-map.js';
import { OutboxService } from '../../jobs/outbox.service.js';
import { MeetingReads } from '../../meeting/reads/meeting-reads.js';
import { isCurrentParticipant, type MeetingSnapshot } from '../../meeting/reads/meeting-snapshots.js';
import type { PersonView } from '../../person/person.dto.js';
import { PersonService } from '../../person/person.service.js';
import { DEFAULT_SCHEDULER_CONFIG } from '../../round/scheduler/scheduler-config.js';
import { MinutesMail } from '../mail/minutes-mail.js';
import { MinutesRepository } from '../minutes.repository.js';
import { secretaryReminderDue } from './secretary-reminder-due.js';

const DAY_MS = 86_400_000;
/** Meetings that ended longer ago than this are not looked at (nor reminded of) any more. */
const LOOK_BACK_DAYS = 60;

/**
 * Jobs documents/minutes.secretary-scan and minutes.remind-secretary: a meeting that took place and whose
 * minutes are not submitted MINUTES_SECRETARY_REMINDER_WORKING_DAYS working days later gets one reminder to
 * its secretary (secretaryOf), with a link to the minutes page.
 */
@Injectable()
export class SecretaryReminders {
  constructor(
    private readonly repository: MinutesRepository,
    private readonly meetings: MeetingReads,
    private readonly people: PersonService,
    private readonly mail: MinutesMail,
    private readonly transactions: TransactionService,
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The scan: queues a reminder job (one id per meeting) for each meeting due; answers how many. */
  async scan(now = new Date()): Promise<number> {
    const ended = await this.meetings.findEndedBetween(
      new Date(now.getTime() - LOOK_BACK_DAYS * DAY_MS),
      now,
    );
    const candidates = await this.repository.findNeverSubmitted(ended);
    let queued = 0;
    for (const meetingId of candidates) {
      const meeting = await this.meetings.findSnapshot(meetingId);
      if (!meeting || this.due(meeting) > now) continue;
      await this.transactions.run((manager) =>
        this.outbox.enqueue(
          manager,
          'documents',
          'minutes.remind-secretary',
          { meetingId },
          { jobId: jobIdFor('minutes.remind-secretary', meetingId) },
        ),
      );
      queued += 1;
    }
    return queued;
  }

  /** The job's body: one reminder per meeting, unless the minutes were submitted meanwhile. */
  async remind(meetingId: string, now = new Date()): Promise<'done' | 'skipped'> {
    const meeting = await this.meetings.findSnapshot(meetingId);
    if (!meeting || !['held', 'confirmed'].includes(meeting.status) || this.due(meeting) > now)
      return 'skipped';
    return this.transactions.run(async (manager) => {
      // Queues behind any change of the minutes (their row lock) when they exist.
      await this.repository.findForUpdate(manager, meeting.id);
      const [open] = await this.repository.findNeverSubmitted([meeting.id]);
      if (!open) return 'skipped';
      const secretaries = await this.secretaryOf(manager, meeting);
      if (secretaries.length === 0 || !(await this.repository.claimSecretaryReminder(manager, meeting.id))) {
        return 'skipped';
      }
      for (const secretary of secretaries) {
        await this.mail.overdue(
          manager,
          meeting,
          secretary,
          this.config.minutes.secretaryReminderWorkingDays,
        );
      }
      return 'done';
    });
  }

  private due(meeting: MeetingSnapshot): Date {
    return secretaryReminderDue(
      meeting.endAt,
      this.config.minutes.secretaryReminderWorkingDays,
      this.config.timeZone,
      DEFAULT_SCHEDULER_CONFIG.holidayCountry,
    );
  }

  /**
   * Who keeps these minutes: whoever wrote in them last; before anything is written, the meeting's
   * participants with the secretary role of either party; failing those, whoever created the meeting.
   */
  private async secretaryOf(manager: EntityManager, meeting: MeetingSnapshot): Promise<PersonView[]> {
    const editor = await this.repository.findLatestEditor(manager, meeting.id);
    if (editor) {
      const found = await this.people.findByIds([editor]);
      if (found.length > 0) return found;
    }
    const parties = partyOrganizationIds(meeting);
    const participants = await this.people.findByIds(
      meeting.participants.filter(isCurrentParticipant).map((participant) => participant.personId),
    );
    const secretaries = participants.filter(
      (person) => parties.has(person.organizationId) && person.roles.includes('secretary'),
    );
    if (secretaries.length > 0) return secretaries;
    return meeting.createdBy ? this.people.findByIds([meeting.createdBy]) : [];
  }
}
