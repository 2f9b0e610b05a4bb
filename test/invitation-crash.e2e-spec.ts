import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { type AppContext, startAppContext } from './helpers/app-context';
import { eventually, sleep } from './helpers/eventually';
import { MeetingTestDriver, insertPeople, readCalendarEmail } from './helpers/invitation-fixtures';
import { SmtpSink } from './helpers/smtp-sink';
import { testEnv } from './helpers/test-app';
import { type TestDatabase, createTestDatabase } from './helpers/test-database';
import { TEST_REDIS_URL, shortId } from './helpers/test-env';

const MAIN = join(__dirname, '..', 'dist', 'main.js');
const SENDER = 'samverkan@regionvasterbotten.example.se';
const MAIL_FROM = `Samverkan <${SENDER}>`;

/** dist must hold this build of the invitation, mail and jobs code: the worker below runs it. */
function assertFreshBuild(): void {
  const sources = ['invitation', 'mail', 'jobs', 'meeting'].flatMap((dir) =>
    readdirSync(join(__dirname, '..', 'src', dir), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.spec.ts'))
      .map((file) => join(__dirname, '..', 'src', dir, file)),
  );
  const newestSource = Math.max(...sources.map((file) => statSync(file).mtimeMs));
  const built = join(__dirname, '..', 'dist', 'invitation', 'invitation-sync.service.js');
  if (!existsSync(MAIN) || !existsSync(built) || statSync(built).mtimeMs < newestSource) {
    throw new Error(`${built} is missing or older than src: run \`npm run build\` first (npm test does)`);
  }
}

/**
 * What BullMQ does once the dead worker's lock has expired (lockDuration, 30 s): its stalled-job check runs
 * twice (the first marks active jobs, the second moves those whose lock is gone back to wait). Done here at
 * once instead of waiting: the lock and the check throttle are removed, then BullMQ's own check runs.
 */
async function recoverStalledJobs(prefix: string, queue: string): Promise<number> {
  const redis = new Redis(TEST_REDIS_URL);
  // BullMQ's own stalled-job check, which its typings keep private (workers run it on a timer).
  const checker = new Worker(queue, null, {
    connection: { url: TEST_REDIS_URL, maxRetriesPerRequest: null },
    prefix,
    autorun: false,
  });
  const check = () =>
    (checker as unknown as { moveStalledJobsToWait(): Promise<void> }).moveStalledJobsToWait();
  try {
    const locks = await redis.keys(`${prefix}:${queue}:*:lock`);
    if (locks.length > 0) await redis.del(...locks);
    await redis.del(`${prefix}:${queue}:stalled-check`);
    await check();
    await redis.del(`${prefix}:${queue}:stalled-check`);
    await check();
    return await redis.llen(`${prefix}:${queue}:wait`);
  } finally {
    await checker.close();
    redis.disconnect();
  }
}

describe('a worker killed after the SMTP server accepted an invitation, before the database recorded it', () => {
  let db: TestDatabase;
  let sink: SmtpSink;
  let producer: AppContext | undefined;
  let worker: AppContext | undefined;
  let child: ChildProcess | undefined;

  afterAll(async () => {
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await worker?.close();
    await producer?.close();
    await sink?.stop();
    await db?.drop();
  });

  it('never produces two different emails for the same (UID, SEQUENCE, attendee): the resend is byte-identical', async () => {
    assertFreshBuild();
    db = await createTestDatabase();
    sink = await SmtpSink.start();
    const prefix = `samverkan-test-crash-${shortId()}`;
    const env = {
      QUEUE_PREFIX: prefix,
      SMTP_URL: sink.url,
      MAIL_FROM,
      PUBLIC_URL: 'https://samverkan.example.se',
      SEED: 'false',
      INVITATION_DEBOUNCE_MS: '0',
      // One send at a time, so the kill lands on one message in flight.
      WORKER_CONCURRENCY: '1',
      SMTP_POOL_SIZE: '1',
    };
    let output = '';
    child = spawn(process.execPath, [MAIN], {
      env: Object.fromEntries(
        Object.entries({
          PATH: process.env.PATH,
          HOME: process.env.HOME ?? '/tmp',
          ...testEnv(db, { ...env, APP_ROLE: 'worker', LOG_LEVEL: 'info' }),
        }).filter((entry): entry is [string, string] => entry[1] !== undefined),
      ),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
    await eventually(() => (output.includes('"worker started"') ? true : undefined), 'worker start', 30000);

    // The API side: writes the meeting and, in the same transaction, the invitation job to the outbox.
    producer = await startAppContext(db, { ...env, APP_ROLE: 'api' });
    const dataSource = producer.app.get(DataSource);
    const [region]: Array<{ id: string }> = await dataSource.query(
      `INSERT INTO organizations (kind, code, name, version) VALUES ('region', '24', 'Region Västerbotten', 1)
       RETURNING id`,
    );
    const [umea]: Array<{ id: string }> = await dataSource.query(
      `INSERT INTO organizations (kind, code, name, parent_id, version) VALUES ('municipality', '2480', 'Umeå', $1, 1)
       RETURNING id`,
      [region.id],
    );
    const people = await insertPeople(dataSource, umea.id, [
      { name: 'Åsa Öberg' },
      { name: 'Jörgen Ärlig' },
      { name: 'Emma English', locale: 'en' },
    ]);
    const [secretary] = await insertPeople(dataSource, region.id, [
      { name: 'Regionens sekreterare', roles: ['secretary'] },
    ]);
    const driver = await MeetingTestDriver.as(producer.app, secretary.email);
    const meeting = await driver.create({
      organizationIds: [umea.id],
      participants: people.map((person) => ({ personId: person.id })),
      start: new Date('2027-02-09T09:00:00Z'),
      title: 'Samverkansmöte Umeå',
    });

    // The first message is accepted (250 sent) and the worker dies before it can mark it sent: the server
    // holds its answer; once the message is in, the worker is frozen (SIGSTOP, so it cannot read the 250),
    // the server answers 250, and the frozen worker is killed.
    sink.setDataDelay(1500);
    await sink.waitForDataStart(1, 20000);
    await sleep(300);
    child.kill('SIGSTOP');
    await sink.waitForCount(1, 5000);
    child.kill('SIGKILL');
    sink.setDataDelay(0);
    const [, signal] = await exited;
    expect(signal).toBe('SIGKILL');
    const [victim] = sink.messages;
    const emails: Array<{ id: string; to_address: string; status: string; attempts: number; raw: string }> =
      await dataSource.query(
        `SELECT id, to_address, status, attempts, raw FROM emails WHERE related_id = $1 ORDER BY to_address`,
        [meeting.id],
      );
    expect(emails).toHaveLength(3);
    const victimRow = emails.find((email) => email.to_address === victim.envelopeTo[0])!;
    // The crash window was hit: delivered, yet recorded as an attempt still queued.
    expect([victimRow.status, victimRow.attempts]).toEqual(['queued', 1]);

    // Time passes (the dead worker's lock expires) and another worker starts.
    expect(await recoverStalledJobs(prefix, 'mail')).toBeGreaterThanOrEqual(1);
    worker = await startAppContext(db, { ...env, APP_ROLE: 'worker' });
    const sent = await eventually(async () => {
      const rows: Array<{ status: string; attempts: number; id: string }> = await dataSource.query(
        `SELECT id, status, attempts FROM emails WHERE related_id = $1`,
        [meeting.id],
      );
      return rows.every((row) => row.status === 'sent') ? rows : undefined;
    }, 'every invitation sent');
    expect(sent.find((row) => row.id === victimRow.id)?.attempts).toBe(2);

    // Every (UID, SEQUENCE, attendee) arrived as one set of bytes, however often it arrived.
    const byTriple = new Map<string, Set<string>>();
    for (const mail of sink.messages) {
      const calendar = readCalendarEmail(mail);
      const key = `${calendar.uid}|${calendar.sequence}|${mail.envelopeTo[0]}`;
      byTriple.set(key, (byTriple.get(key) ?? new Set()).add(mail.raw.toString('base64')));
    }
    expect(byTriple.size).toBe(3);
    for (const versions of byTriple.values()) expect(versions.size).toBe(1);
    const copies = sink.to(victim.envelopeTo[0]);
    expect(copies).toHaveLength(2);
    expect(copies[1].parsed.messageId).toBe(copies[0].parsed.messageId);
    expect(copies[1].raw.equals(copies[0].raw)).toBe(true);
    expect(copies[0].raw.equals(Buffer.from(victimRow.raw, 'ascii'))).toBe(true);
    for (const person of people.filter((p) => p.email !== victim.envelopeTo[0])) {
      expect(sink.to(person.email)).toHaveLength(1);
    }
    // Nothing was rendered twice: one email per attendee, and the invitations record SEQUENCE 0 once.
    const rendered = await dataSource.query(`SELECT count(*)::int AS n FROM emails WHERE related_id = $1`, [
      meeting.id,
    ]);
    expect(rendered[0].n).toBe(3);
    const job = await worker.app
      .get(DataSource)
      .query(
        `SELECT count(*)::int AS n FROM outbox WHERE job_name = 'email.send' AND payload->'emailIds' ? $1`,
        [victimRow.id],
      );
    expect(job[0].n).toBe(1);
  });
});
