import { Injectable, Logger } from '@nestjs/common';
import { type JobContext, JobHandler, type JobResult } from '../jobs/job-handler.decorator.js';
import { PermanentJobError } from '../jobs/job-errors.js';
import type { JobPayload } from '../jobs/job-map.js';
import { EmailRepository } from './email.repository.js';
import { MailTransport } from './mail-transport.js';
import { classifySendError } from './smtp-failure.js';

/**
 * Sends one stored email (job mail/email.send). Skips emails already sent or failed; sends the stored bytes,
 * so a retry repeats the same message with the same Message-ID. SMTP 4xx and connection errors are retried
 * with backoff (the email stays queued until the last attempt); 5xx fails the email at once.
 */
@Injectable()
export class EmailSendJob {
  private readonly logger = new Logger(EmailSendJob.name);

  constructor(
    private readonly emails: EmailRepository,
    private readonly transport: MailTransport,
  ) {}

  @JobHandler('mail', 'email.send')
  async handle({ emailId }: JobPayload<'mail', 'email.send'>, context: JobContext): Promise<JobResult> {
    const email = await this.emails.startAttempt(emailId);
    if (!email) return 'skipped';
    try {
      await this.transport.deliver(email);
    } catch (error) {
      const failure = classifySendError(error);
      const final = failure.permanent || context.isFinalAttempt;
      this.logger.warn({
        msg: final ? 'email failed' : 'email send failed; will retry',
        emailId,
        attempt: email.attempts,
        responseCode: failure.responseCode,
        permanent: failure.permanent,
      });
      if (final) {
        await this.emails.markFailed(emailId, failure.description);
      } else {
        await this.emails.recordTransientFailure(emailId, failure.description);
      }
      if (failure.permanent) throw new PermanentJobError(failure.description);
      throw error;
    }
    await this.emails.markSent(emailId);
    this.logger.log({ msg: 'email sent', emailId, attempt: email.attempts, via: this.transport.mode });
    return 'done';
  }
}
