/**
 * Benchmark of GET /api/overview over a generated ten-year history (15 municipalities, then 290 in 21
 * regions), next to the same SQL run directly through pg in the same run. `npm run bench:overview`.
 * Not a test: it prints figures. Targets (issues 6 and 11): HTTP ÷ SQL requests per second ≥ 0.5; p99 ≤ 20 ms
 * for 15 municipalities and ≤ 50 ms for 290, at 50 concurrent connections, with read-your-writes freshness
 * (no time-based cache); a new action shows on the very next request, in either API process; the
 * statements of one region (what a change recomputes) ≤ 1 ms for 15 municipalities and ≤ 10 ms in the
 * county of 290 (EXPLAIN ANALYZE); EXPLAIN shows no sequential scan of meetings or actions.
 *
 * Who asks: with 15 municipalities a coordinator of Västerbotten, logged in through the API (the county
 * overview is theirs); with 290 the admin, the only caller whose overview holds all 290.
 *
 * Two API processes are forked as `npm start` would run them (role api, production mode, the default pool
 * of 10 connections, log level info with one JSON line per request on a stdout that is discarded), as two
 * replicas behind a load balancer: the load goes to the first, the freshness check reads both. The load comes
 * from this process over 50 keep-alive connections, each sending its next request when the last answer has
 * arrived, asking for gzip as a browser does (bench/overview-load.ts writes requests straight to sockets:
 * the load side must not take the server's CPU on a two-core machine). The SQL side runs the repository's
 * read-only transaction statement for statement (OVERVIEW_SQL and OVERVIEW_AREAS_SQL) through a pg.Pool of
 * the same size, also 50 callers at a time. Each caller is warmed up for WARMUP_MS, then measured in ROUNDS
 * slices of SLICE_MS taking turns with the others, so they share the machine's other load alike; GET
 * /api/me (authentication plus reading the caller's own person and organization) shows the floor of the
 * stack; "with writes" is the same load while another connection commits a change to the region every
 * WRITE_EVERY_MS (each one makes the next requests wait for a recomputation). Before measuring, the answer
 * is checked (the right municipalities, the caller's scope), and afterwards whether a new open action
 * committed by another process shows on the very next request to each API process, and how long that took.
 * The database is a fresh one, migrated and seeded as `npm start` would, and dropped at the end.
 */
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DateTime } from 'luxon';
import { Client, Pool } from 'pg';
import { hashPassword } from '../src/common/auth/password.js';
import { loadConfig } from '../src/config/app-config.js';
import { dropBenchDatabase, prepareBenchDatabase, productionEnv } from './bench-database.js';
import {
  OVERVIEW_AREAS_SQL,
  OVERVIEW_BEGIN,
  OVERVIEW_JIT_OFF,
  OVERVIEW_MODEL_REFRESH_SQL,
  OVERVIEW_MODEL_SQL,
  OVERVIEW_REGION_SQL,
  OVERVIEW_SQL,
  OVERVIEW_VERSION_SQL,
  type OverviewClock,
  type OverviewScope,
  overviewParameters,
} from '../src/overview/overview.repository.js';
import { OVERVIEW_WINDOW_MONTHS } from '../src/overview/overview.service.js';
import { addSwedishRegions, generateHistory, tableCounts } from './overview-bench-data.js';
import { rawHttpGetter } from './overview-load.js';
import { sleep } from '../test/helpers/eventually';

const CONCURRENCY = 50;
const POOL_SIZE = 10;
/** Before its first slice each caller runs this long unmeasured: JIT, connections and caches warm. */
const WARMUP_MS = 3_000;
/** Each caller is measured in ROUNDS slices of SLICE_MS, taking turns: 10 s each in all. */
const ROUNDS = 5;
const SLICE_MS = 2_000;
const TARGETS = {
  ratio: 0.5,
  p99Ms: { 15: 20, 290: 50 } as Record<number, number>,
  /** One region's statements (what a change recomputes), EXPLAIN ANALYZE execution time. */
  statementMs: { 15: 1, 290: 10 } as Record<number, number>,
};
/** How often the "with writes" phase commits a change to the region. */
const WRITE_EVERY_MS = 250;
const ADMIN = {
  email: 'bench-admin@samverkan.example',
  password: `bench-${randomBytes(12).toString('hex')}`,
};
const COORDINATOR = {
  email: 'bench-coordinator@samverkan.example',
  password: `bench-${randomBytes(12).toString('hex')}`,
};
const TIME_ZONE = 'Europe/Stockholm';

interface LoadResult {
  requests: number;
  errors: number;
  rps: number;
  p50: number;
  p99: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

interface Sample {
  latencies: number[];
  errors: number;
  seconds: number;
}

/** Runs `call` from CONCURRENCY loops, each starting its next call when the last has answered, for `ms`. */
async function load(call: () => Promise<boolean>, ms: number): Promise<Sample> {
  const latencies: number[] = [];
  let errors = 0;
  const start = performance.now();
  const deadline = start + ms;
  const loop = async (): Promise<void> => {
    while (performance.now() < deadline) {
      const t0 = performance.now();
      const ok = await call().catch(() => false);
      if (ok) latencies.push(performance.now() - t0);
      else errors += 1;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, loop));
  return { latencies, errors, seconds: (performance.now() - start) / 1000 };
}

/**
 * Measures several callers in turns (ROUNDS slices each, one after the other) so that they share whatever
 * else the machine is doing at the time: a ratio of two runs minutes apart would mostly measure that.
 */
async function measureInTurns<K extends string>(
  callers: Record<K, () => Promise<boolean>>,
): Promise<Record<K, LoadResult>> {
  const names = Object.keys(callers) as K[];
  const samples = new Map<K, Sample[]>(names.map((name) => [name, []]));
  for (const name of names) await load(callers[name], WARMUP_MS);
  for (let round = 0; round < ROUNDS; round++) {
    for (const name of names) samples.get(name)!.push(await load(callers[name], SLICE_MS));
  }
  const results = {} as Record<K, LoadResult>;
  for (const name of names) {
    const taken = samples.get(name)!;
    const latencies = taken.flatMap((sample) => sample.latencies).sort((a, b) => a - b);
    const seconds = taken.reduce((total, sample) => total + sample.seconds, 0);
    results[name] = {
      requests: latencies.length,
      errors: taken.reduce((total, sample) => total + sample.errors, 0),
      rps: latencies.length / seconds,
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
    };
  }
  return results;
}

/** GET `path` as the caller of `token`, asking for gzip as a browser does; true on a 200 with a body. */
function apiCaller(port: number, path: string, token: string): ReturnType<typeof rawHttpGetter> {
  return rawHttpGetter(
    port,
    path,
    { authorization: `Bearer ${token}`, 'accept-encoding': 'gzip, deflate, br' },
    CONCURRENCY,
  );
}

/** One plain GET, the body parsed as JSON (no compression asked for). */
async function getJson<T>(port: number, path: string, token: string): Promise<T> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path, headers: { authorization: `Bearer ${token}` } }, (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () =>
          response.statusCode === 200
            ? resolve(JSON.parse(text) as T)
            : reject(new Error(`GET ${path} ${response.statusCode}: ${text}`)),
        );
      })
      .on('error', reject);
  });
}

interface OverviewAnswer {
  today: string;
  totals: { municipalities: number; actionsOpen: number };
  municipalities: Array<{ organizationId: string; regionId: string }>;
}

function clock(now: Date): OverviewClock {
  const local = DateTime.fromJSDate(now, { zone: TIME_ZONE });
  return {
    now,
    today: local.toISODate()!,
    windowStart: local.minus({ months: OVERVIEW_WINDOW_MONTHS }).toISODate()!,
    timeZone: TIME_ZONE,
  };
}

/** Every Seq Scan in an EXPLAIN (FORMAT JSON) plan, by relation. */
function seqScans(plan: Record<string, unknown>, found: string[] = []): string[] {
  if (plan['Node Type'] === 'Seq Scan') found.push(String(plan['Relation Name']));
  for (const child of (plan.Plans as Array<Record<string, unknown>> | undefined) ?? [])
    seqScans(child, found);
  return found;
}

/**
 * EXPLAIN ANALYZE of one region: the read-model statement a request runs (`ms`, its sequential scans), the
 * recomputation a writing transaction runs at its commit (`refreshMs`), and the two statements it runs,
 * from scratch (`scratchMs`: what every change cost a request before the read model).
 */
async function explain(
  pool: Pool,
  regionId: string,
): Promise<{ seq: string[]; ms: number; refreshMs: number; scratchMs: number }> {
  const at = clock(new Date());
  const params = overviewParameters(regionId, at);
  const refreshParams = [regionId, at.now, at.today, at.windowStart, OVERVIEW_WINDOW_MONTHS, at.timeZone];
  const connection = await pool.connect();
  const executionMs = async (sql: string, parameters: unknown[], seq: string[] = []) => {
    const { rows } = await connection.query<{ 'QUERY PLAN': Array<Record<string, unknown>> }>(
      `EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`,
      parameters,
    );
    const top = rows[0]['QUERY PLAN'][0];
    seqScans(top.Plan as Record<string, unknown>, seq);
    return Number(top['Execution Time']);
  };
  try {
    await connection.query('BEGIN');
    const refreshMs = await executionMs(OVERVIEW_MODEL_REFRESH_SQL, refreshParams);
    await connection.query('COMMIT');
    await connection.query(OVERVIEW_BEGIN);
    await connection.query(OVERVIEW_JIT_OFF);
    const seq: string[] = [];
    const ms = await executionMs(OVERVIEW_MODEL_SQL, [regionId], seq);
    let scratchMs = 0;
    for (const sql of [OVERVIEW_SQL, OVERVIEW_REGION_SQL]) scratchMs += await executionMs(sql, params, seq);
    await connection.query('COMMIT');
    return { seq, ms, refreshMs, scratchMs };
  } catch (error) {
    await connection.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    connection.release();
  }
}

/** The repository's transaction for one region, statement for statement; resolves to its row count. */
async function readRegion(pool: Pool, regionId: string): Promise<number> {
  const connection = await pool.connect();
  try {
    await connection.query(OVERVIEW_BEGIN);
    await connection.query(OVERVIEW_VERSION_SQL, [regionId]);
    const rows = await connection.query<{ kind: string }>(OVERVIEW_MODEL_SQL, [regionId]);
    await connection.query(OVERVIEW_AREAS_SQL, [regionId]);
    await connection.query('COMMIT');
    return rows.rows.filter((row) => row.kind === 'municipality').length;
  } finally {
    connection.release();
  }
}

function fmt(value: number, digits = 1): string {
  return Number.isFinite(value) ? value.toFixed(digits) : '—';
}

async function login(port: number, credentials: { email: string; password: string }): Promise<string> {
  const body = JSON.stringify(credentials);
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: '127.0.0.1',
        port,
        path: '/api/auth/login',
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () =>
          response.statusCode === 200
            ? resolve((JSON.parse(text) as { accessToken: string }).accessToken)
            : reject(new Error(`login ${response.statusCode}: ${text}`)),
        );
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

/**
 * A new open action in `regionId`, committed by this process (as another API process or a worker would):
 * does the very next request to each API process count it, and how long after the commit did the answers
 * come? The action is removed again afterwards.
 */
async function freshness(
  client: Client,
  ports: readonly number[],
  token: string,
  regionId: string,
): Promise<{ nextRequest: boolean; ms: number }> {
  const read = async (port: number) =>
    (await getJson<OverviewAnswer>(port, '/api/overview', token)).totals.actionsOpen;
  const before = await Promise.all(ports.map(read));
  const {
    rows: [action],
  } = await client.query<{ id: string }>(
    `INSERT INTO actions (region_id, title, owner_person_id, owner_organization_id, due_date, status, version)
     SELECT o.parent_id, 'Freshness check', p.id, o.id, current_date + 30, 'open', 1
       FROM organizations o JOIN people p ON p.organization_id = o.id
      WHERE o.parent_id = $1 AND p.deleted_at IS NULL
      ORDER BY o.code LIMIT 1
     RETURNING id`,
    [regionId],
  );
  const committed = performance.now();
  try {
    const after = await Promise.all(ports.map(read));
    return {
      nextRequest: after.every((open, i) => open === before[i] + 1),
      ms: performance.now() - committed,
    };
  } finally {
    await client.query(`DELETE FROM actions WHERE id = $1`, [action.id]);
  }
}

/**
 * Commits a change to the region every WRITE_EVERY_MS while `active()` holds (a comment-like update of
 * one action: the triggers bump the region's version as for any change the overview reads).
 */
function writer(client: Client, regionId: string, active: () => boolean): { stop: () => Promise<number> } {
  let running = true;
  let writes = 0;
  const loop = (async () => {
    while (running) {
      if (active()) {
        await client.query(
          `UPDATE actions SET updated_at = now() WHERE id = (
             SELECT id FROM actions WHERE region_id = $1 AND status = 'open' ORDER BY id LIMIT 1)`,
          [regionId],
        );
        writes += 1;
      }
      await sleep(WRITE_EVERY_MS);
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return writes;
    },
  };
}

function load1(): string {
  return loadavg()[0].toFixed(1);
}

async function main(): Promise<void> {
  const base = new URL(loadConfig({}).database.url);
  const name = `samverkan_bench_overview_${randomBytes(3).toString('hex')}`;
  const url = new URL(base);
  url.pathname = `/${name}`;
  const env: Record<string, string> = {
    ...productionEnv(url, 'api', `samverkan-bench-${randomBytes(3).toString('hex')}`, ADMIN),
    DATABASE_POOL_SIZE: String(POOL_SIZE),
  };
  const config = loadConfig(env);
  console.log(
    `Overview benchmark: database ${name}, ${CONCURRENCY} concurrent connections, pool ${POOL_SIZE}, ` +
      `${machine()}; load average ${load1()}`,
  );
  await prepareBenchDatabase(config);
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  const pool = new Pool({ connectionString: url.toString(), max: POOL_SIZE });
  // Two replicas of the API. Their stdout (the request log) is discarded; errors on stderr still show.
  const serve = () =>
    fork(join(__dirname, 'overview-bench-server.js'), {
      env,
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
  const servers = [serve(), serve()];
  const writes = new Client({ connectionString: url.toString() });
  await writes.connect();
  try {
    const now = new Date();
    const [vasterbotten] = (
      await client.query<{ id: string }>(`SELECT id FROM organizations WHERE code = '24'`)
    ).rows;
    // A coordinator of the region, as the coordinators who read the county overview.
    await client.query(
      `INSERT INTO people (organization_id, name, email, roles, locale, login_enabled, password_hash, version)
       VALUES ($1, 'Samordnare', $2, '{coordinator}', 'sv', true, $3, 1)`,
      [vasterbotten.id, COORDINATOR.email, await hashPassword(COORDINATOR.password)],
    );
    let started = performance.now();
    await client.query('BEGIN');
    await generateHistory(client, [vasterbotten.id], now);
    await client.query('COMMIT');
    await client.query('ANALYZE');
    console.log(`Generated Västerbotten's history in ${fmt((performance.now() - started) / 1000)} s`);

    const [apiPort, replicaPort] = await Promise.all(
      servers.map(
        (server) =>
          new Promise<number>((resolve, reject) => {
            server.once('message', (message: { port: number }) => resolve(message.port));
            server.once('exit', (code) => reject(new Error(`server exited ${code}`)));
          }),
      ),
    );
    const tokens = {
      coordinator: await login(apiPort, COORDINATOR),
      admin: await login(apiPort, ADMIN),
    };

    const results: string[] = [];
    let allMet = true;
    const scenario = async (
      municipalities: number,
      caller: { label: string; token: string; scope: OverviewScope },
    ): Promise<void> => {
      const { scope, token } = caller;
      const counts = await tableCounts(client);
      const regionIds = (
        await client.query<{ id: string }>(
          `SELECT id FROM organizations WHERE kind = 'region' AND ($1::uuid IS NULL OR id = $1) ORDER BY code`,
          [scope.regionId],
        )
      ).rows.map((row) => row.id);
      // What a change to Västerbotten recomputes, and (the admin's county) what a cold start or a new
      // day computes: every region.
      const changed = await explain(pool, vasterbotten.id);
      const cold = { seq: [...changed.seq], ms: 0, refreshMs: 0, scratchMs: 0 };
      for (const regionId of regionIds) {
        const plan = await explain(pool, regionId);
        cold.seq.push(...plan.seq);
        cold.ms += plan.ms;
        cold.refreshMs += plan.refreshMs;
        cold.scratchMs += plan.scratchMs;
      }
      // The answer is the real overview for this caller: every municipality it may see, and no other.
      const expected = (
        await client.query<{ id: string }>(
          `SELECT id FROM organizations WHERE kind = 'municipality' AND ($1::uuid IS NULL OR parent_id = $1)`,
          [scope.regionId],
        )
      ).rows.map((row) => row.id);
      for (const port of [apiPort, replicaPort]) {
        const answer = await getJson<OverviewAnswer>(port, '/api/overview', token);
        const ids = answer.municipalities.map((m) => m.organizationId).sort();
        if (answer.totals.municipalities !== municipalities || ids.join() !== expected.sort().join()) {
          throw new Error(`the overview on port ${port} does not hold the ${municipalities} municipalities`);
        }
      }
      // The repository's transactions, statement for statement, on one connection of a pool like the app's:
      // the whole computation of the caller's county, as the API would run it with nothing in memory.
      const sql = async () => {
        let rows = 0;
        for (const regionId of regionIds) rows += await readRegion(pool, regionId);
        return rows === municipalities;
      };
      const getters = {
        api: apiCaller(apiPort, '/api/overview', token),
        apiWrites: apiCaller(apiPort, '/api/overview', token),
        floor: apiCaller(apiPort, '/api/me', token),
      };
      let writingUntil = 0;
      const writing = writer(writes, vasterbotten.id, () => performance.now() < writingUntil);
      const loadBefore = load1();
      const { direct, api, apiWrites, floor } = await measureInTurns({
        direct: sql,
        api: getters.api.call,
        apiWrites: () => {
          writingUntil = performance.now() + 100;
          return getters.apiWrites.call();
        },
        // The floor of this stack on this machine: authentication and two small reads of the caller's own rows.
        floor: getters.floor.call,
      });
      const loadAfter = load1();
      const writesDone = await writing.stop();
      for (const getter of Object.values(getters)) getter.close();
      const fresh = await freshness(client, [apiPort, replicaPort], token, vasterbotten.id);
      const ratio = api.rps / direct.rps;
      const badSeq = cold.seq.filter((relation) => relation === 'meetings' || relation === 'actions');
      const p99Target = TARGETS.p99Ms[municipalities];
      const statementTarget = TARGETS.statementMs[municipalities];
      const met =
        ratio >= TARGETS.ratio &&
        api.p99 <= p99Target &&
        badSeq.length === 0 &&
        fresh.nextRequest &&
        changed.ms <= statementTarget;
      allMet &&= met;
      console.log(
        `\n${municipalities} municipalities, as ${caller.label} — ${Object.entries(counts)
          .map(([table, count]) => `${table} ${count}`)
          .join(', ')}; load average ${loadBefore} → ${loadAfter}`,
      );
      const line = (label: string, result: LoadResult, unit: string) =>
        console.log(
          `  ${label.padEnd(40)} ${fmt(result.rps, 0).padStart(6)} req/s  p50 ${fmt(result.p50, 2).padStart(7)} ms  ` +
            `p99 ${fmt(result.p99, 2).padStart(7)} ms  (${result.requests} ${unit}, ${result.errors} errors)`,
        );
      line('same SQL via pg (whole county)', direct, 'runs');
      line('GET /api/overview (read your writes)', api, 'requests');
      line(`  the same, a write every ${WRITE_EVERY_MS} ms`, apiWrites, `requests, ${writesDone} writes`);
      line('floor: GET /api/me', floor, 'requests');
      console.log(
        `  ratio API ÷ SQL: ${fmt(ratio, 2)} (target ≥ ${TARGETS.ratio}); p99 target ≤ ${p99Target} ms; ` +
          `read-model statement of the changed region ${fmt(changed.ms, 2)} ms (target ≤ ${statementTarget} ms), ` +
          `of every region ${fmt(cold.ms, 2)} ms (EXPLAIN ANALYZE)`,
      );
      console.log(
        `  a write's commit recomputes its region: ${fmt(changed.refreshMs, 2)} ms (every region ` +
          `${fmt(cold.refreshMs, 1)} ms); the statements from scratch (before the read model, per change and API ` +
          `process): ${fmt(changed.scratchMs, 2)} ms (every region ${fmt(cold.scratchMs, 1)} ms)`,
      );
      console.log(
        `  a new open action committed by another process: ${fresh.nextRequest ? 'shown' : 'NOT shown'} on the ` +
          `very next request to both API processes (answers ${fmt(fresh.ms, 0)} ms after the commit)`,
      );
      console.log(
        `  EXPLAIN: sequential scans of ${cold.seq.length ? [...new Set(cold.seq)].join(', ') : 'nothing'}; ` +
          `of meetings or actions: ${badSeq.length ? `YES (${badSeq.join(', ')}) — FAIL` : 'none — PASS'}`,
      );
      results.push(
        `| ${municipalities} (${caller.label}) | ${fmt(direct.rps, 0)} | ${fmt(direct.p99, 1)} | ${fmt(api.rps, 0)} | ${fmt(api.p50, 1)} | ${fmt(api.p99, 1)} | ${fmt(ratio, 2)} | ` +
          `${fmt(apiWrites.rps, 0)} | ${fmt(apiWrites.p99, 1)} | ${fmt(floor.rps, 0)} | ${fmt(floor.p99, 1)} | ` +
          `${fmt(changed.ms, 2)} | ${fmt(cold.ms, 1)} | ${fresh.nextRequest ? 'next request' : 'LATER'} (${fmt(fresh.ms, 0)} ms) | ` +
          `${badSeq.length ? 'seq scan' : 'none'} | ${loadBefore}–${loadAfter} | ${met ? 'met' : 'MISSED'} |`,
      );
    };

    await scenario(15, {
      label: 'coordinator',
      token: tokens.coordinator,
      scope: { regionId: vasterbotten.id },
    });

    started = performance.now();
    await client.query('BEGIN');
    await addSwedishRegions(client);
    const others = (
      await client.query<{ id: string }>(
        `SELECT id FROM organizations WHERE kind = 'region' AND code <> '24'`,
      )
    ).rows.map((row) => row.id);
    await generateHistory(client, others, now);
    await client.query('COMMIT');
    await client.query('ANALYZE');
    console.log(
      `\nGenerated 20 more regions (275 municipalities) in ${fmt((performance.now() - started) / 1000)} s`,
    );
    await scenario(290, {
      label: 'admin',
      token: tokens.admin,
      scope: { regionId: null },
    });

    console.log(
      '\n| municipalities (caller) | SQL req/s | SQL p99 ms | API req/s | API p50 ms | API p99 ms | ratio | ' +
        `with a write every ${WRITE_EVERY_MS} ms req/s | p99 ms | /api/me req/s | p99 ms | ` +
        'statements of the changed region ms | of every region ms | new action shown | ' +
        'seq scan of meetings/actions | load average | targets |',
    );
    console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
    for (const line of results) console.log(line);
    console.log(allMet ? '\nAll targets met.' : '\nSome targets missed (see above).');
  } finally {
    for (const server of servers) {
      if (server.exitCode !== null) continue;
      server.send('stop');
      await new Promise((resolve) => server.once('exit', resolve));
    }
    await pool.end();
    await writes.end();
    await client.end();
    await dropBenchDatabase(base, name);
  }
}

function machine(): string {
  return `Node ${process.version}, ${availableParallelism()} cores`;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
