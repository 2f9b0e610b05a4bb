import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { startAppContext } from '../helpers/app-context';
import { TEST_ADMIN, type TestApp, startTestApp } from '../helpers/test-app';
import { DatabaseProbe, changedTables } from '../security/database-fingerprint';
import {
  type ApiOperation,
  type OpenApiDocument,
  fillPath,
  operationsOf,
  sampleFromSchema,
} from '../security/openapi';
import {
  CROSS_TENANT_BODIES,
  type TenantFixtures,
  bindPathParameters,
  createTenantFixtures,
  fixtureForProperty,
} from '../security/tenant-fixtures';
import { type BodyMutation, bodyMutations } from './body-mutations';
import { sleep } from '../helpers/eventually';

/**
 * Input fuzzing (issue 7) of every operation /docs-json gives a JSON body: wrong types, nulls, missing and
 * extra fields, malformed JSON, bodies over 1 MB, huge, long and nasty unicode strings, dates out of range.
 * As the admin, so that what answers is validation and the business rules rather than access control.
 * Never a 5xx; a refusal is a JSON `{ code, message }` 4xx and changes no row of any table (audit log
 * included); what the schema forbids is refused.
 */

const RUNS_PER_OPERATION = Number(process.env.FUZZ_RUNS ?? 20);
/** Operations that end a record's life or move it along run last, so the others still find it open. */
const FINAL_STEPS = /\/(cancel|propose|confirm|submit|approve|return|reopen|publish)$/;
/** Order of the fuzzing: everything else, then the steps that move a record along, cancelling last. */
const stage = (operation: ApiOperation) =>
  operation.path.endsWith('/cancel') ? 2 : FINAL_STEPS.test(operation.path) ? 1 : 0;

/**
 * Valid bodies where a sample from the schema would not pass a business rule (end after start, a cadence
 * the parser knows, a free SCB code, real credentials): mutations then start from a body that is accepted,
 * and reach the code behind validation.
 */
const VALID_BODIES: Readonly<Record<string, (f: TenantFixtures) => unknown>> = {
  'POST /api/auth/login': () => ({ email: TEST_ADMIN.email, password: TEST_ADMIN.password }),
  'POST /api/organizations': (f) => ({
    kind: 'municipality',
    code: '2499',
    name: 'Provkommun',
    parentId: f.regionId,
  }),
  'POST /api/meetings': (f) => ({
    title: 'Samverkansmöte',
    start: '2031-05-06T10:00:00+02:00',
    end: '2031-05-06T11:30:00+02:00',
    organizationIds: [f.orgB],
  }),
  'PUT /api/organizations/{id}/agreement': () => ({
    cadence: 'P3M',
    preferredMode: 'digital',
    validFrom: '2026-01-01',
  }),
  'PATCH /api/strategy-areas/{id}': () => ({ description: 'Ändrad beskrivning' }),
  'PUT /api/meetings/{id}/minutes': (f) => ({
    items: [
      { agendaItemId: f.fixtures.get('agendaItem')!.id, notes: 'Läget diskuterades.', decisions: ['Beslut'] },
    ],
  }),
  'POST /api/meetings/{id}/minutes/submit': (f) => ({ adjusters: [{ personId: f.admin.personId }] }),
  'POST /api/rounds': (f) => ({
    name: 'Höstrundan',
    window: { from: '2031-09-01', to: '2031-11-28' },
    organizationIds: [f.orgB],
    durationMinutes: 90,
    regionalTeam: f.roleCallers
      .filter((caller) => caller.roles.includes('coordinator'))
      .map((c) => c.personId),
  }),
};

interface Outcome {
  status: number;
  body: any;
  text: string;
}

describe('fuzzing every JSON body from /docs-json', () => {
  let t: TestApp;
  let document: OpenApiDocument;
  let operations: ApiOperation[];
  let f: TenantFixtures;
  let db: DatabaseProbe;
  const statuses = new Map<string, number>();
  const notes: string[] = [];

  beforeAll(async () => {
    // api role: no worker changes rows between the before and after of a request.
    t = await startTestApp({ APP_ROLE: 'api', INVITATION_DEBOUNCE_MS: '0' });
    const docs = await t.request({ method: 'GET', url: '/docs-json' });
    document = docs.body;
    operations = operationsOf(document)
      .filter((operation) => operation.jsonBody)
      .sort((a, b) => stage(a) - stage(b));
    f = await createTenantFixtures(t, document);
    // A real RSVP link: a worker renders the fixture meeting's invitations to .eml files, then stops.
    const worker = await startAppContext(t.db, {
      APP_ROLE: 'worker',
      QUEUE_PREFIX: t.config.redis.queuePrefix,
      MAIL_OUTBOX_DIR: t.config.mail.outboxDir,
      INVITATION_DEBOUNCE_MS: '0',
    });
    try {
      const token = await waitForRsvpToken(t.config.mail.outboxDir);
      f.fixtures.set('rsvpToken', { name: 'rsvpToken', id: token, scope: 'token' });
    } finally {
      await worker.close();
    }
    db = await DatabaseProbe.connect(t.db.url);
  });

  afterAll(async () => {
    console.log(
      [
        `fuzz: ${operations?.length ?? 0} operations with a JSON body × ${RUNS_PER_OPERATION} runs, ${db?.tableNames.length ?? 0} tables watched`,
        ...[...statuses.entries()].sort().map(([key, n]) => `  ${String(n).padStart(4)} × ${key}`),
        ...notes.map((note) => `  note: ${note}`),
      ].join('\n'),
    );
    await db?.close();
    await t?.close();
  });

  const pathValues = (operation: ApiOperation): Record<string, string> => {
    const binding = bindPathParameters(operation, f.fixtures);
    if (operation.path.startsWith('/rsvp/')) binding.values.token = f.fixtures.get('rsvpToken')!.id;
    if (binding.missing.length > 0)
      throw new Error(`add a fixture for ${operation.label} (${binding.missing.join(', ')})`);
    return binding.values;
  };

  const send = async (operation: ApiOperation, url: string, body: BodyMutation['body']): Promise<Outcome> => {
    const response = await t.app
      .getHttpAdapter()
      .getInstance()
      .inject({
        method: operation.method,
        url,
        headers: { authorization: `Bearer ${f.admin.token}`, 'content-type': 'application/json' },
        payload: 'raw' in body ? body.raw : JSON.stringify(body.json),
      });
    let parsed: unknown;
    try {
      parsed = JSON.parse(response.body);
    } catch {
      parsed = undefined;
    }
    return { status: response.statusCode, body: parsed, text: response.body };
  };

  it('never answers 5xx, refuses what the schema forbids, and a refusal changes no row', async () => {
    const failures: string[] = [];
    for (const operation of operations) {
      const url = fillPath(operation.path, pathValues(operation));
      const hints = {
        includeOptionalIds: true,
        uuidFor: (name: string) => {
          const key = fixtureForProperty(name);
          return key ? f.fixtures.get(key)?.id : undefined;
        },
      };
      const valid = VALID_BODIES[operation.label];
      const crossTenant = CROSS_TENANT_BODIES[operation.label];
      const base = valid
        ? valid(f)
        : crossTenant
          ? crossTenant(f.fixtures)
          : sampleFromSchema(document, operation.jsonBody!, hints);
      if (operation.jsonBody!.additionalProperties !== false)
        notes.push(
          `${operation.label}: its schema allows unknown properties, so extra fields may be accepted`,
        );
      const baseline = await send(operation, url, { json: base });
      notes.push(
        `${operation.label}: base body answered ${baseline.status} ${baseline.body?.code ?? ''}`.trim(),
      );
      if (baseline.status >= 500)
        failures.push(`${operation.label}: the valid base body answered ${baseline.status}`);

      const property = fc.asyncProperty(
        bodyMutations(document, operation.jsonBody!, base),
        async (mutation) => {
          const auditBefore = await db.count('audit_log');
          const before = await db.fingerprint();
          const outcome = await send(operation, url, mutation.body);
          const key = `${operation.method} ${operation.path} ${mutation.kind}`;
          statuses.set(
            `${mutation.kind} → ${outcome.status}`,
            (statuses.get(`${mutation.kind} → ${outcome.status}`) ?? 0) + 1,
          );
          const problem = judge(mutation, outcome);
          if (problem) throw new Error(`${key}: ${mutation.description} → ${problem}`);
          if (outcome.status >= 400) {
            const changed = changedTables(before, await db.fingerprint());
            if (changed.length > 0)
              throw new Error(
                `${key}: ${mutation.description} → refused ${outcome.status} yet changed ${changed.join(', ')}`,
              );
            if ((await db.count('audit_log')) !== auditBefore)
              throw new Error(`${key}: refused ${outcome.status} yet the audit log grew`);
          }
        },
      );
      const result = await fc.check(property, { numRuns: RUNS_PER_OPERATION, endOnFailure: true });
      if (result.failed) {
        const error = result.errorInstance as Error | undefined;
        failures.push(
          `${error?.message ?? String(result.errorInstance)} (seed ${result.seed}, path ${result.counterexamplePath})`,
        );
      }
    }
    expect(failures).toEqual([]);
  }, 180_000);

  it('fuzzed every operation that takes a JSON body', () => {
    const expected = operationsOf(document).filter((operation) => operation.jsonBody).length;
    expect(operations.length).toBe(expected);
    expect(expected).toBeGreaterThan(10);
  });
});

/** What is wrong with an answer to a mutated body, or undefined when it is fine. */
function judge(mutation: BodyMutation, outcome: Outcome): string | undefined {
  if (outcome.status >= 500) return `${outcome.status} ${outcome.text.slice(0, 200)}`;
  if (outcome.status >= 400) {
    if (typeof outcome.body?.code !== 'string' || typeof outcome.body?.message !== 'string')
      return `${outcome.status} without a JSON { code, message }: ${outcome.text.slice(0, 200)}`;
  }
  if (mutation.mustRefuse && outcome.status < 400)
    return `accepted (${outcome.status}) what the schema forbids`;
  if (mutation.statuses && !mutation.statuses.includes(outcome.status))
    return `${outcome.status}, expected one of ${mutation.statuses.join(', ')}`;
  return undefined;
}

async function waitForRsvpToken(outboxDir: string): Promise<string> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const files = await readdir(outboxDir).catch(() => [] as string[]);
    for (const file of files.filter((name) => name.endsWith('.eml'))) {
      const text = (await readFile(join(outboxDir, file), 'utf8')).replace(/=\r?\n/g, '');
      const match = /\/rsvp\/([A-Za-z0-9_-]{43})/.exec(text);
      if (match) return match[1];
    }
    await sleep(100);
  }
  throw new Error(`no invitation with an RSVP link in ${outboxDir} within 30 s`);
}
