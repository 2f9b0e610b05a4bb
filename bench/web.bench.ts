/**
 * bench:web — what the browser loads, and Lighthouse's scores (a benchmark, not a test).
 *
 * Needs `npm run build` (the script runs it). Starts dist/main.js on a fresh database, signs in as the first
 * admin, creates one meeting, then:
 *  1. the gzip size of the JavaScript and CSS the login page and the county overview load (budget: ≤ 200 KB
 *     of JavaScript), read from the requests chromium makes and the .gz files of the build;
 *  2. Lighthouse 12.2.3 (desktop and mobile) on the overview and on a meeting page in Debian's chromium.
 * Lighthouse's scores move with the machine's load (its timings are simulated from what it observes), so the
 * load average is printed at the start and beside each run, with the figures that do not depend on it: the
 * requests, the bytes, and the longest chain of requests the page waits on.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { eventually } from '../test/helpers/eventually';

const ROOT = join(__dirname, '..', '..', '..');
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const ADMIN = { email: 'admin@bench-web.example.se', password: 'admin-password-123' };
const POSTGRES = process.env.TEST_POSTGRES_URL ?? 'postgresql://root@127.0.0.1:5432/postgres';
const JS_BUDGET_KB = 200;
/** Lighthouse runs per page and form factor (BENCH_WEB_RUNS, default 3): the run with the median score is shown. */
const RUNS = Math.max(1, Number(process.env.BENCH_WEB_RUNS ?? 3));
/** Only these form factors (BENCH_WEB_FORM_FACTORS=mobile), by default both. */
const FORM_FACTORS = (process.env.BENCH_WEB_FORM_FACTORS ?? 'desktop,mobile')
  .split(',')
  .filter((f): f is 'desktop' | 'mobile' => f === 'desktop' || f === 'mobile');
/** A folder to write each run's Lighthouse report (JSON) into, to read its diagnostics (BENCH_WEB_REPORTS). */
const REPORTS = process.env.BENCH_WEB_REPORTS;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function sql(statement: string): Promise<void> {
  const client = new Client({ connectionString: POSTGRES });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

function gzipSizeOf(url: string): number {
  const path = join(ROOT, 'dist', 'web', new URL(url).pathname);
  return existsSync(`${path}.gz`) ? statSync(`${path}.gz`).size : statSync(path).size;
}

/** The 1-minute load average, with the cores: Lighthouse's scores are only comparable at a similar load. */
function load(): string {
  return loadavg()[0].toFixed(1);
}

async function main(): Promise<void> {
  console.log(
    'load average at start (1, 5, 15 min): %s',
    loadavg()
      .map((l) => l.toFixed(1))
      .join(', '),
  );
  const database = `samverkan_bench_web_${Date.now().toString(36)}`;
  await sql(`CREATE DATABASE "${database}"`);
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const databaseUrl = new URL(POSTGRES);
  databaseUrl.pathname = `/${database}`;
  const service = spawn(process.execPath, ['dist/main.js'], {
    cwd: ROOT,
    stdio: 'ignore',
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'test',
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: base,
      DATABASE_URL: databaseUrl.toString(),
      QUEUE_PREFIX: `samverkan-bench-web-${port}`,
      MAIL_OUTBOX_DIR: `/tmp/samverkan-bench-web-${port}`,
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      LOG_LEVEL: 'warn',
    },
  });
  try {
    await eventually(
      () =>
        fetch(`${base}/health`).then(
          (r) => (r.ok ? true : undefined),
          () => undefined,
        ),
      'the service to start',
      { timeoutMs: 60_000, intervalMs: 250 },
    );
    const signIn = await fetch(`${base}/api/auth/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-samverkan-csrf': '1' },
      body: JSON.stringify(ADMIN),
    });
    const me = (await signIn.json()) as { id: string };
    const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0];
    const headers = { cookie, 'content-type': 'application/json', 'x-samverkan-csrf': '1' };
    const organizations = (await (
      await fetch(`${base}/api/organizations?limit=100`, { headers })
    ).json()) as {
      items: Array<{ id: string; kind: string }>;
    };
    const municipality = organizations.items.find((organization) => organization.kind === 'municipality')!;
    const meeting = (await (
      await fetch(`${base}/api/meetings`, {
        method: 'POST',
        headers,
        body: JSON.stringify({
          title: 'Samverkansmöte',
          start: '2031-03-04T10:00:00+01:00',
          end: '2031-03-04T11:30:00+01:00',
          mode: 'digital',
          status: 'planned',
          organizationIds: [municipality.id],
          participants: [{ personId: me.id, role: 'chair' }],
        }),
      })
    ).json()) as { id: string };

    // 1. What the login page and the overview load.
    const { chromium } = await import('@playwright/test');
    const browser = await chromium.launch({ executablePath: CHROME, args: ['--headless', '--no-sandbox'] });
    const context = await browser.newContext();
    const page = await context.newPage();
    const loaded = new Set<string>();
    page.on('request', (request) => {
      if (/\/assets\/.+\.(js|css|woff2)$/.test(request.url())) loaded.add(request.url());
    });
    const sizes = (urls: string[]) => {
      const of = (ext: string) => urls.filter((u) => u.endsWith(ext));
      const kb = (ext: string) => of(ext).reduce((sum, u) => sum + gzipSizeOf(u), 0) / 1024;
      return {
        js: kb('.js'),
        css: kb('.css'),
        font: kb('.woff2'),
        files: `${of('.js').length} + ${of('.css').length} + ${of('.woff2').length}`,
      };
    };
    await page.goto(`${base}/login`, { waitUntil: 'networkidle' });
    const login = sizes([...loaded]);
    await page.getByLabel('E-postadress').fill(ADMIN.email);
    await page.getByLabel('Lösenord').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Länsöversikt' }).waitFor();
    await page.waitForLoadState('networkidle');
    const overview = sizes([...loaded]);
    await browser.close();
    console.log('\nJavaScript and CSS loaded (gzip; budget ≤ %d KB of JavaScript)', JS_BUDGET_KB);
    console.log(
      '| page | JS KB | CSS KB | font KB | files (JS + CSS + font) | within budget |\n|---|---|---|---|---|---|',
    );
    for (const [name, size] of [
      ['login', login],
      ['login → overview', overview],
    ] as const) {
      console.log(
        `| ${name} | ${size.js.toFixed(1)} | ${size.css.toFixed(1)} | ${size.font.toFixed(1)} | ${size.files} | ${size.js <= JS_BUDGET_KB ? 'yes' : 'NO'} |`,
      );
    }

    // 2. Lighthouse on the overview and a meeting page, signed in by the session cookie.
    const lighthouse = (await import('lighthouse')).default;
    const { launch } = await import('chrome-launcher');
    const chrome = await launch({
      chromePath: CHROME,
      chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    });
    console.log(
      '\nLighthouse 12.2.3 (targets: performance ≥ 90, accessibility 100, best practices ≥ 95); the run with the ' +
        'median performance of %d',
      RUNS,
    );
    console.log(
      '| page | form factor | performance | accessibility | best practices | FCP ms | LCP ms | TBT ms | CLS | requests | KB transferred | longest chain (requests, ms) | load before–after | performance of each run |',
    );
    console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
    try {
      for (const [name, path] of [
        ['overview', '/'],
        ['meeting', `/meetings/${meeting.id}`],
      ] as const) {
        for (const formFactor of FORM_FACTORS) {
          const runs: Array<{ row: Array<string | number>; performance: number }> = [];
          for (let run = 1; run <= RUNS; run++) {
            const loadBefore = load();
            const result = await lighthouse(
              `${base}${path}`,
              { port: chrome.port, output: 'json', logLevel: 'error', extraHeaders: { cookie } },
              {
                extends: 'lighthouse:default',
                settings: {
                  onlyCategories: ['performance', 'accessibility', 'best-practices'],
                  formFactor,
                  screenEmulation:
                    formFactor === 'desktop'
                      ? { mobile: false, width: 1350, height: 940, deviceScaleFactor: 1, disabled: false }
                      : { mobile: true, width: 412, height: 823, deviceScaleFactor: 1.75, disabled: false },
                  ...(formFactor === 'desktop'
                    ? { throttling: { rttMs: 40, throughputKbps: 10240, cpuSlowdownMultiplier: 1 } }
                    : {}),
                },
              },
            );
            const categories = result?.lhr.categories ?? {};
            const audits = result?.lhr.audits ?? {};
            const score = (key: string) => Math.round((categories[key]?.score ?? 0) * 100);
            const ms = (key: string) => Math.round(audits[key]?.numericValue ?? 0);
            const requests = (audits['network-requests']?.details as { items?: unknown[] } | undefined)
              ?.items;
            const chain = (
              audits['critical-request-chains']?.details as
                { longestChain?: { length: number; duration: number } } | undefined
            )?.longestChain;
            if (REPORTS && result) {
              mkdirSync(REPORTS, { recursive: true });
              writeFileSync(join(REPORTS, `${name}-${formFactor}-${run}.json`), JSON.stringify(result.lhr));
            }
            runs.push({
              performance: score('performance'),
              row: [
                name,
                formFactor,
                score('performance'),
                score('accessibility'),
                score('best-practices'),
                ms('first-contentful-paint'),
                ms('largest-contentful-paint'),
                ms('total-blocking-time'),
                (audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3),
                requests?.length ?? '?',
                Math.round((audits['total-byte-weight']?.numericValue ?? 0) / 1024),
                chain ? `${chain.length}, ${Math.round(chain.duration)}` : '?',
                `${loadBefore}–${load()}`,
              ],
            });
          }
          runs.sort((a, b) => a.performance - b.performance);
          const median = runs[Math.floor((runs.length - 1) / 2)];
          console.log(`| ${[...median.row, runs.map((r) => r.performance).join(', ')].join(' | ')} |`);
        }
      }
    } finally {
      chrome.kill();
    }
  } finally {
    service.kill('SIGTERM');
    await new Promise((resolve) => service.once('exit', resolve));
    await sql(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
