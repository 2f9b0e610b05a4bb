import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Client } from 'pg';
import { TEST_POSTGRES_URL, TEST_REDIS_URL, databaseUrl, shortId } from './helpers/test-env';
import { eventually } from './helpers/eventually';

const MAIN = join(__dirname, '..', 'dist', 'main.js');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

interface Started {
  child: ChildProcess;
  output: () => string;
}

function start(env: Record<string, string>): Started {
  let output = '';
  const child = spawn(process.execPath, [MAIN], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output };
}

async function dropDatabase(name: string): Promise<void> {
  const admin = new Client({ connectionString: TEST_POSTGRES_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
}

describe('starting the compiled service as a newcomer would', () => {
  const name = `samverkan_test_${process.env.SAMVERKAN_TEST_RUN}_fresh${shortId()}`;
  let started: Started | undefined;

  afterAll(async () => {
    if (started && started.child.exitCode === null) {
      started.child.kill('SIGTERM');
      await once(started.child, 'exit');
    }
    await dropDatabase(name);
  });

  it('refuses a bad environment, naming every bad variable, and exits non-zero', async () => {
    const bad = start({ PORT: 'eighty', APP_ROLE: 'both', DATABASE_URL: databaseUrl(name) });
    const [code] = (await once(bad.child, 'exit')) as [number];
    expect(code).not.toBe(0);
    expect(bad.output()).toMatch(/PORT: /);
    expect(bad.output()).toMatch(/APP_ROLE: /);
  });

  it('creates the database, migrates, seeds 16 organizations and a first admin, and serves', async () => {
    const port = await freePort();
    started = start({
      DATABASE_URL: databaseUrl(name),
      REDIS_URL: TEST_REDIS_URL,
      QUEUE_PREFIX: `samverkan-test-${shortId()}`,
      PORT: String(port),
      HOST: '127.0.0.1',
      MAIL_OUTBOX_DIR: `/tmp/samverkan-test-outbox/${name}`,
      LOG_LEVEL: 'info',
    });
    const base = `http://127.0.0.1:${port}`;
    const health = await eventually(
      async () => {
        const response = await fetch(`${base}/health`);
        return response.status === 200 ? ((await response.json()) as { status: string }) : undefined;
      },
      'the started process to answer /health',
      { timeoutMs: 60000, intervalMs: 200, retryOn: () => true },
    );
    expect(health.status).toBe('ok');
    expect((await fetch(`${base}/docs`)).status).toBe(200);

    const printed = /Generated password \(shown once\): (\S+)/.exec(started.output());
    expect(printed).not.toBeNull();
    const password = printed![1];
    expect(started.output().match(/Generated password/g)).toHaveLength(1);

    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@samverkan.local', password }),
    });
    expect(login.status).toBe(200);
    const { accessToken } = (await login.json()) as { accessToken: string };
    const organizations = await fetch(`${base}/api/organizations?limit=100`, {
      headers: { authorization: `Bearer ${accessToken}` },
    });
    const page = (await organizations.json()) as {
      total: number;
      items: Array<{ code: string; kind: string }>;
    };
    expect(page.total).toBe(16);
    expect(page.items.filter((org) => org.kind === 'municipality').map((org) => org.code)).toHaveLength(15);
    expect(page.items.map((org) => org.code)).toEqual(expect.arrayContaining(['24', '2480', '2482', '2463']));

    // Nothing personal or secret in the log lines.
    const logLines = started
      .output()
      .split('\n')
      .filter((line) => line.startsWith('{'));
    expect(logLines.length).toBeGreaterThan(0);
    for (const line of logLines) {
      expect(line).not.toContain(password);
      expect(line).not.toContain(accessToken);
      expect(line).not.toContain('admin@samverkan.local');
    }

    started.child.kill('SIGTERM');
    const [code] = (await once(started.child, 'exit')) as [number];
    expect(code).toBe(0);
  }, 120000);
});
