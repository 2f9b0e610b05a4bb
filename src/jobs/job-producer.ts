import { Inject, Injectable } from '@nestjs/common';
import type { JobsOptions } from 'bullmq';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import {
  type AnyJob,
  type JobName,
  type JobPayload,
  type QueueName,
  assertValidJobId,
  jobDefinition,
} from './job-map.js';
import { QueueRegistry } from './queue-registry.js';

export interface JobPlacement {
  /** Deterministic id (see jobIdFor): BullMQ ignores a job whose id it already holds. */
  jobId: string;
  /** When the job becomes due; now when absent. */
  runAt?: Date;
}

export type PlacedJob = AnyJob & JobPlacement;

export type JobSchedule = { pattern: string; tz?: string } | { every: number };

/**
 * The one way jobs reach BullMQ: the outbox relay uses it for rows of the outbox, schedulers for jobs that
 * belong to no transaction (periodic digests). Features write jobs through OutboxService instead, inside
 * their transaction.
 */
@Injectable()
export class JobProducer {
  constructor(
    private readonly queues: QueueRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  add<Q extends QueueName, N extends JobName<Q>>(
    queue: Q,
    name: N,
    payload: JobPayload<Q, N>,
    placement: JobPlacement,
  ): Promise<void> {
    return this.addMany([{ queue, name, payload, ...placement } as unknown as PlacedJob]);
  }

  /** Adds jobs in one round trip per queue; jobs whose id BullMQ already holds are left as they are. */
  async addMany(jobs: PlacedJob[]): Promise<void> {
    const byQueue = new Map<QueueName, PlacedJob[]>();
    for (const job of jobs) {
      assertValidJobId(job.jobId);
      byQueue.set(job.queue, [...(byQueue.get(job.queue) ?? []), job]);
    }
    const now = Date.now();
    await Promise.all(
      [...byQueue].map(([queue, list]) =>
        this.queues.get(queue).addBulk(
          list.map((job) => ({
            name: job.name,
            data: job.payload,
            opts: {
              // PlacedJob pairs each queue with its own names; the union hides that from the compiler.
              ...this.retryOptions(job.queue, job.name as JobName<QueueName>),
              jobId: job.jobId,
              ...(job.runAt && job.runAt.getTime() > now ? { delay: job.runAt.getTime() - now } : {}),
            },
          })),
        ),
      ),
    );
  }

  /**
   * Creates or updates a repeating job (BullMQ job scheduler), e.g. a daily digest. The scheduler id is
   * stable, so every worker may call this at start without creating duplicates.
   */
  async upsertScheduler<Q extends QueueName, N extends JobName<Q>>(
    queue: Q,
    name: N,
    schedulerId: string,
    schedule: JobSchedule,
    payload: JobPayload<Q, N>,
  ): Promise<void> {
    assertValidJobId(schedulerId);
    await this.queues.get(queue).upsertJobScheduler(schedulerId, schedule, {
      name,
      data: payload,
      opts: this.retryOptions(queue, name),
    });
  }

  async removeScheduler(queue: QueueName, schedulerId: string): Promise<void> {
    await this.queues.get(queue).removeJobScheduler(schedulerId);
  }

  /**
   * For jobs that changed queues in an upgrade: removes the schedulers `schedulerIds` from `from`, then moves
   * the jobs of these names still waiting or delayed there to `to` (same id, payload and due time; added
   * before they are removed, so none is lost in between). Jobs a scheduler made are dropped instead (the
   * scheduler upserted on `to` makes its own); jobs running meanwhile finish where they are. Returns how
   * many jobs moved.
   */
  async moveQueuedJobs(
    from: QueueName,
    to: QueueName,
    names: readonly string[],
    schedulerIds: readonly string[],
  ): Promise<number> {
    const source = this.queues.get(from);
    for (const schedulerId of schedulerIds) await source.removeJobScheduler(schedulerId);
    const queued = (await source.getJobs(['waiting', 'delayed', 'prioritized'])).filter(
      (job) => job.id !== undefined && names.includes(job.name),
    );
    const now = Date.now();
    const moving = queued.filter((job) => !job.repeatJobKey);
    await this.addMany(
      moving.map((job) => {
        const runAt = job.timestamp + (job.delay ?? 0);
        return {
          queue: to,
          name: job.name,
          payload: job.data as unknown,
          jobId: job.id!,
          ...(runAt > now ? { runAt: new Date(runAt) } : {}),
        } as PlacedJob;
      }),
    );
    // A job that started meanwhile is locked and stays; its twin on `to` finds the work done.
    await Promise.allSettled(queued.map((job) => job.remove()));
    return moving.length;
  }

  private retryOptions<Q extends QueueName>(queue: Q, name: JobName<Q>): JobsOptions {
    const definition = jobDefinition(queue, name);
    return {
      attempts: definition.attempts,
      backoff: { type: 'exponential', delay: this.config.jobs.backoffMs ?? definition.backoffMs },
    };
  }
}
