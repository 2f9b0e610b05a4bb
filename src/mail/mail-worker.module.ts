import { Module } from '@nestjs/common';
import { EmailSendJob } from './email-send.job.js';
import { MailModule } from './mail.module.js';
import { MailTransport } from './mail-transport.js';

/** Sending emails (worker role): the mail/email.send handler and the one SMTP transport. */
@Module({
  imports: [MailModule],
  providers: [EmailSendJob, MailTransport],
})
export class MailWorkerModule {}
