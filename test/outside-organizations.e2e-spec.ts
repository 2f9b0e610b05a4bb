import { randomUUID } from 'node:crypto';
import { AdminSignIn } from './helpers/signed-in-people';
import { multipartBody, pdfFile } from './helpers/paper-files';
import { createOrganization, createPerson } from './helpers/people-fixtures';
import { type TestApp, startTestApp } from './helpers/test-app';

/**
 * Issue 17, point 1: outside organisations (kind external) and their people. They are invited to meetings,
 * present items and own actions and questions, and see exactly what they take part in (docs/adr/0003).
 */
describe('outside organisations', () => {
  let t: TestApp;
  let adminToken: string;
  let coordinatorToken: string;
  let orgs: Record<string, string>;
  let almi: { id: string };
  let almiPerson: { id: string; email: string; password: string };
  let almiToken: string;
  let umeaSecretary: string;

  const meetingBody = (organizationId: string, participants: string[], day: number) => ({
    title: `Samverkansmöte ${randomUUID().slice(0, 6)}`,
    start: `2031-03-${String(day).padStart(2, '0')}T09:00:00Z`,
    end: `2031-03-${String(day).padStart(2, '0')}T10:30:00Z`,
    organizationIds: [organizationId],
    participants: participants.map((personId) => ({ personId })),
    status: 'confirmed',
  });

  beforeAll(async () => {
    t = await startTestApp({ APP_ROLE: 'api' });
    const signIn = await AdminSignIn.start(t);
    ({ adminToken, orgs } = signIn);
    const coordinator = await signIn.person('coordinator', '24', ['coordinator']);
    coordinatorToken = coordinator.token;
    umeaSecretary = (
      await createPerson(t, adminToken, { organizationId: orgs['2480'], roles: ['secretary'] })
    ).id;
    const created = await t.request({
      method: 'POST',
      url: '/api/organizations',
      token: adminToken,
      body: {
        kind: 'external',
        code: '24-556043-8000',
        name: 'Almi Företagspartner Nord',
        parentId: orgs['24'],
      },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ kind: 'external', parentId: orgs['24'], code: '24-556043-8000' });
    almi = created.body;
    almiPerson = await createPerson(t, adminToken, { organizationId: almi.id, roles: ['participant'] });
    almiToken = await t.login(almiPerson.email, almiPerson.password);
  });

  afterAll(async () => {
    await t?.close();
  });

  it('refuses an external organization without its region, with an SCB code, or under another region’s code', async () => {
    const post = (body: Record<string, unknown>) =>
      t.request({ method: 'POST', url: '/api/organizations', token: adminToken, body });
    const noParent = await post({ kind: 'external', code: '24-202100-2114', name: 'Arbetsförmedlingen' });
    expect(noParent.status).toBe(400);
    expect(noParent.body.code).toBe('VALIDATION_FAILED');
    const scbCode = await post({
      kind: 'external',
      code: '2499',
      name: 'Länsstyrelsen',
      parentId: orgs['24'],
    });
    expect(scbCode.status).toBe(400);
    expect(JSON.stringify(scbCode.body.details)).toContain('organisationsnummer');
    const otherPrefix = await post({
      kind: 'external',
      code: '25-202100-5745',
      name: 'Länsstyrelsen',
      parentId: orgs['24'],
    });
    expect(otherPrefix.status).toBe(400);
    expect(otherPrefix.body.code).toBe('ORGANIZATION_INVALID_PARENT');
    const coordinatorCreates = await t.request({
      method: 'POST',
      url: '/api/organizations',
      token: coordinatorToken,
      body: { kind: 'external', code: '24-202100-2114', name: 'Arbetsförmedlingen', parentId: orgs['24'] },
    });
    expect(coordinatorCreates.status).toBe(403);
  });

  it('keeps an external organization’s people participants: no keeper or coordinator roles', async () => {
    for (const roles of [['secretary'], ['coordinator'], ['participant', 'secretary']]) {
      const response = await t.request({
        method: 'POST',
        url: '/api/people',
        token: adminToken,
        body: {
          organizationId: almi.id,
          name: 'Sekreterare Almi',
          email: `almi.${randomUUID()}@example.se`,
          roles,
        },
      });
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('ROLE_NOT_ALLOWED');
      expect(response.body.message).toBe('Personer i en extern organisation kan bara vara deltagare');
    }
  });

  it('invites an external organization’s person, and refuses one of another region’s external organization', async () => {
    const meeting = await t.request({
      method: 'POST',
      url: '/api/meetings',
      token: coordinatorToken,
      body: meetingBody(orgs['2480'], [umeaSecretary, almiPerson.id], 3),
    });
    expect(meeting.status).toBe(201);
    expect(meeting.body.participants.map((p: { personId: string }) => p.personId)).toContain(almiPerson.id);

    const region = await createOrganization(t, adminToken, {
      kind: 'region',
      code: '25',
      name: 'Region Norrbotten',
    });
    const foreign = await t.request({
      method: 'POST',
      url: '/api/organizations',
      token: adminToken,
      body: { kind: 'external', code: '25-556043-8001', name: 'Almi Nord Luleå', parentId: region.id },
    });
    expect(foreign.status).toBe(201);
    const foreignPerson = await createPerson(t, adminToken, {
      organizationId: foreign.body.id,
      roles: ['participant'],
    });
    const refused = await t.request({
      method: 'POST',
      url: '/api/meetings',
      token: adminToken,
      body: meetingBody(orgs['2480'], [umeaSecretary, foreignPerson.id], 4),
    });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({
      code: 'MEETING_INVALID_PARTICIPANT',
      details: { personIds: [foreignPerson.id] },
    });
  });

  it('shows an external person exactly the meetings they take part in, public items only, and 404 elsewhere', async () => {
    const mine = await t.request({
      method: 'POST',
      url: '/api/meetings',
      token: coordinatorToken,
      body: meetingBody(orgs['2481'], [almiPerson.id], 10),
    });
    expect(mine.status).toBe(201);
    const others = await t.request({
      method: 'POST',
      url: '/api/meetings',
      token: coordinatorToken,
      body: meetingBody(orgs['2481'], [], 11),
    });
    expect(others.status).toBe(201);
    const item = (body: Record<string, unknown>) =>
      t.request({
        method: 'POST',
        url: `/api/meetings/${mine.body.id}/agenda/items`,
        token: coordinatorToken,
        body,
      });
    const presented = await item({
      title: 'Almi: finansiering för små företag',
      presenterPersonId: almiPerson.id,
    });
    expect(presented.status).toBe(201);
    const restricted = await item({
      title: 'Lyckseles budgetläge',
      visibility: 'restricted',
      secrecyGround: '31 kap. 16 § OSL',
    });
    expect(restricted.status).toBe(201);

    const list = await t.request({ method: 'GET', url: '/api/meetings?limit=100', token: almiToken });
    expect(list.status).toBe(200);
    expect(list.body.items.map((m: { id: string }) => m.id).sort()).toEqual(
      (await meetingIdsOf(almiPerson.id)).sort(),
    );
    expect(list.body.items.map((m: { id: string }) => m.id)).toContain(mine.body.id);
    expect(list.body.items.map((m: { id: string }) => m.id)).not.toContain(others.body.id);
    const own = await t.request({ method: 'GET', url: '/api/meetings?participant=me', token: almiToken });
    expect(own.body.total).toBe(list.body.total);

    expect(
      (await t.request({ method: 'GET', url: `/api/meetings/${mine.body.id}`, token: almiToken })).status,
    ).toBe(200);
    const hidden = await t.request({
      method: 'GET',
      url: `/api/meetings/${others.body.id}`,
      token: almiToken,
    });
    const missing = await t.request({
      method: 'GET',
      url: `/api/meetings/${randomUUID()}`,
      token: almiToken,
    });
    expect(hidden.status).toBe(404);
    expect(hidden.body).toEqual({ ...missing.body, correlationId: hidden.body.correlationId });

    const agenda = await t.request({
      method: 'GET',
      url: `/api/meetings/${mine.body.id}/agenda`,
      token: almiToken,
    });
    expect(agenda.status).toBe(200);
    const titles = agenda.body.items.map((i: { title: string }) => i.title);
    expect(titles).toContain('Almi: finansiering för små företag');
    expect(titles).not.toContain('Lyckseles budgetläge');
    // The coordinator sees the restricted item; the external person gets 404 on it, as on a missing item.
    const full = await t.request({
      method: 'GET',
      url: `/api/meetings/${mine.body.id}/agenda`,
      token: coordinatorToken,
    });
    expect(full.body.items.map((i: { title: string }) => i.title)).toContain('Lyckseles budgetläge');
    const paper = (itemId: string) => {
      const { payload, contentType } = multipartBody('Underlag.pdf', pdfFile());
      return t.request({
        method: 'POST',
        url: `/api/agenda-items/${itemId}/papers`,
        token: almiToken,
        payload,
        headers: { 'content-type': contentType },
      });
    };
    const onRestricted = await paper(restricted.body.id);
    const onMissing = await paper(randomUUID());
    expect(onRestricted.status).toBe(404);
    expect(onRestricted.body.code).toBe(onMissing.body.code);
    expect(onRestricted.body.message).toBe(onMissing.body.message);
    // The working copy of the minutes belongs to the two parties.
    const minutes = await t.request({
      method: 'GET',
      url: `/api/meetings/${mine.body.id}/minutes`,
      token: almiToken,
    });
    expect(minutes.status).toBe(403);
  });

  it('lets the region give an external person an action and their organization a question, which they see', async () => {
    const action = await t.request({
      method: 'POST',
      url: '/api/actions',
      token: coordinatorToken,
      body: {
        title: 'Almi bjuder in till lånedag',
        ownerPersonId: almiPerson.id,
        ownerOrganizationId: almi.id,
        dueDate: '2031-05-01',
      },
    });
    expect(action.status).toBe(201);
    const question = await t.request({
      method: 'POST',
      url: '/api/questions',
      token: coordinatorToken,
      body: { title: 'Mikrolån i inlandet', owner: { kind: 'organization', organizationId: almi.id } },
    });
    expect(question.status).toBe(201);
    const umeaAction = await t.request({
      method: 'POST',
      url: '/api/actions',
      token: coordinatorToken,
      body: {
        title: 'Umeås åtgärd',
        ownerPersonId: umeaSecretary,
        ownerOrganizationId: orgs['2480'],
        dueDate: '2031-05-01',
      },
    });
    expect(umeaAction.status).toBe(201);

    const actions = await t.request({ method: 'GET', url: '/api/actions?limit=100', token: almiToken });
    expect(actions.body.items.map((a: { id: string }) => a.id)).toEqual([action.body.id]);
    expect(
      (await t.request({ method: 'GET', url: `/api/actions/${umeaAction.body.id}`, token: almiToken }))
        .status,
    ).toBe(404);
    const questions = await t.request({ method: 'GET', url: '/api/questions?limit=100', token: almiToken });
    expect(questions.body.items.map((q: { id: string }) => q.id)).toEqual([question.body.id]);
    const people = await t.request({ method: 'GET', url: '/api/people?limit=100', token: almiToken });
    expect(people.body.items.map((p: { id: string }) => p.id)).toEqual([almiPerson.id]);
    const organizations = await t.request({ method: 'GET', url: '/api/organizations', token: almiToken });
    expect(organizations.body.items.map((o: { id: string }) => o.id)).toEqual([almi.id]);
  });

  async function meetingIdsOf(personId: string): Promise<string[]> {
    const response = await t.request({
      method: 'GET',
      url: `/api/meetings?participant=${personId}&limit=100`,
      token: coordinatorToken,
    });
    expect(response.status).toBe(200);
    return response.body.items.map((m: { id: string }) => m.id);
  }
});
