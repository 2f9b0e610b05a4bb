import { Injectable } from '@nestjs/common';
import { JobHandler, type JobResult, RepeatJob } from '../jobs/job-handler.decorator.js';
import type { JobPayload } from '../jobs/job-map.js';
import { ReminderService } from './reminder.service.js';

export const REMINDER_SCHEDULER_ID = 'reminder.enqueue-due';

/** Worker role: the scan for due reminders every MEETING_REMINDER_SCAN_MS, and the send. */
@Injectable()
export class ReminderJobs {
  constructor(private readonly reminders: ReminderService) {}

  @JobHandler('invitations', 'reminder.enqueue-due')
  @RepeatJob(REMINDER_SCHEDULER_ID, (config) => ({ every: config.reminders.scanMs }))
  async enqueueDue(_payload: JobPayload<'invitations', 'reminder.enqueue-due'>): Promise<JobResult> {
    return (await this.reminders.enqueueDue()) > 0 ? 'done' : 'skipped';
  }

  @JobHandler('invitations', 'reminder.send')
  async send({ reminderId }: JobPayload<'invitations', 'reminder.send'>): Promise<JobResult> {
    return (await this.reminders.send(reminderId)).result;
  }
}
