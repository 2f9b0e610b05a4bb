import { Injectable } from '@nestjs/common';
import { JobHandler, type JobResult, RepeatJob, scanResult } from '../jobs/job-handler.decorator.js';
import type { JobPayload } from '../jobs/job-map.js';
import { ActionReminderService } from './action-reminder.service.js';

export const ACTION_DIGEST_SCHEDULER_ID = 'action.digest-scan';

/** Worker role: action reminders and the weekly overdue digest (ACTION_DIGEST_CRON, business time zone). */
@Injectable()
export class ActionJobs {
  constructor(private readonly reminders: ActionReminderService) {}

  @JobHandler('actions', 'action.remind')
  remind(payload: JobPayload<'actions', 'action.remind'>): Promise<JobResult> {
    return this.reminders.remind(payload);
  }

  @JobHandler('actions', 'action.digest-scan')
  @RepeatJob(ACTION_DIGEST_SCHEDULER_ID, (config) => ({
    pattern: config.actions.digestCron,
    tz: config.timeZone,
  }))
  async scanDigests(_payload: JobPayload<'actions', 'action.digest-scan'>): Promise<JobResult> {
    return scanResult(await this.reminders.scanDigests());
  }

  @JobHandler('actions', 'action.digest-send')
  sendDigest(payload: JobPayload<'actions', 'action.digest-send'>): Promise<JobResult> {
    return this.reminders.sendDigest(payload);
  }
}
