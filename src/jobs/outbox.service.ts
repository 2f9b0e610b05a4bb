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
}
