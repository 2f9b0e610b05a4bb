import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { JobHandler, type JobResult } from '../jobs/job-handler.decorator.js';
import type { JobPayload } from '../jobs/job-map.js';
import { JobProducer } from '../jobs/job-producer.js';
import { ActionReminderService } from './action-reminder.service.js';

export const ACTION_DIGEST_SCHEDULER_ID = 'action.digest-scan';

/** Worker role: action reminders and the weekly overdue digest (ACTION_DIGEST_CRON, business time zone). */
@Injectable()
export class ActionJobs implements OnApplicationBootstrap {
  constructor(
    private readonly reminders: ActionReminderService,
    private readonly producer: JobProducer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Every worker upserts the same scheduler id: one tick a week however many workers run. */
  async onApplicationBootstrap(): Promise<void> {
    await this.producer.upsertScheduler(
      'actions',
      'action.digest-scan',
      ACTION_DIGEST_SCHEDULER_ID,
      { pattern: this.config.actions.digestCron, tz: this.config.timeZone },
      {},
    );
  }

  @JobHandler('actions', 'action.remind')
  remind(payload: JobPayload<'actions', 'action.remind'>): Promise<JobResult> {
    return this.reminders.remind(payload);
  }

  @JobHandler('actions', 'action.digest-scan')
  async scanDigests(_payload: JobPayload<'actions', 'action.digest-scan'>): Promise<JobResult> {
    return (await this.reminders.scanDigests()) > 0 ? 'done' : 'skipped';
  }

  @JobHandler('actions', 'action.digest-send')
  sendDigest(payload: JobPayload<'actions', 'action.digest-send'>): Promise<JobResult> {
    return this.reminders.sendDigest(payload);
  }
}
