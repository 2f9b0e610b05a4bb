import { Inject, Injectable, Logger } from '@nestjs/common';
import { isEmailAddress } from '../calendar/calendar-builder.js';
import { TransactionService } from '../common/database/transaction.service.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { answerText, meetingMailData } from '../invitation/invitation-format.js';
import { InvitationService } from '../invitation/invitation.service.js';
import { MailService } from '../mail/mail.service.js';
import { isCurrentParticipant, MeetingSnapshots } from '../meeting/reads/meeting-snapshots.js';
import { ReminderRepository } from './reminder.repository.js';

export type ReminderOutcome =
  | { result: 'done'; sent: number }
  | { result: 'skipped'; reason: 'gone' | 'already-sent' | 'stale' | 'too-late' };

/**
 * The body of reminder.send: one email per participant still taking part (and not declined), once. It
 * re-checks under locks that the reminder is unsent and the meeting still at its SEQUENCE, not cancelled or
 * held and not begun, so a stale reminder is never sent and the current one once. Each email carries a new
 * RSVP link (from the invitations).
 */
@Injectable()
export class ReminderSender {
  private readonly logger = new Logger(ReminderSender.name);

  constructor(
    private readonly repository: ReminderRepository,
    private readonly meetings: MeetingSnapshots,
    private readonly invitations: InvitationService,
    private readonly transactions: TransactionService,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  send(reminderId: string): Promise<ReminderOutcome> {
    return this.transactions.run(async (manager): Promise<ReminderOutcome> => {
      const reminder = await this.repository.lock(manager, reminderId);
      if (!reminder) return { result: 'skipped', reason: 'gone' };
      if (reminder.sentAt) return { result: 'skipped', reason: 'already-sent' };
      const meeting = await this.meetings.find(manager, reminder.meetingId, { lock: true });
      if (!meeting || meeting.status === 'cancelled' || meeting.status === 'held') {
        return { result: 'skipped', reason: 'stale' };
      }
      if (meeting.sequence !== reminder.meetingSequence) return { result: 'skipped', reason: 'stale' };
      if (meeting.startAt.getTime() <= Date.now()) return { result: 'skipped', reason: 'too-late' };

      const recipients = meeting.participants.filter(
        (participant) =>
          isCurrentParticipant(participant) &&
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
}
