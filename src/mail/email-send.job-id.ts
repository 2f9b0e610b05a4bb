import { jobIdFor } from '../jobs/job-map.js';

/** The one job id of an email's send job: `email.send-<email id>`. */
export function emailSendJobId(emailId: string): string {
  return jobIdFor('mail', 'email.send', emailId);
}
