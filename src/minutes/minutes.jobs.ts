import { Injectable } from '@nestjs/common';
import { type JobContext, JobHandler, type JobResult, RepeatJob } from '../jobs/job-handler.decorator.js';
import type { JobPayload } from '../jobs/job-map.js';
import { ArchiveDelivery } from './archive/archive-delivery.js';
import { MinutesDistribution } from './distribution/minutes-distribution.js';
import { SecretaryReminders } from './reminder/secretary-reminders.js';
import { AdjusterReminders } from './review/adjuster-reminders.js';

export const MINUTES_SECRETARY_SCHEDULER_ID = 'minutes.secretary-scan';
const SECRETARY_SCAN_MS = 15 * 60_000;

/**
 * Jobs documents/minutes.*: reminders to adjusters, distribution of locked minutes, and the secretary's
 * reminder of minutes not submitted (a scan every 15 minutes, a job per meeting); documents/archive.deliver:
 * a locked revision's archive package to the registry.
 */
@Injectable()
export class MinutesJobs {
  constructor(
    private readonly reminders: AdjusterReminders,
    private readonly distribution: MinutesDistribution,
    private readonly secretaries: SecretaryReminders,
    private readonly archive: ArchiveDelivery,
  ) {}

  @JobHandler('documents', 'minutes.remind-adjuster')
  remind({ adjusterId }: JobPayload<'documents', 'minutes.remind-adjuster'>): Promise<JobResult> {
    return this.reminders.remind(adjusterId);
  }

  @JobHandler('documents', 'minutes.distribute')
  distribute({ meetingId, lock }: JobPayload<'documents', 'minutes.distribute'>): Promise<JobResult> {
    return this.distribution.distribute(meetingId, lock);
  }

  @JobHandler('documents', 'minutes.secretary-scan')
  @RepeatJob(MINUTES_SECRETARY_SCHEDULER_ID, () => ({ every: SECRETARY_SCAN_MS }))
  async scanSecretaries(_payload: JobPayload<'documents', 'minutes.secretary-scan'>): Promise<JobResult> {
    return (await this.secretaries.scan()) > 0 ? 'done' : 'skipped';
  }

  @JobHandler('documents', 'archive.deliver')
  deliverArchive(
    { meetingId, revision }: JobPayload<'documents', 'archive.deliver'>,
    context: JobContext,
  ): Promise<JobResult> {
    return this.archive.deliver(meetingId, revision, context);
  }

  @JobHandler('documents', 'minutes.remind-secretary')
  remindSecretary({ meetingId }: JobPayload<'documents', 'minutes.remind-secretary'>): Promise<JobResult> {
    return this.secretaries.remind(meetingId);
  }
}
