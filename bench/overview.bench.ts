/**
 * Benchmark of GET /api/overview over a generated ten-year history (15 municipalities, then 290 in 21
 * regions), next to the same SQL run directly through pg in the same run. `npm run bench:overview`.
 * Not a test: it prints figures. Targets (issue 6): HTTP ÷ SQL requests per second ≥ 0.5; p99 ≤ 20 ms for
 * 15 municipalities and ≤ 50 ms for 290, at 50 concurrent connections; EXPLAIN shows no sequential scan of
 * meetings or actions.
 *
 * Two API processes are forked (role api, production mode, the default pool of 10 connections): one with
 * the default overview cache (OVERVIEW_CACHE_MS 2000) and one computing every request (0). The load loop is
 * a keep-alive http.Agent with 50 sockets in this process, asking for gzip as a browser does, bounded in
 * requests and time. The SQL side runs the repository's read-only transaction statement for statement
 * (OVERVIEW_SQL and OVERVIEW_AREAS_SQL) through a pg.Pool of the same size, also 50 callers at a time. The
 * callers take turns in slices so they share the machine's other load alike; GET /api/me, an authenticated
 * endpoint doing almost nothing, shows the floor of the stack. The database is a fresh one, migrated and
 * seeded as `npm start` would, and dropped at the end.
 */
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DateTime } from 'luxon';
import { Client, Pool } from 'pg';
import { loadConfig } from '../src/config/app-config.js';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options.js';
import { prepareDatabase } from '../src/database/prepare-database.js';
import { ensureFirstAdmin } from '../src/database/seeds/first-admin.js';
import { seedOrganizations } from '../src/database/seeds/vasterbotten.js';
import {
  OVERVIEW_AREAS_SQL,
  OVERVIEW_BEGIN,
  OVERVIEW_JIT_OFF,
  OVERVIEW_SQL,
  type OverviewClock,
  type OverviewScope,
  overviewParameters,
} from '../src/overview/overview.repository.js';
import { OVERVIEW_WINDOW_MONTHS } from '../src/overview/overview.service.js';
import { seedStrategyAreas } from '../src/strategy-area/strategy-area.seed.js';
import { addSwedishRegions, generateHistory, tableCounts } from './overview-bench-data.js';

const CONCURRENCY = 50;
const POOL_SIZE = 10;
const WARMUP = { requests: 400, ms: 2_000 };
/** Each caller is measured in ROUNDS slices of SLICE, taking turns: 10 s each in all. */
const ROUNDS = 5;
const SLICE = { requests: 10_000, ms: 2_000 };
const TARGETS = { ratio: 0.5, p99Ms: { 15: 20, 290: 50 } as Record<number, number> };
const ADMIN = {
  email: 'bench-admin@samverkan.example',
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

/** Runs `call` from CONCURRENCY loops until `limit.requests` requests or `limit.ms` have passed. */
async function load(call: () => Promise<boolean>, limit: { requests: number; ms: number }): Promise<Sample> {
  const latencies: number[] = [];
  let issued = 0;
  let errors = 0;
  const start = performance.now();
  const deadline = start + limit.ms;
  const loop = async (): Promise<void> => {
    while (issued < limit.requests && performance.now() < deadline) {
      issued += 1;
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
  for (const name of names) await load(callers[name], WARMUP);
  for (let round = 0; round < ROUNDS; round++) {
    for (const name of names) samples.get(name)!.push(await load(callers[name], SLICE));
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

function httpGetter(port: number, path: string, token: string): () => Promise<boolean> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  return () =>
    new Promise<boolean>((resolve, reject) => {
      const request = http.get(
        // As a browser asks: the county overview comes gzipped (compressed once per computation).
        {
          host: '127.0.0.1',
          port,
          path,
          agent,
          headers: { authorization: `Bearer ${token}`, 'accept-encoding': 'gzip, deflate, br' },
        },
        (response) => {
          let bytes = 0;
          response.on('data', (chunk: Buffer) => (bytes += chunk.length));
          response.on('end', () => resolve(response.statusCode === 200 && bytes > 0));
          response.on('error', reject);
        },
      );
      request.on('error', reject);
    });
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

async function explain(pool: Pool, scope: OverviewScope): Promise<{ seq: string[]; ms: number }> {
  const params = overviewParameters(scope, clock(new Date()));
  const connection = await pool.connect();
  try {
    await connection.query(OVERVIEW_BEGIN);
    await connection.query(OVERVIEW_JIT_OFF);
    const { rows } = await connection.query<{ 'QUERY PLAN': Array<Record<string, unknown>> }>(
      `EXPLAIN (ANALYZE, FORMAT JSON) ${OVERVIEW_SQL}`,
      params,
    );
    await connection.query('COMMIT');
    const top = rows[0]['QUERY PLAN'][0];
    return { seq: seqScans(top.Plan as Record<string, unknown>), ms: Number(top['Execution Time']) };
  } finally {
    connection.release();
  }
}

function fmt(value: number, digits = 1): string {
  return Number.isFinite(value) ? value.toFixed(digits) : '—';
}

async function login(port: number): Promise<string> {
  const body = JSON.stringify(ADMIN);
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

async function main(): Promise<void> {
  const base = new URL(loadConfig({}).database.url);
  const name = `samverkan_bench_overview_${randomBytes(3).toString('hex')}`;
  const url = new URL(base);
  url.pathname = `/${name}`;
  const env: Record<string, string> = {
    NODE_ENV: 'production',
    APP_ROLE: 'api',
    DATABASE_URL: url.toString(),
    DATABASE_POOL_SIZE: String(POOL_SIZE),
    QUEUE_PREFIX: `samverkan-bench-${randomBytes(3).toString('hex')}`,
    JWT_SECRET: randomBytes(32).toString('hex'),
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    LOG_LEVEL: 'silent',
    PUBLIC_URL: 'http://127.0.0.1',
    SEED: 'false',
  };
  const config = loadConfig(env);
  console.log(
    `Overview benchmark: database ${name}, ${CONCURRENCY} concurrent connections, pool ${POOL_SIZE}`,
  );
  await prepareDatabase(config);
  // The seeds as `npm start` runs them; the seed file lives at the project root, not under dist/bench-build.
  const seeding = await new DataSource({ ...dataSourceOptions(config), extra: { max: 1 } }).initialize();
  await seeding.transaction(async (manager) => {
    await seedOrganizations(manager, join(__dirname, '..', '..', '..', 'config', 'vasterbotten.json'));
    await ensureFirstAdmin(manager, config);
    await seedStrategyAreas(manager);
  });
  await seeding.destroy();
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  const pool = new Pool({ connectionString: url.toString(), max: POOL_SIZE });
  // One API with the default short-lived cache (OVERVIEW_CACHE_MS 2000), one computing every request.
  const cached = fork(join(__dirname, 'overview-bench-server.js'), { env, stdio: 'inherit' });
  const uncached = fork(join(__dirname, 'overview-bench-server.js'), {
    env: { ...env, OVERVIEW_CACHE_MS: '0' },
    stdio: 'inherit',
  });
  const servers = [cached, uncached];
  try {
    const now = new Date();
    const [vasterbotten] = (
      await client.query<{ id: string }>(`SELECT id FROM organizations WHERE code = '24'`)
    ).rows;
    let started = performance.now();
    await client.query('BEGIN');
    await generateHistory(client, [vasterbotten.id], now);
    await client.query('COMMIT');
    await client.query('ANALYZE');
    console.log(`Generated Västerbotten's history in ${fmt((performance.now() - started) / 1000)} s`);

    const [cachedPort, uncachedPort] = await Promise.all(
      servers.map(
        (server) =>
          new Promise<number>((resolve, reject) => {
            server.once('message', (message: { port: number }) => resolve(message.port));
            server.once('exit', (code) => reject(new Error(`server exited ${code}`)));
          }),
      ),
    );
    const token = await login(cachedPort);

    const results: string[] = [];
    let allMet = true;
    const scenario = async (municipalities: number): Promise<void> => {
      const scope: OverviewScope = { regionId: null, organizationId: null };
      const counts = await tableCounts(client);
      const check = await explain(pool, scope);
      // The repository's transaction, statement for statement, on one connection of a pool like the app's.
      const sql = async () => {
        const params = overviewParameters(scope, clock(new Date()));
        const connection = await pool.connect();
        try {
          await connection.query(OVERVIEW_BEGIN);
          await connection.query(OVERVIEW_JIT_OFF);
          const rows = await connection.query(OVERVIEW_SQL, params);
          await connection.query(OVERVIEW_AREAS_SQL, [null]);
          await connection.query('COMMIT');
          return rows.rowCount === municipalities;
        } finally {
          connection.release();
        }
      };
      const { direct, api, apiUncached, floor } = await measureInTurns({
        direct: sql,
        api: httpGetter(cachedPort, '/api/overview', token),
        apiUncached: httpGetter(uncachedPort, '/api/overview', token),
        // The floor of this stack on this machine: an authenticated endpoint that does almost nothing.
        floor: httpGetter(cachedPort, '/api/me', token),
      });
      const ratio = api.rps / direct.rps;
      const ratioUncached = apiUncached.rps / direct.rps;
      const badSeq = check.seq.filter((relation) => relation === 'meetings' || relation === 'actions');
      const p99Target = TARGETS.p99Ms[municipalities];
      const met = ratio >= TARGETS.ratio && api.p99 <= p99Target && badSeq.length === 0;
      allMet &&= met;
      console.log(
        `\n${municipalities} municipalities — ${Object.entries(counts)
          .map(([table, count]) => `${table} ${count}`)
          .join(', ')}`,
      );
      const line = (label: string, result: LoadResult, unit: string) =>
        console.log(
          `  ${label.padEnd(34)} ${fmt(result.rps, 0).padStart(6)} req/s  p50 ${fmt(result.p50, 2).padStart(7)} ms  ` +
            `p99 ${fmt(result.p99, 2).padStart(7)} ms  (${result.requests} ${unit}, ${result.errors} errors)`,
        );
      line('same SQL via pg', direct, 'runs');
      line('GET /api/overview (cache 2 s)', api, 'requests');
      line('GET /api/overview (no cache)', apiUncached, 'requests');
      line('floor: GET /api/me', floor, 'requests');
      console.log(
        `  ratio API ÷ SQL: ${fmt(ratio, 2)} with the cache, ${fmt(ratioUncached, 2)} without (target ≥ ${TARGETS.ratio}); ` +
          `p99 target ≤ ${p99Target} ms; the statement alone ${fmt(check.ms, 2)} ms (EXPLAIN ANALYZE)`,
      );
      console.log(
        `  EXPLAIN: sequential scans of ${check.seq.length ? [...new Set(check.seq)].join(', ') : 'nothing'}; ` +
          `of meetings or actions: ${badSeq.length ? `YES (${badSeq.join(', ')}) — FAIL` : 'none — PASS'}`,
      );
      results.push(
        `| ${municipalities} | ${fmt(direct.rps, 0)} | ${fmt(direct.p99, 1)} | ${fmt(api.rps, 0)} | ${fmt(api.p99, 1)} | ${fmt(ratio, 2)} | ` +
          `${fmt(apiUncached.rps, 0)} | ${fmt(apiUncached.p99, 1)} | ${fmt(ratioUncached, 2)} | ${badSeq.length ? 'seq scan' : 'none'} | ${met ? 'met' : 'MISSED'} |`,
      );
    };

    await scenario(15);

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
    await scenario(290);

    console.log(
      '\n| municipalities | SQL req/s | SQL p99 ms | API req/s | API p99 ms | ratio | API no cache req/s | p99 ms | ratio | seq scan of meetings/actions | targets (cached API) |',
    );
    console.log('|---|---|---|---|---|---|---|---|---|---|---|');
    for (const line of results) console.log(line);
    console.log(allMet ? '\nAll targets met.' : '\nSome targets missed (see above).');
  } finally {
    for (const server of servers) {
      if (server.exitCode !== null) continue;
      server.send('stop');
      await new Promise((resolve) => server.once('exit', resolve));
    }
    await pool.end();
    await client.end();
    const maintenance = new URL(base);
    maintenance.pathname = '/postgres';
    const admin = new Client({ connectionString: maintenance.toString() });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
