import { type TestApp, startTestApp } from './helpers/test-app';

describe('the service starts', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('serves the OpenAPI document', async () => {
    const response = await t.request({ method: 'GET', url: '/docs-json' });
    expect(response.status).toBe(200);
    expect(response.body.openapi).toMatch(/^3\./);
  });

  it('publishes required roles and public routes in the OpenAPI document', async () => {
    const { paths } = (await t.request({ method: 'GET', url: '/docs-json' })).body;
    expect(paths['/api/organizations'].post['x-required-roles']).toEqual(['admin']);
    expect(paths['/api/auth/login'].post['x-public']).toBe(true);
    expect(paths['/api/organizations'].get['x-public']).toBeUndefined();
  });

  it('answers an unknown route with a coded 404 and a correlation id', async () => {
    const response = await t.request({ method: 'GET', url: '/api/nothing-here' });
    expect(response.status).toBe(404);
    expect(response.body.code).toBe('ROUTE_NOT_FOUND');
    expect(response.headers['x-correlation-id']).toEqual(response.body.correlationId);
  });
});
