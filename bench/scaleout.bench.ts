/**
 * Worker scale-out, `npm run bench:scaleout`. Not a test: it prints figures.
 *
 * The invitations benchmark's scenario (bench:invitations): confirming a 290-meeting round with 6
 * participants each (1 740 invitations) and timing until the last message is accepted by a local SMTP sink —
 * but with the workers as separate processes of the built service (`node dist/main.js`, APP_ROLE=worker), as
 * production runs them: once with 1 worker, then with 2, in the same run, each on a fresh database. This
 * process only confirms the round (as POST /api/rounds/:id/confirm does, through MeetingCreation) and runs the
 * sink. Target (issue 7): 2 workers ≥ 1.6 × the throughput of 1.
 *
 * The sink answers each DATA after SINK_DELAY_MS (default 200 ms), as a mail relay across the network does
 * rather than one on loopback: sending is then bound by SMTP round trips, which is what more workers (each with
 * its own SMTP pool) buy. SINK_DELAY_MS=0 measures the CPU-bound case instead, where on a 2-core machine that
 * also runs PostgreSQL, Redis and the sink a second worker has no core to run on. Other knobs: WORKER_COUNTS
 * (default "1,2"), WORKER_CONCURRENCY, SMTP_POOL_SIZE, REPEAT (best run of each count is compared).
 */
import 'reflect-metadata';
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app/app.module.js';
import { type AppConfig, loadConfig } from '../src/config/app-config.js';
import { prepareDatabase } from '../src/database/prepare-database.js';
import {
  CountingSink,
  MEETINGS,
  MESSAGES,
  PARTICIPANTS,
  SENDER,
  confirmRound,
  insertFixtures,
} from './invitation-scenario.js';
import { eventually, sleep } from '../test/helpers/eventually';

const TARGET = 1.6;
const SINK_DELAY_MS = Number(process.env.SINK_DELAY_MS ?? 200);
const SMTP_POOL_SIZE = process.env.SMTP_POOL_SIZE ?? '5';
const WORKER_CONCURRENCY = process.env.WORKER_CONCURRENCY ?? '10';
const WORKER_COUNTS = (process.env.WORKER_COUNTS ?? '1,2').split(',').map(Number);
const REPEAT = Number(process.env.REPEAT ?? 1);
const MAIN = resolve(__dirname, '../../main.js');

function environment(
  databaseUrl: string,
  smtpUrl: string,
  prefix: string,
  role: string,
): Record<string, string> {
  return {
    NODE_ENV: 'test',
    APP_ROLE: role,
    PORT: '3999', // a worker does not listen, but the port must be valid
    DATABASE_URL: databaseUrl,
    QUEUE_PREFIX: prefix,
    SMTP_URL: smtpUrl,
    SMTP_POOL_SIZE,
    WORKER_CONCURRENCY,
    MAIL_FROM: `Region Västerbotten Samverkan <${SENDER}>`,
    PUBLIC_URL: 'https://samverkan.example.se',
    JWT_SECRET: 'bench-secret-that-is-long-enough-0123456789',
    INVITATION_DEBOUNCE_MS: '0',
    LOG_LEVEL: 'warn',
    SEED: 'false',
    MIGRATIONS_RUN: 'false',
    ...(process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL } : {}),
  };
}

async function waitForWorkers(config: AppConfig, count: number, children: ChildProcess[]): Promise<void> {
  const queue = new Queue('mail', {
    connection: { url: config.redis.url },
    prefix: config.redis.queuePrefix,
  });
  try {
    await eventually(
      async () => {
        if (children.some((child) => child.exitCode !== null))
          throw new Error('a worker exited while starting');
        return (await queue.getWorkersCount()) >= count ? true : undefined;
      },
      `${count} workers to connect`,
      { timeoutMs: 60_000, intervalMs: 100 },
    );
  } finally {
    await queue.close();
  }
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  child.kill('SIGTERM');
  await Promise.race([exited, sleep(15_000)]);
  if (child.exitCode === null) child.kill('SIGKILL');
}

interface RunResult {
  workers: number;
  seconds: number;
  rate: number;
  sent: number;
  /** Seconds after the confirmation: first and last email rendered, first and last recorded sent. */
  phases: { firstRendered: number; lastRendered: number; firstSent: number; lastSent: number };
}

async function run(workers: number, sink: CountingSink): Promise<RunResult> {
  const id = randomBytes(4).toString('hex');
  const name = `samverkan_scaleout_${id}`;
  const database = new URL(process.env.BENCH_POSTGRES_URL ?? loadConfig({}).database.url);
  database.pathname = `/${name}`;
  const adminUrl = new URL(database);
  adminUrl.pathname = '/postgres';
  const prefix = `samverkan-scaleout-${id}`;
  const smtpUrl = `smtp://127.0.0.1:${sink.port}`;
  const config = loadConfig({
    ...environment(database.toString(), smtpUrl, prefix, 'api'),
    MIGRATIONS_RUN: 'true',
  });
  await prepareDatabase(config);
  const children: ChildProcess[] = [];
  let app: INestApplicationContext | undefined;
  try {
    // The api role: this process writes the round, the worker processes do everything else.
    app = await NestFactory.createApplicationContext(AppModule.forRole(config), {
      // Errors only: this api-role context warns that no worker is connected before the workers start.
      logger: ['error'],
    });
    await app.init();
    const dataSource = app.get(DataSource);
    const fixtures = await insertFixtures(dataSource);
    for (let n = 0; n < workers; n += 1) {
      const child = spawn(process.execPath, [MAIN], {
        env: { PATH: process.env.PATH ?? '', ...environment(database.toString(), smtpUrl, prefix, 'worker') },
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      children.push(child);
    }
    await waitForWorkers(config, workers, children);
    const before = sink.count;
    const startedAt = Date.now();
    const started = performance.now();
    await confirmRound(app, fixtures);
    await sink.reached(before + MESSAGES, 600_000);
    const seconds = (performance.now() - started) / 1000;
    const [sent] = await dataSource.query(`SELECT count(*)::int AS n FROM emails WHERE status = 'sent'`);
    const [phases] = await dataSource.query(
      `SELECT min(created_at) AS first_rendered, max(created_at) AS last_rendered, min(sent_at) AS first_sent,
              max(sent_at) AS last_sent FROM emails`,
    );
    const at = (value: Date) => (value.getTime() - startedAt) / 1000;
    return {
      workers,
      seconds,
      rate: MESSAGES / seconds,
      sent: sent.n,
      phases: {
        firstRendered: at(phases.first_rendered),
        lastRendered: at(phases.last_rendered),
        firstSent: at(phases.first_sent),
        lastSent: at(phases.last_sent),
      },
    };
  } finally {
    await Promise.all(children.map(stop));
    await app?.close();
    const redis = new Redis(config.redis.url);
    const keys = await redis.keys(`${prefix}:*`);
    for (let i = 0; i < keys.length; i += 500) await redis.del(...keys.slice(i, i + 500));
    redis.disconnect();
    const admin = new Client({ connectionString: adminUrl.toString() });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).finally(() => admin.end());
  }
}

async function main(): Promise<void> {
  const sink = new CountingSink(SINK_DELAY_MS);
  await sink.listen();
  const results: RunResult[] = [];
  try {
    for (let round = 0; round < REPEAT; round += 1)
      for (const workers of WORKER_COUNTS) results.push(await run(workers, sink));
  } finally {
    await sink.close();
  }
  console.log(
    `Worker scale-out: a ${MEETINGS}-meeting round, ${PARTICIPANTS} participants each (${MESSAGES} invitations), ` +
      `worker processes of dist/main.js with concurrency ${WORKER_CONCURRENCY} and SMTP pool ${SMTP_POOL_SIZE} ` +
      `each, SMTP sink answering after ${SINK_DELAY_MS} ms, Node ${process.version}, ` +
      `${(await import('node:os')).cpus().length} CPUs`,
  );
  for (const result of results) {
    console.log(
      `  ${result.workers} worker${result.workers === 1 ? ' ' : 's'}  confirm → last message ${result.seconds
        .toFixed(2)
        .padStart(6)} s  ${result.rate.toFixed(0).padStart(5)} messages/s  (${result.sent} recorded sent; ` +
        `rendered ${result.phases.firstRendered.toFixed(1)}–${result.phases.lastRendered.toFixed(1)} s, ` +
        `sent ${result.phases.firstSent.toFixed(1)}–${result.phases.lastSent.toFixed(1)} s)`,
    );
  }
  const best = (workers: number) =>
    Math.max(...results.filter((result) => result.workers === workers).map((result) => result.rate));
  if (WORKER_COUNTS.includes(1) && WORKER_COUNTS.includes(2)) {
    const ratio = best(2) / best(1);
    console.log(`  2 workers / 1 worker: ${ratio.toFixed(2)} × (target ≥ ${TARGET})`);
    process.exitCode = ratio >= TARGET ? 0 : 1;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
