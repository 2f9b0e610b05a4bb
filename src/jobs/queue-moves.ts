import type { AnyJobName, QueueName } from './job-map.js';

/** Jobs that changed queues between versions, and the schedulers that made them on the old queue. */
export interface QueueMove {
  /** Why and since when, for the reader who wonders whether the entry can go. */
  reason: string;
  from: QueueName;
  to: QueueName;
  names: readonly AnyJobName[];
  schedulerIds: readonly string[];
}

/**
 * Before a worker takes any job it moves what an older version left queued on the old queue
 * (JobProducer.moveQueuedJobs): the old scheduler goes, so nothing ticks twice, and queued jobs keep their
 * ids and due times on the new queue, so none is lost or left without a handler. Cheap when there is nothing
 * left to move; an entry can go once every deployment has started a version that has it.
 */
export const QUEUE_MOVES: readonly QueueMove[] = [
  {
    reason: 'issue 14: meeting reminders left the invitations queue for their own',
    from: 'invitations',
    to: 'reminders',
    names: ['reminder.enqueue-due', 'reminder.send'],
    // REMINDER_SCHEDULER_ID (src/reminder/reminder.jobs.ts), as older versions upserted it.
    schedulerIds: ['reminder.enqueue-due'],
  },
];
