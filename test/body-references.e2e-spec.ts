import { randomUUID } from 'node:crypto';
import { type TestApp, startTestApp } from './helpers/test-app';
import { createPerson } from './helpers/people-fixtures';
import { DatabaseProbe, changedTables, type DatabaseFingerprint } from './security/database-fingerprint';
import {
  type Caller,
  type Fixture,
  type TenantFixtures,
  createMeetingOf,
  createOtherRegionFixtures,
  createTenantFixtures,
} from './security/tenant-fixtures';

/**
 * Sends the body with `foreignId` and with a random uuid in its place, as the caller: both are refused
 * alike (same status and code, the same message but for the id the caller sent), and the answer shows none
 * of `leaks`.
 */
async function refusedAlike(
  t: TestApp,
  token: string,
  request: { method: 'POST' | 'PUT' | 'PATCH'; url: string; body: (id: string) => unknown },
  foreignId: string,
  leaks: string[],
): Promise<void> {
  const { method, url, body } = request;
  const randomId = randomUUID();
  const foreign = await t.request({ method, url, token, body: body(foreignId) });
  const random = await t.request({ method, url, token, body: body(randomId) });
  // 403 only when the role is refused before any lookup (then for both alike).
  expect([400, 403, 404]).toContain(foreign.status);
  const said = (message: unknown, id: string) => String(message).split(id).join('<id>');
  expect({
    status: foreign.status,
    code: foreign.body.code,
    message: said(foreign.body.message, foreignId),
  }).toEqual({
    status: random.status,
    code: random.body.code,
    message: said(random.body.message, randomId),
  });
  for (const leak of leaks) expect(foreign.text).not.toContain(leak);
}

/**
 * Issue 12, point 2: every id in a request body is resolved through the caller's tenant scope. A
 * secretary of municipality A naming a record of municipality B gets exactly the answer a random uuid gets
 * (same status, code and message), and nothing of B's record in it. Coordinators belong to the region and
 * reach all its municipalities, so B is not foreign to them; the secretary is the caller whose scope is one
 * municipality.
 */
describe('ids of another municipality in request bodies', () => {
  let t: TestApp;
  let f: TenantFixtures;
  let secretaryA: { token: string; personId: string };
  let personB: string;
  let meetingA: string;
  let itemA: string;
  let personBName: string;

  beforeAll(async () => {
    t = await startTestApp({ APP_ROLE: 'api' });
    const docs = await t.request({ method: 'GET', url: '/docs-json' });
    f = await createTenantFixtures(t, docs.body);
    const secretary = f.tenantCallers.find((caller) => caller.roles.includes('secretary'))!;
    secretaryA = { token: secretary.token, personId: secretary.personId };
    personB = f.fixtures.get('person')!.id;
    personBName = 'Sekreterare Skellefteå';
    const participantA = await createPerson(t, f.admin.token, {
      organizationId: f.orgA,
      roles: ['participant'],
      name: 'Deltagare Umeå',
    });
    meetingA = await createMeetingOf(t, f.admin.token, f.orgA, [secretaryA.personId, participantA.id]);
    const item = await t.request({
      method: 'POST',
      url: `/api/meetings/${meetingA}/agenda/items`,
      token: f.admin.token,
      body: { title: 'Läget' },
    });
    expect(item.status).toBe(201);
    itemA = item.body.id;
  });
  afterAll(async () => {
    await t?.close();
  });

  /** Sends the body with B's id and with a random uuid in its place: both refused alike, no leak. */
  const expectAlike = (
    method: 'POST' | 'PUT' | 'PATCH',
    url: string,
    body: (id: string) => unknown,
    foreignId: () => string,
  ): Promise<void> =>
    // One municipality is the secretary's scope.
    refusedAlike(t, secretaryA.token, { method, url, body }, foreignId(), [personBName, 'Skellefteå']);

  const meetingBody = (patch: Record<string, unknown>) => ({
    title: 'Möte Umeå',
    start: '2031-04-01T09:00:00Z',
    end: '2031-04-01T10:00:00Z',
    organizationIds: [f.orgA],
    ...patch,
  });

  it('POST /api/meetings: a participant of B', () =>
    expectAlike(
      'POST',
      '/api/meetings',
      (id) => meetingBody({ participants: [{ personId: id }] }),
      () => personB,
    ));
  it('POST /api/meetings: B as a party', () =>
    expectAlike(
      'POST',
      '/api/meetings',
      (id) => meetingBody({ organizationIds: [id] }),
      () => f.orgB,
    ));
  it('PATCH /api/meetings/{id}: a participant of B', () =>
    expectAlike(
      'PATCH',
      `/api/meetings/${meetingA}`,
      (id) => ({ participants: [{ personId: id }] }),
      () => personB,
    ));
  it('POST agenda item: a presenter of B', () =>
    expectAlike(
      'POST',
      `/api/meetings/${meetingA}/agenda/items`,
      (id) => ({ title: 'Punkt', presenterPersonId: id }),
      () => personB,
    ));
  it('PATCH agenda item: a presenter of B', () =>
    expectAlike(
      'PATCH',
      `/api/agenda-items/${itemA}`,
      (id) => ({ presenterPersonId: id }),
      () => personB,
    ));
  it('POST /api/actions: an owner of B', () =>
    expectAlike(
      'POST',
      '/api/actions',
      (id) => ({ title: 'Åtgärd', ownerPersonId: id, ownerOrganizationId: f.orgA, dueDate: '2031-05-01' }),
      () => personB,
    ));
  it('POST /api/actions: an owner organization of B', () =>
    expectAlike(
      'POST',
      '/api/actions',
      (id) => ({
        title: 'Åtgärd',
        ownerPersonId: secretaryA.personId,
        ownerOrganizationId: id,
        dueDate: '2031-05-01',
      }),
      () => f.orgB,
    ));
  it('POST /api/actions: a meeting of B', () =>
    expectAlike(
      'POST',
      '/api/actions',
      (id) => ({
        title: 'Åtgärd',
        ownerPersonId: secretaryA.personId,
        ownerOrganizationId: f.orgA,
        dueDate: '2031-05-01',
        meetingId: id,
      }),
      () => f.fixtures.get('meeting')!.id,
    ));
  it('POST /api/calendar-feeds: B as subject', () =>
    expectAlike(
      'POST',
      '/api/calendar-feeds',
      (id) => ({ kind: 'organization', subjectId: id }),
      () => f.orgB,
    ));
  it('POST /api/calendar-feeds: a person of B as subject', () =>
    expectAlike(
      'POST',
      '/api/calendar-feeds',
      (id) => ({ kind: 'person', subjectId: id }),
      () => personB,
    ));
  it('PUT minutes: attendance of a person of B', () =>
    expectAlike(
      'PUT',
      `/api/meetings/${meetingA}/minutes`,
      (id) => ({ attendance: [{ personId: id, status: 'present' }] }),
      () => personB,
    ));
  it('PUT minutes: an action owner of B', () =>
    expectAlike(
      'PUT',
      `/api/meetings/${meetingA}/minutes`,
      (id) => ({
        actions: [{ title: 'Gör', ownerPersonId: id, ownerOrganizationId: f.orgA, dueDate: '2031-05-01' }],
      }),
      () => personB,
    ));
  it('PUT minutes: an action owner organization of B', () =>
    expectAlike(
      'PUT',
      `/api/meetings/${meetingA}/minutes`,
      (id) => ({
        actions: [
          {
            title: 'Gör',
            ownerPersonId: secretaryA.personId,
            ownerOrganizationId: id,
            dueDate: '2031-05-01',
          },
        ],
      }),
      () => f.orgB,
    ));
  it('PUT minutes: an agenda item of B', () =>
    expectAlike(
      'PUT',
      `/api/meetings/${meetingA}/minutes`,
      (id) => ({ items: [{ agendaItemId: id, notes: 'n' }] }),
      () => f.fixtures.get('agendaItem')!.id,
    ));
  it("PUT minutes: the id of an action of B is only a local id of the draft: B's action is untouched", async () => {
    const actionB = f.fixtures.get('action')!.id;
    const before = await t.request({ method: 'GET', url: `/api/actions/${actionB}`, token: f.admin.token });
    const body = (id: string) => ({
      actions: [
        {
          id,
          title: 'Gör',
          ownerPersonId: secretaryA.personId,
          ownerOrganizationId: f.orgA,
          dueDate: '2031-05-01',
        },
      ],
    });
    const url = `/api/meetings/${meetingA}/minutes`;
    const foreign = await t.request({ method: 'PUT', url, token: secretaryA.token, body: body(actionB) });
    const random = await t.request({ method: 'PUT', url, token: secretaryA.token, body: body(randomUUID()) });
    expect([foreign.status, random.status]).toEqual([200, 200]);
    expect(foreign.text).not.toContain('Skellefteå');
    const after = await t.request({ method: 'GET', url: `/api/actions/${actionB}`, token: f.admin.token });
    expect(after.body).toEqual(before.body);
  });
  it('PUT minutes: an action linked to an agenda item of B', () =>
    expectAlike(
      'PUT',
      `/api/meetings/${meetingA}/minutes`,
      (id) => ({
        actions: [
          {
            agendaItemId: id,
            title: 'Gör',
            ownerPersonId: secretaryA.personId,
            ownerOrganizationId: f.orgA,
            dueDate: '2031-05-01',
          },
        ],
      }),
      () => f.fixtures.get('agendaItem')!.id,
    ));
  it('POST minutes submit: an adjuster of B', () =>
    expectAlike(
      'POST',
      `/api/meetings/${meetingA}/minutes/submit`,
      (id) => ({ adjusters: [{ personId: id }] }),
      () => personB,
    ));
  it('PATCH /api/people/{id} of themselves: move to B', () =>
    expectAlike(
      'PATCH',
      `/api/people/${secretaryA.personId}`,
      (id) => ({ organizationId: id }),
      () => f.orgB,
    ));
  it('POST /api/questions: a responsible person of B', () =>
    expectAlike(
      'POST',
      '/api/questions',
      (id) => ({
        title: 'Fråga',
        owner: { kind: 'organization', organizationId: f.orgA },
        responsiblePersonId: id,
      }),
      () => personB,
    ));
  it('POST /api/questions: B as owner', () =>
    expectAlike(
      'POST',
      '/api/questions',
      (id) => ({ title: 'Fråga', owner: { kind: 'organization', organizationId: id } }),
      () => f.orgB,
    ));
  it('POST /api/questions: an agenda item of B', () =>
    expectAlike(
      'POST',
      '/api/questions',
      (id) => ({
        title: 'Fråga',
        owner: { kind: 'organization', organizationId: f.orgA },
        agendaItemIds: [id],
      }),
      () => f.fixtures.get('agendaItem')!.id,
    ));
});

/**
 * Issue 12, point 2, across two regions: a coordinator's scope is every municipality of their region
 * (Västerbotten), so the foreign records are another region's (Norrbotten's people, municipality, strategy
 * area, meeting, agenda item, action, question, agenda template). Each in a body is refused exactly as a
 * random uuid, and nothing is stored.
 */
describe("ids of another region in a coordinator's request bodies", () => {
  let t: TestApp;
  let f: TenantFixtures;
  let n: Map<string, Fixture>;
  let coordinator: Caller;
  let db: DatabaseProbe;
  let before: DatabaseFingerprint;
  let meetingA: string;
  let itemA: string;
  let roundA: string;
  const foreign = (kind: string) => () => n.get(kind)!.id;
  const leaks = ['Luleå', 'Norrbotten', 'Hållbar gruvnäring'];

  beforeAll(async () => {
    t = await startTestApp({ APP_ROLE: 'api' });
    const docs = await t.request({ method: 'GET', url: '/docs-json' });
    f = await createTenantFixtures(t, docs.body);
    n = await createOtherRegionFixtures(t, f.admin.token);
    coordinator = f.roleCallers.find((caller) => caller.roles.includes('coordinator'))!;
    meetingA = await createMeetingOf(t, f.admin.token, f.orgA, [coordinator.personId]);
    const item = await t.request({
      method: 'POST',
      url: `/api/meetings/${meetingA}/agenda/items`,
      token: coordinator.token,
      body: { title: 'Läget' },
    });
    expect(item.status).toBe(201);
    itemA = item.body.id;
    const round = await t.request({
      method: 'POST',
      url: '/api/rounds',
      token: coordinator.token,
      body: {
        name: 'Omgång Västerbotten',
        window: { from: '2031-09-01', to: '2031-10-31' },
        organizationIds: [f.orgA],
        durationMinutes: 90,
        regionalTeam: [coordinator.personId],
      },
    });
    expect(round.status).toBe(201);
    roundA = round.body.id;
    db = await DatabaseProbe.connect(t.db.url);
    before = await db.fingerprint();
  });
  afterAll(async () => {
    await db?.close();
    await t?.close();
  });

  const agreement = (patch: Record<string, unknown>) => ({
    cadence: 'P3M',
    preferredMode: 'digital',
    validFrom: '2031-01-01',
    ...patch,
  });
  // Owned by A's secretary for A: a valid owner, so only the named reference can be refused.
  const action = (patch: Record<string, unknown>) => ({
    title: 'Åtgärd',
    ownerPersonId: f.tenantCallers.find((caller) => caller.roles.includes('secretary'))!.personId,
    ownerOrganizationId: f.orgA,
    dueDate: '2031-05-01',
    ...patch,
  });
  const question = (patch: Record<string, unknown>) => ({
    title: 'Fråga',
    owner: { kind: 'organization', organizationId: f.orgA },
    ...patch,
  });
  const round = (patch: Record<string, unknown>) => ({
    name: 'Omgång',
    window: { from: '2031-09-01', to: '2031-10-31' },
    organizationIds: [f.orgA],
    durationMinutes: 90,
    regionalTeam: [coordinator.personId],
    ...patch,
  });

  const cases: Array<[string, 'POST' | 'PUT' | 'PATCH', () => string, (id: string) => unknown, string]> = [
    [
      'PUT agreement: a default participant',
      'PUT',
      () => `/api/organizations/${f.orgA}/agreement`,
      (id) => agreement({ defaultParticipantIds: [id] }),
      'person',
    ],
    [
      'PUT agreement: the region adjuster',
      'PUT',
      () => `/api/organizations/${f.orgA}/agreement`,
      (id) => agreement({ adjusters: { region: id } }),
      'person',
    ],
    [
      'PUT agreement: the municipality adjuster',
      'PUT',
      () => `/api/organizations/${f.orgA}/agreement`,
      (id) => agreement({ adjusters: { municipality: id } }),
      'person',
    ],
    [
      'POST round: the regional team',
      'POST',
      () => '/api/rounds',
      (id) => round({ regionalTeam: [id] }),
      'person',
    ],
    [
      'POST round: a municipality',
      'POST',
      () => '/api/rounds',
      (id) => round({ organizationIds: [id] }),
      'organization',
    ],
    [
      'PUT round agenda template',
      'PUT',
      () => `/api/rounds/${roundA}/agenda-template`,
      (id) => ({ templateId: id }),
      'agendaTemplate',
    ],
    [
      'POST agenda item: a strategy area',
      'POST',
      () => `/api/meetings/${meetingA}/agenda/items`,
      (id) => ({ title: 'Punkt', strategyAreaIds: [id] }),
      'strategyArea',
    ],
    [
      'PATCH agenda item: a strategy area',
      'PATCH',
      () => `/api/agenda-items/${itemA}`,
      (id) => ({ strategyAreaIds: [id] }),
      'strategyArea',
    ],
    [
      'PATCH agenda item: the presenter',
      'PATCH',
      () => `/api/agenda-items/${itemA}`,
      (id) => ({ presenterPersonId: id }),
      'person',
    ],
    [
      'PUT minutes: attendance',
      'PUT',
      () => `/api/meetings/${meetingA}/minutes`,
      (id) => ({ attendance: [{ personId: id, status: 'present' }] }),
      'person',
    ],
    [
      'PUT minutes: an action owner',
      'PUT',
      () => `/api/meetings/${meetingA}/minutes`,
      (id) => ({ actions: [action({ ownerPersonId: id })] }),
      'person',
    ],
    [
      'PUT minutes: an action owner organization',
      'PUT',
      () => `/api/meetings/${meetingA}/minutes`,
      (id) => ({ actions: [action({ ownerOrganizationId: id })] }),
      'organization',
    ],
    [
      'PUT minutes: an action strategy area',
      'PUT',
      () => `/api/meetings/${meetingA}/minutes`,
      (id) => ({ actions: [action({ strategyAreaIds: [id] })] }),
      'strategyArea',
    ],
    [
      'PUT minutes: an action on an agenda item',
      'PUT',
      () => `/api/meetings/${meetingA}/minutes`,
      (id) => ({ actions: [action({ agendaItemId: id })] }),
      'agendaItem',
    ],
    [
      'PUT minutes: notes of an agenda item',
      'PUT',
      () => `/api/meetings/${meetingA}/minutes`,
      (id) => ({ items: [{ agendaItemId: id, notes: 'n' }] }),
      'agendaItem',
    ],
    [
      'POST minutes submit: an adjuster',
      'POST',
      () => `/api/meetings/${meetingA}/minutes/submit`,
      (id) => ({ adjusters: [{ personId: id }] }),
      'person',
    ],
    [
      'POST meeting: a participant',
      'POST',
      () => '/api/meetings',
      (id) => ({
        title: 'Möte',
        start: '2031-04-01T09:00:00Z',
        end: '2031-04-01T10:00:00Z',
        organizationIds: [f.orgA],
        participants: [{ personId: id }],
      }),
      'person',
    ],
    [
      'POST meeting: a party',
      'POST',
      () => '/api/meetings',
      (id) => ({
        title: 'Möte',
        start: '2031-04-01T09:00:00Z',
        end: '2031-04-01T10:00:00Z',
        organizationIds: [id],
      }),
      'organization',
    ],
    [
      'PATCH meeting: a participant',
      'PATCH',
      () => `/api/meetings/${meetingA}`,
      (id) => ({ participants: [{ personId: id }] }),
      'person',
    ],
    ['POST action: the owner', 'POST', () => '/api/actions', (id) => action({ ownerPersonId: id }), 'person'],
    [
      'POST action: the owner organization',
      'POST',
      () => '/api/actions',
      (id) => action({ ownerOrganizationId: id }),
      'organization',
    ],
    ['POST action: the meeting', 'POST', () => '/api/actions', (id) => action({ meetingId: id }), 'meeting'],
    [
      'POST action: a strategy area',
      'POST',
      () => '/api/actions',
      (id) => action({ strategyAreaIds: [id] }),
      'strategyArea',
    ],
    [
      'POST question: the responsible person',
      'POST',
      () => '/api/questions',
      (id) => question({ responsiblePersonId: id }),
      'person',
    ],
    [
      'POST question: the owner',
      'POST',
      () => '/api/questions',
      (id) => question({ owner: { kind: 'organization', organizationId: id } }),
      'organization',
    ],
    [
      'POST question: an agenda item',
      'POST',
      () => '/api/questions',
      (id) => question({ agendaItemIds: [id] }),
      'agendaItem',
    ],
    [
      'POST question: a strategy area',
      'POST',
      () => '/api/questions',
      (id) => question({ strategyAreaIds: [id] }),
      'strategyArea',
    ],
    [
      'POST question: a meeting',
      'POST',
      () => '/api/questions',
      (id) => question({ meetingIds: [id] }),
      'meeting',
    ],
    [
      'POST question: an action',
      'POST',
      () => '/api/questions',
      (id) => question({ actionIds: [id] }),
      'action',
    ],
    [
      'POST calendar feed: a person',
      'POST',
      () => '/api/calendar-feeds',
      (id) => ({ kind: 'person', subjectId: id }),
      'person',
    ],
    [
      'POST calendar feed: a municipality',
      'POST',
      () => '/api/calendar-feeds',
      (id) => ({ kind: 'organization', subjectId: id }),
      'organization',
    ],
    [
      'PATCH person: move to another region',
      'PATCH',
      () => `/api/people/${coordinator.personId}`,
      (id) => ({ organizationId: id }),
      'organization',
    ],
  ];

  it.each(cases)('%s of Norrbotten', (_name, method, url, body, kind) =>
    refusedAlike(t, coordinator.token, { method, url: url(), body }, foreign(kind)(), leaks),
  );

  it('stored nothing with all the refused requests above', async () => {
    expect(changedTables(before, await db.fingerprint())).toEqual([]);
  });
});
