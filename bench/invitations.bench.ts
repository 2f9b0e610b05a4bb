/**
 * Invitation throughput, `npm run bench:invitations`. Not a test: it prints figures.
 *
 * Measured: from confirming a 290-meeting round (6 participants each: 1 740 invitations) to the last message
 * accepted by a local SMTP sink, through the whole pipeline: the meetings and their outbox rows written in
 * one transaction, the outbox relay, the invitation.sync jobs (render iTIP + email, store, outbox), the relay
 * again, the email.send jobs and a pooled SMTP transport. Next to it, in the same run and against the same
 * sink: pooled nodemailer sending the same 1 740 pre-rendered messages (read back from the database), with
 * the same pool size. Target (issue 4): pipeline ≥ 0.6 × that baseline.
 *
 * The round is confirmed the way POST /api/rounds/:id/confirm does it (MeetingCreation.createManyForRound for each
 * meeting in one transaction, listeners told in it); planning a 290-municipality round first is left out,
 * since it is the scheduler's benchmark (bench:scheduler), not this one's.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Redis } from 'ioredis';
import { createTransport } from 'nodemailer';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app/app.module.js';
import { type AppConfig, loadConfig } from '../src/config/app-config.js';
import { prepareDatabase } from '../src/database/prepare-database.js';
import { OVERVIEW_WINDOW_MONTHS } from '../src/overview/overview.service.js';
import {
  CountingSink,
  MEETINGS,
  MESSAGES,
  PARTICIPANTS,
  SENDER,
  confirmRound,
  dropDatabase,
  insertFixtures,
} from './invitation-scenario.js';

const TARGET_RATIO = 0.6;
const POOL_SIZE = 5;

function env(databaseUrl: string, smtpUrl: string, prefix: string): Record<string, string> {
  return {
    NODE_ENV: 'test',
    APP_ROLE: 'all',
    DATABASE_URL: databaseUrl,
    QUEUE_PREFIX: prefix,
    SMTP_URL: smtpUrl,
    SMTP_POOL_SIZE: String(POOL_SIZE),
    MAIL_FROM: `Region Västerbotten Samverkan <${SENDER}>`,
    PUBLIC_URL: 'https://samverkan.example.se',
    JWT_SECRET: 'bench-secret-that-is-long-enough-0123456789',
    INVITATION_DEBOUNCE_MS: '0',
    LOG_LEVEL: 'warn',
    SEED: 'false',
    // Deployment tuning may be tried from the environment; the figures print what was used.
    ...Object.fromEntries(
      ['REDIS_URL', 'DATABASE_POOL_SIZE', 'WORKER_CONCURRENCY', 'OUTBOX_POLL_MS'].flatMap((key) =>
        process.env[key] ? [[key, process.env[key]]] : [],
      ),
    ),
  };
}

/** One region, 290 municipalities, six people each: written straight to the tables. */
async function baseline(dataSource: DataSource, sink: CountingSink): Promise<number> {
  const rows: Array<{ to_address: string; raw: string }> = await dataSource.query(
    `SELECT to_address, raw FROM emails ORDER BY created_at`,
  );
  if (rows.length !== MESSAGES) throw new Error(`expected ${MESSAGES} stored messages, found ${rows.length}`);
  const transport = createTransport({
    url: `smtp://127.0.0.1:${sink.port}`,
    pool: true,
    maxConnections: POOL_SIZE,
  });
  const before = sink.count;
  const started = performance.now();
  await Promise.all(
    rows.map((row) => transport.sendMail({ envelope: { from: SENDER, to: [row.to_address] }, raw: row.raw })),
  );
  await sink.reached(before + MESSAGES);
  const seconds = (performance.now() - started) / 1000;
  transport.close();
  return seconds;
}

function cpuSeconds(usage: NodeJS.CpuUsage): number {
  return (usage.user + usage.system) / 1e6;
}

async function main(): Promise<void> {
  const id = randomBytes(4).toString('hex');
  const name = `samverkan_bench_${id}`;
  const base = new URL(process.env.BENCH_POSTGRES_URL ?? loadConfig({}).database.url);
  base.pathname = `/${name}`;
  const adminUrl = new URL(base);
  adminUrl.pathname = '/postgres';
  const prefix = `samverkan-bench-${id}`;
  const sink = new CountingSink();
  await sink.listen();
  const config: AppConfig = loadConfig(env(base.toString(), `smtp://127.0.0.1:${sink.port}`, prefix));
  await prepareDatabase(config);
  let app: INestApplicationContext | undefined;
  try {
    app = await NestFactory.createApplicationContext(AppModule.forRole(config), {
      logger: ['error', 'warn'],
    });
    await app.init();
    const dataSource = app.get(DataSource);
    const fixtures = await insertFixtures(dataSource);
    // The region's overview read model exists once anyone has read the overview (issue 11): the confirming
    // transaction then recomputes the region's rows at its commit, which this figure includes.
    await dataSource.query(
      `SELECT overview_model_refresh($1::uuid, now(), (now() AT TIME ZONE $2)::date,
                                     ((now() AT TIME ZONE $2)::date - make_interval(months => $3))::date, $3, $2)`,
      [fixtures.regionId, config.timeZone, OVERVIEW_WINDOW_MONTHS],
    );

    const started = performance.now();
    const startedAt = Date.now();
    const cpuBefore = process.cpuUsage();
    await confirmRound(app, fixtures);
    const committed = performance.now();
    await sink.reached(MESSAGES);
    const pipelineSeconds = (performance.now() - started) / 1000;
    const pipelineCpu = cpuSeconds(process.cpuUsage(cpuBefore));
    const sent = await dataSource.query(`SELECT count(*)::int AS n FROM emails WHERE status = 'sent'`);
    const [phases] = await dataSource.query(
      `SELECT min(created_at) AS first_rendered, max(created_at) AS last_rendered, min(sent_at) AS first_sent,
              max(sent_at) AS last_sent FROM emails`,
    );
    const at = (value: Date) => ((value.getTime() - startedAt) / 1000).toFixed(2);

    const baselineCpuBefore = process.cpuUsage();
    const baselineSeconds = await baseline(dataSource, sink);
    const baselineCpu = cpuSeconds(process.cpuUsage(baselineCpuBefore));
    const pipelineRate = MESSAGES / pipelineSeconds;
    const baselineRate = MESSAGES / baselineSeconds;
    const ratio = pipelineRate / baselineRate;
    console.log(
      `Invitations for a ${MEETINGS}-meeting round, ${PARTICIPANTS} participants each (${MESSAGES} messages), ` +
        `SMTP pool ${POOL_SIZE}, worker concurrency ${config.jobs.concurrency}, database pool ` +
        `${config.database.poolSize}, Node ${process.version}`,
    );
    console.log(
      `  round confirmed (meetings + outbox + the overview read model, one transaction)  ` +
        `${((committed - started) / 1000).toFixed(2)} s`,
    );
    console.log(
      `  confirm → last message accepted by the sink           ${pipelineSeconds.toFixed(2)} s  ` +
        `${pipelineRate.toFixed(0).padStart(5)} messages/s  (${sent[0].n} recorded sent)`,
    );
    console.log(
      `  pooled nodemailer, same pre-rendered messages         ${baselineSeconds.toFixed(2)} s  ` +
        `${baselineRate.toFixed(0).padStart(5)} messages/s`,
    );
    console.log(
      `  CPU of this process (app, workers and sink): pipeline ${pipelineCpu.toFixed(2)} s, ` +
        `baseline ${baselineCpu.toFixed(2)} s`,
    );
    console.log(
      `  emails rendered from ${at(phases.first_rendered)} s to ${at(phases.last_rendered)} s; ` +
        `recorded sent from ${at(phases.first_sent)} s to ${at(phases.last_sent)} s`,
    );
    console.log(`  ratio ${ratio.toFixed(2)} (target ≥ ${TARGET_RATIO})`);
    process.exitCode = ratio >= TARGET_RATIO ? 0 : 1;
  } finally {
    await app?.close();
    await sink.close();
    const redis = new Redis(config.redis.url);
    const keys = await redis.keys(`${prefix}:*`);
    for (let i = 0; i < keys.length; i += 500) await redis.del(...keys.slice(i, i + 500));
    redis.disconnect();
    await dropDatabase(name, adminUrl.toString());
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
