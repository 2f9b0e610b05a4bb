import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { QueueName } from './job-map.js';
import { OutboxRepository } from './outbox.repository.js';
import { QueueRegistry } from './queue-registry.js';

export interface QueueHealth {
  name: QueueName;
  /** Connected BullMQ workers for this queue (any process). */
  workers: number;
  waiting: number;
  active: number;
  delayed: number;
  failed: number;
}

export interface JobsHealthSnapshot {
  queues: QueueHealth[];
  outbox: {
    /** Rows no relay has moved to BullMQ yet. */
    pending: number;
    /** Age of the oldest such row; it grows when no relay runs or Redis is unreachable. */
    oldestPendingAgeSeconds: number | null;
  };
}

/** When the API (roles api and all) first checks for workers after start, then how often. */
export const WORKER_CHECK_DELAY_MS = 5_000;
export const WORKER_CHECK_INTERVAL_MS = 60_000;

/** Queue and outbox figures for GET /health, and the API's warning when no worker is connected. */
@Injectable()
export class JobsHealthService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(JobsHealthService.name);
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly queues: QueueRegistry,
    private readonly outbox: OutboxRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async snapshot(): Promise<JobsHealthSnapshot> {
    const [queues, backlog] = await Promise.all([
      Promise.all(
        this.queues.all().map(async (queue): Promise<QueueHealth> => {
          const [workers, counts] = await Promise.all([
            queue.getWorkersCount(),
            queue.getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'failed'),
          ]);
          return {
            name: queue.name as QueueName,
            workers,
            waiting: (counts.waiting ?? 0) + (counts.prioritized ?? 0),
            active: counts.active ?? 0,
            delayed: counts.delayed ?? 0,
            failed: counts.failed ?? 0,
          };
        }),
      ),
      this.outbox.backlog(),
    ]);
    return {
      queues,
      outbox: {
        pending: backlog.pending,
        oldestPendingAgeSeconds: backlog.oldestCreatedAt
          ? Math.max(0, Math.round((Date.now() - backlog.oldestCreatedAt.getTime()) / 1000))
          : null,
      },
    };
  }

  /** The queues no worker listens to; logs a warning naming them. */
  async queuesWithoutWorkers(): Promise<QueueName[]> {
    const counts = await Promise.all(
      this.queues.all().map(async (queue) => ({
        name: queue.name as QueueName,
        workers: await queue.getWorkersCount(),
      })),
    );
    const idle = counts.filter((queue) => queue.workers === 0).map((queue) => queue.name);
    if (idle.length > 0) {
      this.logger.warn({
        msg: 'no worker is connected: jobs (emails) wait until a process with APP_ROLE=worker or all runs',
        queues: idle,
      });
    }
    return idle;
  }

  onApplicationBootstrap(): void {
    if (this.config.role === 'worker') return;
    const check = (): void => {
      this.queuesWithoutWorkers().catch((error: unknown) =>
        this.logger.warn({ msg: 'cannot check for workers', err: error }),
      );
    };
    this.timer = setTimeout(() => {
      check();
      this.timer = setInterval(check, WORKER_CHECK_INTERVAL_MS);
      this.timer.unref();
    }, WORKER_CHECK_DELAY_MS);
    this.timer.unref();
  }

  beforeApplicationShutdown(): void {
    clearTimeout(this.timer);
    clearInterval(this.timer);
  }
}
