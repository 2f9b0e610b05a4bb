import { TEST_ADMIN, type TestApp, type TestResponse, startTestApp } from './helpers/test-app';

/** Issue 12, point 6: every answer carries the protective headers; a route may set a stricter CSP. */

function directives(response: TestResponse): Map<string, string> {
  const policy = String(response.headers['content-security-policy'] ?? '');
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        const [name, ...values] = part.split(/\s+/);
        return [name, values.join(' ')] as [string, string];
      }),
  );
}

function expectBaseline(response: TestResponse, what: string): void {
  expect({ what, nosniff: response.headers['x-content-type-options'] }).toEqual({ what, nosniff: 'nosniff' });
  expect({ what, frame: response.headers['x-frame-options'] }).toEqual({ what, frame: 'DENY' });
  expect({ what, referrer: response.headers['referrer-policy'] }).toEqual({ what, referrer: 'no-referrer' });
  expect({ what, ancestors: directives(response).get('frame-ancestors') }).toEqual({
    what,
    ancestors: "'none'",
  });
}

describe('security headers on every answer', () => {
  let t: TestApp;
  let adminToken: string;
  beforeAll(async () => {
    t = await startTestApp();
    adminToken = await t.login(TEST_ADMIN.email, TEST_ADMIN.password);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('sends nosniff, no-store and a CSP that allows nothing with the JSON API, errors included', async () => {
    const answers: Array<[string, TestResponse]> = [
      ['GET /api/me', await t.request({ method: 'GET', url: '/api/me', token: adminToken })],
      ['GET /api/people', await t.request({ method: 'GET', url: '/api/people', token: adminToken })],
      ['GET /api/people without a token', await t.request({ method: 'GET', url: '/api/people' })],
      ['an unknown route', await t.request({ method: 'GET', url: '/api/no-such-thing', token: adminToken })],
      [
        'a refused login',
        await t.request({
          method: 'POST',
          url: '/api/auth/login',
          body: { email: TEST_ADMIN.email, password: 'wrong-password' },
        }),
      ],
      ['GET /health/ready', await t.request({ method: 'GET', url: '/health/ready' })],
    ];
    expect(answers.map(([what, response]) => [what, response.status])).toEqual([
      ['GET /api/me', 200],
      ['GET /api/people', 200],
      ['GET /api/people without a token', 401],
      ['an unknown route', 404],
      ['a refused login', 401],
      ['GET /health/ready', 200],
    ]);
    for (const [what, response] of answers) {
      expectBaseline(response, what);
      expect({ what, cache: response.headers['cache-control'] }).toEqual({ what, cache: 'no-store' });
      expect({ what, src: directives(response).get('default-src') }).toEqual({ what, src: "'none'" });
      // PUBLIC_URL is http here: no HSTS.
      expect(response.headers['strict-transport-security']).toBeUndefined();
    }
  });

  it('keeps a cache policy a route sets itself', async () => {
    const csv = await t.request({ method: 'GET', url: '/api/overview.csv', token: adminToken });
    expect(csv.status).toBe(200);
    expect(csv.headers['cache-control']).toBe('private, no-store');
    expectBaseline(csv, 'overview.csv');
  });

  it('gives /docs and /queues a CSP of their own: scripts only from the service, no framing', async () => {
    const basic = `Basic ${Buffer.from(`${TEST_ADMIN.email}:${TEST_ADMIN.password}`).toString('base64')}`;
    const pages: Array<[string, TestResponse]> = [
      ['/docs', await t.request({ method: 'GET', url: '/docs' })],
      ['/queues refused', await t.request({ method: 'GET', url: '/queues' })],
      ['/queues', await t.request({ method: 'GET', url: '/queues', headers: { authorization: basic } })],
    ];
    expect(pages.map(([what, response]) => [what, response.status])).toEqual([
      ['/docs', 200],
      ['/queues refused', 401],
      ['/queues', 200],
    ]);
    for (const [what, response] of pages) {
      expectBaseline(response, what);
      const csp = directives(response);
      expect({ what, script: csp.get('script-src') }).toEqual({ what, script: "'self'" });
      expect({ what, object: csp.get('object-src') }).toEqual({ what, object: "'none'" });
    }
    expect(directives(pages[0][1]).get('base-uri')).toBe("'none'");
    // Bull Board's page sets <base href="/queues/">.
    expect(directives(pages[2][1]).get('base-uri')).toBe("'self'");
  });

  it('keeps the stricter CSP of the public pages (RSVP)', async () => {
    const page = await t.request({
      method: 'GET',
      url: `/rsvp/${'x'.repeat(43)}`,
      headers: { accept: 'text/html' },
    });
    expect(page.status).toBe(404);
    expectBaseline(page, 'rsvp page');
    expect(directives(page).get('form-action')).toBe("'self'");
    expect(directives(page).get('style-src')).toBe("'unsafe-inline'");
  });
});

describe('HSTS when PUBLIC_URL is https', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ APP_ROLE: 'api', PUBLIC_URL: 'https://samverkan.example.se' });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('tells browsers to use https only', async () => {
    for (const url of ['/health/live', '/api/me', '/docs']) {
      const response = await t.request({ method: 'GET', url });
      expect({ url, hsts: response.headers['strict-transport-security'] }).toEqual({
        url,
        hsts: 'max-age=31536000',
      });
    }
  });
});
