import { Injectable } from '@nestjs/common';
import { JobHandler, type JobResult } from '../jobs/job-handler.decorator.js';
import type { JobPayload } from '../jobs/job-map.js';
import { MinutesService } from './minutes.service.js';

/** Jobs documents/minutes.*: reminders to adjusters and distribution of locked minutes. */
@Injectable()
export class MinutesJobs {
  constructor(private readonly minutes: MinutesService) {}

  @JobHandler('documents', 'minutes.remind-adjuster')
  remind({ adjusterId }: JobPayload<'documents', 'minutes.remind-adjuster'>): Promise<JobResult> {
    return this.minutes.remindAdjuster(adjusterId);
  }

  @JobHandler('documents', 'minutes.distribute')
  distribute({ meetingId, lock }: JobPayload<'documents', 'minutes.distribute'>): Promise<JobResult> {
    return this.minutes.distribute(meetingId, lock);
  }
}
