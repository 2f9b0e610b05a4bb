import { Injectable } from '@nestjs/common';
import { JobHandler, type JobResult } from '../jobs/job-handler.decorator.js';
import type { JobPayload } from '../jobs/job-map.js';
import { MinutesDistribution } from './distribution/minutes-distribution.js';
import { AdjusterReminders } from './review/adjuster-reminders.js';

/** Jobs documents/minutes.*: reminders to adjusters and distribution of locked minutes. */
@Injectable()
export class MinutesJobs {
  constructor(
    private readonly reminders: AdjusterReminders,
    private readonly distribution: MinutesDistribution,
  ) {}

  @JobHandler('documents', 'minutes.remind-adjuster')
  remind({ adjusterId }: JobPayload<'documents', 'minutes.remind-adjuster'>): Promise<JobResult> {
    return this.reminders.remind(adjusterId);
  }

  @JobHandler('documents', 'minutes.distribute')
  distribute({ meetingId, lock }: JobPayload<'documents', 'minutes.distribute'>): Promise<JobResult> {
    return this.distribution.distribute(meetingId, lock);
  }
}
