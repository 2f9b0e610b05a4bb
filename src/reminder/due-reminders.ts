import { Injectable } from '@nestjs/common';
import { TransactionService } from '../common/database/transaction.service.js';
import { jobIdFor } from '../jobs/job-map.js';
import { JobProducer } from '../jobs/job-producer.js';
import { reminderJobKeys } from './reminder-schedule.js';
import { type ReminderRecord, ReminderRepository } from './reminder.repository.js';

const ENQUEUE_BATCH = 500;

/**
 * The scan of the scheduler tick (reminder.enqueue-due): the reminders that are due, enqueued as
 * reminder.send under deterministic job ids (one job per reminder version, whoever enqueues it).
 */
@Injectable()
export class DueReminders {
  constructor(
    private readonly repository: ReminderRepository,
    private readonly transactions: TransactionService,
    private readonly producer: JobProducer,
  ) {}

  /** Enqueues the due reminders; returns how many. */
  async enqueue(): Promise<number> {
    let total = 0;
    for (;;) {
      const count = await this.transactions.run(async (manager) => {
        const due = await this.repository.lockDue(manager, ENQUEUE_BATCH);
        if (due.length === 0) return 0;
        // Added before the commit: if the commit fails the rows stay due and the same ids are added again,
        // which BullMQ ignores.
        await this.producer.addMany(
          due.map((reminder) => ({
            queue: 'reminders',
            name: 'reminder.send',
            payload: { reminderId: reminder.id },
            jobId: jobIdFor('reminder.send', ...reminderJobKeys(reminder)),
          })),
        );
        await this.repository.markEnqueued(
          manager,
          due.map((reminder) => reminder.id),
        );
        return due.length;
      });
      total += count;
      if (count < ENQUEUE_BATCH) return total;
    }
  }

  /** The reminders of a meeting (all versions), for tests and inspection. */
  findByMeeting(meetingId: string): Promise<ReminderRecord[]> {
    return this.repository.findByMeeting(this.transactions.manager, meetingId);
  }
}
