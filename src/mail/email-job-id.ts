import { jobIdFor } from '../jobs/job-map.js';

/** Emails per email.send job: a meeting's invitations go together; a long list is split. */
export const EMAILS_PER_SEND_JOB = 50;

/** The one job id of a send job: `email.send-<id of its first email>` (an email is in one job only). */
export function emailSendJobId(emailIds: readonly string[]): string {
  return jobIdFor('email.send', emailIds[0]);
}
