import { Injectable, Logger } from '@nestjs/common';
import { type JobContext, JobHandler, type JobResult } from '../jobs/job-handler.decorator.js';
import { PermanentJobError } from '../jobs/job-errors.js';
import type { JobPayload } from '../jobs/job-map.js';
import { type EmailToSend, EmailRepository } from './email.repository.js';
import { MailTransport } from './mail-transport.js';
import { classifySendError } from './smtp-failure.js';

type Outcome = { sent: true } | { sent: false; retry: boolean; error: unknown };

/**
 * Sends stored emails (job mail/email.send: the emails one change queued together, e.g. a meeting's
 * invitations). Each email is claimed on its own (an email already sent or failed is skipped) and the stored
 * bytes are sent, so a retry repeats the same message with the same Message-ID. Per email: SMTP 4xx and
 * connection errors leave it queued and the job is retried with backoff for those alone (until the last
 * attempt fails them); 5xx fails that recipient at once and the others go on.
 */
@Injectable()
export class MailJobs {
  private readonly logger = new Logger(MailJobs.name);

  constructor(
    private readonly emails: EmailRepository,
    private readonly transport: MailTransport,
  ) {}

  @JobHandler('mail', 'email.send')
  async handle({ emailIds }: JobPayload<'mail', 'email.send'>, context: JobContext): Promise<JobResult> {
    const claimed = await Promise.all(emailIds.map((id) => this.emails.startAttempt(id)));
    const emails = claimed.filter((email): email is EmailToSend => email !== undefined);
    if (emails.length === 0) return 'skipped';
    const outcomes = await Promise.all(emails.map((email) => this.send(email, context)));
    // Recorded together, one statement: a crash before it resends the same bytes, never a new message.
    await Promise.all(
      emails.filter((_, index) => outcomes[index].sent).map((email) => this.emails.markSent(email.id)),
    );
    const failures = outcomes.flatMap((outcome) => (outcome.sent ? [] : [outcome]));
    const retry = failures.find((failure) => failure.retry);
    // Thrown so that BullMQ retries the job: the emails sent or failed meanwhile are skipped then.
    if (retry) throw retry.error;
    if (failures.length === emails.length) {
      // Nothing was delivered and nothing will be retried: the job itself shows as failed.
      throw new PermanentJobError(classifySendError(failures[0].error).description);
    }
    return 'done';
  }

  private async send(email: EmailToSend, context: JobContext): Promise<Outcome> {
    try {
      await this.transport.deliver(email);
    } catch (error) {
      const failure = classifySendError(error);
      const final = failure.permanent || context.isFinalAttempt;
      this.logger.warn({
        msg: final ? 'email failed' : 'email send failed; will retry',
        emailId: email.id,
        attempt: email.attempts,
        responseCode: failure.responseCode,
        permanent: failure.permanent,
      });
      if (final) await this.emails.markFailed(email.id, failure.description);
      else await this.emails.recordTransientFailure(email.id, failure.description);
      return { sent: false, retry: !final, error };
    }
    this.logger.log({
      msg: 'email sent',
      emailId: email.id,
      attempt: email.attempts,
      via: this.transport.mode,
    });
    return { sent: true };
  }
}
