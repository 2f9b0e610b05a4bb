import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { z } from 'zod';
import { type JobsHealthSnapshot, JobsHealthService } from '../jobs/jobs-health.service.js';
import { QueueRegistry } from '../jobs/queue-registry.js';
import type { livenessView, readinessView } from './health.dto.js';

export interface CheckResult {
  status: 'up' | 'down';
  latencyMs: number;
  error?: string;
}

export interface HealthReport {
  status: 'ok' | 'error';
  checks: { database: CheckResult; redis: CheckResult };
  jobs?: JobsHealthSnapshot;
  warnings: string[];
}

export type LivenessView = z.infer<typeof livenessView>;
export type ReadinessView = z.infer<typeof readinessView>;

/** A check that hangs counts as down after this long, so /health always answers. */
const CHECK_TIMEOUT_MS = 2_000;

async function timed(probe: () => Promise<unknown>): Promise<CheckResult> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      probe(),
      new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)),
          CHECK_TIMEOUT_MS,
        );
      }),
    ]);
    return { status: 'up', latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    return {
      status: 'down',
      latencyMs: Math.round(performance.now() - started),
      error: error instanceof Error ? error.message : String(error),
    };
  } finally {
    clearTimeout(timer);
  }
}

@Injectable()
export class HealthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: QueueRegistry,
    private readonly jobs: JobsHealthService,
  ) {}

  /** The process runs and answers: no dependency is asked, so an outage elsewhere restarts nothing. */
  liveness(): LivenessView {
    return { status: 'ok' };
  }

  async readiness(): Promise<ReadinessView> {
    const { database, redis } = await this.checkDependencies();
    return {
      status: database.status === 'up' && redis.status === 'up' ? 'ok' : 'error',
      checks: { database: database.status, redis: redis.status },
    };
  }

  /** For admins: latencies and errors of each check, queue figures and warnings. */
  async report(): Promise<HealthReport> {
    const { database, redis } = await this.checkDependencies();
    const warnings: string[] = [];
    let jobs: JobsHealthSnapshot | undefined;
    if (database.status === 'up' && redis.status === 'up') {
      jobs = await this.jobs.snapshot().catch(() => undefined);
      for (const queue of jobs?.queues ?? []) {
        if (queue.workers === 0) warnings.push(`no worker is connected to queue ${queue.name}`);
        if (queue.failed > 0) warnings.push(`${queue.failed} failed job(s) in queue ${queue.name}`);
      }
      const age = jobs?.outbox.oldestPendingAgeSeconds;
      if (age !== null && age !== undefined && age > 60) {
        warnings.push(`the oldest outbox row has waited ${age} s for the relay`);
      }
    }
    return {
      status: database.status === 'up' && redis.status === 'up' ? 'ok' : 'error',
      checks: { database, redis },
      jobs,
      warnings,
    };
  }

  private async checkDependencies(): Promise<{ database: CheckResult; redis: CheckResult }> {
    const [database, redis] = await Promise.all([
      timed(() => this.dataSource.query('SELECT 1')),
      timed(() => this.queues.ping()),
    ]);
    return { database, redis };
  }
}
