import { randomUUID } from 'node:crypto';
import { TEST_ADMIN, type TestApp, type TestResponse, startTestApp } from '../helpers/test-app';
import { createPerson, openBrowserSession, organizationIdsByCode } from '../helpers/people-fixtures';
import { DatabaseProbe, changedTables, type DatabaseFingerprint } from './database-fingerprint';
import {
  type ApiOperation,
  type HttpMethod,
  type OpenApiDocument,
  fillPath,
  operationsOf,
  sampleFromSchema,
  uuidPropertiesOf,
} from './openapi';
import {
  type Caller,
  type Fixture,
  type TenantFixtures,
  CROSS_TENANT_BODIES,
  bindPathParameters,
  createMeetingOf,
  createOtherRegionFixtures,
  createTenantFixtures,
  fixtureForProperty,
} from './tenant-fixtures';

/**
 * The security sweep (issue 7): every operation /docs-json publishes, checked for authentication (401),
 * roles (403) and tenant scope (404 for another municipality's records, indistinguishable from a missing
 * id). New endpoints are covered by themselves; one whose parameters the sweep cannot fill fails it with
 * "add a fixture for …".
 */

interface Probe {
  method: HttpMethod;
  url: string;
  body?: unknown;
}

/** Body uuids the sweep does not fill by name, with the test that covers them. */
const BODY_UUIDS_COVERED_ELSEWHERE: Readonly<Record<string, string>> = {
  'PUT /api/organizations/{id}/agreement adjusters.region': 'body-references: the region adjuster',
  'PUT /api/organizations/{id}/agreement adjusters.municipality':
    'body-references: the municipality adjuster',
  'PUT /api/meetings/{id}/minutes actions[].id':
    "body-references: a local id of the draft; another's action is untouched",
  'POST /api/meetings/{id}/minutes/actions id':
    'not a reference: the client-chosen id of a new action in these minutes (minutes-parts: a retry with it is idempotent)',
};

/** Operations whose body names no record at all (a person's own settings): nothing of B to reach. */
const BODIES_NAMING_NO_RECORD = new Set(['PATCH /api/me']);
/**
 * Reads that write an audit entry by design (a disclosure of personal data is logged). The sweep must change
 * nothing, so these are left out of the list sweep and of the admin's control read before the 404 check:
 * test/personal-data.e2e-spec.ts checks that the admin reads them and that they show only the caller's own.
 */
const READS_THAT_AUDIT = new Set([
  'GET /api/me/personal-data',
  'GET /api/me/personal-data.pdf',
  'GET /api/people/{id}/personal-data',
  'GET /api/people/{id}/personal-data.pdf',
  /** A public records request: test/public-records-export.e2e-spec.ts checks its audit entry and scope. */
  'GET /api/public-records/export',
]);

const tally = new Map<string, number>();
const notes: string[] = [];
const count = (what: string) => tally.set(what, (tally.get(what) ?? 0) + 1);

function errorShape(response: TestResponse): string | undefined {
  if (typeof response.body?.code !== 'string' || typeof response.body?.message !== 'string')
    return `not a { code, message } body: ${response.text.slice(0, 200)}`;
  return undefined;
}

/** Every uuid-valued leaf of a sample body, with a copy of the body where that one leaf is replaced. */
function uuidFieldsOf(
  body: unknown,
): Array<{ path: string; fixture: string; with: (id: string) => unknown }> {
  const found: Array<{ path: string; fixture: string; with: (id: string) => unknown }> = [];
  const walk = (value: unknown, path: Array<string | number>, property: string) => {
    if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...path, index], property));
    else if (value && typeof value === 'object')
      for (const [key, child] of Object.entries(value)) walk(child, [...path, key], key);
    else if (typeof value === 'string' && UUID.test(value)) {
      const fixture = fixtureForProperty(property);
      if (!fixture) return;
      found.push({
        path: path.join('.'),
        fixture,
        with: (id) => {
          const copy = structuredClone(body) as any;
          let target = copy;
          for (const step of path.slice(0, -1)) target = target[step];
          target[path[path.length - 1]] = id;
          return copy;
        },
      });
    }
  };
  walk(body, [], '');
  return found;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

let summaryHeader = 'security sweep: did not start';

afterAll(() => {
  const lines = [
    summaryHeader,
    ...[...tally.entries()].map(([what, n]) => `  ${String(n).padStart(4)} × ${what}`),
    ...notes.map((note) => `  note: ${note}`),
  ];
  console.log(lines.join('\n'));
});

describe('security sweep generated from /docs-json', () => {
  let t: TestApp;
  let document: OpenApiDocument;
  let operations: ApiOperation[];
  let f: TenantFixtures;
  let db: DatabaseProbe;
  let before: DatabaseFingerprint;
  /** Municipality A's own records (a meeting of A with its agenda, an action, a question, the secretary). */
  let own: Map<string, Fixture>;
  /** A second region's records (Norrbotten): foreign to the first region's coordinator. */
  let otherRegion: Map<string, Fixture>;

  /** Builds the request for an operation, with B's records in its path, query and body where it names them. */
  const probeFor = (
    operation: ApiOperation,
    pathValues: Record<string, string>,
    usedFixtures: Fixture[] = [],
  ): Probe => {
    const hints = {
      includeOptionalIds: true,
      uuidFor: (name: string) => {
        const key = fixtureForProperty(name);
        const fixture = key ? f.fixtures.get(key) : undefined;
        if (fixture) usedFixtures.push(fixture);
        return fixture?.id;
      },
    };
    const query = operation.queryParams
      .filter((parameter) => parameter.required)
      .map(
        (parameter) =>
          `${encodeURIComponent(parameter.name)}=${encodeURIComponent(
            String(sampleFromSchema(document, parameter.schema, hints, parameter.name)),
          )}`,
      );
    const url = fillPath(operation.path, pathValues) + (query.length > 0 ? `?${query.join('&')}` : '');
    const crossTenant = CROSS_TENANT_BODIES[operation.label];
    let body = operation.jsonBody ? sampleFromSchema(document, operation.jsonBody, hints) : undefined;
    if (crossTenant) {
      body = crossTenant(f.fixtures);
      const text = JSON.stringify(body);
      usedFixtures.push(...[...f.fixtures.values()].filter((fixture) => text.includes(fixture.id)));
    }
    return { method: operation.method, url, body };
  };

  const send = (probe: Probe, token?: string) =>
    t.request({ method: probe.method, url: probe.url, body: probe.body, token });

  /** Browser session cookies of the admin (docs/adr/0010): one live, one ended by logout. */
  const sessions = { live: '', ended: '' };
  const sendWithCookie = (probe: Probe, cookie: string, headers: Record<string, string> = {}) =>
    t.request({
      method: probe.method,
      url: probe.url,
      body: probe.body,
      headers: { cookie: `samverkan_session=${cookie}`, ...headers },
    });
  const openSession = async (): Promise<string> => {
    const response = await openBrowserSession(t, TEST_ADMIN.email, TEST_ADMIN.password);
    return /samverkan_session=([^;]+)/.exec(String(response.headers['set-cookie']))![1];
  };

  const tenantBIds = () =>
    [...f.fixtures.values()].filter((fixture) => fixture.scope === 'tenant-b').map((fixture) => fixture.id);

  beforeAll(async () => {
    // api role: no worker changes rows behind the sweep's back, so "changed nothing" can be checked exactly.
    t = await startTestApp({ APP_ROLE: 'api' });
    const docs = await t.request({ method: 'GET', url: '/docs-json' });
    expect(docs.status).toBe(200);
    document = docs.body;
    operations = operationsOf(document);
    f = await createTenantFixtures(t, document);
    sessions.live = await openSession();
    sessions.ended = await openSession();
    const logout = await sendWithCookie({ method: 'DELETE', url: '/api/auth/session' }, sessions.ended, {
      'x-samverkan-csrf': '1',
    });
    expect(logout.status).toBe(200);
    // The live cookie is good (a read through it succeeds), so the refusals below are about CSRF.
    expect((await sendWithCookie({ method: 'GET', url: '/api/me' }, sessions.live)).status).toBe(200);
    own = await ownRecordsOf(f.tenantCallers.find((caller) => caller.roles.includes('secretary'))!);
    otherRegion = await createOtherRegionFixtures(t, f.admin.token);
    db = await DatabaseProbe.connect(t.db.url);
    before = await db.fingerprint();
  });

  afterAll(async () => {
    summaryHeader = `security sweep: ${operations?.length ?? 0} operations in /docs-json, ${db?.tableNames.length ?? 0} tables watched`;
    await db?.close();
    await t?.close();
  });

  it('knows how to fill every parameter of every operation', () => {
    expect(operations.length).toBeGreaterThan(20);
    const unmapped: string[] = [];
    for (const operation of operations) {
      const binding = bindPathParameters(operation, f.fixtures);
      if (binding.missing.length > 0)
        unmapped.push(`add a fixture for ${operation.label} (${binding.missing.join(', ')})`);
      try {
        probeFor(operation, Object.fromEntries(operation.pathParams.map((p) => [p.name, randomUUID()])));
      } catch (error) {
        unmapped.push(`add a fixture for ${operation.label}: ${(error as Error).message}`);
      }
    }
    for (const problem of f.notCreated) notes.push(`fixture not created: ${problem}`);
    expect(unmapped).toEqual([]);
  });

  it('answers 401 to every non-public operation without a token, or with a forged or malformed one', async () => {
    const forged = f.admin.token.slice(0, -4) + (f.admin.token.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    const failures: string[] = [];
    for (const operation of operations) {
      if (operation.isPublic) {
        count('public operations (x-public: no 401 expected)');
        notes.push(`public: ${operation.label}`);
        continue;
      }
      const binding = bindPathParameters(operation, f.fixtures);
      if (binding.missing.length > 0) continue; // failed above
      const probe = probeFor(operation, binding.values);
      for (const [label, token] of [
        ['no token', undefined],
        ['forged signature', forged],
        ['not a JWT', 'not-a-token'],
      ] as const) {
        const response = await send(probe, token);
        if (response.status !== 401) failures.push(`${operation.label} with ${label}: ${response.status}`);
        else if (errorShape(response)) failures.push(`${operation.label}: ${errorShape(response)}`);
      }
      count('operations checked for 401 (no token, forged, malformed)');
    }
    expect(failures).toEqual([]);
  });

  it('answers 401 to every non-public operation with an unknown or ended session cookie', async () => {
    const failures: string[] = [];
    for (const operation of operations) {
      if (operation.isPublic) continue;
      const binding = bindPathParameters(operation, f.fixtures);
      if (binding.missing.length > 0) continue;
      const probe = probeFor(operation, binding.values);
      for (const [label, cookie] of [
        ['an unknown session', 'A'.repeat(43)],
        ['a session ended by logout', sessions.ended],
        ['a malformed session', 'not-a-session'],
      ] as const) {
        const response = await sendWithCookie(probe, cookie, { 'x-samverkan-csrf': '1' });
        if (response.status !== 401) failures.push(`${operation.label} with ${label}: ${response.status}`);
        else if (errorShape(response)) failures.push(`${operation.label}: ${errorShape(response)}`);
      }
      count('operations checked for 401 (unknown, ended, malformed session cookie)');
    }
    expect(failures).toEqual([]);
  });

  it('answers 403 CSRF_REJECTED to every change through a live session cookie without the CSRF header or from another origin', async () => {
    const failures: string[] = [];
    for (const operation of operations) {
      if (operation.isPublic || operation.method === 'GET') continue;
      const binding = bindPathParameters(operation, f.fixtures);
      if (binding.missing.length > 0) continue;
      const probe = probeFor(operation, binding.values);
      for (const [label, headers] of [
        ['no CSRF header', {}],
        ['a foreign Origin', { 'x-samverkan-csrf': '1', origin: 'https://evil.example' }],
      ] as const) {
        const response = await sendWithCookie(probe, sessions.live, headers);
        if (response.status !== 403 || response.body?.code !== 'CSRF_REJECTED')
          failures.push(
            `${operation.label} with ${label}: ${response.status} ${response.text.slice(0, 120)}`,
          );
      }
      count('changing operations checked for CSRF through the cookie (no header, foreign Origin)');
    }
    expect(failures).toEqual([]);
  });

  it('answers 403 to every caller who lacks the role, before looking anything up', async () => {
    const failures: string[] = [];
    for (const operation of operations) {
      if (operation.isPublic || operation.requiredRoles.length === 0) continue;
      const binding = bindPathParameters(operation, f.fixtures);
      if (binding.missing.length > 0) continue;
      // A random uuid for every id: the role guard answers before any lookup.
      const randomValues = Object.fromEntries(
        operation.pathParams.map((parameter) => [
          parameter.name,
          parameter.schema.format === 'uuid' ? randomUUID() : binding.values[parameter.name],
        ]),
      );
      const lacking = f.roleCallers.filter(
        (caller) => !caller.roles.some((role) => operation.requiredRoles.includes(role)),
      );
      for (const caller of lacking) {
        for (const values of [randomValues, binding.values]) {
          const response = await send(probeFor(operation, values), caller.token);
          if (response.status !== 403)
            failures.push(
              `${operation.label} as ${caller.label}: ${response.status} ${response.text.slice(0, 120)}`,
            );
          else if (errorShape(response)) failures.push(`${operation.label}: ${errorShape(response)}`);
        }
      }
      if (lacking.length === 0) notes.push(`every test caller has a role of ${operation.label}`);
      count(`role-restricted operations checked for 403 (${f.roleCallers.map((c) => c.roles[0]).join('/')})`);
    }
    expect(failures).toEqual([]);
  });

  it("answers 404 to municipality A's people on B's records, exactly as for a missing id", async () => {
    expect(await sweepRecordsInPath(f.fixtures, f.tenantCallers, "B's")).toEqual([]);
  });

  /**
   * An outside organisation's own records (issue 17): its person, an action and a question it owns answer
   * a municipality's people and a second outside organisation's person 404, exactly as a missing id.
   */
  it("answers 404 to others' people on an outside organisation's person, action and question", async () => {
    expect(f.outside.callers.length).toBeGreaterThan(0);
    expect([...f.outside.fixtures.keys()].sort()).toEqual(['action', 'person', 'question']);
    const reachable = operations.filter(
      (operation) =>
        !operation.isPublic &&
        operation.pathParams.length > 0 &&
        bindPathParameters(operation, f.outside.fixtures).missing.length === 0,
    );
    expect(reachable.map((operation) => operation.label)).toEqual(
      expect.arrayContaining(['GET /api/people/{id}', 'GET /api/actions/{id}', 'GET /api/questions/{id}']),
    );
    expect(await sweepRecordsInPath(f.outside.fixtures, f.outside.callers, "Almi's")).toEqual([]);
  });

  /**
   * Every operation whose path names one of `targets` (scope tenant-b): 404 to each caller with the role,
   * as for a missing id, after the admin's control read found the record. Operations with a parameter the
   * targets do not fill are left to the sweep over B's records; shared records in the path are checked as such.
   */
  async function sweepRecordsInPath(
    targets: Map<string, Fixture>,
    callers: Caller[],
    whose: string,
  ): Promise<string[]> {
    const failures: string[] = [];
    for (const operation of operations) {
      if (operation.isPublic || operation.pathParams.length === 0) continue;
      const binding = bindPathParameters(operation, targets);
      if (binding.missing.length > 0) continue;
      const tenantParams = operation.pathParams.filter(
        (parameter) =>
          binding.fixtures.find((fixture) => fixture.id === binding.values[parameter.name])?.scope ===
          'tenant-b',
      );
      if (tenantParams.length === 0) {
        await checkSharedRecord(operation, binding.values, failures);
        continue;
      }
      const probe = probeFor(operation, binding.values);
      const missing = probeFor(operation, {
        ...binding.values,
        ...Object.fromEntries(tenantParams.map((parameter) => [parameter.name, randomUUID()])),
      });
      if (operation.method === 'GET' && !READS_THAT_AUDIT.has(operation.label)) {
        // The record is there: the admin reads it, so the 404 below is the tenant scope, not a bad route.
        const control = await send(probe, f.admin.token);
        if (control.status < 200 || control.status >= 300)
          failures.push(
            `${operation.label}: the admin's control read answered ${control.status} ${control.text.slice(0, 160)}`,
          );
      }
      for (const caller of callers) {
        const lacksRole =
          operation.requiredRoles.length > 0 &&
          !caller.roles.some((role) => operation.requiredRoles.includes(role));
        const expected = lacksRole ? 403 : 404;
        const response = await send(probe, caller.token);
        if (response.status !== expected) {
          failures.push(
            `${operation.label} as ${caller.label}: ${response.status}, expected ${expected} ${response.text.slice(0, 160)}`,
          );
          continue;
        }
        if (errorShape(response)) failures.push(`${operation.label}: ${errorShape(response)}`);
        if (expected !== 404) continue;
        if (response.body.code === 'ROUTE_NOT_FOUND')
          failures.push(`${operation.label}: 404 ROUTE_NOT_FOUND, the route itself is missing`);
        const random = await send(missing, caller.token);
        if (
          random.status !== 404 ||
          random.body?.code !== response.body.code ||
          random.body?.message !== response.body.message
        )
          failures.push(
            `${operation.label} as ${caller.label}: ${whose} record answers ${response.status} ${response.body.code} "${response.body.message}", ` +
              `a missing id ${random.status} ${random.body?.code} "${random.body?.message}" (must be indistinguishable)`,
          );
      }
      count(
        `operations on ${whose} records checked for 404 (${operation.method === 'GET' ? 'reads' : 'writes'})`,
      );
    }
    return failures;
  }

  /** Shared records of the region (strategy areas, templates): readable by all, writable by the roles only. */
  async function checkSharedRecord(
    operation: ApiOperation,
    values: Record<string, string>,
    failures: string[],
  ): Promise<void> {
    for (const caller of f.tenantCallers) {
      const lacksRole =
        operation.requiredRoles.length > 0 &&
        !caller.roles.some((role) => operation.requiredRoles.includes(role));
      if (lacksRole) continue; // the 403 test covers it
      if (operation.method !== 'GET') {
        failures.push(
          `${operation.label}: any ${caller.roles.join('/')} may write a record shared by the region; decide its rule here`,
        );
        continue;
      }
      const response = await send(probeFor(operation, values), caller.token);
      if (response.status !== 200)
        failures.push(`${operation.label} as ${caller.label}: ${response.status}, expected 200`);
    }
    count('operations on records shared by the region checked');
  }

  it("lets A's people list only their own: no list, view or filter shows one of B's ids", async () => {
    const failures: string[] = [];
    const ids = tenantBIds();
    const leaks = (response: TestResponse) => ids.filter((id) => response.text.includes(id));
    for (const operation of operations) {
      if (operation.isPublic || operation.pathParams.length > 0 || operation.method !== 'GET') continue;
      if (READS_THAT_AUDIT.has(operation.label)) {
        count('reads that audit (checked in personal-data.e2e-spec and public-records-export.e2e-spec)');
        continue;
      }
      for (const caller of f.tenantCallers) {
        const lacksRole =
          operation.requiredRoles.length > 0 &&
          !caller.roles.some((role) => operation.requiredRoles.includes(role));
        if (lacksRole) continue; // covered by the 403 test
        const plain = await send(probeFor(operation, {}), caller.token);
        if (plain.status !== 200) failures.push(`${operation.label} as ${caller.label}: ${plain.status}`);
        else if (leaks(plain).length > 0)
          failures.push(`${operation.label} as ${caller.label} shows B's ${leaks(plain).join(', ')}`);
        // Each id filter pointed at B: 404, or an answer with nothing of B in it.
        for (const parameter of operation.queryParams) {
          const key = fixtureForProperty(parameter.name);
          const fixture = key ? f.fixtures.get(key) : undefined;
          if (!fixture || fixture.scope !== 'tenant-b') continue;
          const separator = operation.path.includes('?') ? '&' : '?';
          const url = `${operation.path}${separator}${parameter.name}=${fixture.id}`;
          const filtered = await t.request({ method: 'GET', url, token: caller.token });
          if (filtered.status === 404) continue;
          if (filtered.status !== 200) failures.push(`${url} as ${caller.label}: ${filtered.status}`);
          else if (leaks(filtered).length > 0)
            failures.push(`${url} as ${caller.label} shows B's ${leaks(filtered).join(', ')}`);
          count('id filters pointed at B checked');
        }
      }
      count('lists and views checked for B ids');
    }
    for (const operation of operations) {
      if (operation.isPublic || operation.pathParams.length > 0 || operation.method === 'GET') continue;
      if (BODIES_NAMING_NO_RECORD.has(operation.label)) {
        count('changes whose body names no record (no B ids to put in)');
        continue;
      }
      for (const caller of f.tenantCallers) {
        const lacksRole =
          operation.requiredRoles.length > 0 &&
          !caller.roles.some((role) => operation.requiredRoles.includes(role));
        if (lacksRole) continue;
        const used: Fixture[] = [];
        const probe = probeFor(operation, {}, used);
        if (!used.some((fixture) => fixture.scope === 'tenant-b')) {
          failures.push(
            `add a fixture for ${operation.label}: ${caller.label} may call it and its sample body reaches nothing of B ` +
              `(name an id property in ID_PROPERTY_FIXTURES or give the operation a cross-tenant body)`,
          );
          continue;
        }
        // Naming another municipality's record in a body is refused (400, 403, 404 or 409 with a code),
        // exactly as naming a record that does not exist: the answer must not tell B's records apart.
        const response = await send(probe, caller.token);
        let randomized = JSON.stringify(probe.body);
        for (const fixture of used) randomized = randomized.split(fixture.id).join(randomUUID());
        const random = await send({ ...probe, body: JSON.parse(randomized) }, caller.token);
        if (![400, 403, 404, 409].includes(response.status)) {
          failures.push(
            `${operation.label} as ${caller.label} naming B's records: ${response.status} ${response.text.slice(0, 160)}`,
          );
        } else if (errorShape(response)) {
          failures.push(`${operation.label}: ${errorShape(response)}`);
        } else if (
          random.status !== response.status ||
          random.body?.code !== response.body.code ||
          random.body?.message !== response.body.message
        ) {
          failures.push(
            `${operation.label} as ${caller.label}: B's records answer ${response.status} ${response.body.code} "${response.body.message}", ` +
              `missing ids ${random.status} ${random.body?.code} "${random.body?.message}" (must be indistinguishable)`,
          );
        }
        count(`creates naming B's records refused: ${response.status} ${response.body?.code}`);
      }
    }
    expect(failures).toEqual([]);
  });

  /**
   * One id at a time (issue 12, point 2): a body built from municipality A's own records, on A's own
   * records in the path, with exactly one uuid field replaced by a foreign record of that kind. Refused
   * (400, 403, 404 or 409) exactly as the same body with a random uuid there; nothing foreign shown.
   */
  async function sweepSingleBodyFields(
    callers: Caller[],
    foreign: Map<string, Fixture>,
    whose: string,
  ): Promise<string[]> {
    const failures: string[] = [];
    const foreignIds = [...foreign.values()].map((fixture) => fixture.id);
    for (const operation of operations) {
      if (operation.isPublic || !operation.jsonBody || BODIES_NAMING_NO_RECORD.has(operation.label)) continue;
      const binding = bindPathParameters(operation, own);
      if (binding.missing.length > 0) {
        count(
          `bodies on records A has no fixture of (${binding.missing.join(', ')}): left to the test above`,
        );
        continue;
      }
      const url = fillPath(operation.path, binding.values);
      let base: unknown;
      try {
        base = sampleFromSchema(document, operation.jsonBody, {
          includeOptionalIds: true,
          uuidFor: (name) => {
            const key = fixtureForProperty(name);
            return key ? own.get(key)?.id : undefined;
          },
        });
      } catch (error) {
        count(`bodies needing a record A has no fixture of: left to the test above`);
        notes.push(`${operation.label}: no body of A's own records (${(error as Error).message})`);
        continue;
      }
      for (const field of uuidFieldsOf(base)) {
        const fixture = foreign.get(field.fixture);
        if (!fixture || fixture.scope !== 'tenant-b') continue;
        for (const caller of callers) {
          const lacksRole =
            operation.requiredRoles.length > 0 &&
            !caller.roles.some((role) => operation.requiredRoles.includes(role));
          if (lacksRole) continue;
          const refused = await send(
            { method: operation.method, url, body: field.with(fixture.id) },
            caller.token,
          );
          const randomId = randomUUID();
          const random = await send(
            { method: operation.method, url, body: field.with(randomId) },
            caller.token,
          );
          // A message may repeat the id the caller sent ("unknown: <id>"): the same for both, so not an oracle.
          const said = (response: TestResponse, id: string) =>
            String(response.body?.message ?? '')
              .split(id)
              .join('<id>');
          const what = `${operation.label} with ${whose} ${field.fixture} in ${field.path} as ${caller.label}`;
          if (![400, 403, 404, 409].includes(refused.status)) {
            failures.push(`${what}: ${refused.status} ${refused.text.slice(0, 160)}`);
          } else if (errorShape(refused)) {
            failures.push(`${what}: ${errorShape(refused)}`);
          } else if (
            random.status !== refused.status ||
            random.body?.code !== refused.body.code ||
            said(random, randomId) !== said(refused, fixture.id)
          ) {
            failures.push(
              `${what}: ${refused.status} ${refused.body.code} "${refused.body.message}", a random uuid ` +
                `${random.status} ${random.body?.code} "${random.body?.message}" (must be indistinguishable)`,
            );
          } else if (foreignIds.some((id) => id !== fixture.id && refused.text.includes(id))) {
            failures.push(`${what}: the answer shows another of ${whose} ids`);
          }
          count(
            `single body fields naming ${whose} record refused alike: ${refused.status} ${refused.body?.code}`,
          );
        }
      }
    }
    return failures;
  }

  /**
   * Every uuid in every request body names a record: the sweeps above put B's (or another region's) record
   * of that kind there when the property's name says which kind (ID_PROPERTY_FIXTURES). A body property
   * they cannot fill is listed here with where it is covered instead, so a new one is not missed silently.
   */
  it('knows which record every uuid property of every request body names', () => {
    const unmapped: string[] = [];
    for (const operation of operations) {
      if (!operation.jsonBody) continue;
      for (const property of uuidPropertiesOf(document, operation.jsonBody)) {
        const where = `${operation.label} ${property.path}`;
        if (fixtureForProperty(property.name) || BODY_UUIDS_COVERED_ELSEWHERE[where]) continue;
        unmapped.push(where);
      }
    }
    expect(unmapped).toEqual([]);
  });

  it("answers B's id in any single body field exactly as a random uuid, on A's own records", async () => {
    expect(await sweepSingleBodyFields(f.tenantCallers, f.fixtures, "B's")).toEqual([]);
  });

  /**
   * The same for the region's coordinator, whose scope is every municipality of the region: another
   * region's person, municipality, strategy area, meeting, agenda item, action, question, round or agenda
   * template in any single body field is refused exactly as a random uuid.
   */
  it("answers another region's id in any single body field exactly as a random uuid, for the coordinator", async () => {
    const coordinators = f.roleCallers.filter((caller) => caller.roles.includes('coordinator'));
    expect(coordinators.length).toBeGreaterThan(0);
    expect(await sweepSingleBodyFields(coordinators, otherRegion, "Norrbotten's")).toEqual([]);
  });

  /** A's own records, under the fixture names the path rules and id properties use. */
  async function ownRecordsOf(secretary: { personId: string }): Promise<Map<string, Fixture>> {
    const own = new Map<string, Fixture>();
    const add = (name: string, id: string) => own.set(name, { name, id, scope: 'shared' });
    add('organization', f.orgA);
    add('person', secretary.personId);
    const meetingId = await createMeetingOf(t, f.admin.token, f.orgA, [secretary.personId]);
    add('meeting', meetingId);
    const agenda = await t.request({
      method: 'GET',
      url: `/api/meetings/${meetingId}/agenda`,
      token: f.admin.token,
    });
    expect(agenda.status).toBe(200);
    add('agendaItem', agenda.body.items[0].id);
    const action = await t.request({
      method: 'POST',
      url: '/api/actions',
      token: f.admin.token,
      body: {
        title: 'Åtgärd Umeå',
        ownerPersonId: secretary.personId,
        ownerOrganizationId: f.orgA,
        dueDate: '2031-04-01',
        meetingId: meetingId,
      },
    });
    expect(action.status).toBe(201);
    add('action', action.body.id);
    const question = await t.request({
      method: 'POST',
      url: '/api/questions',
      token: f.admin.token,
      body: { title: 'Fråga Umeå', owner: { kind: 'organization', organizationId: f.orgA } },
    });
    expect(question.status).toBe(201);
    add('question', question.body.id);
    const round = await t.request({
      method: 'POST',
      url: '/api/rounds',
      token: f.admin.token,
      body: {
        name: 'Omgång Umeå',
        window: { from: '2031-09-01', to: '2031-10-31' },
        organizationIds: [f.orgA],
        durationMinutes: 90,
        regionalTeam: [f.roleCallers.find((caller) => caller.roles.includes('coordinator'))!.personId],
      },
    });
    expect(round.status).toBe(201);
    add('round', round.body.id);
    for (const shared of ['region', 'strategyArea', 'agendaTemplate', 'unknownToken']) {
      const fixture = f.fixtures.get(shared);
      if (fixture) own.set(shared, fixture);
    }
    return own;
  }

  it('answers public links with an unknown token 404 or 410, never a success or a 5xx', async () => {
    const failures: string[] = [];
    for (const operation of operations) {
      if (!operation.isPublic || operation.pathParams.length === 0) continue;
      const values = Object.fromEntries(
        operation.pathParams.map((parameter) => [parameter.name, f.fixtures.get('unknownToken')!.id]),
      );
      const response = await send(probeFor(operation, values));
      if (![400, 404, 410].includes(response.status))
        failures.push(
          `${operation.label} with an unknown token: ${response.status} ${response.text.slice(0, 120)}`,
        );
      count('public links checked with an unknown token');
    }
    expect(failures).toEqual([]);
  });

  it('changed no row and wrote no audit entry with all the refused requests above', async () => {
    expect(changedTables(before, await db.fingerprint())).toEqual([]);
    // The probe can see a change: one accepted write shows up in its table and in the audit log.
    const renamed = await t.request({
      method: 'PATCH',
      url: `/api/organizations/${f.orgB}`,
      token: f.admin.token,
      body: { name: 'Skellefteå kommun (kontroll)' },
    });
    expect(renamed.status).toBe(200);
    expect(changedTables(before, await db.fingerprint())).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^organizations /),
        expect.stringMatching(/^audit_log /),
      ]),
    );
    count('tables unchanged after the sweep');
  });
});

describe('operations pages in production: /docs and /queues for admins only', () => {
  let t: TestApp;
  let adminToken: string;
  let participantToken: string;

  beforeAll(async () => {
    t = await startTestApp({
      NODE_ENV: 'production',
      APP_ROLE: 'api',
      PUBLIC_URL: 'https://samverkan.example.se',
    });
    adminToken = await t.login(TEST_ADMIN.email, TEST_ADMIN.password);
    const codes = await organizationIdsByCode(t, adminToken);
    const participant = await createPerson(t, adminToken, {
      organizationId: codes['2480'],
      roles: ['participant'],
    });
    participantToken = await t.login(participant.email, participant.password);
  });
  afterAll(async () => {
    await t?.close();
  });

  it.each(['/docs', '/docs-json', '/docs-yaml', '/queues', '/queues/api/queues', '/health/details'])(
    '%s',
    async (url) => {
      expect((await t.request({ method: 'GET', url })).status).toBe(401);
      expect([401, 403]).toContain((await t.request({ method: 'GET', url, token: 'not-a-token' })).status);
      expect([401, 403]).toContain((await t.request({ method: 'GET', url, token: participantToken })).status);
      const admin = await t.request({ method: 'GET', url, token: adminToken });
      expect(admin.status).toBe(200);
      count(`production page admin-only: ${url}`);
    },
  );
});
