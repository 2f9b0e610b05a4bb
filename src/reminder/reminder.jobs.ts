import { Injectable } from '@nestjs/common';
import { JobHandler, type JobResult, RepeatJob, scanResult } from '../jobs/job-handler.decorator.js';
import type { JobPayload } from '../jobs/job-map.js';
import { DueReminders } from './due-reminders.js';
import { ReminderSender } from './reminder-sender.js';

export const REMINDER_SCHEDULER_ID = 'reminder.enqueue-due';

/** Worker role: the scan for due reminders every MEETING_REMINDER_SCAN_MS, and the send. */
@Injectable()
export class ReminderJobs {
  constructor(
    private readonly due: DueReminders,
    private readonly sender: ReminderSender,
  ) {}

  @JobHandler('reminders', 'reminder.enqueue-due')
  @RepeatJob(REMINDER_SCHEDULER_ID, (config) => ({ every: config.reminders.scanMs }))
  async enqueueDue(_payload: JobPayload<'reminders', 'reminder.enqueue-due'>): Promise<JobResult> {
    return scanResult(await this.due.enqueue());
  }

  @JobHandler('reminders', 'reminder.send')
  async send({ reminderId }: JobPayload<'reminders', 'reminder.send'>): Promise<JobResult> {
    return (await this.sender.send(reminderId)).result;
  }
}
