import { randomUUID } from 'node:crypto';
import { type TestApp, startTestApp } from './helpers/test-app';
import { createPerson } from './helpers/people-fixtures';
import { type TenantFixtures, createMeetingOf, createTenantFixtures } from './security/tenant-fixtures';

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
  async function expectAlike(
    method: 'POST' | 'PUT' | 'PATCH',
    url: string,
    body: (id: string) => unknown,
    foreignId: () => string,
  ): Promise<void> {
    const as = secretaryA; // one municipality is their scope
    const foreign = await t.request({ method, url, token: as.token, body: body(foreignId()) });
    const random = await t.request({ method, url, token: as.token, body: body(randomUUID()) });
    // 403 only when the role is refused before any lookup (then for both alike).
    expect([400, 403, 404]).toContain(foreign.status);
    expect({ status: foreign.status, code: foreign.body.code, message: foreign.body.message }).toEqual({
      status: random.status,
      code: random.body.code,
      message: random.body.message,
    });
    expect(foreign.text).not.toContain(personBName);
    expect(foreign.text).not.toContain('Skellefteå');
  }

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
