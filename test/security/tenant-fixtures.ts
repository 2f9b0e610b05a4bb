import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { OBJECT_STORAGE, type ObjectStorage } from '../../src/storage/object-storage';
import { type TestApp, type TestResponse } from '../helpers/test-app';
import { multipartBody, pdfFile, zipFile } from '../helpers/paper-files';
import { adminLogin, createPerson, organizationIdsByCode } from '../helpers/people-fixtures';
import { type ApiOperation, type OpenApiDocument } from './openapi';

/** Municipality A (the callers' own) and B (the other one whose resources they must not reach). */
export const MUNICIPALITY_A = '2480'; // Umeå
export const MUNICIPALITY_B = '2482'; // Skellefteå

/**
 * `tenant-b`: belongs to municipality B, so A's people must get 404. `shared`: the region's common lists
 * (strategy areas, agenda templates) that everyone in the region may read. `token`: the secret is the
 * access check (public links).
 */
export type FixtureScope = 'tenant-b' | 'shared' | 'token';

export interface Fixture {
  name: string;
  id: string;
  scope: FixtureScope;
}

export interface Caller {
  label: string;
  token: string;
  roles: string[];
  personId: string;
}

export interface TenantFixtures {
  regionId: string;
  orgA: string;
  orgB: string;
  admin: Caller;
  /** People of municipality A, and people of two external organizations: none may reach anything of B. */
  tenantCallers: Caller[];
  /**
   * An outside organisation's own records (issue 17: Almi's person, an action and a question it owns), and
   * the callers who must get 404 on them: municipality A's people and a second outside organisation's.
   */
  outside: { fixtures: Map<string, Fixture>; callers: Caller[] };
  /** Everyone who is not an admin: the role matrix. */
  roleCallers: Caller[];
  fixtures: Map<string, Fixture>;
  /** What could not be created, and why: reported, never skipped silently. */
  notCreated: string[];
}

/**
 * Which fixture fills a path parameter: the first rule whose pattern matches the path template and whose
 * param is the parameter's name. A path with a parameter no rule maps fails the sweep ("add a fixture for").
 */
export const PATH_PARAMETER_RULES: ReadonlyArray<{ pattern: RegExp; param: string; fixture: string }> = [
  { pattern: /^\/api\/people\/\{id\}/, param: 'id', fixture: 'person' },
  { pattern: /^\/api\/organizations\/\{id\}/, param: 'id', fixture: 'organization' },
  { pattern: /^\/api\/overview\/organizations\/\{id\}/, param: 'id', fixture: 'organization' },
  { pattern: /^\/api\/meetings\/\{id\}/, param: 'id', fixture: 'meeting' },
  { pattern: /^\/api\/rounds\/\{id\}/, param: 'id', fixture: 'round' },
  {
    pattern: /^\/api\/rounds\/\{id\}\/items\/\{organizationId\}/,
    param: 'organizationId',
    fixture: 'organization',
  },
  { pattern: /^\/api\/actions\/\{id\}/, param: 'id', fixture: 'action' },
  { pattern: /^\/api\/questions\/\{id\}/, param: 'id', fixture: 'question' },
  { pattern: /^\/api\/agenda-items\/\{id\}/, param: 'id', fixture: 'agendaItem' },
  {
    pattern: /^\/api\/meetings\/\{id\}\/minutes\/items\/\{agendaItemId\}/,
    param: 'agendaItemId',
    fixture: 'agendaItem',
  },
  {
    pattern: /^\/api\/meetings\/\{id\}\/minutes\/actions\/\{actionId\}/,
    param: 'actionId',
    fixture: 'minutesAction',
  },
  { pattern: /^\/api\/papers\/\{id\}/, param: 'id', fixture: 'paper' },
  /** A revision of B's meeting's archive package: B's whether or not its minutes ever locked. */
  {
    pattern: /^\/api\/meetings\/\{id\}\/archive-packages\/\{revision\}/,
    param: 'revision',
    fixture: 'archiveRevision',
  },
  { pattern: /^\/api\/calendar-feeds\/\{id\}/, param: 'id', fixture: 'calendarFeed' },
  { pattern: /^\/api\/strategy-areas\/\{id\}/, param: 'id', fixture: 'strategyArea' },
  { pattern: /^\/api\/secrecy-grounds\/\{id\}/, param: 'id', fixture: 'secrecyGround' },
  { pattern: /^\/api\/agenda-templates\/\{id\}/, param: 'id', fixture: 'agendaTemplate' },
  { pattern: /^\/calendar\/\{token\}/, param: 'token', fixture: 'feedToken' },
  { pattern: /^\/rsvp\/\{token\}/, param: 'token', fixture: 'unknownToken' },
  { pattern: /^\/minutes-approval\/\{token\}/, param: 'token', fixture: 'unknownToken' },
  { pattern: /^\/round-proposal\/\{token\}/, param: 'token', fixture: 'unknownToken' },
  { pattern: /^\/api\/auth\/password\/tokens\/\{token\}/, param: 'token', fixture: 'unknownToken' },
  /** No identity provider is configured in the sweep: any name is unknown. */
  { pattern: /^\/api\/auth\/oidc\/\{provider\}/, param: 'provider', fixture: 'unknownToken' },
];

/** Query and body properties holding ids, by name: B's records, so a filter or a body reaches into B. */
export const ID_PROPERTY_FIXTURES: Readonly<Record<string, string>> = {
  organizationId: 'organization',
  ownerOrganizationId: 'organization',
  subjectId: 'organization',
  personId: 'person',
  ownerPersonId: 'person',
  responsiblePersonId: 'person',
  presenterPersonId: 'person',
  defaultParticipantId: 'person',
  /** PUT /api/organizations/{id}/agreement: whom a standing substitute stands in for. */
  forPersonId: 'person',
  /** POST /api/rounds: the regional team, person ids. */
  regionalTeam: 'person',
  meetingId: 'meeting',
  roundId: 'round',
  actionId: 'action',
  questionId: 'question',
  agendaItemId: 'agendaItem',
  strategyAreaId: 'strategyArea',
  templateId: 'agendaTemplate',
  /** A region: whose strategy area or agenda template, a municipality's parent. */
  regionId: 'region',
  parentId: 'region',
};

/** A property of a body or query: strip plurals (`organizationIds` → `organizationId`). */
export function fixtureForProperty(name: string): string | undefined {
  return ID_PROPERTY_FIXTURES[name] ?? ID_PROPERTY_FIXTURES[name.replace(/Ids$/, 'Id')];
}

/**
 * Bodies that reach into B where the sample from the schema would not: the schema's first enum value or
 * optional ids do not say which record the operation acts on.
 */
export const CROSS_TENANT_BODIES: Readonly<Record<string, (fixtures: Map<string, Fixture>) => unknown>> = {
  'POST /api/calendar-feeds': (fixtures) => ({
    kind: 'organization',
    subjectId: fixtures.get('organization')!.id,
  }),
};

export interface ParameterBinding {
  values: Record<string, string>;
  fixtures: Fixture[];
  /** Parameters no rule maps, or whose fixture does not exist. */
  missing: string[];
}

/** Fills an operation's path parameters from the fixtures. */
export function bindPathParameters(
  operation: ApiOperation,
  fixtures: Map<string, Fixture>,
): ParameterBinding {
  const binding: ParameterBinding = { values: {}, fixtures: [], missing: [] };
  for (const parameter of operation.pathParams) {
    const rule = PATH_PARAMETER_RULES.find(
      (candidate) => candidate.param === parameter.name && candidate.pattern.test(operation.path),
    );
    const fixture = rule ? fixtures.get(rule.fixture) : undefined;
    if (!fixture) {
      binding.missing.push(
        rule ? `{${parameter.name}} → fixture "${rule.fixture}" was not created` : `{${parameter.name}}`,
      );
      continue;
    }
    binding.values[parameter.name] = fixture.id;
    binding.fixtures.push(fixture);
  }
  return binding;
}

function check(response: TestResponse, expected: number, what: string): any {
  if (response.status !== expected) {
    throw new Error(
      `fixture ${what}: expected ${expected}, got ${response.status} ${response.text.slice(0, 500)}`,
    );
  }
  return response.body;
}

const hex = () => randomBytes(3).toString('hex');

/**
 * An archive package of B's meeting as a lock leaves one (a row and a stored zip): the sweep's meeting never
 * takes place, so its minutes cannot lock. Returns its revision: a number no answer holds by chance.
 */
async function storeArchivePackage(t: TestApp, meetingId: string, regionId: string): Promise<number> {
  const zip = zipFile([{ name: 'samverkan-protokoll/METS.xml', content: '<mets/>' }]);
  const revision = 734_219;
  const storageKey = `archive/${meetingId}/v${revision}`;
  await t.app.get<ObjectStorage>(OBJECT_STORAGE).put(storageKey, Readable.from([zip]), {
    size: zip.length,
    contentType: 'application/zip',
  });
  await t.app.get(DataSource).query(
    `INSERT INTO archive_packages (meeting_id, region_id, revision, object_id, storage_key, size_bytes, sha256,
       locked_at, delivery_status)
     VALUES ($1, $2, $3, 'samverkan-protokoll', $4, $5, $6, now(), 'not_configured')`,
    [meetingId, regionId, revision, storageKey, zip.length, createHash('sha256').update(zip).digest('hex')],
  );
  return revision;
}

/** A meeting paper (a small PDF) on the item, uploaded by the admin. */
async function uploadPaper(t: TestApp, token: string, itemId: string): Promise<{ id: string }> {
  const { payload, contentType } = multipartBody('Handling.pdf', pdfFile());
  return check(
    await t.request({
      method: 'POST',
      url: `/api/agenda-items/${itemId}/papers`,
      token,
      payload,
      headers: { 'content-type': contentType },
    }),
    201,
    'paper',
  );
}

/**
 * Creates, through the API and as the admin, one resource of each kind for municipality B (and the
 * region's shared lists), and the callers of municipality A. Each resource is made only when the document
 * has the route that makes it; a resource whose route exists but whose creation fails throws.
 */
export async function createTenantFixtures(t: TestApp, document: OpenApiDocument): Promise<TenantFixtures> {
  const has = (method: string, path: string) => Boolean(document.paths[path]?.[method.toLowerCase()]);
  const adminToken = await adminLogin(t);
  const me = check(await t.request({ method: 'GET', url: '/api/me', token: adminToken }), 200, 'me');
  const codes = await organizationIdsByCode(t, adminToken);
  const orgA = codes[MUNICIPALITY_A];
  const orgB = codes[MUNICIPALITY_B];
  const regionId = codes['24'];
  const fixtures = new Map<string, Fixture>();
  const notCreated: string[] = [];
  const add = (name: string, id: string, scope: FixtureScope) => fixtures.set(name, { name, id, scope });
  const admin = (method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, body?: unknown) =>
    t.request({ method, url, token: adminToken, body });

  add('organization', orgB, 'tenant-b');
  add('region', regionId, 'shared');
  add('unknownToken', `unknown-${randomBytes(24).toString('base64url')}`, 'token');

  const callerOf = async (label: string, organizationId: string, roles: string[]): Promise<Caller> => {
    const person = await createPerson(t, adminToken, { organizationId, roles, name: label });
    return { label, roles, personId: person.id, token: await t.login(person.email, person.password) };
  };
  const participantA = await callerOf('participant of Umeå', orgA, ['participant']);
  const secretaryA = await callerOf('secretary of Umeå', orgA, ['secretary']);
  const coordinator = await callerOf('coordinator of the region', regionId, ['coordinator']);
  // Outside organisations' people (issue 17): their scope is what they take part in, so B's records answer
  // 404 to them as to A's people, and one outside organisation's records 404 to the other's people.
  const externalOrganization = async (name: string) =>
    check(
      await admin('POST', '/api/organizations', {
        kind: 'external',
        code: `24-${String(randomBytes(3).readUIntBE(0, 3) % 1_000_000).padStart(6, '0')}-0000`,
        name: `${name} ${hex()}`,
        parentId: regionId,
      }),
      201,
      `external organization ${name}`,
    );
  const external = await externalOrganization('Almi Nord');
  const externalPerson = await callerOf('person of an external organization', external.id, ['participant']);
  const otherExternal = await externalOrganization('Arbetsförmedlingen');
  const otherExternalPerson = await callerOf('person of a second external organization', otherExternal.id, [
    'participant',
  ]);
  const secretaryB = await createPerson(t, adminToken, {
    organizationId: orgB,
    roles: ['secretary'],
    name: 'Sekreterare Skellefteå',
  });
  add('person', secretaryB.id, 'tenant-b');

  const start = new Date(Date.UTC(2031, 2, 4, 9, 0));
  const meeting = check(
    await admin('POST', '/api/meetings', {
      title: `Samverkansmöte Skellefteå ${hex()}`,
      start: start.toISOString(),
      end: new Date(start.getTime() + 90 * 60_000).toISOString(),
      organizationIds: [orgB],
      participants: [{ personId: secretaryB.id }, { personId: me.id }],
      status: 'confirmed',
    }),
    201,
    'meeting',
  );
  add('meeting', meeting.id, 'tenant-b');
  if (has('GET', '/api/meetings/{id}/archive-packages/{revision}')) {
    // Scope `token`: the meeting's id makes it B's. An unlikely number, since answers are searched for fixtures.
    add('archiveRevision', String(await storeArchivePackage(t, meeting.id, regionId)), 'token');
  }

  if (has('PUT', '/api/organizations/{id}/agreement')) {
    check(
      await admin('PUT', `/api/organizations/${orgB}/agreement`, {
        cadence: 'P3M',
        preferredMode: 'digital',
        defaultParticipantIds: [secretaryB.id],
        validFrom: '2026-01-01',
      }),
      200,
      'agreement',
    );
  }
  if (has('POST', '/api/actions')) {
    const action = check(
      await admin('POST', '/api/actions', {
        title: `Åtgärd Skellefteå ${hex()}`,
        ownerPersonId: secretaryB.id,
        ownerOrganizationId: orgB,
        dueDate: '2031-04-01',
      }),
      201,
      'action',
    );
    add('action', action.id, 'tenant-b');
  }
  if (has('POST', '/api/questions')) {
    const question = check(
      await admin('POST', '/api/questions', {
        title: `Fråga Skellefteå ${hex()}`,
        owner: { kind: 'organization', organizationId: orgB },
      }),
      201,
      'question',
    );
    add('question', question.id, 'tenant-b');
  }
  if (has('POST', '/api/calendar-feeds')) {
    const feed = check(
      await admin('POST', '/api/calendar-feeds', { kind: 'organization', subjectId: orgB }),
      201,
      'calendar feed',
    );
    add('calendarFeed', feed.id, 'tenant-b');
    const token = /\/calendar\/([^/.?]+)\.ics/.exec(JSON.stringify(feed))?.[1];
    if (token) add('feedToken', token, 'token');
    else notCreated.push(`feedToken: no /calendar/<token>.ics in ${JSON.stringify(feed)}`);
  }
  if (has('GET', '/api/strategy-areas')) {
    const areas = check(await admin('GET', '/api/strategy-areas'), 200, 'strategy areas');
    const first = (areas.items ?? areas)[0];
    if (first) add('strategyArea', first.id, 'shared');
    else notCreated.push('strategyArea: the seeded list is empty');
  }
  if (has('GET', '/api/secrecy-grounds')) {
    const grounds = check(await admin('GET', '/api/secrecy-grounds'), 200, 'secrecy grounds');
    const first = (grounds.items ?? grounds)[0];
    if (first) add('secrecyGround', first.id, 'shared');
    else notCreated.push('secrecyGround: the shipped list is empty');
  }
  if (has('GET', '/api/agenda-templates')) {
    const templates = check(await admin('GET', '/api/agenda-templates'), 200, 'agenda templates');
    const first = (templates.items ?? templates)[0];
    if (first) add('agendaTemplate', first.id, 'shared');
    else notCreated.push('agendaTemplate: no template');
  }
  if (has('POST', '/api/rounds')) {
    const round = check(
      await admin('POST', '/api/rounds', {
        name: `Omgång Skellefteå ${hex()}`,
        window: { from: '2031-09-01', to: '2031-10-31' },
        organizationIds: [orgB],
        durationMinutes: 90,
        regionalTeam: [coordinator.personId],
      }),
      201,
      'round',
    );
    add('round', round.id, 'tenant-b');
  }
  if (has('GET', '/api/meetings/{id}/agenda')) {
    const agenda = check(await admin('GET', `/api/meetings/${meeting.id}/agenda`), 200, 'agenda');
    let item = (agenda.items ?? [])[0];
    if (!item && has('POST', '/api/meetings/{id}/agenda/items')) {
      item = check(
        await admin('POST', `/api/meetings/${meeting.id}/agenda/items`, { title: 'Övriga frågor' }),
        201,
        'agenda item',
      );
    }
    if (item) add('agendaItem', item.id, 'tenant-b');
    else notCreated.push('agendaItem: the meeting has no agenda items');
    if (item && has('POST', '/api/agenda-items/{id}/papers')) {
      add('paper', (await uploadPaper(t, adminToken, item.id)).id, 'tenant-b');
    }
    if (has('POST', '/api/meetings/{id}/minutes/actions')) {
      const action = check(
        await admin('POST', `/api/meetings/${meeting.id}/minutes/actions`, {
          id: randomUUID(),
          agendaItemId: item?.id ?? null,
          title: 'Åtgärd i protokollet',
          ownerPersonId: fixtures.get('person')!.id,
          ownerOrganizationId: orgB,
          dueDate: '2031-05-01',
          strategyAreaIds: [],
        }),
        201,
        'minutes action',
      );
      add('minutesAction', action.id, 'tenant-b');
    }
  }

  const outside = new Map<string, Fixture>();
  const addOutside = (name: string, id: string) => outside.set(name, { name, id, scope: 'tenant-b' });
  addOutside('person', externalPerson.personId);
  const outsideAction = check(
    await admin('POST', '/api/actions', {
      title: `Åtgärd Almi ${hex()}`,
      ownerPersonId: externalPerson.personId,
      ownerOrganizationId: external.id,
      dueDate: '2031-04-01',
    }),
    201,
    'action of the external organization',
  );
  addOutside('action', outsideAction.id);
  const outsideQuestion = check(
    await admin('POST', '/api/questions', {
      title: `Fråga Almi ${hex()}`,
      owner: { kind: 'organization', organizationId: external.id },
    }),
    201,
    'question of the external organization',
  );
  addOutside('question', outsideQuestion.id);

  const adminCaller: Caller = { label: 'admin', token: adminToken, roles: ['admin'], personId: me.id };
  return {
    regionId,
    orgA,
    orgB,
    admin: adminCaller,
    tenantCallers: [participantA, secretaryA, externalPerson, otherExternalPerson],
    roleCallers: [participantA, secretaryA, coordinator],
    outside: { fixtures: outside, callers: [participantA, secretaryA, otherExternalPerson] },
    fixtures,
    notCreated,
  };
}

/** A confirmed meeting of one municipality (municipality A's own, for bodies that name records). */
export async function createMeetingOf(
  t: TestApp,
  adminToken: string,
  organizationId: string,
  participantIds: string[],
): Promise<string> {
  const meeting = await t.request({
    method: 'POST',
    url: '/api/meetings',
    token: adminToken,
    body: {
      title: `Samverkansmöte ${hex()}`,
      start: '2031-03-11T09:00:00Z',
      end: '2031-03-11T10:30:00Z',
      organizationIds: [organizationId],
      participants: participantIds.map((personId) => ({ personId })),
      status: 'confirmed',
    },
  });
  return check(meeting, 201, 'meeting of A').id;
}

/**
 * A second region (Norrbotten, 25) with one record of each kind a body can name: for the region's own
 * coordinator, whose scope is every municipality of their region, these are the foreign records (issue 12,
 * point 2). Made as the admin, through the API.
 */
export async function createOtherRegionFixtures(
  t: TestApp,
  adminToken: string,
): Promise<Map<string, Fixture>> {
  const fixtures = new Map<string, Fixture>();
  const add = (name: string, id: string) => fixtures.set(name, { name, id, scope: 'tenant-b' });
  const admin = (method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown) =>
    t.request({ method, url, token: adminToken, body });
  const region = check(
    await admin('POST', '/api/organizations', { kind: 'region', code: '25', name: 'Region Norrbotten' }),
    201,
    'region Norrbotten',
  );
  const lulea = check(
    await admin('POST', '/api/organizations', {
      kind: 'municipality',
      code: '2580',
      name: 'Luleå kommun',
      parentId: region.id,
      seat: { town: 'Luleå', lat: 65.58, lon: 22.15 },
    }),
    201,
    'Luleå',
  );
  add('organization', lulea.id);
  add('region', region.id);
  const coordinator = await createPerson(t, adminToken, {
    organizationId: region.id,
    roles: ['coordinator'],
    name: 'Samordnare Norrbotten',
  });
  const secretary = await createPerson(t, adminToken, {
    organizationId: lulea.id,
    roles: ['secretary'],
    name: 'Sekreterare Luleå',
  });
  add('person', secretary.id);
  const area = check(
    await admin('POST', '/api/strategy-areas', { name: 'Hållbar gruvnäring', regionId: region.id }),
    201,
    'strategy area of Norrbotten',
  );
  add('strategyArea', area.id);
  const template = check(
    await admin('POST', '/api/agenda-templates', {
      name: 'Norrbottens mall',
      regionId: region.id,
      items: [{ title: 'Läget i Luleå', type: 'information' }],
    }),
    201,
    'agenda template of Norrbotten',
  );
  add('agendaTemplate', template.id);
  const meetingId = await createMeetingOf(t, adminToken, lulea.id, [secretary.id, coordinator.id]);
  add('meeting', meetingId);
  const agenda = check(await admin('GET', `/api/meetings/${meetingId}/agenda`), 200, 'agenda of Luleå');
  add('agendaItem', agenda.items[0].id);
  add('paper', (await uploadPaper(t, adminToken, agenda.items[0].id)).id);
  const action = check(
    await admin('POST', '/api/actions', {
      title: `Åtgärd Luleå ${hex()}`,
      ownerPersonId: secretary.id,
      ownerOrganizationId: lulea.id,
      dueDate: '2031-04-01',
      meetingId,
    }),
    201,
    'action of Luleå',
  );
  add('action', action.id);
  const question = check(
    await admin('POST', '/api/questions', {
      title: `Fråga Luleå ${hex()}`,
      owner: { kind: 'organization', organizationId: lulea.id },
    }),
    201,
    'question of Luleå',
  );
  add('question', question.id);
  // A round belongs to the region of whoever creates it: Norrbotten's coordinator.
  const round = check(
    await t.request({
      method: 'POST',
      url: '/api/rounds',
      token: await t.login(coordinator.email, coordinator.password),
      body: {
        name: `Omgång Norrbotten ${hex()}`,
        window: { from: '2031-09-01', to: '2031-10-31' },
        organizationIds: [lulea.id],
        durationMinutes: 90,
        regionalTeam: [coordinator.id],
      },
    }),
    201,
    'round of Norrbotten',
  );
  add('round', round.id);
  return fixtures;
}
