import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type JobName, type JobPayload, type QueueName, assertValidJobId } from './job-map.js';
import type { JobPlacement } from './job-producer.js';
import { OutboxRepository } from './outbox.repository.js';

/**
 * How features start jobs: the job is written to the outbox in the caller's transaction, so it exists
 * exactly when the change that causes it commits. The relay (worker role) moves it to BullMQ.
 */
@Injectable()
export class OutboxService {
  constructor(private readonly outbox: OutboxRepository) {}

  /**
   * Writes the job unless the outbox already holds its job id (idempotent). Returns whether it was written.
   * `runAt` delays the job (reminders); the relay turns it into a BullMQ delay.
   */
  enqueue<Q extends QueueName, N extends JobName<Q>>(
    manager: EntityManager,
    queue: Q,
    name: N,
    payload: JobPayload<Q, N>,
    placement: JobPlacement,
  ): Promise<boolean> {
    assertValidJobId(placement.jobId);
    return this.outbox.insert(manager, {
      queue,
      jobName: name,
      payload: payload as Record<string, unknown>,
      jobId: placement.jobId,
      runAt: placement.runAt,
    });
  }

  /** Several jobs of one kind in one statement (e.g. one email.send per invitation of a meeting). */
  enqueueMany<Q extends QueueName, N extends JobName<Q>>(
    manager: EntityManager,
    queue: Q,
    name: N,
    jobs: ReadonlyArray<{ payload: JobPayload<Q, N>; placement: JobPlacement }>,
  ): Promise<number> {
    for (const job of jobs) assertValidJobId(job.placement.jobId);
    return this.outbox.insertMany(
      manager,
      jobs.map((job) => ({
        queue,
        jobName: name,
        payload: job.payload as Record<string, unknown>,
        jobId: job.placement.jobId,
        runAt: job.placement.runAt,
      })),
    );
  }
}
