import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Redis } from 'ioredis';
import { type CryptoKey, SignJWT, exportJWK, generateKeyPair } from 'jose';
import { DataSource } from 'typeorm';
import { AuthService } from '../src/auth/auth.service';
import { sleep } from './helpers/eventually';
import { TEST_ADMIN, type TestApp, startTestApp } from './helpers/test-app';
import { TEST_REDIS_URL } from './helpers/test-env';
import {
  adminLogin,
  createPerson,
  disableLogin,
  organizationIdsByCode,
  uniqueEmail,
} from './helpers/people-fixtures';

const JWT_SECRET = 'test-secret-that-is-long-enough-0123456789';

function localToken(claims: { sub: string; exp?: number; iss?: string; aud?: string }, secret = JWT_SECRET) {
  const now = Math.floor(Date.now() / 1000);
  // cv: the credentials version the token was issued under (0 until the person's first change).
  return new SignJWT({ cv: 0 })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.sub)
    .setIssuer(claims.iss ?? 'samverkan')
    .setAudience(claims.aud ?? 'samverkan-api')
    .setIssuedAt(now - 7200)
    .setExpirationTime(claims.exp ?? now + 600)
    .sign(new TextEncoder().encode(secret));
}

function basic(email: string, password: string): string {
  return `Basic ${Buffer.from(`${email}:${password}`).toString('base64')}`;
}

describe('authentication', () => {
  let t: TestApp;
  let adminToken: string;
  let orgs: Record<string, string>;
  beforeAll(async () => {
    t = await startTestApp();
    adminToken = await adminLogin(t);
    orgs = await organizationIdsByCode(t, adminToken);
  });
  afterAll(async () => {
    await t?.close();
  });

  describe('POST /api/auth/login', () => {
    it('issues a bearer token for the right email and password, in any case', async () => {
      const response = await t.request({
        method: 'POST',
        url: '/api/auth/login',
        body: { email: TEST_ADMIN.email.toUpperCase(), password: TEST_ADMIN.password },
      });
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        accessToken: expect.stringMatching(/^eyJ[\w-]+\.[\w-]+\.[\w-]+$/),
        tokenType: 'Bearer',
        expiresIn: t.config.auth.jwtTtlSeconds,
      });
      const me = await t.request({ method: 'GET', url: '/api/me', token: response.body.accessToken });
      expect(me.status).toBe(200);
      expect(me.body.email).toBe(TEST_ADMIN.email);
      expect(me.body.roles).toEqual(expect.arrayContaining(['admin', 'coordinator']));
      expect(me.body.organization).toMatchObject({ id: orgs['24'], kind: 'region', code: '24' });
      expect(me.body.regionId).toBe(orgs['24']);
      expect(me.text).not.toMatch(/password|argon2/i);
    });

    it('answers 401 INVALID_CREDENTIALS alike for a wrong password and an unknown email', async () => {
      const wrong = await t.request({
        method: 'POST',
        url: '/api/auth/login',
        body: { email: TEST_ADMIN.email, password: 'not-the-password' },
      });
      const unknown = await t.request({
        method: 'POST',
        url: '/api/auth/login',
        body: { email: 'nobody@example.se', password: 'not-the-password' },
      });
      for (const response of [wrong, unknown]) {
        expect(response.status).toBe(401);
        expect(response.body.code).toBe('INVALID_CREDENTIALS');
      }
      expect(unknown.body.message).toBe(wrong.body.message);
    });

    it('refuses a person whose login is disabled, and their earlier token', async () => {
      const person = await createPerson(t, adminToken, {
        organizationId: orgs['2480'],
        roles: ['participant'],
      });
      const token = await t.login(person.email, person.password);
      await disableLogin(t, adminToken, person.id);
      const login = await t.request({
        method: 'POST',
        url: '/api/auth/login',
        body: { email: person.email, password: person.password },
      });
      expect(login.status).toBe(401);
      expect(login.body.code).toBe('INVALID_CREDENTIALS');
      const me = await t.request({ method: 'GET', url: '/api/me', token });
      expect(me.status).toBe(401);
    });

    it('validates the body: 400 VALIDATION_FAILED with field details, unknown properties refused', async () => {
      const missing = await t.request({
        method: 'POST',
        url: '/api/auth/login',
        body: { email: 'x@example.se' },
      });
      expect(missing.status).toBe(400);
      expect(missing.body.code).toBe('VALIDATION_FAILED');
      expect(missing.body.details).toEqual([expect.objectContaining({ field: 'password' })]);

      const badEmail = await t.request({
        method: 'POST',
        url: '/api/auth/login',
        body: { email: 'not-an-email', password: 'x' },
      });
      expect(badEmail.status).toBe(400);
      expect(badEmail.body.details).toEqual([expect.objectContaining({ field: 'email' })]);

      const extra = await t.request({
        method: 'POST',
        url: '/api/auth/login',
        body: { email: TEST_ADMIN.email, password: TEST_ADMIN.password, remember: true },
      });
      expect(extra.status).toBe(400);
      expect(extra.body.code).toBe('VALIDATION_FAILED');
      expect(JSON.stringify(extra.body.details)).toContain('remember');
    });
  });

  describe('bearer tokens on /api', () => {
    it('answers 401 UNAUTHENTICATED without a token', async () => {
      for (const url of ['/api/me', '/api/people', '/api/organizations', '/api/audit-log']) {
        const response = await t.request({ method: 'GET', url });
        expect({ url, status: response.status, code: response.body.code }).toEqual({
          url,
          status: 401,
          code: 'UNAUTHENTICATED',
        });
      }
    });

    it('answers 401 INVALID_TOKEN for a malformed token, another secret, alg none or a foreign audience', async () => {
      const me = await t.request({ method: 'GET', url: '/api/me', token: adminToken });
      const adminId = me.body.id as string;
      const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
      const payload = Buffer.from(
        JSON.stringify({ sub: adminId, iss: 'samverkan', aud: 'samverkan-api', exp: 9999999999 }),
      ).toString('base64url');
      const tokens = [
        'garbage',
        await localToken({ sub: adminId }, 'another-secret-that-is-long-enough-0123456789'),
        `${header}.${payload}.`,
        await localToken({ sub: adminId, aud: 'someone-else' }),
        await localToken({ sub: adminId, iss: 'someone-else' }),
      ];
      for (const token of tokens) {
        const response = await t.request({ method: 'GET', url: '/api/me', token });
        expect(response.status).toBe(401);
        expect(response.body.code).toBe('INVALID_TOKEN');
      }
      // The same construction with the right secret is accepted: the refusals above are about the token.
      const good = await t.request({
        method: 'GET',
        url: '/api/me',
        token: await localToken({ sub: adminId }),
      });
      expect(good.status).toBe(200);
    });

    it('answers 401 TOKEN_EXPIRED for an expired token', async () => {
      const me = await t.request({ method: 'GET', url: '/api/me', token: adminToken });
      const expired = await localToken({ sub: me.body.id, exp: Math.floor(Date.now() / 1000) - 60 });
      const response = await t.request({ method: 'GET', url: '/api/me', token: expired });
      expect(response.status).toBe(401);
      expect(response.body.code).toBe('TOKEN_EXPIRED');
    });

    it('refuses other authorization schemes on /api', async () => {
      const response = await t.request({
        method: 'GET',
        url: '/api/me',
        headers: { authorization: basic(TEST_ADMIN.email, TEST_ADMIN.password) },
      });
      expect(response.status).toBe(401);
      expect(response.body.code).toBe('UNAUTHENTICATED');
    });

    it('leaves routes outside /api to themselves', async () => {
      const response = await t.request({ method: 'GET', url: '/docs-json' });
      expect(response.status).toBe(200);
    });
  });

  describe('role guard', () => {
    it('answers 403 FORBIDDEN when the caller lacks the role', async () => {
      const coordinator = await createPerson(t, adminToken, {
        organizationId: orgs['24'],
        roles: ['coordinator'],
      });
      const token = await t.login(coordinator.email, coordinator.password);
      const response = await t.request({
        method: 'POST',
        url: '/api/organizations',
        token,
        body: { kind: 'municipality', code: '2499', name: 'Testkommun', parentId: orgs['24'] },
      });
      expect(response.status).toBe(403);
      expect(response.body.code).toBe('FORBIDDEN');
      const audit = await t.request({ method: 'GET', url: '/api/audit-log', token });
      expect(audit.status).toBe(403);
      expect(audit.body.code).toBe('FORBIDDEN');
    });

    it("ends the caller's token when their roles change; the next login carries the new roles", async () => {
      const coordinator = await createPerson(t, adminToken, {
        organizationId: orgs['24'],
        roles: ['coordinator'],
      });
      const token = await t.login(coordinator.email, coordinator.password);
      expect((await t.request({ method: 'GET', url: '/api/overview', token })).status).toBe(200);
      const demote = await t.request({
        method: 'PATCH',
        url: `/api/people/${coordinator.id}`,
        token: adminToken,
        body: { roles: ['participant'] },
      });
      expect(demote.status).toBe(200);
      const ended = await t.request({ method: 'GET', url: '/api/overview', token });
      expect(ended.status).toBe(401);
      expect(ended.body.code).toBe('INVALID_TOKEN');
      const asParticipant = await t.login(coordinator.email, coordinator.password);
      const overview = await t.request({ method: 'GET', url: '/api/overview', token: asParticipant });
      expect(overview.status).toBe(403);
      expect(overview.body.code).toBe('FORBIDDEN');
      const promote = await t.request({
        method: 'PATCH',
        url: `/api/people/${coordinator.id}`,
        token: adminToken,
        body: { roles: ['coordinator'] },
      });
      expect(promote.status).toBe(200);
      expect((await t.request({ method: 'GET', url: '/api/overview', token: asParticipant })).status).toBe(
        401,
      );
      const again = await t.login(coordinator.email, coordinator.password);
      expect((await t.request({ method: 'GET', url: '/api/overview', token: again })).status).toBe(200);
    });
  });

  describe('AuthService.authenticateAdminRequest (for /queues and /docs)', () => {
    it('accepts an admin by bearer token or HTTP Basic and refuses everyone else', async () => {
      const auth = t.app.get(AuthService);
      const coordinator = await createPerson(t, adminToken, {
        organizationId: orgs['24'],
        roles: ['coordinator'],
      });
      const coordinatorToken = await t.login(coordinator.email, coordinator.password);
      expect(await auth.authenticateAdminRequest({ authorization: `Bearer ${adminToken}` })).toBe(true);
      expect(
        await auth.authenticateAdminRequest({ authorization: basic(TEST_ADMIN.email, TEST_ADMIN.password) }),
      ).toBe(true);
      expect(await auth.authenticateAdminRequest({ authorization: `Bearer ${coordinatorToken}` })).toBe(
        false,
      );
      expect(
        await auth.authenticateAdminRequest({
          authorization: basic(coordinator.email, coordinator.password),
        }),
      ).toBe(false);
      expect(
        await auth.authenticateAdminRequest({ authorization: basic(TEST_ADMIN.email, 'wrong-password') }),
      ).toBe(false);
      expect(await auth.authenticateAdminRequest({ authorization: 'Bearer garbage' })).toBe(false);
      expect(await auth.authenticateAdminRequest({})).toBe(false);
    });
  });
});

describe('the caller kept for AUTH_USER_CACHE_MS', () => {
  let t: TestApp;
  let adminToken: string;
  beforeAll(async () => {
    t = await startTestApp({ AUTH_USER_CACHE_MS: '300' });
    adminToken = await adminLogin(t);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('honours a change made elsewhere (another API process, the database) once that time has passed', async () => {
    const orgs = await organizationIdsByCode(t, adminToken);
    const person = await createPerson(t, adminToken, {
      organizationId: orgs['2480'],
      roles: ['participant'],
    });
    const token = await t.login(person.email, person.password);
    expect((await t.request({ method: 'GET', url: '/api/me', token })).status).toBe(200);
    // Not through this process's PersonService, so nothing here is told.
    await t.app.get(DataSource).query(`UPDATE people SET login_enabled = false WHERE id = $1`, [person.id]);
    await sleep(400);
    const me = await t.request({ method: 'GET', url: '/api/me', token });
    expect(me.status).toBe(401);
    expect(me.body.code).toBe('INVALID_TOKEN');
  });
});

describe('login throttling behind a trusted proxy', () => {
  const MAX = 3;
  const PER_ADDRESS = 8;
  let t: TestApp;
  let orgs: Record<string, string>;
  let adminToken: string;
  beforeAll(async () => {
    t = await startTestApp({
      LOGIN_MAX_ATTEMPTS: String(MAX),
      LOGIN_WINDOW_SECONDS: '120',
      LOGIN_BACKOFF_SECONDS: '60',
      LOGIN_MAX_ATTEMPTS_PER_ADDRESS: String(PER_ADDRESS),
      // Fastify's inject() connects from 127.0.0.1: that is the proxy here, whose X-Forwarded-For counts.
      TRUST_PROXY: '127.0.0.1',
    });
    adminToken = await adminLogin(t);
    orgs = await organizationIdsByCode(t, adminToken);
  });
  afterAll(async () => {
    await t?.close();
  });

  const attempt = (email: string, password: string, ip: string) =>
    t.request({
      method: 'POST',
      url: '/api/auth/login',
      body: { email, password },
      headers: { 'x-forwarded-for': ip },
    });
  const participant = () =>
    createPerson(t, adminToken, { organizationId: orgs['2480'], roles: ['participant'] });

  it('answers 429 RATE_LIMITED with Retry-After after too many failures, even for the right password', async () => {
    const person = await participant();
    for (let i = 0; i < MAX; i += 1) {
      expect((await attempt(person.email, 'wrong-password', '203.0.113.10')).status).toBe(401);
    }
    const limited = await attempt(person.email, 'wrong-password', '203.0.113.10');
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe('RATE_LIMITED');
    const retryAfter = Number(limited.headers['retry-after']);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    const right = await attempt(person.email.toUpperCase(), person.password, '203.0.113.10');
    expect(right.status).toBe(429);
  });

  it('locks the account from every address (rotating X-Forwarded-For gains nothing), not other accounts', async () => {
    const blocked = await participant();
    const other = await participant();
    const statuses: number[] = [];
    for (let i = 1; i <= 30; i += 1) {
      statuses.push((await attempt(blocked.email, 'wrong-password', `198.51.100.${i}`)).status);
    }
    expect(statuses.slice(0, MAX)).toEqual(Array(MAX).fill(401));
    expect(new Set(statuses.slice(MAX))).toEqual(new Set([429]));
    expect((await attempt(blocked.email, blocked.password, '192.0.2.200')).status).toBe(429);
    // Another account from one of those addresses is not affected.
    expect((await attempt(other.email, 'wrong-password', '198.51.100.1')).status).toBe(401);
    expect((await attempt(other.email, other.password, '198.51.100.1')).status).toBe(200);
  });

  it('limits one address trying many accounts', async () => {
    const person = await participant();
    for (let i = 0; i < PER_ADDRESS; i += 1) {
      expect((await attempt(uniqueEmail(`spray${i}`), 'guess-1', '192.0.2.77')).status).toBe(401);
    }
    const limited = await attempt(person.email, person.password, '192.0.2.77');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(60);
    // The same person from elsewhere is not locked: the address was, not the account.
    expect((await attempt(person.email, person.password, '192.0.2.78')).status).toBe(200);
  });

  it('resets the count after a successful login', async () => {
    const person = await participant();
    const ip = '203.0.113.20';
    for (let i = 0; i < MAX - 1; i += 1) expect((await attempt(person.email, 'wrong', ip)).status).toBe(401);
    expect((await attempt(person.email, person.password, ip)).status).toBe(200);
    for (let i = 0; i < MAX; i += 1) expect((await attempt(person.email, 'wrong', ip)).status).toBe(401);
    expect((await attempt(person.email, 'wrong', ip)).status).toBe(429);
  });

  it('keeps no email address nor client address in Redis', async () => {
    const email = uniqueEmail('redis-check');
    await attempt(email, 'wrong-password', '203.0.113.30');
    const redis = new Redis(TEST_REDIS_URL);
    try {
      const keys = await redis.keys(`${t.config.redis.queuePrefix}:login-attempts:*`);
      expect(keys.length).toBeGreaterThan(0);
      for (const key of keys) {
        expect(key).not.toContain('@');
        expect(key).not.toContain('203.0.113.30');
      }
      expect(keys.some((key) => key.includes(email))).toBe(false);
    } finally {
      redis.disconnect();
    }
  });
});

describe('login throttling without TRUST_PROXY (the default)', () => {
  const MAX = 3;
  let t: TestApp;
  let orgs: Record<string, string>;
  let adminToken: string;
  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_ATTEMPTS: String(MAX), LOGIN_WINDOW_SECONDS: '120' });
    adminToken = await adminLogin(t);
    orgs = await organizationIdsByCode(t, adminToken);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('ignores X-Forwarded-For: 30 guesses from "30 addresses" end in 429, the right password too', async () => {
    const person = await createPerson(t, adminToken, {
      organizationId: orgs['2480'],
      roles: ['participant'],
    });
    const statuses: number[] = [];
    for (let i = 1; i <= 30; i += 1) {
      const response = await t.request({
        method: 'POST',
        url: '/api/auth/login',
        body: { email: person.email, password: 'wrong-password' },
        headers: { 'x-forwarded-for': `198.51.100.${i}` },
      });
      statuses.push(response.status);
    }
    expect(statuses.slice(0, MAX)).toEqual(Array(MAX).fill(401));
    expect(new Set(statuses.slice(MAX))).toEqual(new Set([429]));
    const right = await t.request({
      method: 'POST',
      url: '/api/auth/login',
      body: { email: person.email, password: person.password },
      headers: { 'x-forwarded-for': '192.0.2.1' },
    });
    expect(right.status).toBe(429);
  });

  it('throttles Basic auth on /queues the same way, answering 429 with Retry-After', async () => {
    const admin = await createPerson(t, adminToken, { organizationId: orgs['24'], roles: ['admin'] });
    const queues = (password: string, ip: string) =>
      t.request({
        method: 'GET',
        url: '/queues/api/queues',
        headers: { authorization: basic(admin.email, password), 'x-forwarded-for': ip },
      });
    for (let i = 1; i <= MAX; i += 1)
      expect((await queues('wrong-password', `198.51.100.${i}`)).status).toBe(401);
    const limited = await queues('wrong-password', '198.51.100.99');
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe('RATE_LIMITED');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect((await queues(admin.password, '192.0.2.1')).status).toBe(429);
    // The login endpoint counts the same account.
    const login = await t.request({
      method: 'POST',
      url: '/api/auth/login',
      body: { email: admin.email, password: admin.password },
    });
    expect(login.status).toBe(429);
  });
});

describe('external OpenID Connect issuer', () => {
  let t: TestApp;
  let jwksServer: Server;
  let issuer: string;
  let rsaKey: CryptoKey;
  let ecKey: CryptoKey;
  let strangerKey: CryptoKey;
  const audience = 'samverkan-test';

  beforeAll(async () => {
    const rsa = await generateKeyPair('RS256');
    const ec = await generateKeyPair('ES256');
    const stranger = await generateKeyPair('RS256');
    rsaKey = rsa.privateKey;
    ecKey = ec.privateKey;
    strangerKey = stranger.privateKey;
    const jwks = {
      keys: [
        { ...(await exportJWK(rsa.publicKey)), kid: 'rsa-1', alg: 'RS256', use: 'sig' },
        { ...(await exportJWK(ec.publicKey)), kid: 'ec-1', alg: 'ES256', use: 'sig' },
      ],
    };
    jwksServer = createServer((request, response) => {
      if (request.url === '/jwks') {
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(jwks));
      } else {
        response.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => jwksServer.listen(0, '127.0.0.1', resolve));
    issuer = `http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}`;
    t = await startTestApp({ AUTH_ISSUER: issuer, AUTH_JWKS_URL: `${issuer}/jwks`, AUTH_AUDIENCE: audience });
  });
  afterAll(async () => {
    await t?.close();
    await new Promise((resolve) => jwksServer?.close(resolve));
  });

  function oidcToken(
    claims: Record<string, unknown>,
    options: { key?: CryptoKey; alg?: 'RS256' | 'ES256'; kid?: string; iss?: string; aud?: string } = {},
  ): Promise<string> {
    const alg = options.alg ?? 'RS256';
    return new SignJWT(claims)
      .setProtectedHeader({ alg, kid: options.kid ?? (alg === 'RS256' ? 'rsa-1' : 'ec-1') })
      .setIssuer(options.iss ?? issuer)
      .setAudience(options.aud ?? audience)
      .setSubject('external-subject')
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(options.key ?? (alg === 'RS256' ? rsaKey : ecKey));
  }

  it('maps a token to the person with that email, in any case (RS256 and ES256)', async () => {
    for (const alg of ['RS256', 'ES256'] as const) {
      const token = await oidcToken({ email: TEST_ADMIN.email.toUpperCase(), email_verified: true }, { alg });
      const me = await t.request({ method: 'GET', url: '/api/me', token });
      expect(me.status).toBe(200);
      expect(me.body.email).toBe(TEST_ADMIN.email);
    }
  });

  it('answers 401 for an unknown email, another issuer, another audience, an unverified email or a foreign key', async () => {
    const cases = {
      unknownEmail: await oidcToken({ email: 'stranger@example.se' }),
      wrongIssuer: await oidcToken({ email: TEST_ADMIN.email }, { iss: 'http://127.0.0.1:1' }),
      wrongAudience: await oidcToken({ email: TEST_ADMIN.email }, { aud: 'another-app' }),
      unverified: await oidcToken({ email: TEST_ADMIN.email, email_verified: false }),
      foreignKey: await oidcToken({ email: TEST_ADMIN.email }, { key: strangerKey }),
      noEmail: await oidcToken({}),
    };
    for (const [name, token] of Object.entries(cases)) {
      const response = await t.request({ method: 'GET', url: '/api/me', token });
      expect({ name, status: response.status }).toEqual({ name, status: 401 });
    }
  });

  it('still accepts its own tokens', async () => {
    const token = await adminLogin(t);
    expect((await t.request({ method: 'GET', url: '/api/me', token })).status).toBe(200);
  });
});

describe('login while Redis is unreachable', () => {
  let t: TestApp;
  beforeAll(async () => {
    // Port 1 on loopback: nothing listens there.
    t = await startTestApp({ REDIS_URL: 'redis://127.0.0.1:1', APP_ROLE: 'api', LOGIN_MAX_ATTEMPTS: '2' });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('still logs in, and still throttles (per process)', async () => {
    expect(typeof (await adminLogin(t))).toBe('string');
    const wrong = () =>
      t.request({
        method: 'POST',
        url: '/api/auth/login',
        body: { email: TEST_ADMIN.email, password: 'wrong-password' },
      });
    expect((await wrong()).status).toBe(401);
    expect((await wrong()).status).toBe(401);
    const limited = await wrong();
    expect(limited.status).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  });
});

describe('OpenAPI document', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('describes every auth, organization, people and audit endpoint with its parameters and schemas', async () => {
    const doc = (await t.request({ method: 'GET', url: '/docs-json' })).body;
    const expected: Array<[string, string, string[], string | undefined]> = [
      ['post', '/api/auth/login', [], 'AccessTokenResponse'],
      ['get', '/api/me', [], 'MeResponse'],
      ['get', '/api/organizations', ['kind', 'parentId', 'limit', 'offset'], 'OrganizationPageResponse'],
      ['post', '/api/organizations', [], 'OrganizationResponse'],
      ['get', '/api/organizations/{id}', ['id'], 'OrganizationResponse'],
      ['patch', '/api/organizations/{id}', ['id'], 'OrganizationResponse'],
      ['get', '/api/people', ['organizationId', 'role', 'q', 'limit', 'offset'], 'PersonPageResponse'],
      ['post', '/api/people', [], 'PersonResponse'],
      ['get', '/api/people/{id}', ['id'], 'PersonResponse'],
      ['patch', '/api/people/{id}', ['id'], 'PersonResponse'],
      ['delete', '/api/people/{id}', ['id'], undefined],
      [
        'get',
        '/api/audit-log',
        ['entityType', 'entityId', 'actorId', 'from', 'to', 'limit', 'offset'],
        'AuditEntryPageResponse',
      ],
    ];
    for (const [method, path, parameters, response] of expected) {
      const operation = doc.paths[path]?.[method];
      expect({ method, path, found: operation !== undefined }).toEqual({ method, path, found: true });
      expect((operation.parameters ?? []).map((p: any) => p.name)).toEqual(parameters);
      if (response) {
        const content = JSON.stringify(operation.responses);
        expect(content).toContain(`#/components/schemas/${response}`);
        expect(doc.components.schemas[response].properties).toBeDefined();
      }
      if (path !== '/api/auth/login') expect(operation.security).toEqual([{ bearer: [] }]);
    }
    expect(doc.components.schemas.CreatePersonBody.required).toEqual(
      expect.arrayContaining(['organizationId', 'name', 'email']),
    );
    expect(doc.components.schemas.CreatePersonBody.additionalProperties).toBe(false);
  });
});
