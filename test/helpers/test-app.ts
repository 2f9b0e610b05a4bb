import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import pino from 'pino';
import { createHttpApp } from '../../src/app/http-app';
import { type AppConfig, loadConfig } from '../../src/config/app-config';
import { prepareDatabase } from '../../src/database/prepare-database';
import { type TestDatabase, createTestDatabase } from './test-database';
import { TEST_REDIS_URL, shortId } from './test-env';

export const TEST_ADMIN = { email: 'admin@test.samverkan.se', password: 'admin-password-123' };

/** The address links in emails point to, for tests that set PUBLIC_URL to read them back. */
export const PUBLIC_URL = 'https://samverkan.example.se';

export interface TestApp {
  app: NestFastifyApplication;
  config: AppConfig;
  db: TestDatabase;
  /** Sends a request through Fastify's inject (no socket). */
  request(options: RequestOptions): Promise<TestResponse>;
  /** Logs in and returns a bearer token. */
  login(email: string, password: string): Promise<string>;
  close(): Promise<void>;
}

export interface RequestOptions {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  token?: string;
  body?: unknown;
  /** Sent as it is instead of `body` as JSON (a multipart upload); set its content-type in `headers`. */
  payload?: Buffer;
  headers?: Record<string, string>;
}

/**
 * Requests as someone signed in: `api('GET', url, 'secretary')` sends the token kept under that name. `app`
 * is read at each call, so the helper can be made before `beforeAll` starts the application.
 */
export function apiAs(app: () => TestApp, tokens: Readonly<Record<string, string>>) {
  return (
    method: RequestOptions['method'],
    url: string,
    who: string,
    body?: unknown,
  ): Promise<TestResponse> => app().request({ method, url, token: tokens[who], body });
}

export interface TestResponse {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: any;
  text: string;
  /** The body's bytes (a downloaded file). */
  raw: Buffer;
}

/** The environment every test app starts from; tests add or override variables. */
export function testEnv(
  db: TestDatabase,
  overrides: Record<string, string | undefined> = {},
): Record<string, string | undefined> {
  return {
    NODE_ENV: 'test',
    DATABASE_URL: db.url,
    DATABASE_POOL_SIZE: '5',
    REDIS_URL: TEST_REDIS_URL,
    QUEUE_PREFIX: `samverkan-test-${db.name.slice(-8)}-${shortId()}`,
    JWT_SECRET: 'test-secret-that-is-long-enough-0123456789',
    ADMIN_EMAIL: TEST_ADMIN.email,
    ADMIN_PASSWORD: TEST_ADMIN.password,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    OUTBOX_POLL_MS: '50',
    MAIL_OUTBOX_DIR: `/tmp/samverkan-test-outbox/${db.name}`,
    PAPER_DIR: `/tmp/samverkan-test-papers/${db.name}`,
    ...overrides,
  };
}

/**
 * The settings of an app that sends its email to the sink, retrying failed jobs after 100 ms, with the
 * invitations' and agendas' debounces held ten minutes unless `settings` say otherwise (so the emails of a
 * feature the test does not look at stay out of its inbox).
 */
export function mailingTo(
  sink: { url: string },
  settings: Record<string, string> = {},
): Record<string, string> {
  return {
    SMTP_URL: sink.url,
    JOB_BACKOFF_MS: '100',
    INVITATION_DEBOUNCE_MS: '600000',
    AGENDA_DEBOUNCE_MS: '600000',
    ...settings,
  };
}

/**
 * The settings of an API app whose public link answers are limited to `perToken` a link and `perAddress` an
 * address in ten minutes. inject() connects from 127.0.0.1, the proxy here: X-Forwarded-For names the client.
 */
export function linkAnswerLimits(perToken: number, perAddress: number): Record<string, string> {
  return {
    APP_ROLE: 'api',
    RSVP_ANSWERS_PER_TOKEN: String(perToken),
    RSVP_ANSWERS_PER_ADDRESS: String(perAddress),
    RSVP_ANSWER_WINDOW_SECONDS: '600',
    TRUST_PROXY: '127.0.0.1',
  };
}

/** Starts the HTTP application (role `all` unless overridden) on a fresh database. */
export async function startTestApp(
  overrides: Record<string, string | undefined> = {},
  existingDb?: TestDatabase,
): Promise<TestApp> {
  const db = existingDb ?? (await createTestDatabase());
  const config = loadConfig(testEnv(db, overrides));
  await prepareDatabase(config);
  const logger = pino({ level: config.logLevel });
  const app = await createHttpApp(config, logger);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();

  const request = async (options: RequestOptions): Promise<TestResponse> => {
    const response = await app
      .getHttpAdapter()
      .getInstance()
      .inject({
        method: options.method,
        url: options.url,
        headers: {
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
          ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...options.headers,
        },
        payload: options.payload ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
      });
    let body: unknown;
    try {
      body = response.body ? JSON.parse(response.body) : undefined;
    } catch {
      body = undefined;
    }
    return {
      status: response.statusCode,
      headers: response.headers,
      body,
      text: response.body,
      raw: response.rawPayload,
    };
  };

  return {
    app,
    config,
    db,
    request,
    async login(email, password) {
      const response = await request({ method: 'POST', url: '/api/auth/login', body: { email, password } });
      if (response.status !== 200) throw new Error(`login failed: ${response.status} ${response.text}`);
      return response.body.accessToken as string;
    },
    async close() {
      await app.close();
      if (!existingDb) await db.drop();
    },
  };
}
