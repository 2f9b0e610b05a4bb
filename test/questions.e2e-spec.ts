import { DataSource } from 'typeorm';
import { QuestionViews } from '../src/question/view/question-views';
import { type FollowUpCast, createCast, localDate } from './helpers/follow-up-fixtures';
import { insertMeetingRow } from './helpers/meeting-rows';
import { createPerson } from './helpers/people-fixtures';
import { type TestApp, startTestApp } from './helpers/test-app';

describe('question register (#6)', () => {
  let t: TestApp;
  let cast: FollowUpCast;
  let areas: Array<{ id: string; name: string }>;
  let umeaMeeting: string;
  let skellefteaMeeting: string;
  let umeaAction: string;
  let umeaItem: string;
  let skellefteaItem: string;
  let vindelnToken: string;
  let shared: { id: string; version: number };

  beforeAll(async () => {
    t = await startTestApp();
    cast = await createCast(t);
    areas = (await get('/api/strategy-areas', cast.coordinator.token)).body.items;
    const dataSource = t.app.get(DataSource);
    const meeting = (organizationId: string) =>
      insertMeetingRow(dataSource, {
        regionId: cast.orgs['24'],
        organizationIds: [organizationId],
        participants: [],
        start: new Date(Date.now() - 30 * 86_400_000),
        status: 'held',
      });
    umeaMeeting = (await meeting(cast.orgs['2480'])).id;
    skellefteaMeeting = (await meeting(cast.orgs['2482'])).id;
    const item = async (meetingId: string) => {
      const created = await post(`/api/meetings/${meetingId}/agenda/items`, cast.adminToken, {
        title: 'Företagsklimat',
      });
      expect(created.status).toBe(201);
      return created.body.id as string;
    };
    umeaItem = await item(umeaMeeting);
    skellefteaItem = await item(skellefteaMeeting);
    const action = await post('/api/actions', cast.coordinator.token, {
      title: 'Kartlägg lokalbehov',
      ownerPersonId: cast.umeaOwner.id,
      ownerOrganizationId: cast.orgs['2480'],
      dueDate: localDate(40),
    });
    umeaAction = action.body.id;
    const vindeln = await createPerson(t, cast.adminToken, {
      organizationId: cast.orgs['2404'],
      roles: ['secretary'],
    });
    vindelnToken = await t.login(vindeln.email, vindeln.password);
    const created = await post('/api/questions', cast.coordinator.token, {
      title: 'Finansiering av företagsrådgivning i inlandet',
      description: 'Almi har minskat närvaron; kommunerna vill veta hur rådgivningen ska nå småföretagen.',
      owner: { kind: 'external', name: 'Almi Företagspartner Nord' },
      responsiblePersonId: cast.umeaOwner.id,
      organizationIds: [cast.orgs['2480'], cast.orgs['2482']],
      meetingIds: [umeaMeeting, skellefteaMeeting],
      actionIds: [umeaAction],
      agendaItemIds: [umeaItem, skellefteaItem],
      strategyAreaIds: [areas[4].id],
    });
    expect(created.status).toBe(201);
    shared = created.body;
  });
  afterAll(async () => {
    await t?.close();
  });

  function get(url: string, token: string) {
    return t.request({ method: 'GET', url, token });
  }
  function post(url: string, token: string, body: unknown) {
    return t.request({ method: 'POST', url, token, body });
  }
  function patch(url: string, token: string, body: unknown) {
    return t.request({ method: 'PATCH', url, token, body });
  }

  it('keeps one question raised with several municipalities, each seeing it with its own links only', async () => {
    const region = await get(`/api/questions/${shared.id}`, cast.coordinator.token);
    expect(region.body).toMatchObject({
      owner: { kind: 'external', organizationId: null, name: 'Almi Företagspartner Nord' },
      responsiblePerson: { id: cast.umeaOwner.id, name: 'Örjan Ägare' },
      status: 'open',
      organizations: [
        { id: cast.orgs['2482'], name: 'Skellefteå' },
        { id: cast.orgs['2480'], name: 'Umeå' },
      ],
      strategyAreas: [{ id: areas[4].id, name: areas[4].name }],
    });
    expect(region.body.meetingIds.sort()).toEqual([umeaMeeting, skellefteaMeeting].sort());
    expect(region.body.actionIds).toEqual([umeaAction]);
    expect(region.body.agendaItemIds.sort()).toEqual([umeaItem, skellefteaItem].sort());

    const umea = await get(`/api/questions/${shared.id}`, cast.umeaSecretary.token);
    expect(umea.status).toBe(200);
    expect(umea.body.organizations).toEqual([{ id: cast.orgs['2480'], name: 'Umeå' }]);
    expect(umea.body.meetingIds).toEqual([umeaMeeting]);
    expect(umea.body.actionIds).toEqual([umeaAction]);
    expect(umea.body.agendaItemIds).toEqual([umeaItem]);
    // The web register links to each meeting and agenda: the start and the item's meeting come along.
    expect(umea.body.meetings).toEqual([{ id: umeaMeeting, startAt: expect.any(String) }]);
    expect(umea.body.agendaItems).toEqual([
      { id: umeaItem, meetingId: umeaMeeting, title: 'Företagsklimat' },
    ]);
    expect(region.body.meetings.map((meeting: { id: string }) => meeting.id).sort()).toEqual(
      [umeaMeeting, skellefteaMeeting].sort(),
    );
    expect(region.body.agendaItems).toHaveLength(2);

    const skelleftea = await get(`/api/questions/${shared.id}`, cast.skellefteaOwner.token);
    expect(skelleftea.status).toBe(200);
    expect(skelleftea.body.organizations).toEqual([{ id: cast.orgs['2482'], name: 'Skellefteå' }]);
    expect(skelleftea.body.meetingIds).toEqual([skellefteaMeeting]);
    expect(skelleftea.body.actionIds).toEqual([]);
    expect(skelleftea.body.agendaItemIds).toEqual([skellefteaItem]);

    for (const token of [cast.umeaSecretary.token, cast.skellefteaSecretary.token]) {
      const list = await get('/api/questions', token);
      expect(list.body.items.map((item: { id: string }) => item.id)).toContain(shared.id);
    }
    const count = await t.app.get(DataSource).query(`SELECT count(*)::int AS n FROM questions`);
    expect(count[0].n).toBe(1);
  });

  it('answers 404 to a municipality it is not raised with, and leaves it out of lists', async () => {
    expect((await get(`/api/questions/${shared.id}`, vindelnToken)).status).toBe(404);
    expect((await get('/api/questions', vindelnToken)).body).toMatchObject({ items: [], total: 0 });
    expect((await patch(`/api/questions/${shared.id}`, vindelnToken, { status: 'parked' })).status).toBe(404);
  });

  it('filters by responsible person and strategy area (#13: the register\'s "mine")', async () => {
    const ids = async (query: string, token = cast.coordinator.token) => {
      const answer = await get(`/api/questions?${query}`, token);
      expect(answer.status).toBe(200);
      return answer.body.items.map((item: { id: string }) => item.id);
    };
    expect(await ids(`responsiblePersonId=${cast.umeaOwner.id}`)).toEqual([shared.id]);
    expect(await ids(`responsiblePersonId=${cast.umeaOwner.id}`, cast.umeaOwner.token)).toEqual([shared.id]);
    expect(await ids(`responsiblePersonId=${cast.coordinator.id}`)).toEqual([]);
    expect(await ids(`strategyAreaId=${areas[4].id}`)).toEqual([shared.id]);
    expect(await ids(`strategyAreaId=${areas[3].id}`)).toEqual([]);
    // Another municipality's view stays its own whatever the filter names.
    expect(await ids(`responsiblePersonId=${cast.umeaOwner.id}`, vindelnToken)).toEqual([]);
    expect((await get('/api/questions?responsiblePersonId=me', cast.coordinator.token)).status).toBe(400);
  });

  it('links the owning municipality and the creating municipality, and keeps it from others', async () => {
    const raised = await post('/api/questions', cast.umeaSecretary.token, {
      title: 'Bredband till Holmsund industriområde',
      owner: { kind: 'organization', organizationId: cast.orgs['24'] },
    });
    expect(raised.status).toBe(201);
    expect(raised.body.owner).toEqual({
      kind: 'organization',
      organizationId: cast.orgs['24'],
      name: 'Region Västerbotten',
    });
    expect(raised.body.organizations).toEqual([{ id: cast.orgs['2480'], name: 'Umeå' }]);
    expect((await get(`/api/questions/${raised.body.id}`, cast.skellefteaSecretary.token)).status).toBe(404);
    expect((await get(`/api/questions/${raised.body.id}`, cast.coordinator.token)).status).toBe(200);

    const owned = await post('/api/questions', cast.coordinator.token, {
      title: 'Skellefteås egen fråga',
      owner: { kind: 'organization', organizationId: cast.orgs['2482'] },
    });
    expect(owned.body.organizations).toEqual([{ id: cast.orgs['2482'], name: 'Skellefteå' }]);
  });

  it('refuses owners, links and people outside the caller’s reach', async () => {
    const foreignOwner = await post('/api/questions', cast.umeaSecretary.token, {
      title: 'x',
      owner: { kind: 'organization', organizationId: cast.orgs['2482'] },
    });
    expect(foreignOwner.status).toBe(400);
    expect(foreignOwner.body.code).toBe('QUESTION_INVALID_OWNER');
    const foreignLink = await post('/api/questions', cast.umeaSecretary.token, {
      title: 'x',
      owner: { kind: 'external', name: 'Arbetsförmedlingen' },
      organizationIds: [cast.orgs['2482']],
    });
    expect(foreignLink.status).toBe(400);
    expect(foreignLink.body).toMatchObject({
      code: 'QUESTION_INVALID_LINK',
      details: { field: 'organizationIds' },
    });
    const foreignMeeting = await post('/api/questions', cast.umeaSecretary.token, {
      title: 'x',
      owner: { kind: 'external', name: 'Arbetsförmedlingen' },
      meetingIds: [skellefteaMeeting],
    });
    expect(foreignMeeting.body).toMatchObject({
      code: 'QUESTION_INVALID_LINK',
      details: { field: 'meetingIds' },
    });
    const noName = await post('/api/questions', cast.coordinator.token, {
      title: 'x',
      owner: { kind: 'external' },
    });
    expect(noName.status).toBe(400);
    const participant = await post('/api/questions', cast.umeaParticipant.token, {
      title: 'x',
      owner: { kind: 'external', name: 'Almi' },
    });
    expect(participant.status).toBe(403);
  });

  it('lets the responsible person change the status only, and municipalities not re-link', async () => {
    const parked = await patch(`/api/questions/${shared.id}`, cast.umeaOwner.token, {
      status: 'in_progress',
    });
    expect(parked.status).toBe(200);
    expect(parked.body.status).toBe('in_progress');
    expect((await patch(`/api/questions/${shared.id}`, cast.umeaOwner.token, { title: 'Nytt' })).status).toBe(
      403,
    );
    expect(
      (await patch(`/api/questions/${shared.id}`, cast.umeaParticipant.token, { status: 'parked' })).status,
    ).toBe(403);
    const relink = await patch(`/api/questions/${shared.id}`, cast.umeaSecretary.token, {
      organizationIds: [cast.orgs['2480']],
    });
    expect(relink.status).toBe(403);

    // Skellefteå replaces the meeting links it sees; Umeå's link, invisible to it, stays.
    const relinked = await patch(`/api/questions/${shared.id}`, cast.skellefteaSecretary.token, {
      meetingIds: [],
    });
    expect(relinked.status).toBe(200);
    expect(relinked.body.meetingIds).toEqual([]);
    const region = await get(`/api/questions/${shared.id}`, cast.coordinator.token);
    expect(region.body.meetingIds).toEqual([umeaMeeting]);

    const moved = await patch(`/api/questions/${shared.id}`, cast.coordinator.token, {
      owner: { kind: 'organization', organizationId: cast.orgs['24'] },
      organizationIds: [cast.orgs['2480'], cast.orgs['2482'], cast.orgs['2404']],
      version: region.body.version,
    });
    expect(moved.status).toBe(200);
    expect(moved.body.organizations).toHaveLength(3);
    expect((await get(`/api/questions/${shared.id}`, vindelnToken)).status).toBe(200);
    const stale = await patch(`/api/questions/${shared.id}`, cast.coordinator.token, {
      status: 'resolved',
      version: region.body.version,
    });
    expect(stale.status).toBe(409);
  });

  it('filters by status, owner and organization, and serves the agenda', async () => {
    const external = await get('/api/questions?ownerKind=external', cast.coordinator.token);
    expect(external.body.items).toEqual([]);
    const byOrg = await get(`/api/questions?organizationId=${cast.orgs['2482']}`, cast.coordinator.token);
    expect(byOrg.body.items.map((item: { title: string }) => item.title).sort()).toEqual([
      'Finansiering av företagsrådgivning i inlandet',
      'Skellefteås egen fråga',
    ]);
    const open = await get('/api/questions?status=open', cast.coordinator.token);
    expect(open.body.items.map((item: { status: string }) => item.status)).toEqual(['open', 'open']);
    const parked = await patch(`/api/questions/${shared.id}`, cast.coordinator.token, { status: 'parked' });
    expect(parked.body.closedAt).not.toBeNull();

    const service = t.app.get(QuestionViews);
    const forSkelleftea = await service.findOpenByOrganizations([cast.orgs['2482']]);
    expect(forSkelleftea).toEqual([
      { id: expect.any(String), title: 'Skellefteås egen fråga', owningParty: 'Skellefteå', status: 'open' },
    ]);
    await patch(`/api/questions/${shared.id}`, cast.coordinator.token, { status: 'open' });
    const again = await service.findOpenByOrganizations([cast.orgs['2482'], cast.orgs['2480']]);
    expect(again.map((question) => [question.title, question.owningParty])).toEqual(
      expect.arrayContaining([['Finansiering av företagsrådgivning i inlandet', 'Region Västerbotten']]),
    );
  });

  it('keeps a history with comments, and shows a municipality neither another municipality’s people nor its ids (#13)', async () => {
    const created = await post('/api/questions', cast.coordinator.token, {
      title: 'Laddinfrastruktur längs E4',
      owner: { kind: 'organization', organizationId: cast.orgs['24'] },
      responsiblePersonId: cast.umeaOwner.id,
      organizationIds: [cast.orgs['2480'], cast.orgs['2482']],
    });
    expect(created.status).toBe(201);
    expect(created.body.history).toEqual([
      expect.objectContaining({
        kind: 'created',
        actorId: cast.coordinator.id,
        actorName: 'Cecilia Koordinator',
        comment: null,
        changes: expect.objectContaining({
          title: { from: null, to: 'Laddinfrastruktur längs E4' },
          status: { from: null, to: 'open' },
        }),
      }),
    ]);
    const id = created.body.id as string;
    const commented = await patch(`/api/questions/${id}`, cast.umeaOwner.token, {
      comment: 'Trafikverket återkommer i mars',
    });
    expect(commented.status).toBe(200);
    expect(commented.body.history.at(-1)).toMatchObject({
      kind: 'commented',
      actorName: 'Örjan Ägare',
      changes: {},
      comment: 'Trafikverket återkommer i mars',
    });
    const resolved = await patch(`/api/questions/${id}`, cast.umeaOwner.token, {
      status: 'resolved',
      comment: 'Beslut taget',
    });
    expect(resolved.body.history.at(-1)).toMatchObject({
      kind: 'updated',
      changes: { status: { from: 'open', to: 'resolved' } },
      comment: 'Beslut taget',
    });
    const refused = await patch(`/api/questions/${id}`, cast.umeaOwner.token, {
      title: 'Nytt',
      comment: 'x',
    });
    expect(refused.status).toBe(403);
    expect(
      (await patch(`/api/questions/${id}`, cast.umeaSecretary.token, { status: 'resolved' })).body.history,
    ).toHaveLength(3);

    const linked = await patch(`/api/questions/${id}`, cast.skellefteaSecretary.token, {
      meetingIds: [skellefteaMeeting],
    });
    expect(linked.body.history.at(-1)).toMatchObject({
      kind: 'updated',
      actorName: 'Sune Sekreterare',
      // A municipality's view of a history names which links changed, never their ids.
      changes: { meetingIds: { from: null, to: null } },
    });
    const umea = await get(`/api/questions/${id}`, cast.umeaSecretary.token);
    expect(umea.body.history.at(-1)).toMatchObject({
      kind: 'updated',
      actorId: null,
      actorName: null,
      changes: { meetingIds: { from: null, to: null } },
    });
    expect(JSON.stringify(umea.body)).not.toContain(skellefteaMeeting);
    expect(JSON.stringify(umea.body)).not.toContain(cast.skellefteaSecretary.id);
    const region = await get(`/api/questions/${id}`, cast.coordinator.token);
    expect(region.body.history.map((entry: { kind: string }) => entry.kind)).toEqual([
      'created',
      'commented',
      'updated',
      'updated',
    ]);
    expect(region.body.history.at(-1).changes.meetingIds.to).toEqual([skellefteaMeeting]);
    const list = await get(`/api/questions?meetingId=${skellefteaMeeting}`, cast.coordinator.token);
    expect(list.body.items[0]).not.toHaveProperty('history');
  });

  it('answers another municipality’s person or agenda item in a body exactly as an unknown id (#12)', async () => {
    const dataSource = t.app.get(DataSource);
    const questions = async () =>
      (await dataSource.query(`SELECT count(*)::int AS n FROM questions`))[0].n as number;
    const before = await questions();
    const unknown = '00000000-0000-4000-8000-0000000000b1';
    const body = (extra: Record<string, unknown>) => ({
      title: 'Kompetensförsörjning',
      owner: { kind: 'external', name: 'Arbetsförmedlingen' },
      ...extra,
    });
    const cases: Array<[Record<string, unknown>, Record<string, unknown>, string]> = [
      [
        { responsiblePersonId: cast.skellefteaOwner.id },
        { responsiblePersonId: unknown },
        'QUESTION_INVALID_OWNER',
      ],
      [{ agendaItemIds: [skellefteaItem] }, { agendaItemIds: [unknown] }, 'QUESTION_INVALID_LINK'],
    ];
    for (const [foreign, missing, code] of cases) {
      const created = await post('/api/questions', cast.umeaSecretary.token, body(foreign));
      const random = await post('/api/questions', cast.umeaSecretary.token, body(missing));
      expect(created.status).toBe(400);
      expect(created.body.code).toBe(code);
      expect(created.text).not.toContain('Stina Ägare');
      expect([random.status, random.body.code, random.body.message]).toEqual([
        created.status,
        created.body.code,
        created.body.message,
      ]);
      const patched = await patch(`/api/questions/${shared.id}`, cast.umeaSecretary.token, foreign);
      const patchedRandom = await patch(`/api/questions/${shared.id}`, cast.umeaSecretary.token, missing);
      expect(patched.status).toBe(400);
      expect([patchedRandom.status, patchedRandom.body.code, patchedRandom.body.message]).toEqual([
        patched.status,
        patched.body.code,
        patched.body.message,
      ]);
    }
    expect(await questions()).toBe(before);
    // Its own municipality's item and person are fine, and re-linking keeps the item Umeå cannot see.
    const own = await post(
      '/api/questions',
      cast.umeaSecretary.token,
      body({ responsiblePersonId: cast.umeaOwner.id, agendaItemIds: [umeaItem] }),
    );
    expect(own.status).toBe(201);
    expect(own.body).toMatchObject({
      agendaItemIds: [umeaItem],
      responsiblePerson: { id: cast.umeaOwner.id },
    });
    const relinked = await patch(`/api/questions/${shared.id}`, cast.umeaSecretary.token, {
      agendaItemIds: [umeaItem],
    });
    expect(relinked.status).toBe(200);
    const region = await get(`/api/questions/${shared.id}`, cast.coordinator.token);
    expect(region.body.agendaItemIds.sort()).toEqual([umeaItem, skellefteaItem].sort());
    // The database itself refuses a link to an agenda item that does not exist.
    await expect(
      dataSource.query(`INSERT INTO question_agenda_items (question_id, agenda_item_id) VALUES ($1, $2)`, [
        shared.id,
        unknown,
      ]),
    ).rejects.toThrow(/foreign key/);
  });
});
