import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { Client } from 'pg';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { TransactionService } from '../common/database/transaction.service.js';
import { QUEUE_NAMES, type QueueName, jobNamesOf } from './job-map.js';
import { JobProducer, type PlacedJob } from './job-producer.js';
import { OUTBOX_CHANNEL, OutboxRepository, type PendingOutboxRow } from './outbox.repository.js';

const BATCH_SIZE = 100;
const MAX_ERROR_DELAY_MS = 30_000;
const LISTENER_RETRY_MS = 5_000;

function toPlacedJob(row: PendingOutboxRow): PlacedJob {
  // lockPending only returns rows of jobs in JobMap, whose payloads OutboxService.enqueue typed.
  return {
    queue: row.queue as QueueName,
    name: row.jobName,
    payload: row.payload,
    jobId: row.jobId,
    runAt: row.runAt,
  } as PlacedJob;
}

/**
 * Moves outbox rows into BullMQ (worker role). Each batch is one transaction: lock pending rows with
 * FOR UPDATE SKIP LOCKED (several relays never take the same row), add them under their job ids, stamp
 * dispatched_at. A crash after adding and before the commit leaves the rows pending; the next relay adds
 * them again and BullMQ ignores the ids it holds. Polls every OUTBOX_POLL_MS and wakes early on the
 * NOTIFY that OutboxRepository.insert sends at commit.
 *
 * Rows of jobs this build does not know (a newer version wrote them) stay pending for a worker that does.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private readonly knownJobs = QUEUE_NAMES.flatMap((queue) =>
    jobNamesOf(queue).map((n: string) => `${queue}/${n}`),
  );
  private running = false;
  private loopDone: Promise<void> | undefined;
  private wakeUp: (() => void) | undefined;
  private woken = false;
  private listener: Client | undefined;
  private listenerRetry: NodeJS.Timeout | undefined;

  constructor(
    private readonly outbox: OutboxRepository,
    private readonly producer: JobProducer,
    private readonly transactions: TransactionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    void this.listen();
    this.loopDone = this.loop();
  }

  /** Finishes the batch in progress, then stops polling and listening. */
  async stop(): Promise<void> {
    this.running = false;
    clearTimeout(this.listenerRetry);
    this.wake();
    await this.loopDone;
    const listener = this.listener;
    this.listener = undefined;
    await listener?.end().catch(() => undefined);
  }

  /** Moves one batch of pending rows to BullMQ; returns how many rows it moved. */
  relayBatch(): Promise<number> {
    return this.transactions.run(async (manager) => {
      const rows = await this.outbox.lockPending(manager, this.knownJobs, BATCH_SIZE);
      if (rows.length === 0) return 0;
      await this.producer.addMany(rows.map(toPlacedJob));
      await this.outbox.markDispatched(
        manager,
        rows.map((row) => row.id),
      );
      return rows.length;
    });
  }

  private async loop(): Promise<void> {
    let failures = 0;
    while (this.running) {
      let moved = 0;
      try {
        moved = await this.relayBatch();
        failures = 0;
      } catch (error) {
        failures += 1;
        this.logger.warn({ msg: 'outbox relay batch failed', failures, err: error });
      }
      if (!this.running) break;
      if (moved === BATCH_SIZE) continue;
      const delay =
        failures === 0
          ? this.config.jobs.outboxPollMs
          : Math.min(this.config.jobs.outboxPollMs * 2 ** failures, MAX_ERROR_DELAY_MS);
      await this.sleep(delay);
    }
  }

  private sleep(ms: number): Promise<void> {
    if (this.woken) {
      this.woken = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.wakeUp = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wakeUp = done;
    });
  }

  private wake(): void {
    if (this.wakeUp) this.wakeUp();
    else this.woken = true;
  }

  /** LISTEN is an optimisation: when it fails, polling still moves every row. */
  private async listen(): Promise<void> {
    if (!this.running) return;
    const client = new Client({
      connectionString: this.config.database.url,
      application_name: 'samverkan-outbox-listener',
    });
    const retry = (error: unknown): void => {
      if (this.listener === client) this.listener = undefined;
      void client.end().catch(() => undefined);
      if (!this.running) return;
      this.logger.warn({ msg: 'outbox listener lost; polling only until it reconnects', err: error });
      clearTimeout(this.listenerRetry);
      this.listenerRetry = setTimeout(() => void this.listen(), LISTENER_RETRY_MS);
      this.listenerRetry.unref();
    };
    client.on('notification', () => this.wake());
    client.on('error', retry);
    try {
      await client.connect();
      await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
    } catch (error) {
      retry(error);
      return;
    }
    if (!this.running) {
      await client.end().catch(() => undefined);
      return;
    }
    this.listener = client;
  }
}
