import { Module } from '@nestjs/common';
import { JobsModule } from '../jobs/jobs.module.js';
import { EmailRepository } from './email.repository.js';
import { MailRenderer } from './mail-renderer.js';
import { MailService } from './mail.service.js';

/** Queuing emails, in every role: render once, store, write the send job to the outbox. */
@Module({
  imports: [JobsModule],
  providers: [MailService, MailRenderer, EmailRepository],
  exports: [MailService, MailRenderer, EmailRepository],
})
export class MailModule {}
