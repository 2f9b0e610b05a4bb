import { Module } from '@nestjs/common';
import { MailJobs } from './mail.jobs.js';
import { MailModule } from './mail.module.js';
import { MailTransport } from './mail-transport.js';

/** Sending emails (worker role): the mail/email.send handler and the one SMTP transport. */
@Module({
  imports: [MailModule],
  providers: [MailJobs, MailTransport],
})
export class MailWorkerModule {}
