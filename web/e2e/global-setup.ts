import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Client } from 'pg';
import { SmtpSink } from '../../test/helpers/smtp-sink';
import { type TestOidcProvider, startTestOidcProvider } from '../../test/helpers/test-oidc-provider';
import { TEST_POSTGRES_URL, TEST_REDIS_URL, databaseUrl, shortId } from '../../test/helpers/test-env';
import { ADMIN, FIXTURE_ENV, type Fixtures, IDENTITY_PROVIDER } from './fixtures';

const ROOT = join(__dirname, '..', '..');

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** The region's e-archive for the tests: takes every archive package (201) and keeps nothing. */
async function startArchiveRegistry(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createHttpServer((request, response) => {
    request.resume();
    request.on('end', () => {
      response.writeHead(201, { 'content-type': 'application/json' });
      response.end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/packages`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function admin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: TEST_POSTGRES_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function waitForHealth(url: string, service: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (service.exitCode !== null) throw new Error(`the service exited (${service.exitCode}):\n${output()}`);
    try {
      if ((await fetch(`${url}/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the service did not become healthy:\n${output()}`);
}

async function api(url: string, path: string, token: string | undefined, body?: unknown): Promise<any> {
  const response = await fetch(`${url}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${path}: ${response.status} ${text}`);
  return text ? JSON.parse(text) : undefined;
}

/**
 * The SMTP sink's messages for the tests (which run in other processes): GET /messages?to=<address> answers
 * [{ subject, text }] of the messages sent to that address, on a loopback port of its own.
 */
async function startMailbox(sink: SmtpSink): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createHttpServer((request, response) => {
    const to = new URL(request.url ?? '/', 'http://mailbox').searchParams.get('to') ?? '';
    const messages = sink
      .to(to)
      .map((mail) => ({ subject: mail.parsed.subject ?? '', text: mail.parsed.text ?? '' }));
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(messages));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * A real OpenID Connect provider (oidc-provider, with its own login page) for single sign-on: a coordinator
 * whose group grants the role, and someone of a domain nobody configured.
 */
function startIdentityProvider(url: string): Promise<TestOidcProvider> {
  return startTestOidcProvider({
    clients: [
      {
        client_id: 'samverkan-web',
        client_secret: 'web-e2e-client-secret',
        token_endpoint_auth_method: 'client_secret_post',
        redirect_uris: [`${url}/api/auth/oidc/region/callback`],
        post_logout_redirect_uris: [`${url}/login`],
        backchannel_logout_uri: `${url}/api/auth/oidc/region/backchannel-logout`,
        backchannel_logout_session_required: true,
      },
    ],
    accounts: {
      [IDENTITY_PROVIDER.coordinator.login]: {
        email: IDENTITY_PROVIDER.coordinator.email,
        name: IDENTITY_PROVIDER.coordinator.name,
        groups: [IDENTITY_PROVIDER.coordinatorGroup],
      },
      [IDENTITY_PROVIDER.stranger.login]: { email: IDENTITY_PROVIDER.stranger.email },
    },
  });
}

/**
 * Starts the real service (dist/main.js, role all) on a fresh database with a real SMTP sink, and creates
 * the people the tests sign in as. Returns the teardown.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  if (!existsSync(join(ROOT, 'dist', 'main.js')) || !existsSync(join(ROOT, 'dist', 'web', 'index.html'))) {
    throw new Error('Build first: npm run build');
  }
  const name = `samverkan_web_${Date.now().toString(36)}_${shortId()}`;
  await admin((client) => client.query(`CREATE DATABASE "${name}"`));
  const sink = await SmtpSink.start();
  const mailbox = await startMailbox(sink);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const idp = await startIdentityProvider(url);
  const registry = await startArchiveRegistry();
  let output = '';
  const service = spawn(process.execPath, ['dist/main.js'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'test',
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: url,
      DATABASE_URL: databaseUrl(name),
      DATABASE_POOL_SIZE: '5',
      REDIS_URL: TEST_REDIS_URL,
      QUEUE_PREFIX: `samverkan-web-${shortId()}`,
      SMTP_URL: sink.url,
      JWT_SECRET: 'web-e2e-secret-that-is-long-enough-0123456789',
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      LOG_LEVEL: 'warn',
      OUTBOX_POLL_MS: '50',
      PAPER_DIR: `/tmp/samverkan-web-papers/${name}`,
      ARCHIVE_DELIVERY_URL: registry.url,
      OIDC_PROVIDERS: JSON.stringify([
        {
          id: 'region',
          name: IDENTITY_PROVIDER.name,
          issuer: idp.issuer,
          clientId: 'samverkan-web',
          clientSecret: 'web-e2e-client-secret',
          scopes: ['openid', 'email', 'profile', 'groups'],
          organizations: ['24'],
          jit: [{ domain: 'regionvasterbotten.example.se', organization: '24', roles: ['participant'] }],
          roleMapping: {
            claim: 'groups',
            rules: [
              { value: IDENTITY_PROVIDER.coordinatorGroup, roles: ['coordinator'], organization: '24' },
            ],
          },
        },
      ]),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  service.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  service.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));

  const teardown = async () => {
    service.kill('SIGTERM');
    await new Promise((resolve) =>
      service.exitCode !== null ? resolve(null) : service.once('exit', resolve),
    );
    await mailbox.close();
    await sink.stop();
    await idp.close();
    await registry.close();
    await admin((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  };
  try {
    await waitForHealth(url, service, () => output);
    const { accessToken } = await api(url, '/api/auth/login', undefined, ADMIN);
    const listed = await api(url, '/api/organizations?limit=100', accessToken);
    const organizations = (Array.isArray(listed) ? listed : listed.items) as Array<{
      id: string;
      name: string;
    }>;
    const byName = (wanted: string) => {
      const found = organizations.find((organization) => organization.name === wanted);
      if (!found) throw new Error(`no organization ${wanted}`);
      return found.id;
    };
    const fixtures: Fixtures = {
      url,
      databaseUrl: databaseUrl(name),
      umeaId: byName('Umeå'),
      skelleftea: byName('Skellefteå'),
      mailboxUrl: mailbox.url,
      municipalityContact: { email: 'kontakt@umea.example.se', password: 'kontakt-password-123' },
      identityProviderUrl: idp.issuer,
    };
    await api(url, '/api/people', accessToken, {
      name: 'Ulla Umeå',
      email: fixtures.municipalityContact.email,
      password: fixtures.municipalityContact.password,
      organizationId: fixtures.umeaId,
      roles: ['participant'],
      locale: 'sv',
    });
    process.env.SAMVERKAN_WEB_URL = url;
    process.env[FIXTURE_ENV] = JSON.stringify(fixtures);
    return teardown;
  } catch (error) {
    await teardown();
    throw error;
  }
}
