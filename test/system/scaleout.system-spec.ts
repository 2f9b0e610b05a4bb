import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import ICAL from 'ical.js';
import { Client } from 'pg';
import { SmtpSink, type ReceivedMail } from '../helpers/smtp-sink';
import { TEST_POSTGRES_URL, databaseUrl } from '../helpers/test-env';
import {
  FatalStart,
  ManagedProcess,
  OwnRedis,
  REPO_ROOT,
  freePort,
  scratchDirectory,
  sleep,
  waitFor,
} from './processes';

/**
 * The system test (issue 7): the built service as production runs it — 2 api and 2 worker processes on one
 * PostgreSQL database, one Redis and a real SMTP server — confirms a round for all 15 municipalities of
 * Västerbotten. While the invitations go out, one worker is killed with SIGKILL and Redis is restarted,
 * and the API takes writes while Redis is down. Afterwards every participant has exactly one email per
 * (UID, SEQUENCE), no job is stuck, and every write the API accepted was carried out.
 *
 * Run with `npm run test:system` (after `npm test` in .ci/run). It uses its own redis-server on a free port
 * (with AOF, as docs/operations.md asks of production), never the shared one, and its own database.
 */

const ADMIN = { email: 'admin@system.samverkan.se', password: 'system-admin-password-1' };
const JWT_SECRET = randomBytes(32).toString('hex');
const SMTP_DATA_DELAY_MS = 400;
const PEOPLE_PER_MUNICIPALITY = 3;

interface Json {
  status: number;
  body: any;
  text: string;
}

interface CalendarCopy {
  to: string;
  uid: string;
  sequence: number;
  method: string;
  messageId: string;
  raw: Buffer;
  arrival: number;
}

function calendarOf(mail: ReceivedMail, arrival: number): CalendarCopy | undefined {
  const part = mail.parsed.attachments.find((attachment) => attachment.contentType === 'text/calendar');
  if (!part) return undefined;
  const calendar = new ICAL.Component(ICAL.parse(part.content.toString('utf8')) as unknown[]);
  const event = calendar.getFirstSubcomponent('vevent')!;
  return {
    to: mail.envelopeTo.join(',').toLowerCase(),
    uid: String(event.getFirstPropertyValue('uid')),
    sequence: Number(event.getFirstPropertyValue('sequence')),
    method: String(calendar.getFirstPropertyValue('method')),
    messageId: mail.parsed.messageId ?? '',
    raw: mail.raw,
    arrival,
  };
}

describe('production shape: 2 api + 2 workers, a worker killed and Redis restarted mid-send', () => {
  const log: string[] = [];
  const say = (line: string) => {
    log.push(`${new Date().toISOString().slice(11, 23)} ${line}`);
  };
  let scratch: string;
  let redis: OwnRedis;
  let sink: SmtpSink;
  let databaseName: string;
  let pg: Client;
  const apis: ManagedProcess[] = [];
  const workers: ManagedProcess[] = [];
  const apiPorts: number[] = [];
  let queuePrefix: string;
  let queueNames: string[] = [];

  const processEnv = (role: 'api' | 'worker', port: number): Record<string, string> => ({
    NODE_ENV: 'production',
    APP_ROLE: role,
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: `http://127.0.0.1:${apiPorts[0]}`,
    // No TLS in the test; a real deployment's links are https (docs/operations.md).
    ALLOW_INSECURE_PUBLIC_URL: 'true',
    DATABASE_URL: databaseUrl(databaseName),
    DATABASE_POOL_SIZE: '5',
    REDIS_URL: redis.url,
    QUEUE_PREFIX: queuePrefix,
    SMTP_URL: sink.url,
    SMTP_POOL_SIZE: '2',
    MAIL_FROM: 'Samverkan <samverkan@system.example.se>',
    JWT_SECRET,
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    LOG_LEVEL: 'info',
    OUTBOX_POLL_MS: '200',
    INVITATION_DEBOUNCE_MS: '1000',
    JOB_BACKOFF_MS: '500',
    WORKER_CONCURRENCY: '5',
  });

  let nextApi = 0;
  /** Round-robin over the api processes, as a load balancer would. */
  const call = async (method: string, path: string, token?: string, body?: unknown): Promise<Json> => {
    const port = apiPorts[nextApi++ % apiPorts.length];
    const response = await fetch(`http://127.0.0.1:${port}${path}`, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(20_000),
    });
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = undefined;
    }
    return { status: response.status, body: parsed, text };
  };
  const expectStatus = (response: Json, status: number, what: string): any => {
    if (response.status !== status)
      throw new Error(`${what}: ${response.status} ${response.text.slice(0, 400)}`);
    return response.body;
  };

  beforeAll(async () => {
    scratch = await scratchDirectory('system');
    redis = await OwnRedis.start(scratch);
    sink = await SmtpSink.start();
    sink.setDataDelay(SMTP_DATA_DELAY_MS);
    const id = randomBytes(4).toString('hex');
    databaseName = `samverkan_system_${id}`;
    queuePrefix = `samverkan-system-${id}`;
    apiPorts.push(await freePort(), await freePort());
    const main = join(REPO_ROOT, 'dist', 'main.js');
    for (const [index, port] of apiPorts.entries())
      apis.push(
        new ManagedProcess(
          `api${index + 1}`,
          'node',
          [main],
          processEnv('api', port),
          join(scratch, `api${index + 1}.log`),
        ),
      );
    for (const index of [1, 2]) {
      const port = await freePort(); // a worker does not listen; PORT must still be valid
      workers.push(
        new ManagedProcess(
          `worker${index}`,
          'node',
          [main],
          processEnv('worker', port),
          join(scratch, `worker${index}.log`),
        ),
      );
    }
    // An empty database, as a managed PostgreSQL provides it (the processes creating a missing one at the
    // same time race on CREATE DATABASE); all four start at once and migrate and seed once, under a lock.
    const admin = new Client({ connectionString: TEST_POSTGRES_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${databaseName}"`).finally(() => admin.end());
    for (const child of [...apis, ...workers]) child.start();
    for (const port of apiPorts) {
      await waitFor(
        `the api on port ${port} to report healthy with workers`,
        async () => {
          const dead = [...apis, ...workers].find((child) => !child.running);
          if (dead) throw new FatalStart(`${dead.name} exited (${dead.exitCode}): ${await dead.tail(5)}`);
          const ready = await fetch(`http://127.0.0.1:${port}/health/ready`).then((r) => r.json());
          if (ready.status !== 'ok') return undefined;
          // Queue names and workers are for admins only (/health/details).
          const login = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(ADMIN),
          }).then((r) => r.json());
          const health = await fetch(`http://127.0.0.1:${port}/health/details`, {
            headers: { authorization: `Bearer ${login.accessToken}` },
          }).then((r) => r.json());
          if (health.status !== 'ok' || !(health.jobs?.queues?.[0]?.workers >= 2)) return undefined;
          queueNames = health.jobs.queues.map((queue: { name: string }) => queue.name);
          return true;
        },
        60_000,
        200,
      );
    }
    pg = new Client({ connectionString: databaseUrl(databaseName) });
    await pg.connect();
    say(`4 processes up; redis ${redis.url}, smtp ${sink.url}, database ${databaseName}, logs in ${scratch}`);
  }, 120_000);

  afterAll(async () => {
    console.log(log.join('\n'));
    await Promise.allSettled([...apis, ...workers].map((child) => child.stop('SIGTERM')));
    await pg?.end().catch(() => undefined);
    await redis?.process.stop('SIGTERM');
    await sink?.stop();
    if (databaseName) {
      const admin = new Client({ connectionString: TEST_POSTGRES_URL });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`).catch(() => undefined);
      await admin.end();
    }
  });

  it('confirms a 15-municipality round; a SIGKILLed worker and a Redis restart lose and duplicate nothing', async () => {
    const started = Date.now();
    // --- set up the county through the API -----------------------------------------------------------
    const token = expectStatus(
      await call('POST', '/api/auth/login', undefined, ADMIN),
      200,
      'login',
    ).accessToken;
    const organizations = expectStatus(
      await call('GET', '/api/organizations?limit=200', token),
      200,
      'organizations',
    );
    const region = organizations.items.find((o: any) => o.kind === 'region');
    const municipalities = organizations.items.filter((o: any) => o.kind === 'municipality');
    expect(municipalities).toHaveLength(15);
    const person = async (organizationId: string, name: string) =>
      expectStatus(
        await call('POST', '/api/people', token, {
          organizationId,
          name,
          email: `${name.toLowerCase().replace(/[^a-z0-9]+/g, '.')}.${randomBytes(3).toString('hex')}@system.example.se`,
          roles: ['participant'],
        }),
        201,
        `person ${name}`,
      );
    const team = [
      await person(region.id, 'Regional Samordnare'),
      await person(region.id, 'Regional Utvecklare'),
    ];
    for (const municipality of municipalities) {
      const people = [];
      for (let n = 1; n <= PEOPLE_PER_MUNICIPALITY; n += 1)
        people.push(await person(municipality.id, `Naringsliv ${municipality.code} ${n}`));
      expectStatus(
        await call('PUT', `/api/organizations/${municipality.id}/agreement`, token, {
          cadence: 'P3M',
          preferredMode: 'digital',
          defaultParticipantIds: people.map((p: any) => p.id),
          location: { address: null, videoUrl: 'https://video.example.se/samverkan' },
          validFrom: '2026-01-01',
        }),
        200,
        `agreement ${municipality.code}`,
      );
    }
    say(`county set up: ${municipalities.length} agreements, ${2 + 15 * PEOPLE_PER_MUNICIPALITY} people`);

    // --- plan and confirm the round ----------------------------------------------------------------
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const draft = expectStatus(
      await call('POST', '/api/rounds', token, {
        name: 'Samverkansomgång systemtest',
        window: { from: day(60), to: day(150) },
        organizationIds: municipalities.map((m: any) => m.id),
        durationMinutes: 90,
        mode: 'digital',
        regionalTeam: team.map((p: any) => p.id),
      }),
      201,
      'round',
    );
    const planned = await waitFor(
      'the round to be planned',
      async () => {
        const round = expectStatus(await call('GET', `/api/rounds/${draft.id}`, token), 200, 'round');
        return round.status === 'draft' ? round : undefined;
      },
      30_000,
      200,
    );
    const unplaced = planned.items.filter((item: any) => item.unplaced);
    expect(unplaced).toEqual([]);
    const confirmed = expectStatus(
      await call('POST', `/api/rounds/${draft.id}/confirm`, token, {}),
      200,
      'confirm round',
    );
    const meetingIds: string[] = confirmed.items.map((item: any) => item.meetingId);
    expect(meetingIds.filter(Boolean)).toHaveLength(15);
    say(`round confirmed: 15 meetings, ${15 * (2 + PEOPLE_PER_MUNICIPALITY)} invitations to go out`);

    // --- faults while the invitations go out -------------------------------------------------------
    await sink.waitForCount(8, 60_000);
    const victim = workers[0];
    await victim.stop('SIGKILL');
    say(
      `SIGKILL worker1 (pid gone, signal ${victim.signal}) after ${sink.messages.length} messages, ${sink.dataStarted} DATA begun`,
    );

    await sink.waitForCount(sink.messages.length + 8, 60_000);
    await redis.process.stop('SIGKILL');
    say(`Redis killed after ${sink.messages.length} messages`);

    // Writes while Redis is down: accepted (and carried out later) or refused with 503, never a 500.
    const writes: Array<{ what: string; status: number; meetingId?: string; email?: string }> = [];
    for (const [index, meetingId] of meetingIds.slice(0, 3).entries()) {
      const moved = await call('PATCH', `/api/meetings/${meetingId}`, token, {
        videoUrl: `https://video.example.se/nytt-rum-${index}`,
      });
      writes.push({ what: `new video link for meeting ${index + 1}`, status: moved.status, meetingId });
    }
    const newcomerEmail = `nykomling.${randomBytes(3).toString('hex')}@system.example.se`;
    const newcomer = await call('POST', '/api/people', token, {
      organizationId: municipalities[0].id,
      name: 'Nykomling',
      email: newcomerEmail,
      roles: ['participant'],
      password: 'nykomling-password-1',
    });
    writes.push({
      what: 'new person with login (welcome email)',
      status: newcomer.status,
      email: newcomerEmail,
    });
    const healthDown = await call('GET', '/health');
    say(
      `while Redis was down: ${writes.map((w) => `${w.what} → ${w.status}`).join('; ')}; /health → ${healthDown.status}`,
    );
    for (const write of writes) expect([200, 201, 503]).toContain(write.status);
    expect(healthDown.status).toBe(503);
    await sleep(3_000);

    await redis.startAgain();
    say(`Redis back after the writes (AOF replayed), ${sink.messages.length} messages so far`);

    // --- everything settles --------------------------------------------------------------------------
    const accepted = writes.filter((write) => write.status < 300);
    const settled = await waitFor(
      'every email sent, the outbox drained and the queues empty',
      async () => {
        const [emails] = (
          await pg.query<{ queued: number; failed: number; sent: number }>(
            `SELECT count(*) FILTER (WHERE status = 'queued')::int AS queued,
                    count(*) FILTER (WHERE status = 'failed')::int AS failed,
                    count(*) FILTER (WHERE status = 'sent')::int AS sent FROM emails`,
          )
        ).rows;
        const [outbox] = (
          await pg.query<{ pending: number }>(
            `SELECT count(*)::int AS pending FROM outbox WHERE dispatched_at IS NULL`,
          )
        ).rows;
        const meetingsBehind = (
          await pg.query(
            `SELECT m.id FROM meetings m JOIN meeting_participants p ON p.meeting_id = m.id AND p.removed_at IS NULL
              LEFT JOIN invitations i ON i.meeting_id = m.id AND i.person_id = p.person_id
             WHERE m.round_id = $1 AND (i.person_id IS NULL OR i.last_sequence_sent IS DISTINCT FROM m.sequence)`,
            [draft.id],
          )
        ).rows.length;
        const counts = await queueCounts(redis.url, queuePrefix, queueNames);
        const busy = counts.waiting + counts.active + counts.pendingDelayed;
        if (
          emails.queued === 0 &&
          outbox.pending === 0 &&
          busy === 0 &&
          meetingsBehind === 0 &&
          emails.sent > 0
        )
          return { emails, counts };
        return undefined;
      },
      120_000,
      500,
    ).catch(async (error: Error) => {
      for (const child of [...apis, ...workers])
        say(`--- ${child.name} log tail ---\n${await child.tail(15)}`);
      throw error;
    });
    say(
      `settled ${Math.round((Date.now() - started) / 1000)} s after the start: ${settled.emails.sent} emails sent, ` +
        `${settled.emails.failed} failed; queues ${JSON.stringify(settled.counts)}`,
    );
    expect(settled.counts.failed).toBe(0);
    // The only emails not sent are invitations withdrawn in favour of a newer SEQUENCE before they left.
    const { rows: unsent } = await pg.query<{ to_address: string; last_error: string | null }>(
      `SELECT to_address, last_error FROM emails WHERE status <> 'sent'`,
    );
    const withdrawn = unsent.filter((row) => /superseded/i.test(row.last_error ?? ''));
    expect(unsent.filter((row) => !withdrawn.includes(row))).toEqual([]);

    // --- what arrived ---------------------------------------------------------------------------------
    const copies = sink.messages
      .map((mail, arrival) => calendarOf(mail, arrival))
      .filter((copy): copy is CalendarCopy => copy !== undefined);
    const byKey = new Map<string, CalendarCopy[]>();
    for (const copy of copies) {
      const key = `${copy.to} ${copy.uid} ${copy.sequence}`;
      byKey.set(key, [...(byKey.get(key) ?? []), copy]);
    }
    const problems: string[] = [];
    let resent = 0;
    for (const [key, list] of byKey) {
      const distinct = new Set(list.map((copy) => copy.messageId));
      if (distinct.size !== 1) problems.push(`${key}: ${distinct.size} different emails`);
      if (list.some((copy) => !copy.raw.equals(list[0].raw))) problems.push(`${key}: copies differ in bytes`);
      resent += list.length - 1;
    }
    // Never an older SEQUENCE after a newer one for the same person and meeting.
    const latestSeen = new Map<string, number>();
    for (const copy of copies.sort((a, b) => a.arrival - b.arrival)) {
      const key = `${copy.to} ${copy.uid}`;
      if ((latestSeen.get(key) ?? -1) > copy.sequence)
        problems.push(`${key}: SEQUENCE ${copy.sequence} after a newer one`);
      latestSeen.set(key, Math.max(latestSeen.get(key) ?? -1, copy.sequence));
    }
    // Every participant of every meeting has the meeting as it is now: its current SEQUENCE, once.
    const { rows: expected } = await pg.query<{ email: string; uid: string; sequence: number }>(
      `SELECT lower(pe.email) AS email, m.uid, m.sequence FROM meetings m
         JOIN meeting_participants p ON p.meeting_id = m.id AND p.removed_at IS NULL
         JOIN people pe ON pe.id = p.person_id
        WHERE m.round_id = $1`,
      [draft.id],
    );
    expect(expected).toHaveLength(15 * (2 + PEOPLE_PER_MUNICIPALITY));
    for (const row of expected) {
      if (!byKey.has(`${row.email} ${row.uid} ${row.sequence}`))
        problems.push(`${row.email} never got ${row.uid} SEQUENCE ${row.sequence}`);
    }
    // Each email stored was received, and nothing was received that is not stored.
    const { rows: stored } = await pg.query<{ message_id: string }>(
      `SELECT message_id FROM emails WHERE status = 'sent'`,
    );
    const { rows: storedWithdrawn } = await pg.query<{ message_id: string }>(
      `SELECT message_id FROM emails WHERE status = 'failed'`,
    );
    const receivedIds = new Set(sink.messages.map((mail) => mail.parsed.messageId));
    const storedIds = new Set(stored.map((row) => row.message_id));
    for (const id of storedIds) if (!receivedIds.has(id)) problems.push(`stored email ${id} never arrived`);
    // A withdrawn invitation may still have left if its send had begun: then it is stored, as failed.
    for (const row of storedWithdrawn) storedIds.add(row.message_id);
    for (const id of receivedIds)
      if (!storedIds.has(id ?? '')) problems.push(`received ${id} that is not stored`);

    // The writes taken while Redis was down were carried out once it returned.
    for (const write of accepted) {
      if (write.meetingId) {
        const { rows } = await pg.query<{ uid: string; sequence: number }>(
          `SELECT uid, sequence FROM meetings WHERE id = $1`,
          [write.meetingId],
        );
        const arrived = copies.filter(
          (copy) => copy.uid === rows[0].uid && copy.sequence === rows[0].sequence,
        );
        if (rows[0].sequence < 1) problems.push(`${write.what}: SEQUENCE did not rise`);
        if (new Set(arrived.map((copy) => copy.to)).size !== 2 + PEOPLE_PER_MUNICIPALITY)
          problems.push(`${write.what}: SEQUENCE ${rows[0].sequence} reached ${arrived.length} participants`);
      }
      if (write.email && sink.to(write.email).length !== 1)
        problems.push(`${write.what}: ${sink.to(write.email).length} welcome emails`);
    }
    say(
      `${sink.messages.length} messages received (${copies.length} invitations, ${resent} identical re-deliveries ` +
        `after the kill), ${byKey.size} (attendee, UID, SEQUENCE), ${expected.length} participants × meetings, ` +
        `${accepted.length}/${writes.length} writes accepted during the outage, ${withdrawn.length} queued ` +
        `invitations withdrawn for a newer SEQUENCE`,
    );
    expect(problems).toEqual([]);
    for (const child of [...apis, workers[1]]) expect(child.running).toBe(true);
  }, 240_000);
});

async function queueCounts(
  url: string,
  prefix: string,
  names: string[],
): Promise<{ waiting: number; active: number; failed: number; pendingDelayed: number; repeatable: number }> {
  const totals = { waiting: 0, active: 0, failed: 0, pendingDelayed: 0, repeatable: 0 };
  for (const name of names) {
    const queue = new Queue(name, { connection: { url, maxRetriesPerRequest: 1 }, prefix });
    try {
      const counts = await queue.getJobCounts('waiting', 'prioritized', 'active', 'failed');
      totals.waiting += (counts.waiting ?? 0) + (counts.prioritized ?? 0);
      totals.active += counts.active ?? 0;
      totals.failed += counts.failed ?? 0;
      // Delayed jobs of the schedulers (repeatable ticks) are expected; any other delayed job is work left.
      for (const job of await queue.getJobs(['delayed'])) {
        if (job.repeatJobKey) totals.repeatable += 1;
        else totals.pendingDelayed += 1;
      }
    } finally {
      await queue.close();
    }
  }
  return totals;
}
