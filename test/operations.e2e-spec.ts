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

  it('reports database, Redis and queue figures on /health without a token', async () => {
    const response = await t.request({ method: 'GET', url: '/health' });
    expect(response.status).toBe(200);
    expect(response.body.status).toBe('ok');
    expect(response.body.checks.database.status).toBe('up');
    expect(response.body.checks.redis.status).toBe('up');
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
    expect(Object.keys(document.body.paths)).toEqual(expect.arrayContaining(['/api/people', '/health']));
    expect((await t.request({ method: 'GET', url: '/health' })).status).toBe(200);
  });
});
