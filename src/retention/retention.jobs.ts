import { Injectable } from '@nestjs/common';
import { JobHandler, type JobResult, RepeatJob, scanResult } from '../jobs/job-handler.decorator.js';
import type { JobPayload } from '../jobs/job-map.js';
import { RetentionService, totalOf } from './retention.service.js';

export const RETENTION_SCHEDULER_ID = 'retention.run';

/** Worker role: the daily retention run (RETENTION_CRON, business time zone). */
@Injectable()
export class RetentionJobs {
  constructor(private readonly retention: RetentionService) {}

  @JobHandler('maintenance', 'retention.run')
  @RepeatJob(RETENTION_SCHEDULER_ID, (config) => ({ pattern: config.retention.cron, tz: config.timeZone }))
  async run(_payload: JobPayload<'maintenance', 'retention.run'>): Promise<JobResult> {
    return scanResult(totalOf(await this.retention.run()));
  }
}
