import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type Job, QueueEvents } from 'bullmq';
import { DataSource } from 'typeorm';
import { TransactionService } from '../src/common/database/transaction.service';
import { JobProducer } from '../src/jobs/job-producer';
import { QUEUE_NAMES, jobIdFor } from '../src/jobs/job-map';
import { JobsHealthService } from '../src/jobs/jobs-health.service';
import { OutboxService } from '../src/jobs/outbox.service';
import { QueueRegistry } from '../src/jobs/queue-registry';
import { emailSendJobId } from '../src/mail/email-job-id';
import { MailService } from '../src/mail/mail.service';
import { type AppContext, startAppContext } from './helpers/app-context';
import { SmtpSink } from './helpers/smtp-sink';
import { testEnv } from './helpers/test-app';
import { type TestDatabase, createTestDatabase } from './helpers/test-database';
import { TEST_REDIS_URL, shortId } from './helpers/test-env';
import { eventually, sleep } from './helpers/eventually';

const MAIN = join(__dirname, '..', 'dist', 'main.js');
const MAIL_FROM = 'Samverkan <noreply@samverkan.example.se>';

function queueWelcome(context: AppContext, to: string): Promise<{ emailId: string }> {
  const mail = context.app.get(MailService);
  return context.app.get(TransactionService).run((manager) =>
    mail.queue(manager, {
      template: 'welcome',
      to: { address: to, locale: 'sv' },
      data: {
        personName: 'P',
        organizationName: 'Umeå kommun',
        setPasswordUrl: 'https://x.example/set-password/x',
        loginEmail: to,
        validDays: '7',
      },
    }),
  );
}

/** Counts adds that BullMQ ignored because it already held the job id. */
async function watchDuplicates(prefix: string): Promise<{ count: () => number; close: () => Promise<void> }> {
  const events = new QueueEvents('mail', { connection: { url: TEST_REDIS_URL }, prefix });
  let duplicates = 0;
  events.on('duplicated', () => (duplicates += 1));
  await events.waitUntilReady();
  return { count: () => duplicates, close: () => events.close() };
}

describe('jobs spine', () => {
  let db: TestDatabase;
  let prefix: string;
  let api: AppContext;
  let dataSource: DataSource;
  const workers: AppContext[] = [];
  let sink: SmtpSink;

  const startWorker = async (): Promise<AppContext> => {
    const worker = await startAppContext(db, {
      APP_ROLE: 'worker',
      QUEUE_PREFIX: prefix,
      SMTP_URL: sink.url,
      MAIL_FROM,
      JOB_BACKOFF_MS: '100',
    });
    workers.push(worker);
    return worker;
  };
  const stopWorkers = async (): Promise<void> => {
    for (const worker of workers.splice(0)) await worker.close();
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    sink = await SmtpSink.start();
    prefix = `samverkan-test-jobs-${shortId()}`;
    // Role api: queues and outbox, but no relay and no worker.
    api = await startAppContext(db, { APP_ROLE: 'api', QUEUE_PREFIX: prefix, MAIL_FROM });
    dataSource = api.app.get(DataSource);
  });

  afterEach(async () => {
    await stopWorkers();
  });

  afterAll(async () => {
    await stopWorkers();
    await api?.close();
    await sink?.stop();
    await db?.drop();
  });

  const pendingCount = async (): Promise<number> =>
    (await dataSource.query(`SELECT count(*)::int AS n FROM outbox WHERE dispatched_at IS NULL`))[0].n;

  it('writes an outbox row in the transaction, once per job id, and none on rollback', async () => {
    const outbox = api.app.get(OutboxService);
    const transactions = api.app.get(TransactionService);
    const emailId = randomUUID();
    const jobId = emailSendJobId([emailId]);
    expect(jobId).toBe(`email.send-${emailId}`);

    await expect(
      transactions.run(async (manager) => {
        await outbox.enqueue(manager, 'mail', 'email.send', { emailIds: [emailId] }, { jobId });
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    expect(await dataSource.query(`SELECT * FROM outbox WHERE job_id = $1`, [jobId])).toEqual([]);

    const runAt = new Date(Date.now() + 3_600_000);
    const first = await transactions.run((m) =>
      outbox.enqueue(m, 'mail', 'email.send', { emailIds: [emailId] }, { jobId, runAt }),
    );
    const second = await transactions.run((m) =>
      outbox.enqueue(m, 'mail', 'email.send', { emailIds: [emailId] }, { jobId }),
    );
    expect([first, second]).toEqual([true, false]);
    const rows = await dataSource.query(`SELECT * FROM outbox WHERE job_id = $1`, [jobId]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      queue: 'mail',
      job_name: 'email.send',
      payload: { emailIds: [emailId] },
      dispatched_at: null,
    });
    expect(rows[0].run_at.getTime()).toBe(runAt.getTime());

    await expect(
      transactions.run((m) =>
        outbox.enqueue(m, 'mail', 'email.send', { emailIds: [emailId] }, { jobId: 'bad:id' }),
      ),
    ).rejects.toThrow(/Invalid job id/);
    await dataSource.query(`DELETE FROM outbox`);
  });

  it('reports backlog and missing workers for /health, and the relay drains the outbox', async () => {
    const health = api.app.get(JobsHealthService);
    const outbox = api.app.get(OutboxService);
    const transactions = api.app.get(TransactionService);
    expect(await health.queuesWithoutWorkers()).toEqual(QUEUE_NAMES);

    const ids = [randomUUID(), randomUUID()];
    await transactions.run(async (m) => {
      for (const emailId of ids) {
        await outbox.enqueue(
          m,
          'mail',
          'email.send',
          { emailIds: [emailId] },
          { jobId: emailSendJobId([emailId]) },
        );
      }
    });
    await dataSource.query(`UPDATE outbox SET created_at = now() - interval '90 seconds' WHERE job_id = $1`, [
      emailSendJobId([ids[0]]),
    ]);
    const before = await health.snapshot();
    expect(before.queues.map((queue) => queue.name)).toEqual(QUEUE_NAMES);
    expect(before.queues[0]).toEqual({
      name: 'mail',
      workers: 0,
      waiting: 0,
      active: 0,
      delayed: 0,
      failed: 0,
    });
    expect(before.outbox.pending).toBe(2);
    expect(before.outbox.oldestPendingAgeSeconds).toBeGreaterThanOrEqual(89);
    expect(before.outbox.oldestPendingAgeSeconds).toBeLessThan(120);

    await startWorker();
    const after = await eventually(async () => {
      const snapshot = await health.snapshot();
      return snapshot.outbox.pending === 0 && snapshot.queues[0].workers === 1 ? snapshot : undefined;
    }, 'the relay to drain the outbox');
    expect(after.outbox.oldestPendingAgeSeconds).toBeNull();
    expect(await health.queuesWithoutWorkers()).toEqual([]);
    // Neither email exists: the handler reloads by id and skips.
    const queue = api.app.get(QueueRegistry).get('mail');
    const jobs = await eventually(async () => {
      const done = await queue.getJobs(['completed']);
      return done.length === 2 ? done : undefined;
    }, 'both jobs to complete');
    expect(jobs.map((job: Job) => job.returnvalue)).toEqual(['skipped', 'skipped']);
    expect(jobs.map((job: Job) => job.id).sort()).toEqual(ids.map((id) => emailSendJobId([id])).sort());
  });

  it('turns run_at into a BullMQ delay under the same job id', async () => {
    await startWorker();
    const outbox = api.app.get(OutboxService);
    const emailId = randomUUID();
    const jobId = emailSendJobId([emailId]);
    const runAt = new Date(Date.now() + 1500);
    await api.app
      .get(TransactionService)
      .run((m) => outbox.enqueue(m, 'mail', 'email.send', { emailIds: [emailId] }, { jobId, runAt }));
    const queue = api.app.get(QueueRegistry).get('mail');
    const job = await eventually(async () => (await queue.getJob(jobId)) ?? undefined, 'the job in BullMQ');
    expect(await job.getState()).toBe('delayed');
    expect(job.data).toEqual({ emailIds: [emailId] });
    // finishedOn and returnvalue come from the one read of the job's hash (written together when it
    // finishes); asking for the state in a second call could see 'completed' on a job read just before.
    const finished = await eventually(async () => {
      const current = await queue.getJob(jobId);
      return current?.finishedOn ? current : undefined;
    }, 'the delayed job to run');
    expect(await finished.getState()).toBe('completed');
    expect(finished.returnvalue).toBe('skipped');
    expect(finished.processedOn).toBeGreaterThanOrEqual(runAt.getTime() - 50);
  });

  it('moves every row exactly once with two relays polling the same outbox', async () => {
    const duplicates = await watchDuplicates(prefix);
    try {
      await startWorker();
      await startWorker();
      const queue = api.app.get(QueueRegistry).get('mail');
      const expected = (await queue.getJobCountByTypes('completed')) + 250;
      const ids = Array.from({ length: 250 }, () => randomUUID());
      await api.app.get(TransactionService).run(async (m) => {
        const outbox = api.app.get(OutboxService);
        for (const emailId of ids) {
          await outbox.enqueue(
            m,
            'mail',
            'email.send',
            { emailIds: [emailId] },
            { jobId: emailSendJobId([emailId]) },
          );
        }
      });
      await eventually(
        async () => ((await queue.getJobCountByTypes('completed')) >= expected ? true : undefined),
        'all jobs to complete',
      );
      expect(await pendingCount()).toBe(0);
      await sleep(300);
      expect(await queue.getJobCountByTypes('completed')).toBe(expected);
      expect(duplicates.count()).toBe(0);
    } finally {
      await duplicates.close();
    }
  });

  it('sends once when a relay died after adding a job and before marking its row', async () => {
    const duplicates = await watchDuplicates(prefix);
    try {
      const to = `crash-${shortId()}@mottagare.example.se`;
      const { emailId } = await queueWelcome(api, to);
      // What the dead relay did: the job is in BullMQ, the row is still pending.
      await api.app
        .get(JobProducer)
        .add('mail', 'email.send', { emailIds: [emailId] }, { jobId: emailSendJobId([emailId]) });
      expect(await pendingCount()).toBe(1);

      await startWorker();
      await eventually(async () => ((await pendingCount()) === 0 ? true : undefined), 'the next relay');
      await eventually(() => (sink.to(to).length ? true : undefined), 'the email');
      await sleep(300);
      expect(sink.to(to)).toHaveLength(1);
      expect(duplicates.count()).toBe(1);
      const [row] = await dataSource.query(`SELECT status, attempts FROM emails WHERE id = $1`, [emailId]);
      expect(row).toEqual({ status: 'sent', attempts: 1 });
    } finally {
      await duplicates.close();
    }
  });

  it('wakes the relay by NOTIFY at commit instead of waiting for its next poll', async () => {
    const worker = await startAppContext(db, {
      APP_ROLE: 'worker',
      QUEUE_PREFIX: prefix,
      SMTP_URL: sink.url,
      MAIL_FROM,
      OUTBOX_POLL_MS: '60000',
    });
    workers.push(worker);
    await eventually(async () => {
      const [row] = await dataSource.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity
          WHERE datname = current_database() AND application_name = 'samverkan-outbox-listener'
            AND query ILIKE 'LISTEN%'`,
      );
      return row.n === 1 ? true : undefined;
    }, 'the relay to listen');
    // Let the relay finish its first (empty) batch and fall asleep for a minute.
    await sleep(200);
    const to = `notify-${shortId()}@mottagare.example.se`;
    const queuedAt = Date.now();
    await queueWelcome(api, to);
    await eventually(() => (sink.to(to).length ? true : undefined), 'the email', 5000);
    expect(Date.now() - queuedAt).toBeLessThan(5000);
  });

  it('adds a job once per id through the producer', async () => {
    const producer = api.app.get(JobProducer);
    const jobId = jobIdFor('email.send', 'producer', shortId());
    const runAt = new Date(Date.now() + 3_600_000);
    await producer.add('mail', 'email.send', { emailIds: ['x'] }, { jobId, runAt });
    await producer.add('mail', 'email.send', { emailIds: ['y'] }, { jobId, runAt });
    const job = await api.app.get(QueueRegistry).get('mail').getJob(jobId);
    expect(job?.data).toEqual({ emailIds: ['x'] });
    expect(job?.opts.attempts).toBe(10);
    expect(job?.opts.backoff).toEqual({ type: 'exponential', delay: 30_000 });
    await job?.remove();
  });

  it('moves the reminders an older version queued on invitations to their own queue when a worker starts, so nothing runs twice or is lost', async () => {
    const queues = api.app.get(QueueRegistry);
    const old = queues.get('invitations');
    // As a version before issue 14 left them: the scan's scheduler, a reminder due now and one due in an hour
    // on the invitations queue, beside an invitation sync that stays where it is.
    await old.upsertJobScheduler(
      'reminder.enqueue-due',
      { every: 60_000 },
      { name: 'reminder.enqueue-due', data: {} },
    );
    const dueNow = jobIdFor('reminder.send', randomUUID(), 'P1D', '0');
    const dueLater = jobIdFor('reminder.send', randomUUID(), 'P7D', '2');
    const later = Date.now() + 3_600_000;
    await old.add('reminder.send', { reminderId: randomUUID() }, { jobId: dueNow });
    const laterReminder = randomUUID();
    await old.add(
      'reminder.send',
      { reminderId: laterReminder },
      { jobId: dueLater, delay: later - Date.now() },
    );
    const sync = jobIdFor('invitation.sync', randomUUID(), '1');
    await old.add('invitation.sync', { meetings: [] }, { jobId: sync, delay: 3_600_000 });
    const queued = async () =>
      (await old.getJobs(['waiting', 'delayed', 'prioritized'])).map((job) => job.name).sort();
    expect(await queued()).toEqual([
      'invitation.sync',
      'reminder.enqueue-due',
      'reminder.send',
      'reminder.send',
    ]);

    await startWorker();
    await startWorker();

    expect((await old.getJobSchedulers()).map((scheduler) => scheduler.key)).toEqual([]);
    expect(await queued()).toEqual(['invitation.sync']);
    const reminders = queues.get('reminders');
    expect((await reminders.getJobSchedulers()).map((scheduler) => [scheduler.key, scheduler.every])).toEqual(
      [['reminder.enqueue-due', api.config.reminders.scanMs]],
    );
    const moved = await reminders.getJob(dueLater);
    expect(moved?.data).toEqual({ reminderId: laterReminder });
    expect(await moved?.getState()).toBe('delayed');
    expect(Math.abs(moved!.timestamp + moved!.delay - later)).toBeLessThan(1_000);
    expect(moved?.opts.attempts).toBe(10);
    // The one due now ran on the new queue, by the new handler (its reminder is gone), not failed for want of one.
    const ran = await eventually(async () => {
      const job = await reminders.getJob(dueNow);
      return job?.finishedOn ? job : undefined;
    }, 'the moved reminder.send ran');
    expect([ran.returnvalue, ran.failedReason]).toEqual(['skipped', undefined]);
    expect(await old.getJob(dueNow)).toBeUndefined();
    await moved?.remove();
    await (await old.getJob(sync))?.remove();
  });

  it('keeps one job scheduler per id however often it is upserted', async () => {
    const producer = api.app.get(JobProducer);
    const queue = api.app.get(QueueRegistry).get('mail');
    const schedulerId = `digest-${shortId()}`;
    await producer.upsertScheduler(
      'mail',
      'email.send',
      schedulerId,
      { pattern: '0 7 * * 1-5', tz: 'Europe/Stockholm' },
      { emailIds: ['a'] },
    );
    await producer.upsertScheduler(
      'mail',
      'email.send',
      schedulerId,
      { pattern: '0 8 * * 1-5', tz: 'Europe/Stockholm' },
      { emailIds: ['b'] },
    );
    const schedulers = await queue.getJobSchedulers();
    expect(schedulers.map((s) => [s.key, s.pattern, s.tz])).toEqual([
      [schedulerId, '0 8 * * 1-5', 'Europe/Stockholm'],
    ]);
    const next = await queue.getDelayed();
    expect(next.map((job: Job) => [job.name, job.data, job.opts.attempts])).toEqual([
      ['email.send', { emailIds: ['b'] }, 10],
    ]);
    await producer.removeScheduler('mail', schedulerId);
    expect(await queue.getJobSchedulers()).toEqual([]);
  });
});

describe('graceful shutdown of the worker process', () => {
  let db: TestDatabase;
  let sink: SmtpSink;
  let producer: AppContext | undefined;
  let child: ChildProcess | undefined;

  afterAll(async () => {
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await producer?.close();
    await sink?.stop();
    await db?.drop();
  });

  it('finishes the send in flight on SIGTERM, then exits 0', async () => {
    const sources = ['jobs', 'mail'].flatMap((dir) =>
      readdirSync(join(__dirname, '..', 'src', dir), { recursive: true, encoding: 'utf8' }).map((file) =>
        join(__dirname, '..', 'src', dir, file),
      ),
    );
    const built = sources.filter((file) => file.endsWith('.ts') && !file.endsWith('.spec.ts'));
    const newestSource = Math.max(...built.map((file) => statSync(file).mtimeMs));
    if (!existsSync(MAIN) || statSync(MAIN).mtimeMs < newestSource) {
      throw new Error(`${MAIN} is missing or older than src: run \`npm run build\` first (npm test does)`);
    }
    db = await createTestDatabase();
    sink = await SmtpSink.start();
    sink.setDataDelay(1500);
    const prefix = `samverkan-test-sigterm-${shortId()}`;
    const env = testEnv(db, {
      APP_ROLE: 'worker',
      QUEUE_PREFIX: prefix,
      SMTP_URL: sink.url,
      MAIL_FROM,
      SEED: 'false',
      LOG_LEVEL: 'info',
    });
    let output = '';
    child = spawn(process.execPath, [MAIN], {
      env: Object.fromEntries(
        Object.entries({ PATH: process.env.PATH, HOME: process.env.HOME ?? '/tmp', ...env }).filter(
          (entry): entry is [string, string] => entry[1] !== undefined,
        ),
      ),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
    await eventually(() => (output.includes('"worker started"') ? true : undefined), 'worker start', 30000);

    producer = await startAppContext(db, { APP_ROLE: 'api', QUEUE_PREFIX: prefix, MAIL_FROM });
    const to = `sigterm-${shortId()}@mottagare.example.se`;
    const { emailId } = await queueWelcome(producer, to);
    await sink.waitForDataStart(1);
    expect(sink.messages).toHaveLength(0);
    const signalledAt = Date.now();
    child.kill('SIGTERM');

    const [code, signal] = await exited;
    expect({ code, signal, output: code === 0 ? '' : output }).toEqual({ code: 0, signal: null, output: '' });
    // It waited for the SMTP server's answer rather than dropping the message.
    expect(Date.now() - signalledAt).toBeGreaterThan(700);
    expect(sink.to(to)).toHaveLength(1);
    const [row] = await producer.app
      .get(DataSource)
      .query(`SELECT status, attempts, sent_at FROM emails WHERE id = $1`, [emailId]);
    expect(row.status).toBe('sent');
    expect(row.attempts).toBe(1);
    expect(output).toContain('job workers closed');
  });
});
