import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { QUEUE_NAMES, type QueueName } from './job-map.js';

/**
 * The BullMQ queues (one per queue of JobMap), for producing jobs, reading counts and the /queues
 * dashboard. They share one Redis connection; workers open their own (see JobWorkers).
 */
@Injectable()
export class QueueRegistry implements OnApplicationShutdown {
  private readonly logger = new Logger(QueueRegistry.name);
  private readonly connection: Redis;
  private readonly queues: Map<QueueName, Queue>;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    // Commands fail after a few reconnect attempts instead of hanging when Redis is down, so the relay
    // keeps rows in the outbox and /health answers.
    this.connection = new Redis(config.redis.url, { maxRetriesPerRequest: 3 });
    this.queues = new Map(
      QUEUE_NAMES.map((name) => {
        const queue = new Queue(name, { connection: this.connection, prefix: config.redis.queuePrefix });
        // An EventEmitter without an 'error' listener would crash the process on a Redis hiccup.
        queue.on('error', (error: Error) =>
          this.logger.warn({ msg: 'queue connection error', queue: name, error: error.message }),
        );
        return [name, queue];
      }),
    );
  }

  get(name: QueueName): Queue {
    const queue = this.queues.get(name);
    if (!queue) throw new Error(`Unknown queue ${name}`);
    return queue;
  }

  /** Every queue, e.g. for Bull Board. */
  all(): Queue[] {
    return [...this.queues.values()];
  }

  /** Round trip to Redis, for /health. */
  async ping(): Promise<void> {
    await this.connection.ping();
  }

  /**
   * Records `ownerId` as the owner of the prefix's queues unless another owner is recorded already, and
   * returns the recorded owner (`<QUEUE_PREFIX>:owner`, no expiry).
   */
  async claimPrefix(ownerId: string): Promise<string> {
    const key = `${this.prefix}:owner`;
    await this.connection.set(key, ownerId, 'NX');
    return (await this.connection.get(key)) ?? ownerId;
  }

  /** The BullMQ key prefix (QUEUE_PREFIX), which a dashboard needs to find the queues. */
  get prefix(): string {
    return this.config.redis.queuePrefix;
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.allSettled(this.all().map((queue) => queue.close()));
    await this.connection.quit().catch(() => this.connection.disconnect());
  }
}
