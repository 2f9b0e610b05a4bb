/**
 * Minutes written live by many secretaries at once, `npm run bench:minutes`. Not a test: it prints figures.
 *
 * One service, as `npm start` runs it (APP_ROLE=all: the API and the workers in one process, production mode,
 * its default pool, logging one JSON line per request to a stdout that is discarded), on a fresh database
 * migrated and seeded as `npm start` would, with the real PostgreSQL and Redis; dropped at the end.
 *
 * The fixture is made through the API, as an admin would: a meeting of Umeå with an agenda of OWN_ITEMS items
 * per secretary and SHARED_ITEMS items that everyone writes in, and SECRETARIES people of the region with the
 * secretary role (keepers of the minutes), each signed in with a browser session of their own (the cookie
 * and the CSRF header the web app sends). Then each secretary, every INTERVAL_MS for SECONDS (their starts
 * spread over one interval), saves one item through the per-part endpoint the web editor uses,
 * `PUT /api/meetings/{id}/minutes/items/{agendaItemId}` with the version the edit started from:
 *  - mostly one of their own items (new notes each time; a 409 there would be a bug, and is counted);
 *  - every third time one of the shared items, adding a line of their own: a colleague has usually saved it
 *    since, so the answer is 409 MINUTES_PART_CONFLICT with the current part, and the secretary merges the
 *    way the web editor's "merge" does (the colleague's text with their own new lines added) and saves again
 *    from the current version.
 * Half an interval after each save the same secretary asks GET /api/me (authentication, the session, the
 * person read): the floor of the stack, measured in the same run under the same load. Target (issue 15): p99
 * of a save ≤ 3 × p99 of GET /api/me.
 *
 * Afterwards every item is read back and compared with what each secretary last got acknowledged (a 200): an
 * own item must hold exactly the notes of its last acknowledged save, a shared item every line any secretary
 * got acknowledged. Anything else is an edit lost or overwritten (target 0).
 *
 * Settings (read here; they are the benchmark's, not the service's): BENCH_MINUTES_SECONDS (60),
 * BENCH_MINUTES_SECRETARIES (20), BENCH_MINUTES_INTERVAL_MS (2000), BENCH_MINUTES_OWN_ITEMS (2 per
 * secretary), BENCH_MINUTES_SHARED_ITEMS (4). E.g. `BENCH_MINUTES_SECONDS=10 npm run bench:minutes`.
 */
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import http from 'node:http';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../src/config/app-config.js';
import { dropBenchDatabase, prepareBenchDatabase, productionEnv } from './bench-database.js';
import { sleep } from '../test/helpers/eventually';

function setting(name: string, fallback: number, min = 1): number {
  const value = Number(process.env[name] ?? fallback);
  return Number.isFinite(value) && value >= min ? Math.floor(value) : fallback;
}

const SECONDS = setting('BENCH_MINUTES_SECONDS', 60);
const SECRETARIES = setting('BENCH_MINUTES_SECRETARIES', 20);
const INTERVAL_MS = setting('BENCH_MINUTES_INTERVAL_MS', 2000, 50);
const OWN_ITEMS = setting('BENCH_MINUTES_OWN_ITEMS', 2);
const SHARED_ITEMS = setting('BENCH_MINUTES_SHARED_ITEMS', 4, 0);
/** Every SHARED_EVERY-th save of a secretary goes to a shared item. */
const SHARED_EVERY = 3;
/** A secretary gives up a shared save after this many conflicts in a row (counted: it should not happen). */
const MAX_MERGES = 10;
const TARGET_RATIO = 3;
const ADMIN = {
  email: 'bench-admin@samverkan.example',
  password: `bench-${randomBytes(12).toString('hex')}`,
};
/** A few sentences of notes, as a secretary writes under an item (the own items' notes are this plus a line). */
const NOTES =
  'Kommunen redogjorde för läget i äldreomsorgen och bemanningen inför sommaren. Regionen berättade om ' +
  'den nya vårdplaneringen vid utskrivning och hur kommunens sjuksköterskor får tillgång till den. ' +
  'Parterna diskuterade gemensamma utbildningsinsatser och vem som samordnar dem.';

interface Answer {
  status: number;
  body: any;
  ms: number;
  cookie?: string;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 2 * SECRETARIES + 4 });

/** One request to the service (keep-alive), its answer parsed and its time from sending to the last byte. */
function call(
  port: number,
  method: string,
  path: string,
  auth: { cookie?: string; token?: string },
  body?: unknown,
): Promise<Answer> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  const headers: Record<string, string | number> = { 'accept-encoding': 'identity' };
  if (payload !== undefined) {
    headers['content-type'] = 'application/json';
    headers['content-length'] = Buffer.byteLength(payload);
  }
  if (auth.token) headers.authorization = `Bearer ${auth.token}`;
  if (auth.cookie) {
    headers.cookie = auth.cookie;
    headers['x-samverkan-csrf'] = '1';
  }
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const request = http.request({ host: '127.0.0.1', port, method, path, headers, agent }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => {
        const ms = performance.now() - started;
        let parsed: unknown;
        try {
          parsed = text ? JSON.parse(text) : null;
        } catch {
          parsed = text;
        }
        const setCookie = response.headers['set-cookie']?.[0]?.split(';')[0];
        resolve({ status: response.statusCode ?? 0, body: parsed, ms, cookie: setCookie });
      });
    });
    request.on('error', reject);
    request.end(payload);
  });
}

async function expectStatus(answer: Promise<Answer>, status: number, what: string): Promise<any> {
  const { status: got, body } = await answer;
  if (got !== status) throw new Error(`${what}: ${got} ${JSON.stringify(body)}`);
  return body;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function stats(latencies: number[]): { count: number; p50: number; p99: number; max: number } {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    count: sorted.length,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1] ?? NaN,
  };
}

const fmt = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '—');
const load1 = () => loadavg()[0].toFixed(1);
const lines = (notes: string | null) => (notes ? notes.split('\n') : []);

interface ItemState {
  notes: string | null;
  version: number;
}

/** What the run counted, over all secretaries. */
interface Tally {
  saves: number[];
  conflicts: number[];
  me: number[];
  /** 409s on an item only its secretary writes: a conflict that should not exist. */
  unexpectedConflicts: number;
  /** Answers other than 200/409 on a save or 200 on GET /api/me, and requests that failed outright. */
  errors: Map<string, number>;
  mergesGivenUp: number;
  late: number;
}

class Secretary {
  /** The notes each own item last got acknowledged with. */
  readonly ownAcked = new Map<string, string | null>();
  /** Each shared item as this secretary last saw it from the service. */
  readonly sharedSeen = new Map<string, ItemState>();
  /** Lines this secretary got acknowledged in each shared item. */
  readonly sharedAcked = new Map<string, string[]>();
  private readonly own = new Map<string, ItemState>();

  constructor(
    readonly label: string,
    readonly cookie: string,
    ownItems: string[],
    initial: ReadonlyMap<string, ItemState>,
    sharedItems: string[],
  ) {
    for (const id of ownItems) this.own.set(id, { ...initial.get(id)! });
    for (const id of sharedItems) {
      this.sharedSeen.set(id, { ...initial.get(id)! });
      this.sharedAcked.set(id, []);
    }
  }

  get ownItems(): string[] {
    return [...this.own.keys()];
  }

  /** A new text for one of their own items, saved from the version they last got back. */
  async saveOwn(port: number, itemsUrl: string, id: string, tick: number, tally: Tally): Promise<void> {
    const state = this.own.get(id)!;
    const notes = `${NOTES}\n${this.label}: anteckning ${tick}.`;
    const answer = await this.put(port, `${itemsUrl}/${id}`, notes, state.version, tally);
    if (answer?.status === 200) {
      this.own.set(id, { notes: answer.body.notes, version: answer.body.version });
      this.ownAcked.set(id, answer.body.notes);
    } else if (answer?.status === 409) {
      tally.unexpectedConflicts += 1;
      const current = answer.body?.details?.current as ItemState | undefined;
      if (current) this.own.set(id, { notes: current.notes, version: current.version });
    }
  }

  /**
   * A line of their own added to a shared item. A 409 answers the part as it is now: the secretary keeps the
   * colleague's text, adds their lines not in it yet, and saves from the current version.
   */
  async saveShared(port: number, itemsUrl: string, id: string, tick: number, tally: Tally): Promise<void> {
    const line = `${this.label} #${tick}`;
    for (let attempt = 0; attempt <= MAX_MERGES; attempt++) {
      const seen = this.sharedSeen.get(id)!;
      const have = lines(seen.notes);
      const notes = [...have, ...(have.includes(line) ? [] : [line])].join('\n');
      const answer = await this.put(port, `${itemsUrl}/${id}`, notes, seen.version, tally);
      if (!answer) return;
      if (answer.status === 200) {
        this.sharedSeen.set(id, { notes: answer.body.notes, version: answer.body.version });
        if (lines(answer.body.notes).includes(line)) this.sharedAcked.get(id)!.push(line);
        return;
      }
      if (answer.status !== 409) return;
      const current = answer.body?.details?.current as ItemState | undefined;
      if (!current) return;
      this.sharedSeen.set(id, { notes: current.notes, version: current.version });
    }
    tally.mergesGivenUp += 1;
  }

  private async put(
    port: number,
    path: string,
    notes: string,
    baseVersion: number,
    tally: Tally,
  ): Promise<Answer | undefined> {
    try {
      const answer = await call(
        port,
        'PUT',
        path,
        { cookie: this.cookie },
        { notes, decisions: [], baseVersion },
      );
      if (answer.status === 200) tally.saves.push(answer.ms);
      else if (answer.status === 409 && answer.body?.code === 'MINUTES_PART_CONFLICT')
        tally.conflicts.push(answer.ms);
      else count(tally.errors, `PUT ${answer.status} ${answer.body?.code ?? ''}`.trim());
      return answer;
    } catch (error) {
      count(tally.errors, `PUT ${(error as Error).message}`);
      return undefined;
    }
  }
}

function count(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

async function main(): Promise<void> {
  const base = new URL(loadConfig({}).database.url);
  const suffix = randomBytes(3).toString('hex');
  const name = `samverkan_bench_minutes_${suffix}`;
  const url = new URL(base);
  url.pathname = `/${name}`;
  const outbox = `/tmp/samverkan-bench-minutes-${suffix}`;
  const env: Record<string, string> = {
    ...productionEnv(url, 'all', `samverkan-bench-minutes-${suffix}`, ADMIN),
    // The welcome emails of the secretaries are written to files here (removed at the end).
    MAIL_OUTBOX_DIR: outbox,
    ...(process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL } : {}),
  };
  const config = loadConfig(env);
  console.log(
    `Minutes benchmark: ${SECRETARIES} secretaries, each saving every ${INTERVAL_MS} ms for ${SECONDS} s ` +
      `(${OWN_ITEMS} own items each, ${SHARED_ITEMS} shared, every ${SHARED_EVERY}rd save to a shared item); ` +
      `database ${name}; ${availableParallelism()} cores; load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(', ')}`,
  );
  await prepareBenchDatabase(config);

  const server = fork(join(__dirname, 'overview-bench-server.js'), {
    env,
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  try {
    const port = await new Promise<number>((resolve, reject) => {
      server.once('message', (message: { port: number }) => resolve(message.port));
      server.once('exit', (code) => reject(new Error(`the service exited (${code})`)));
    });

    // The fixture, through the API as an admin makes it.
    const admin = {
      token: (await expectStatus(call(port, 'POST', '/api/auth/login', {}, ADMIN), 200, 'admin login'))
        .accessToken as string,
    };
    const organizations = (
      await expectStatus(call(port, 'GET', '/api/organizations?limit=100', admin), 200, 'organizations')
    ).items as Array<{ id: string; kind: string; code: string }>;
    const region = organizations.find((o) => o.code === '24')!;
    const umea = organizations.find((o) => o.code === '2480')!;
    const adminId = (await expectStatus(call(port, 'GET', '/api/me', admin), 200, 'me')).id as string;
    const start = new Date(Date.now() + 7 * 86_400_000);
    start.setUTCHours(9, 0, 0, 0);
    const meeting = await expectStatus(
      call(port, 'POST', '/api/meetings', admin, {
        title: 'Samverkansmöte Umeå',
        start: start.toISOString(),
        end: new Date(start.getTime() + 3 * 3_600_000).toISOString(),
        mode: 'digital',
        status: 'planned',
        organizationIds: [umea.id],
        participants: [{ personId: adminId, role: 'chair' }],
      }),
      201,
      'meeting',
    );
    const addItem = async (title: string): Promise<string> =>
      (
        await expectStatus(
          call(port, 'POST', `/api/meetings/${meeting.id}/agenda/items`, admin, {
            title,
            durationMinutes: 5,
          }),
          201,
          'agenda item',
        )
      ).id as string;
    const shared: string[] = [];
    for (let i = 1; i <= SHARED_ITEMS; i++) shared.push(await addItem(`Gemensam punkt ${i}`));
    const people: Array<{ label: string; cookie: string; items: string[] }> = [];
    for (let s = 1; s <= SECRETARIES; s++) {
      const label = `Sekreterare ${String(s).padStart(2, '0')}`;
      const email = `bench-secretary-${s}-${suffix}@samverkan.example`;
      const password = `bench-${randomBytes(12).toString('hex')}`;
      const person = await expectStatus(
        call(port, 'POST', '/api/people', admin, {
          organizationId: region.id,
          name: label,
          email,
          roles: ['secretary'],
        }),
        201,
        'secretary',
      );
      await expectStatus(
        call(port, 'PATCH', `/api/people/${person.id}`, admin, { password, loginEnabled: true }),
        200,
        'enable login',
      );
      const session = await call(
        port,
        'POST',
        '/api/auth/session',
        { cookie: 'none=1' },
        { email, password },
      );
      if (session.status !== 200 || !session.cookie) throw new Error(`sign in: ${session.status}`);
      const items: string[] = [];
      for (let i = 1; i <= OWN_ITEMS; i++) items.push(await addItem(`${label}, punkt ${i}`));
      people.push({ label, cookie: session.cookie, items });
    }
    const minutesUrl = `/api/meetings/${meeting.id}/minutes`;
    const read = async (): Promise<Map<string, ItemState>> => {
      const minutes = await expectStatus(call(port, 'GET', minutesUrl, admin), 200, 'minutes');
      return new Map(
        (minutes.items as Array<{ agendaItemId: string } & ItemState>).map((item) => [
          item.agendaItemId,
          { notes: item.notes, version: item.version },
        ]),
      );
    };
    const initial = await read();
    const secretaries = people.map(
      (person) => new Secretary(person.label, person.cookie, person.items, initial, shared),
    );

    // The run.
    const tally: Tally = {
      saves: [],
      conflicts: [],
      me: [],
      unexpectedConflicts: 0,
      errors: new Map(),
      mergesGivenUp: 0,
      late: 0,
    };
    const loadBefore = load1();
    const itemsUrl = `${minutesUrl}/items`;
    const began = performance.now();
    const end = began + SECONDS * 1000;
    const edits = secretaries.map(async (secretary, index) => {
      const offset = (index * INTERVAL_MS) / secretaries.length;
      for (let tick = 0; ; tick++) {
        const at = began + offset + tick * INTERVAL_MS;
        if (at >= end) return;
        const wait = at - performance.now();
        if (wait > 0) await sleep(wait);
        else if (wait < -INTERVAL_MS) tally.late += 1;
        if (SHARED_ITEMS > 0 && tick % SHARED_EVERY === SHARED_EVERY - 1) {
          const id = shared[(index + Math.floor(tick / SHARED_EVERY)) % shared.length];
          await secretary.saveShared(port, itemsUrl, id, tick, tally);
        } else {
          const own = secretary.ownItems;
          await secretary.saveOwn(port, itemsUrl, own[tick % own.length], tick, tally);
        }
      }
    });
    const floor = secretaries.map(async (secretary, index) => {
      const offset = (index * INTERVAL_MS) / secretaries.length + INTERVAL_MS / 2;
      for (let tick = 0; ; tick++) {
        const at = began + offset + tick * INTERVAL_MS;
        if (at >= end) return;
        const wait = at - performance.now();
        if (wait > 0) await sleep(wait);
        try {
          const answer = await call(port, 'GET', '/api/me', { cookie: secretary.cookie });
          if (answer.status === 200) tally.me.push(answer.ms);
          else count(tally.errors, `GET /api/me ${answer.status}`);
        } catch (error) {
          count(tally.errors, `GET /api/me ${(error as Error).message}`);
        }
      }
    });
    await Promise.all([...edits, ...floor]);
    const seconds = (performance.now() - began) / 1000;
    const loadAfter = load1();

    // Every item read back against what each secretary last got acknowledged.
    const final = await read();
    let ownChecked = 0;
    let ownLost = 0;
    let sharedChecked = 0;
    let sharedLost = 0;
    for (const secretary of secretaries) {
      for (const [id, notes] of secretary.ownAcked) {
        ownChecked += 1;
        if (final.get(id)?.notes !== notes) ownLost += 1;
      }
      for (const [id, acked] of secretary.sharedAcked) {
        const present = new Set(lines(final.get(id)?.notes ?? null));
        for (const line of acked) {
          sharedChecked += 1;
          if (!present.has(line)) sharedLost += 1;
        }
      }
    }

    const save = stats(tally.saves);
    const conflict = stats(tally.conflicts);
    const me = stats(tally.me);
    const all = stats([...tally.saves, ...tally.conflicts]);
    console.log(
      `\n${seconds.toFixed(1)} s, load average ${loadBefore} → ${loadAfter}` +
        (tally.late ? `; ${tally.late} saves started over one interval late (the client fell behind)` : ''),
    );
    console.log('| request | count | p50 ms | p99 ms | max ms |\n|---|---|---|---|---|');
    const row = (label: string, s: ReturnType<typeof stats>) =>
      console.log(`| ${label} | ${s.count} | ${fmt(s.p50)} | ${fmt(s.p99)} | ${fmt(s.max)} |`);
    row('PUT …/minutes/items/{id}, saved (200)', save);
    row('PUT …/minutes/items/{id}, conflict (409)', conflict);
    row('PUT …/minutes/items/{id}, every answer', all);
    row('GET /api/me (the floor)', me);
    const ratio = save.p99 / me.p99;
    console.log(
      `\np99 of a save ÷ p99 of GET /api/me: ${ratio.toFixed(2)} (target ≤ ${TARGET_RATIO}): ${
        ratio <= TARGET_RATIO ? 'met' : 'NOT met'
      }`,
    );
    console.log(
      `Edits lost or overwritten: ${ownLost + sharedLost} (target 0) — own items: ${ownLost} of ${ownChecked} ` +
        `checked against their last acknowledged notes; shared items: ${sharedLost} of ${sharedChecked} ` +
        `acknowledged lines missing`,
    );
    console.log(
      `Conflicts on shared items merged and saved again: ${tally.conflicts.length - tally.unexpectedConflicts}; ` +
        `conflicts on an item only its secretary writes: ${tally.unexpectedConflicts}; merges given up after ` +
        `${MAX_MERGES} conflicts in a row: ${tally.mergesGivenUp}`,
    );
    const errors = [...tally.errors].map(([key, n]) => `${key}: ${n}`).join(', ');
    console.log(`Other answers and failed requests: ${errors || 'none'}`);
  } finally {
    server.send('stop');
    await new Promise((resolve) => server.once('exit', resolve));
    agent.destroy();
    await dropBenchDatabase(base, name);
    rmSync(outbox, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
