import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { type Job, Worker } from 'bullmq';
import { requestContext } from '../common/logging/request-context.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { JobResult } from './job-handler.decorator.js';
import { JobHandlerRegistry } from './job-handler.registry.js';
import { PermanentJobError } from './job-errors.js';
import { QUEUE_CONCURRENCY_LIMITS, QUEUE_NAMES, type QueueName } from './job-map.js';
import { JobProducer } from './job-producer.js';
import { QUEUE_MOVES } from './queue-moves.js';

const DAY_SECONDS = 24 * 3600;

/**
 * One BullMQ worker per queue (worker role), started once every module is initialised, the handler
 * registry has checked that each job has its handler, and jobs an older version queued where they no longer
 * belong have moved (QUEUE_MOVES). On shutdown, close() stops taking jobs and waits
 * for the active ones to finish before the database and SMTP connections close.
 */
@Injectable()
export class JobWorkers implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(JobWorkers.name);
  private readonly workers: Worker[] = [];

  constructor(
    private readonly registry: JobHandlerRegistry,
    private readonly producer: JobProducer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const move of QUEUE_MOVES) {
      const moved = await this.producer.moveQueuedJobs(move.from, move.to, move.names, move.schedulerIds);
      if (moved > 0) this.logger.log({ msg: 'queued jobs moved', from: move.from, to: move.to, moved });
    }
    for (const queue of QUEUE_NAMES) this.workers.push(this.createWorker(queue));
    this.logger.log({
      msg: 'job workers started',
      queues: QUEUE_NAMES,
      concurrency: this.config.jobs.concurrency,
    });
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (this.workers.length === 0) return;
    this.logger.log({ msg: 'job workers closing; waiting for active jobs' });
    await Promise.all(this.workers.map((worker) => worker.close()));
    this.workers.length = 0;
    this.logger.log({ msg: 'job workers closed' });
  }

  private createWorker(queue: QueueName): Worker {
    const worker = new Worker(queue, (job: Job) => this.process(queue, job), {
      connection: { url: this.config.redis.url, maxRetriesPerRequest: null },
      prefix: this.config.redis.queuePrefix,
      concurrency: Math.min(this.config.jobs.concurrency, QUEUE_CONCURRENCY_LIMITS[queue] ?? Infinity),
      // Completed jobs stay a day, so a job id re-added by the relay after a crash is still recognised.
      removeOnComplete: { age: DAY_SECONDS, count: 10_000 },
      removeOnFail: { age: 14 * DAY_SECONDS, count: 50_000 },
    });
    worker.on('failed', (job, error) => {
      const attempts = job?.opts.attempts ?? 1;
      this.logger.warn({
        msg: 'job failed',
        queue,
        job: job?.name,
        jobId: job?.id,
        attempt: job?.attemptsMade,
        willRetry: job !== undefined && job.attemptsMade < attempts && error.name !== 'UnrecoverableError',
        error: error.message,
      });
    });
    worker.on('error', (error) => this.logger.error({ msg: 'job worker error', queue, err: error }));
    return worker;
  }

  private async process(queue: QueueName, job: Job): Promise<JobResult> {
    const handler = this.registry.handlerFor(queue, job.name);
    if (!handler) throw new PermanentJobError(`No handler for ${queue}/${job.name}`);
    const maxAttempts = job.opts.attempts ?? 1;
    // attemptsMade counts the runs that failed before this one.
    const attempt = job.attemptsMade + 1;
    // Every log line of the job carries its id as the correlation id (the id names the entity it is about).
    return requestContext.run({ correlationId: `job:${job.id ?? job.name}` }, () =>
      handler.invoke(job.data, {
        jobId: job.id ?? '',
        attempt,
        maxAttempts,
        isFinalAttempt: attempt >= maxAttempts,
      }),
    );
  }
}
