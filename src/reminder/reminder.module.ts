import { Module } from '@nestjs/common';
import { InvitationModule } from '../invitation/invitation.module.js';
import { JobsModule } from '../jobs/jobs.module.js';
import { MailModule } from '../mail/mail.module.js';
import { MeetingModule } from '../meeting/meeting.module.js';
import { ReminderRepository } from './reminder.repository.js';
import { ReminderService } from './reminder.service.js';

/** Reminders in every role: due times follow meeting changes in the change's transaction. */
@Module({
  imports: [InvitationModule, JobsModule, MailModule, MeetingModule],
  providers: [ReminderRepository, ReminderService],
  exports: [ReminderService],
})
export class ReminderModule {}
