import { Module } from '@nestjs/common';
import { InvitationModule } from '../invitation/invitation.module.js';
import { JobsModule } from '../jobs/jobs.module.js';
import { MailModule } from '../mail/mail.module.js';
import { MeetingModule } from '../meeting/meeting.module.js';
import { DueReminders } from './due-reminders.js';
import { ReminderChangeListener } from './reminder-change.listener.js';
import { ReminderSender } from './reminder-sender.js';
import { ReminderRepository } from './reminder.repository.js';

/**
 * Meeting reminders: ReminderChangeListener (due times follow meeting changes in the change's transaction),
 * DueReminders (the scheduler tick's scan) and ReminderSender (the body of reminder.send); the jobs run on
 * their own queue, `reminders` (ReminderWorkerModule). Meetings are read through the meeting feature's
 * MeetingSnapshots; the RSVP links in the emails come from the invitations.
 */
@Module({
  imports: [InvitationModule, JobsModule, MailModule, MeetingModule],
  providers: [ReminderRepository, ReminderChangeListener, DueReminders, ReminderSender],
  exports: [DueReminders, ReminderSender],
})
export class ReminderModule {}
