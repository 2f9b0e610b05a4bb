import { TEST_ADMIN, type TestApp, startTestApp } from './helpers/test-app';

function basic(email: string, password: string): string {
  return `Basic ${Buffer.from(`${email}:${password}`).toString('base64')}`;
}

describe('operations endpoints', () => {
  let t: TestApp;
  let adminToken: string;
  let coordinatorToken: string;

  beforeAll(async () => {
    t = await startTestApp();
    adminToken = await t.login(TEST_ADMIN.email, TEST_ADMIN.password);
    const organizations = await t.request({
      method: 'GET',
      url: '/api/organizations?kind=region',
      token: adminToken,
    });
    const region = organizations.body.items[0];
    const created = await t.request({
      method: 'POST',
      url: '/api/people',
      token: adminToken,
      body: {
        organizationId: region.id,
        name: 'Karin Koordinator',
        email: 'karin@region.test',
        roles: ['coordinator'],
        password: 'coordinator-password-1',
      },
    });
    expect(created.status).toBe(201);
    coordinatorToken = await t.login('karin@region.test', 'coordinator-password-1');
  });
  afterAll(async () => {
    await t?.close();
  });

  it('tells strangers only whether the process is live and ready, never queue names, workers or latencies', async () => {
    const live = await t.request({ method: 'GET', url: '/health/live' });
    expect(live.status).toBe(200);
    expect(live.body).toEqual({ status: 'ok' });
    for (const url of ['/health/ready', '/health']) {
      const response = await t.request({ method: 'GET', url });
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ status: 'ok', checks: { database: 'up', redis: 'up' } });
      expect(response.text).not.toMatch(/mail|invitation|workers|latency|outbox|warnings/i);
    }
  });

  it('reports database, Redis and queue figures on /health/details to admins only', async () => {
    expect((await t.request({ method: 'GET', url: '/health/details' })).status).toBe(401);
    const coordinator = await t.request({ method: 'GET', url: '/health/details', token: coordinatorToken });
    expect(coordinator.status).toBe(403);
    expect(coordinator.text).not.toMatch(/mail|workers/);
    const response = await t.request({ method: 'GET', url: '/health/details', token: adminToken });
    expect(response.status).toBe(200);
    expect(response.body.status).toBe('ok');
    expect(response.body.checks.database.status).toBe('up');
    expect(response.body.checks.redis.status).toBe('up');
    expect(typeof response.body.checks.redis.latencyMs).toBe('number');
    expect(response.body.jobs.queues.map((queue: { name: string }) => queue.name)).toContain('mail');
    expect(response.body.jobs.queues[0].workers).toBeGreaterThanOrEqual(1);
    expect(typeof response.body.jobs.outbox.pending).toBe('number');
  });

  it('serves the queue dashboard to admins only', async () => {
    const anonymous = await t.request({ method: 'GET', url: '/queues' });
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers['www-authenticate']).toMatch(/^Basic /);
    expect(anonymous.body.code).toBe('UNAUTHENTICATED');

    const coordinator = await t.request({ method: 'GET', url: '/queues', token: coordinatorToken });
    expect(coordinator.status).toBe(401);
    const wrong = await t.request({
      method: 'GET',
      url: '/queues',
      headers: { authorization: basic(TEST_ADMIN.email, 'not-the-password') },
    });
    expect(wrong.status).toBe(401);

    const admin = await t.request({ method: 'GET', url: '/queues', token: adminToken });
    expect(admin.status).toBe(200);
    expect(admin.text).toContain('<html');
    const api = await t.request({
      method: 'GET',
      url: '/queues/api/queues',
      headers: { authorization: basic(TEST_ADMIN.email, TEST_ADMIN.password) },
    });
    expect(api.status).toBe(200);
    expect(api.body.queues.map((queue: { name: string }) => queue.name)).toContain('mail');
  });

  it('leaves /docs open outside production', async () => {
    expect((await t.request({ method: 'GET', url: '/docs-json' })).status).toBe(200);
  });
});

describe('operations endpoints in production', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ NODE_ENV: 'production', PUBLIC_URL: 'https://samverkan.example.se' });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('keeps /docs and /docs-json for admins', async () => {
    expect((await t.request({ method: 'GET', url: '/docs' })).status).toBe(401);
    expect((await t.request({ method: 'GET', url: '/docs-json' })).status).toBe(401);
    const token = await t.login(TEST_ADMIN.email, TEST_ADMIN.password);
    const document = await t.request({ method: 'GET', url: '/docs-json', token });
    expect(document.status).toBe(200);
    expect(Object.keys(document.body.paths)).toEqual(
      expect.arrayContaining(['/api/people', '/health', '/health/live', '/health/ready', '/health/details']),
    );
    expect((await t.request({ method: 'GET', url: '/health' })).status).toBe(200);
  });
});

describe('health while Redis is unreachable', () => {
  let t: TestApp;
  beforeAll(async () => {
    // Port 1 on loopback: nothing listens there.
    t = await startTestApp({ REDIS_URL: 'redis://127.0.0.1:1', APP_ROLE: 'api' });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('stays live (a liveness probe must not restart a healthy API) but is not ready', async () => {
    const live = await t.request({ method: 'GET', url: '/health/live' });
    expect(live.status).toBe(200);
    expect(live.body).toEqual({ status: 'ok' });
    for (const url of ['/health/ready', '/health']) {
      const response = await t.request({ method: 'GET', url });
      expect(response.status).toBe(503);
      expect(response.body).toEqual({ status: 'error', checks: { database: 'up', redis: 'down' } });
    }
  });
});
