import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { JobHandler, type JobResult } from '../jobs/job-handler.decorator.js';
import type { JobPayload } from '../jobs/job-map.js';
import { JobProducer } from '../jobs/job-producer.js';
import { ReminderService } from './reminder.service.js';

export const REMINDER_SCHEDULER_ID = 'reminder.enqueue-due';

/** Worker role: the scheduler that looks for due reminders every MEETING_REMINDER_SCAN_MS, and the send. */
@Injectable()
export class ReminderJobs implements OnApplicationBootstrap {
  constructor(
    private readonly reminders: ReminderService,
    private readonly producer: JobProducer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Every worker upserts the same scheduler id: one tick per interval however many workers run. */
  async onApplicationBootstrap(): Promise<void> {
    await this.producer.upsertScheduler(
      'invitations',
      'reminder.enqueue-due',
      REMINDER_SCHEDULER_ID,
      { every: this.config.reminders.scanMs },
      {},
    );
  }

  @JobHandler('invitations', 'reminder.enqueue-due')
  async enqueueDue(_payload: JobPayload<'invitations', 'reminder.enqueue-due'>): Promise<JobResult> {
    return (await this.reminders.enqueueDue()) > 0 ? 'done' : 'skipped';
  }

  @JobHandler('invitations', 'reminder.send')
  async send({ reminderId }: JobPayload<'invitations', 'reminder.send'>): Promise<JobResult> {
    return (await this.reminders.send(reminderId)).result;
  }
}
