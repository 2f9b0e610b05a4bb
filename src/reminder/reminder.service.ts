import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { isEmailAddress } from '../calendar/calendar-builder.js';
import { TransactionService } from '../common/database/transaction.service.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { answerText, meetingMailData } from '../invitation/invitation-format.js';
import { InvitationService } from '../invitation/invitation.service.js';
import { jobIdFor } from '../jobs/job-map.js';
import { JobProducer } from '../jobs/job-producer.js';
import { MailService } from '../mail/mail.service.js';
import {
  ListensToMeetingChanges,
  type MeetingChange,
  type MeetingChangeListener,
} from '../meeting/meeting-change.js';
import { reminderJobKeys } from './reminder-schedule.js';
import { type ReminderRecord, ReminderRepository } from './reminder.repository.js';

const ENQUEUE_BATCH = 500;

export type ReminderOutcome =
  | { result: 'done'; sent: number }
  | { result: 'skipped'; reason: 'gone' | 'already-sent' | 'stale' | 'too-late' };

/**
 * Reminders before meetings. Due times live in meeting_reminders, computed per meeting SEQUENCE in the
 * transaction of the change (a move drops the unsent ones and computes new ones; a cancellation drops them).
 * A scheduler tick enqueues the due ones under deterministic job ids; the send re-checks, under locks, that
 * the reminder is unsent and the meeting still at that SEQUENCE and not cancelled, so a stale reminder is
 * never sent and the current one once.
 */
@Injectable()
@ListensToMeetingChanges('reminders')
export class ReminderService implements MeetingChangeListener {
  private readonly logger = new Logger(ReminderService.name);

  constructor(
    private readonly repository: ReminderRepository,
    private readonly invitations: InvitationService,
    private readonly transactions: TransactionService,
    private readonly producer: JobProducer,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onMeetingsChanged(manager: EntityManager, changes: readonly MeetingChange[]): Promise<void> {
    const offsets = this.config.reminders.offsets;
    // A new time, place or status: the unsent reminders of the old version go, the new version's come.
    const stale = changes.filter((change) => change.kind === 'rescheduled' || change.kind === 'cancelled');
    await this.repository.deleteUnsent(
      manager,
      stale.map((change) => change.meetingId),
    );
    const current = changes.filter((change) => change.kind === 'created' || change.kind === 'rescheduled');
    await this.repository.insertForCurrentVersion(
      manager,
      current.map((change) => change.meetingId),
      offsets,
    );
  }

  /** Scheduler tick: enqueues the due reminders; returns how many. */
  async enqueueDue(): Promise<number> {
    let total = 0;
    for (;;) {
      const count = await this.transactions.run(async (manager) => {
        const due = await this.repository.lockDue(manager, ENQUEUE_BATCH);
        if (due.length === 0) return 0;
        // Added before the commit: if the commit fails the rows stay due and the same ids are added again,
        // which BullMQ ignores.
        await this.producer.addMany(
          due.map((reminder) => ({
            queue: 'invitations',
            name: 'reminder.send',
            payload: { reminderId: reminder.id },
            jobId: jobIdFor('reminder.send', ...reminderJobKeys(reminder)),
          })),
        );
        await this.repository.markEnqueued(
          manager,
          due.map((reminder) => reminder.id),
        );
        return due.length;
      });
      total += count;
      if (count < ENQUEUE_BATCH) return total;
    }
  }

  /** Job reminder.send: one email per participant still taking part, once. */
  send(reminderId: string): Promise<ReminderOutcome> {
    return this.transactions.run(async (manager): Promise<ReminderOutcome> => {
      const reminder = await this.repository.lock(manager, reminderId);
      if (!reminder) return { result: 'skipped', reason: 'gone' };
      if (reminder.sentAt) return { result: 'skipped', reason: 'already-sent' };
      const meeting = await this.invitations.findMeeting(manager, reminder.meetingId, { lock: true });
      if (!meeting || meeting.status === 'cancelled' || meeting.status === 'held') {
        return { result: 'skipped', reason: 'stale' };
      }
      if (meeting.sequence !== reminder.meetingSequence) return { result: 'skipped', reason: 'stale' };
      if (meeting.startAt.getTime() <= Date.now()) return { result: 'skipped', reason: 'too-late' };

      const recipients = (await this.invitations.findParticipants(manager, meeting.id)).filter(
        (participant) =>
          participant.removedAt === null &&
          !participant.personDeleted &&
          participant.partstat !== 'DECLINED' &&
          isEmailAddress(participant.email),
      );
      const links = await this.invitations.issueRsvpLinks(
        manager,
        meeting.id,
        recipients.map((participant) => participant.personId),
      );
      const settings = { publicUrl: this.config.http.publicUrl, timeZone: this.config.timeZone };
      for (const participant of recipients) {
        await this.mail.queue(manager, {
          template: 'meeting-reminder',
          to: {
            address: participant.email,
            name: participant.name,
            personId: participant.personId,
            locale: participant.locale,
          },
          data: {
            ...meetingMailData(meeting, participant, settings),
            rsvpUrl: links.get(participant.personId)!,
            answer: answerText(participant.partstat, participant.locale),
          },
          related: { type: 'meeting', id: meeting.id },
        });
      }
      await this.repository.markSent(manager, reminder.id);
      this.logger.log({
        msg: 'meeting reminder queued',
        meetingId: meeting.id,
        offset: reminder.offsetCode,
        sequence: reminder.meetingSequence,
        recipients: recipients.length,
      });
      return { result: 'done', sent: recipients.length };
    });
  }

  /** The reminders of a meeting (all versions), for tests and inspection. */
  findByMeeting(meetingId: string): Promise<ReminderRecord[]> {
    return this.repository.findByMeeting(this.transactions.manager, meetingId);
  }
}
