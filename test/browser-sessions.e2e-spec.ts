import { DataSource } from 'typeorm';
import { type TestApp, TEST_ADMIN, type TestResponse, startTestApp } from './helpers/test-app';
import { adminLogin, createPerson, organizationIdsByCode } from './helpers/people-fixtures';

const CSRF = { 'x-samverkan-csrf': '1' };

/** The `samverkan_session` value a response sets, or undefined. */
function sessionCookieOf(response: TestResponse): string | undefined {
  const header = response.headers['set-cookie'];
  const lines = Array.isArray(header) ? header : header === undefined ? [] : [String(header)];
  const line = lines.find((value) => value.startsWith('samverkan_session='));
  return line?.slice('samverkan_session='.length).split(';')[0];
}

describe('browser sessions (cookie) and the end of credentials', () => {
  let t: TestApp;
  let db: DataSource;
  let adminToken: string;
  let orgs: Record<string, string>;

  async function signIn(app: TestApp, email: string, password: string): Promise<string> {
    const response = await app.request({
      method: 'POST',
      url: '/api/auth/session',
      headers: CSRF,
      body: { email, password },
    });
    expect(response.status).toBe(200);
    const cookie = sessionCookieOf(response);
    expect(cookie).toMatch(/^[\w-]{43}$/);
    return cookie!;
  }

  function withCookie(cookie: string, extra: Record<string, string> = {}): Record<string, string> {
    return { cookie: `samverkan_session=${cookie}`, ...extra };
  }

  function meByCookie(app: TestApp, cookie: string): Promise<TestResponse> {
    return app.request({ method: 'GET', url: '/api/me', headers: withCookie(cookie) });
  }

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    adminToken = await adminLogin(t);
    orgs = await organizationIdsByCode(t, adminToken);
  });
  afterAll(async () => {
    await t?.close();
  });

  describe('POST /api/auth/session', () => {
    it('signs in with the profile of GET /api/me and an httpOnly, SameSite=Lax cookie of an opaque id', async () => {
      const response = await t.request({
        method: 'POST',
        url: '/api/auth/session',
        headers: CSRF,
        body: { email: TEST_ADMIN.email, password: TEST_ADMIN.password },
      });
      expect(response.status).toBe(200);
      const setCookie = String(response.headers['set-cookie']);
      expect(setCookie).toMatch(/^samverkan_session=[\w-]{43}; HttpOnly; SameSite=Lax; Path=\/$/);
      const me = await t.request({ method: 'GET', url: '/api/me', token: adminToken });
      expect(response.body).toEqual(me.body);
      // Not a JWT, and stored only as a hash.
      const cookie = sessionCookieOf(response)!;
      expect(cookie).not.toContain('.');
      const stored = await db.query<Array<{ token_hash: string }>>(`SELECT token_hash FROM browser_sessions`);
      expect(stored.map((row) => row.token_hash)).not.toContain(cookie);

      const byCookie = await meByCookie(t, cookie);
      expect(byCookie.status).toBe(200);
      expect(byCookie.body).toEqual(me.body);
    });

    it('answers 401 INVALID_CREDENTIALS for a wrong password and sets no cookie', async () => {
      const response = await t.request({
        method: 'POST',
        url: '/api/auth/session',
        headers: CSRF,
        body: { email: TEST_ADMIN.email, password: 'not-the-password' },
      });
      expect(response.status).toBe(401);
      expect(response.body.code).toBe('INVALID_CREDENTIALS');
      expect(sessionCookieOf(response)).toBeUndefined();
    });

    it('refuses a sign-in without the CSRF header or from another origin (login CSRF)', async () => {
      for (const headers of [{}, { ...CSRF, origin: 'https://evil.example' }]) {
        const response = await t.request({
          method: 'POST',
          url: '/api/auth/session',
          headers,
          body: { email: TEST_ADMIN.email, password: TEST_ADMIN.password },
        });
        expect(response.status).toBe(403);
        expect(response.body.code).toBe('CSRF_REJECTED');
        expect(sessionCookieOf(response)).toBeUndefined();
      }
    });

    it('is marked Secure when PUBLIC_URL is https', async () => {
      const secure = await startTestApp({ PUBLIC_URL: 'https://samverkan.example.se' }, t.db);
      try {
        const response = await secure.request({
          method: 'POST',
          url: '/api/auth/session',
          headers: { ...CSRF, origin: 'https://samverkan.example.se' },
          body: { email: TEST_ADMIN.email, password: TEST_ADMIN.password },
        });
        expect(response.status).toBe(200);
        expect(String(response.headers['set-cookie'])).toMatch(/; Secure$/);
      } finally {
        await secure.app.close();
      }
    });
  });

  describe('requests through the cookie', () => {
    it('without a cookie or token: 401 UNAUTHENTICATED; an unknown or malformed cookie: 401', async () => {
      for (const headers of [{}, withCookie('x'.repeat(43)), withCookie('garbage'), { cookie: 'other=1' }]) {
        const response = await t.request({ method: 'GET', url: '/api/me', headers });
        expect(response.status).toBe(401);
        expect(response.body.code).toBe('UNAUTHENTICATED');
      }
    });

    it('a change needs the CSRF header, and a foreign Origin is refused; reads need neither', async () => {
      const person = await createPerson(t, adminToken, {
        organizationId: orgs['2480'],
        roles: ['participant'],
      });
      const cookie = await signIn(t, person.email, person.password);
      const patch = (headers: Record<string, string>) =>
        t.request({
          method: 'PATCH',
          url: '/api/me',
          headers: withCookie(cookie, headers),
          body: { locale: 'en' },
        });

      const withoutHeader = await patch({});
      expect(withoutHeader.status).toBe(403);
      expect(withoutHeader.body.code).toBe('CSRF_REJECTED');
      const wrongValue = await patch({ 'x-samverkan-csrf': 'yes' });
      expect(wrongValue.status).toBe(403);
      const foreign = await patch({ ...CSRF, origin: 'https://evil.example' });
      expect(foreign.status).toBe(403);
      expect(foreign.body.code).toBe('CSRF_REJECTED');
      const nullOrigin = await patch({ ...CSRF, origin: 'null' });
      expect(nullOrigin.status).toBe(403);
      // Nothing was changed by the refused requests.
      expect((await meByCookie(t, cookie)).body.locale).toBe('sv');

      const own = await patch({ ...CSRF, origin: new URL(t.config.http.publicUrl).origin });
      expect(own.status).toBe(200);
      expect(own.body.locale).toBe('en');
      const noOrigin = await t.request({
        method: 'PATCH',
        url: '/api/me',
        headers: withCookie(cookie, CSRF),
        body: { locale: 'sv' },
      });
      expect(noOrigin.status).toBe(200);
      expect(noOrigin.body.locale).toBe('sv');
    });

    it('bearer requests need no CSRF header, and a bearer header wins over a cookie', async () => {
      const person = await createPerson(t, adminToken, {
        organizationId: orgs['2480'],
        roles: ['participant'],
      });
      const cookie = await signIn(t, person.email, person.password);
      const bearer = await t.request({
        method: 'PATCH',
        url: '/api/me',
        token: adminToken,
        headers: { ...withCookie(cookie), origin: 'https://evil.example' },
        body: { locale: 'sv' },
      });
      expect(bearer.status).toBe(200);
      expect(bearer.body.email).toBe(TEST_ADMIN.email);
    });

    it('PATCH /api/me validates the body', async () => {
      for (const body of [{ locale: 'de' }, {}, { locale: 'en', roles: ['admin'] }]) {
        const response = await t.request({ method: 'PATCH', url: '/api/me', token: adminToken, body });
        expect(response.status).toBe(400);
        expect(response.body.code).toBe('VALIDATION_FAILED');
      }
    });
  });

  describe('the end of a session', () => {
    it('DELETE /api/auth/session ends it (200, cookie cleared, no provider to sign out of) and the old cookie then answers 401', async () => {
      const person = await createPerson(t, adminToken, {
        organizationId: orgs['2480'],
        roles: ['participant'],
      });
      const cookie = await signIn(t, person.email, person.password);
      const other = await signIn(t, person.email, person.password);

      const refused = await t.request({
        method: 'DELETE',
        url: '/api/auth/session',
        headers: withCookie(cookie),
      });
      expect(refused.status).toBe(403);
      expect((await meByCookie(t, cookie)).status).toBe(200);

      const logout = await t.request({
        method: 'DELETE',
        url: '/api/auth/session',
        headers: withCookie(cookie, CSRF),
      });
      expect(logout.status).toBe(200);
      expect(logout.body).toEqual({ providerLogoutUrl: null });
      expect(String(logout.headers['set-cookie'])).toMatch(/^samverkan_session=; .*Max-Age=0/);
      const after = await meByCookie(t, cookie);
      expect(after.status).toBe(401);
      expect(after.body.code).toBe('UNAUTHENTICATED');
      // Only that session ended.
      expect((await meByCookie(t, other)).status).toBe(200);
      // Logging out again, or without a cookie, is harmless.
      const again = await t.request({
        method: 'DELETE',
        url: '/api/auth/session',
        headers: withCookie(cookie, CSRF),
      });
      expect(again.status).toBe(200);
      expect((await t.request({ method: 'DELETE', url: '/api/auth/session' })).status).toBe(200);
    });

    it('ends after SESSION_IDLE_MINUTES without a request and SESSION_MAX_DAYS after sign-in', async () => {
      const person = await createPerson(t, adminToken, {
        organizationId: orgs['2480'],
        roles: ['participant'],
      });
      const idle = await signIn(t, person.email, person.password);
      const old = await signIn(t, person.email, person.password);
      const idleMinutes = t.config.auth.session.idleMinutes;
      await db.query(
        `UPDATE browser_sessions SET last_seen_at = now() - make_interval(mins => $1) + interval '5 seconds'
          WHERE person_id = $2`,
        [idleMinutes, person.id],
      );
      // Just inside the idle time: alive, and the request counts as activity.
      expect((await meByCookie(t, idle)).status).toBe(200);
      await db.query(
        `UPDATE browser_sessions SET expires_at = now() - interval '1 second' WHERE person_id = $1`,
        [person.id],
      );
      expect((await meByCookie(t, idle)).status).toBe(401);
      expect((await meByCookie(t, old)).status).toBe(401);

      const fresh = await signIn(t, person.email, person.password);
      await db.query(
        `UPDATE browser_sessions SET last_seen_at = now() - make_interval(mins => $1) - interval '1 second'
          WHERE person_id = $2`,
        [idleMinutes, person.id],
      );
      expect((await meByCookie(t, fresh)).status).toBe(401);
      // Ended sessions are removed at the next sign-in.
      await signIn(t, person.email, person.password);
      const [{ count }] = await db.query<Array<{ count: string }>>(
        `SELECT count(*) FROM browser_sessions WHERE person_id = $1`,
        [person.id],
      );
      expect(Number(count)).toBe(1);
    });

    const endings: Array<{ name: string; change: (personId: string) => Record<string, unknown> | 'delete' }> =
      [
        { name: 'a password change', change: () => ({ password: 'a-new-password-0123' }) },
        { name: 'login disabled', change: () => ({ loginEnabled: false }) },
        { name: 'a role change', change: () => ({ roles: ['participant', 'secretary'] }) },
        { name: 'an organization change', change: () => ({ organizationId: orgs['2482'] }) },
        { name: 'deletion', change: () => 'delete' },
      ];
    it.each(endings)('$name ends the cookie session and the bearer token at once', async ({ change }) => {
      const person = await createPerson(t, adminToken, {
        organizationId: orgs['2480'],
        roles: ['participant'],
      });
      const cookie = await signIn(t, person.email, person.password);
      const token = await t.login(person.email, person.password);
      expect((await meByCookie(t, cookie)).status).toBe(200);
      expect((await t.request({ method: 'GET', url: '/api/me', token })).status).toBe(200);

      const body = change(person.id);
      const response =
        body === 'delete'
          ? await t.request({ method: 'DELETE', url: `/api/people/${person.id}`, token: adminToken })
          : await t.request({ method: 'PATCH', url: `/api/people/${person.id}`, token: adminToken, body });
      expect(response.status).toBeLessThan(300);

      const byCookie = await meByCookie(t, cookie);
      expect(byCookie.status).toBe(401);
      expect(byCookie.body.code).toBe('UNAUTHENTICATED');
      const byToken = await t.request({ method: 'GET', url: '/api/me', token });
      expect(byToken.status).toBe(401);
      expect(byToken.body.code).toBe('INVALID_TOKEN');
    });

    it('a change of name, phone or language ends nothing', async () => {
      const person = await createPerson(t, adminToken, {
        organizationId: orgs['2480'],
        roles: ['participant'],
      });
      const cookie = await signIn(t, person.email, person.password);
      const token = await t.login(person.email, person.password);
      const patch = await t.request({
        method: 'PATCH',
        url: `/api/people/${person.id}`,
        token: adminToken,
        body: { name: 'Nytt Namn', phone: '090-123456', locale: 'en' },
      });
      expect(patch.status).toBe(200);
      expect((await meByCookie(t, cookie)).status).toBe(200);
      expect((await t.request({ method: 'GET', url: '/api/me', token })).status).toBe(200);
    });

    it('ends in every API process at once: a change through another process refuses the cookie here', async () => {
      // A second API process on the same database, with a long person cache: the cookie must not rely on it.
      const other = await startTestApp({ AUTH_USER_CACHE_MS: '60000' }, t.db);
      try {
        const person = await createPerson(t, adminToken, {
          organizationId: orgs['2480'],
          roles: ['participant'],
        });
        const cookie = await signIn(other, person.email, person.password);
        expect((await meByCookie(other, cookie)).status).toBe(200);
        const disable = await t.request({
          method: 'PATCH',
          url: `/api/people/${person.id}`,
          token: adminToken,
          body: { roles: ['participant', 'secretary'] },
        });
        expect(disable.status).toBe(200);
        expect((await meByCookie(other, cookie)).status).toBe(401);
      } finally {
        await other.app.close();
      }
    });

    it('a bearer token ends in another process within AUTH_USER_CACHE_MS (0: at once)', async () => {
      const other = await startTestApp({ AUTH_USER_CACHE_MS: '0' }, t.db);
      try {
        const person = await createPerson(t, adminToken, {
          organizationId: orgs['2480'],
          roles: ['participant'],
        });
        const token = await other.login(person.email, person.password);
        expect((await other.request({ method: 'GET', url: '/api/me', token })).status).toBe(200);
        const change = await t.request({
          method: 'PATCH',
          url: `/api/people/${person.id}`,
          token: adminToken,
          body: { password: 'another-password-456' },
        });
        expect(change.status).toBe(200);
        expect((await other.request({ method: 'GET', url: '/api/me', token })).status).toBe(401);
        // The new password gives a token that works.
        const fresh = await other.login(person.email, 'another-password-456');
        expect((await other.request({ method: 'GET', url: '/api/me', token: fresh })).status).toBe(200);
      } finally {
        await other.app.close();
      }
    });
  });
});
