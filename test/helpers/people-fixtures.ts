import { randomBytes } from 'node:crypto';
import { type TestApp, type TestResponse, TEST_ADMIN } from './test-app';

export const SEEDED_ORGANIZATIONS = 16;

export interface CreatedPerson {
  id: string;
  email: string;
  password: string;
  organizationId: string;
}

/** Seeded organizations by SCB code ('24' is the region, '2480' Umeå, …). */
export async function organizationIdsByCode(t: TestApp, token: string): Promise<Record<string, string>> {
  const response = await t.request({ method: 'GET', url: '/api/organizations?limit=200', token });
  if (response.status !== 200) throw new Error(`organizations: ${response.status} ${response.text}`);
  return Object.fromEntries(response.body.items.map((o: { code: string; id: string }) => [o.code, o.id]));
}

export function uniqueEmail(label: string): string {
  return `${label}.${randomBytes(4).toString('hex')}@example.se`;
}

/**
 * Creates a person through the API (as the given token) who can log in with the returned password. Login is
 * enabled by a PATCH after creation, so these fixtures do not depend on the welcome email.
 */
export async function createPerson(
  t: TestApp,
  token: string,
  input: { organizationId: string; roles: string[]; name?: string; email?: string },
): Promise<CreatedPerson> {
  const email = input.email ?? uniqueEmail(input.roles.join('-') || 'person');
  const password = `pw-${randomBytes(8).toString('hex')}`;
  const response = await t.request({
    method: 'POST',
    url: '/api/people',
    token,
    body: {
      organizationId: input.organizationId,
      name: input.name ?? `Test ${input.roles.join(' ')}`,
      email,
      roles: input.roles,
    },
  });
  if (response.status !== 201) throw new Error(`create person: ${response.status} ${response.text}`);
  const enabled = await t.request({
    method: 'PATCH',
    url: `/api/people/${response.body.id}`,
    token,
    body: { password, loginEnabled: true },
  });
  if (enabled.status !== 200) throw new Error(`enable login: ${enabled.status} ${enabled.text}`);
  return { id: response.body.id, email, password, organizationId: input.organizationId };
}

export function adminLogin(t: TestApp): Promise<string> {
  return t.login(TEST_ADMIN.email, TEST_ADMIN.password);
}

/** An organization made by the admin through the API (201 or the test fails here). */
export async function createOrganization(
  t: TestApp,
  adminToken: string,
  body: { kind: string; code: string; name: string; parentId?: string },
): Promise<{ id: string }> {
  const response = await t.request({ method: 'POST', url: '/api/organizations', token: adminToken, body });
  if (response.status !== 201) throw new Error(`create organization: ${response.status} ${response.text}`);
  return response.body;
}

/** A second region, Norrbotten (25), with its municipality Luleå (2580): another tenant's organizations. */
export async function createNorrbotten(
  t: TestApp,
  adminToken: string,
): Promise<{ regionId: string; luleaId: string }> {
  const region = await createOrganization(t, adminToken, {
    kind: 'region',
    code: '25',
    name: 'Region Norrbotten',
  });
  const lulea = await createOrganization(t, adminToken, {
    kind: 'municipality',
    code: '2580',
    name: 'Luleå',
    parentId: region.id,
  });
  return { regionId: region.id, luleaId: lulea.id };
}

/** Turns a person's login off, as the admin. */
export async function disableLogin(t: TestApp, adminToken: string, personId: string): Promise<void> {
  const response = await t.request({
    method: 'PATCH',
    url: `/api/people/${personId}`,
    token: adminToken,
    body: { loginEnabled: false },
  });
  expect(response.status).toBe(200);
}

/** Signs in as the browser does (POST /api/auth/session with the CSRF header): the answer, a 200. */
export async function openBrowserSession(t: TestApp, email: string, password: string): Promise<TestResponse> {
  const response = await t.request({
    method: 'POST',
    url: '/api/auth/session',
    headers: { 'x-samverkan-csrf': '1' },
    body: { email, password },
  });
  expect(response.status).toBe(200);
  return response;
}
