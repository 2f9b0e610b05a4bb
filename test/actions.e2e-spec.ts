import { DataSource } from 'typeorm';
import { ActionsFromMinutes } from '../src/action/minutes/actions-from-minutes';
import { ActionViews } from '../src/action/view/action-views';
import { seedStrategyAreas } from '../src/strategy-area/strategy-area.seed';
import { StrategyAreaService } from '../src/strategy-area/strategy-area.service';
import { type FollowUpCast, createCast, localDate } from './helpers/follow-up-fixtures';
import { createNorrbotten, createPerson } from './helpers/people-fixtures';
import { insertMeetingRow } from './helpers/meeting-rows';
import { type TestApp, startTestApp } from './helpers/test-app';

describe('strategy areas and actions (#6)', () => {
  let t: TestApp;
  let cast: FollowUpCast;
  let areas: Array<{ id: string; name: string; seeded: boolean }>;

  beforeAll(async () => {
    t = await startTestApp();
    cast = await createCast(t);
    const list = await t.request({ method: 'GET', url: '/api/strategy-areas', token: cast.umeaOwner.token });
    areas = list.body.items;
  });
  afterAll(async () => {
    await t?.close();
  });

  function post(url: string, token: string, body: unknown) {
    return t.request({ method: 'POST', url, token, body });
  }
  function patch(url: string, token: string, body: unknown) {
    return t.request({ method: 'PATCH', url, token, body });
  }
  function get(url: string, token: string) {
    return t.request({ method: 'GET', url, token });
  }
  function actionBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
    return {
      title: 'Ta fram kompetensplan',
      ownerPersonId: cast.umeaOwner.id,
      ownerOrganizationId: cast.orgs['2480'],
      dueDate: localDate(30),
      ...overrides,
    };
  }

  describe('strategy areas', () => {
    it('seeds the Västerbotten list once, marked as a starting point everyone in the region reads', async () => {
      expect(areas.map((area) => area.name)).toEqual([
        'Hållbar tillväxt och innovation',
        'Kompetensförsörjning',
        'Tillgänglighet och infrastruktur',
        'Attraktiva livsmiljöer',
        'Näringslivsutveckling och entreprenörskap',
      ]);
      expect(areas.every((area) => area.seeded)).toBe(true);
      const dataSource = t.app.get(DataSource);
      expect(await dataSource.transaction((manager) => seedStrategyAreas(manager))).toBe(0);
      const again = await get('/api/strategy-areas', cast.coordinator.token);
      expect(again.body.items).toHaveLength(5);
    });

    it('lets admins add, rename and deactivate; others get 403; names are unique per region', async () => {
      expect((await post('/api/strategy-areas', cast.coordinator.token, { name: 'Kultur' })).status).toBe(
        403,
      );
      const created = await post('/api/strategy-areas', cast.adminToken, { name: 'Kultur och besöksnäring' });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ name: 'Kultur och besöksnäring', seeded: false, active: true });
      const duplicate = await post('/api/strategy-areas', cast.adminToken, {
        name: 'kultur OCH besöksnäring',
      });
      expect(duplicate.status).toBe(409);
      expect(duplicate.body.code).toBe('STRATEGY_AREA_NAME_TAKEN');
      const strict = await post('/api/strategy-areas', cast.adminToken, { name: 'X', colour: 'red' });
      expect(strict.status).toBe(400);

      const renamed = await patch(`/api/strategy-areas/${areas[3].id}`, cast.adminToken, {
        name: 'Attraktiva och hållbara livsmiljöer',
      });
      expect(renamed.status).toBe(200);
      expect(renamed.body).toMatchObject({ seeded: false, version: 2 });
      expect(
        (await patch(`/api/strategy-areas/${areas[3].id}`, cast.coordinator.token, { active: false })).status,
      ).toBe(403);
      const deactivated = await patch(`/api/strategy-areas/${created.body.id}`, cast.adminToken, {
        active: false,
      });
      expect(deactivated.body.active).toBe(false);
      const list = await get('/api/strategy-areas', cast.umeaOwner.token);
      expect(list.body.items.map((area: { id: string }) => area.id)).not.toContain(created.body.id);
      const all = await get('/api/strategy-areas?includeInactive=true', cast.umeaOwner.token);
      expect(all.body.items.map((area: { id: string }) => area.id)).toContain(created.body.id);
    });

    it("keeps each region's list to itself: another region's people see none of it (404 by id)", async () => {
      const { regionId, luleaId } = await createNorrbotten(t, cast.adminToken);
      const person = await createPerson(t, cast.adminToken, {
        organizationId: luleaId,
        roles: ['secretary'],
      });
      const token = await t.login(person.email, person.password);
      expect((await get('/api/strategy-areas', token)).body.items).toEqual([]);
      const peek = await get(`/api/strategy-areas?regionId=${cast.orgs['24']}&includeInactive=true`, token);
      expect(peek.body.items).toEqual([]);
      const byId = await get(`/api/strategy-areas/${areas[0].id}`, token);
      expect(byId.status).toBe(404);
      expect(byId.body.code).toBe('STRATEGY_AREA_NOT_FOUND');
      const own = await post('/api/strategy-areas', cast.adminToken, {
        name: 'Kompetensförsörjning',
        regionId,
      });
      expect(own.status).toBe(201);
      expect((await get('/api/strategy-areas', token)).body.items.map((a: { id: string }) => a.id)).toEqual([
        own.body.id,
      ]);
      // Another region's area cannot be put on this region's actions.
      const foreignArea = await post(
        '/api/actions',
        cast.coordinator.token,
        actionBody({ strategyAreaIds: [own.body.id] }),
      );
      expect(foreignArea.status).toBe(400);
      expect(foreignArea.body.details).toMatchObject({ unknownIds: [own.body.id] });
    });

    it("StrategyAreaService.assertUsable throws a 400 domain error naming unknown and other regions' ids", async () => {
      const service = t.app.get(StrategyAreaService);
      const region = cast.orgs['24'];
      await expect(service.assertUsable(region, [areas[0].id, areas[1].id])).resolves.toHaveLength(2);
      await expect(service.assertUsable(region, [])).resolves.toEqual([]);
      const unknown = '00000000-0000-4000-8000-000000000001';
      await expect(service.assertUsable(region, [areas[0].id, unknown])).rejects.toMatchObject({
        kind: 'invalid',
        code: 'STRATEGY_AREA_UNKNOWN',
        details: { unknownIds: [unknown] },
      });
      // The same area seen from another region is unknown there.
      await expect(service.assertUsable(cast.orgs['2480'], [areas[0].id])).rejects.toMatchObject({
        code: 'STRATEGY_AREA_UNKNOWN',
        details: { unknownIds: [areas[0].id] },
      });
    });
  });

  describe('actions', () => {
    let umeaAction: { id: string; version: number };
    let skellefteaAction: { id: string };

    beforeAll(async () => {
      const created = await post(
        '/api/actions',
        cast.coordinator.token,
        actionBody({ strategyAreaIds: [areas[1].id], comment: 'Från mötet i maj' }),
      );
      expect(created.status).toBe(201);
      umeaAction = created.body;
      const other = await post(
        '/api/actions',
        cast.skellefteaSecretary.token,
        actionBody({
          title: 'Skellefteås åtgärd',
          ownerPersonId: cast.skellefteaOwner.id,
          ownerOrganizationId: cast.orgs['2482'],
        }),
      );
      expect(other.status).toBe(201);
      skellefteaAction = other.body;
    });

    it('creates an action with owner, due date, strategy areas and a first history entry', async () => {
      const detail = await get(`/api/actions/${umeaAction.id}`, cast.umeaOwner.token);
      expect(detail.status).toBe(200);
      expect(detail.body).toMatchObject({
        title: 'Ta fram kompetensplan',
        status: 'open',
        overdue: false,
        owner: {
          personId: cast.umeaOwner.id,
          name: 'Örjan Ägare',
          organizationId: cast.orgs['2480'],
          organizationName: 'Umeå',
        },
        strategyAreas: [{ id: areas[1].id, name: 'Kompetensförsörjning' }],
        createdBy: cast.coordinator.id,
      });
      expect(detail.body.history).toEqual([
        expect.objectContaining({
          kind: 'created',
          actorName: 'Cecilia Koordinator',
          comment: 'Från mötet i maj',
        }),
      ]);
    });

    it('gives history entries ids that reveal nothing of other municipalities (#11)', async () => {
      // Before: one bigint sequence over every municipality, so Umeå saw the gaps left by Skellefteå's events.
      const umea = await get(`/api/actions/${umeaAction.id}`, cast.umeaOwner.token);
      const skelleftea = await get(`/api/actions/${skellefteaAction.id}`, cast.skellefteaSecretary.token);
      const ids = [...umea.body.history, ...skelleftea.body.history].map((event: { id: string }) => event.id);
      for (const id of ids) {
        expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      }
      expect(new Set(ids).size).toBe(ids.length);
    });

    it('refuses owners outside the organization or the scope, bad dates, unknown areas and participants', async () => {
      const wrongOrg = await post(
        '/api/actions',
        cast.coordinator.token,
        actionBody({ ownerOrganizationId: cast.orgs['2482'] }),
      );
      expect(wrongOrg.status).toBe(400);
      expect(wrongOrg.body).toMatchObject({
        code: 'ACTION_INVALID_OWNER',
        details: { field: 'ownerPersonId' },
      });
      const foreign = await post('/api/actions', cast.skellefteaSecretary.token, actionBody());
      expect(foreign.status).toBe(400);
      expect(foreign.body.details).toEqual({ field: 'ownerOrganizationId' });
      const badDate = await post(
        '/api/actions',
        cast.coordinator.token,
        actionBody({ dueDate: '2026-02-30' }),
      );
      expect(badDate.status).toBe(400);
      const unknownArea = await post(
        '/api/actions',
        cast.coordinator.token,
        actionBody({ strategyAreaIds: ['00000000-0000-4000-8000-000000000002'] }),
      );
      expect(unknownArea.status).toBe(400);
      expect(unknownArea.body.code).toBe('STRATEGY_AREA_UNKNOWN');
      const participant = await post('/api/actions', cast.umeaParticipant.token, actionBody());
      expect(participant.status).toBe(403);
      const missingOwner = await post('/api/actions', cast.coordinator.token, {
        title: 'x',
        dueDate: localDate(1),
      });
      expect(missingOwner.status).toBe(400);
    });

    it('keeps each municipality to its own actions: lists filtered, others answer 404', async () => {
      const umeaList = await get('/api/actions', cast.umeaSecretary.token);
      const umeaIds = umeaList.body.items.map((item: { id: string }) => item.id);
      expect(umeaIds).toContain(umeaAction.id);
      expect(umeaIds).not.toContain(skellefteaAction.id);
      expect((await get(`/api/actions/${skellefteaAction.id}`, cast.umeaSecretary.token)).status).toBe(404);
      expect((await get(`/api/actions/${umeaAction.id}`, cast.skellefteaOwner.token)).status).toBe(404);
      const filtered = await get(
        `/api/actions?organizationId=${cast.orgs['2482']}`,
        cast.umeaSecretary.token,
      );
      expect(filtered.body.total).toBe(0);
      const patched = await patch(`/api/actions/${umeaAction.id}`, cast.skellefteaSecretary.token, {
        status: 'done',
      });
      expect(patched.status).toBe(404);
      const region = await get('/api/actions?limit=200', cast.coordinator.token);
      const regionIds = region.body.items.map((item: { id: string }) => item.id);
      expect(regionIds).toEqual(expect.arrayContaining([umeaAction.id, skellefteaAction.id]));
    });

    it('shows a municipality the actions linked to its meetings, whoever owns them', async () => {
      const meeting = await insertMeetingRow(t.app.get(DataSource), {
        regionId: cast.orgs['24'],
        organizationIds: [cast.orgs['2480']],
        participants: [],
        start: new Date(Date.now() - 7 * 86_400_000),
        status: 'held',
      });
      const item = await post(`/api/meetings/${meeting.id}/agenda/items`, cast.adminToken, {
        title: 'Medfinansiering',
      });
      expect(item.status).toBe(201);
      const regional = await post(
        '/api/actions',
        cast.coordinator.token,
        actionBody({
          title: 'Regionen återkommer om medfinansiering',
          ownerPersonId: cast.coordinator.id,
          ownerOrganizationId: cast.orgs['24'],
          meetingId: meeting.id,
          agendaItemId: item.body.id,
        }),
      );
      expect(regional.status).toBe(201);
      expect((await get(`/api/actions/${regional.body.id}`, cast.umeaParticipant.token)).status).toBe(200);
      expect((await get(`/api/actions/${regional.body.id}`, cast.skellefteaSecretary.token)).status).toBe(
        404,
      );
      const byMeeting = await get(`/api/actions?meetingId=${meeting.id}`, cast.umeaSecretary.token);
      expect(byMeeting.body.items.map((item: { id: string }) => item.id)).toEqual([regional.body.id]);
      // Skellefteå cannot link an action to Umeå's meeting.
      const foreignLink = await post(
        '/api/actions',
        cast.skellefteaSecretary.token,
        actionBody({
          ownerPersonId: cast.skellefteaOwner.id,
          ownerOrganizationId: cast.orgs['2482'],
          meetingId: meeting.id,
        }),
      );
      expect(foreignLink.status).toBe(400);
      expect(foreignLink.body.code).toBe('ACTION_INVALID_LINK');

      // An agenda item only with its own meeting (#12): Umeå's item on Skellefteå's meeting, or an item
      // that does not exist, answers the same and stores nothing.
      const skellefteaMeeting = await insertMeetingRow(t.app.get(DataSource), {
        regionId: cast.orgs['24'],
        organizationIds: [cast.orgs['2482']],
        participants: [],
        start: new Date(Date.now() - 7 * 86_400_000),
        status: 'held',
      });
      const withItem = (agendaItemId: string) =>
        post(
          '/api/actions',
          cast.skellefteaSecretary.token,
          actionBody({
            ownerPersonId: cast.skellefteaOwner.id,
            ownerOrganizationId: cast.orgs['2482'],
            meetingId: skellefteaMeeting.id,
            agendaItemId,
          }),
        );
      const actions = async () =>
        (await t.app.get(DataSource).query(`SELECT count(*)::int AS n FROM actions`))[0].n as number;
      const before = await actions();
      const foreignItem = await withItem(item.body.id);
      const unknownItem = await withItem('00000000-0000-4000-8000-0000000000a1');
      expect(foreignItem.status).toBe(400);
      expect(foreignItem.body).toMatchObject({
        code: 'ACTION_INVALID_LINK',
        details: { field: 'agendaItemId' },
      });
      expect([unknownItem.status, unknownItem.body.code, unknownItem.body.message]).toEqual([
        400,
        foreignItem.body.code,
        foreignItem.body.message,
      ]);
      const moved = await patch(`/api/actions/${regional.body.id}`, cast.coordinator.token, {
        agendaItemId: '00000000-0000-4000-8000-0000000000a1',
      });
      expect(moved.body).toMatchObject({ code: 'ACTION_INVALID_LINK', details: { field: 'agendaItemId' } });
      expect(await actions()).toBe(before);
    });

    it('lets the owner change status and comment only; others in the municipality get 403', async () => {
      const started = await patch(`/api/actions/${umeaAction.id}`, cast.umeaOwner.token, {
        status: 'in_progress',
        comment: 'Påbörjad, utkast klart i juni',
      });
      expect(started.status).toBe(200);
      expect(started.body.status).toBe('in_progress');
      expect(started.body.history.at(-1)).toMatchObject({
        kind: 'updated',
        actorId: cast.umeaOwner.id,
        comment: 'Påbörjad, utkast klart i juni',
        changes: { status: { from: 'open', to: 'in_progress' } },
      });
      const commentOnly = await patch(`/api/actions/${umeaAction.id}`, cast.umeaOwner.token, {
        comment: 'Möte bokat',
      });
      expect(commentOnly.body.history.at(-1)).toMatchObject({
        kind: 'commented',
        changes: {},
        comment: 'Möte bokat',
      });
      const title = await patch(`/api/actions/${umeaAction.id}`, cast.umeaOwner.token, { title: 'Annat' });
      expect(title.status).toBe(403);
      const stranger = await patch(`/api/actions/${umeaAction.id}`, cast.umeaParticipant.token, {
        status: 'done',
      });
      expect(stranger.status).toBe(403);
    });

    it("lets the municipality's secretary and the region's coordinator change the rest, with version checks", async () => {
      const current = await get(`/api/actions/${umeaAction.id}`, cast.umeaSecretary.token);
      const moved = await patch(`/api/actions/${umeaAction.id}`, cast.umeaSecretary.token, {
        dueDate: localDate(45),
        strategyAreaIds: [areas[0].id, areas[1].id],
        version: current.body.version,
      });
      expect(moved.status).toBe(200);
      expect(moved.body.history.at(-1).changes).toMatchObject({
        dueDate: { from: localDate(30), to: localDate(45) },
        strategyAreaIds: { from: [areas[1].id], to: [areas[0].id, areas[1].id] },
      });
      const stale = await patch(`/api/actions/${umeaAction.id}`, cast.coordinator.token, {
        title: 'Ny titel',
        version: current.body.version,
      });
      expect(stale.status).toBe(409);
      const done = await patch(`/api/actions/${umeaAction.id}`, cast.coordinator.token, { status: 'done' });
      expect(done.body).toMatchObject({ status: 'done', overdue: false });
      expect(done.body.closedAt).not.toBeNull();
      const reopened = await patch(`/api/actions/${umeaAction.id}`, cast.coordinator.token, {
        status: 'open',
      });
      expect(reopened.body.closedAt).toBeNull();
      const secretaryOfOther = await patch(
        `/api/actions/${skellefteaAction.id}`,
        cast.regionSecretary.token,
        { title: 'x' },
      );
      expect(secretaryOfOther.status).toBe(403);
    });

    it('filters by owner, status, overdue and due date, paginated', async () => {
      const overdue = await post(
        '/api/actions',
        cast.umeaSecretary.token,
        actionBody({ title: 'Försenad', dueDate: localDate(-3) }),
      );
      expect(overdue.body.overdue).toBe(true);
      const cancelledLate = await post(
        '/api/actions',
        cast.umeaSecretary.token,
        actionBody({ title: 'Struken', dueDate: localDate(-10) }),
      );
      await patch(`/api/actions/${cancelledLate.body.id}`, cast.umeaSecretary.token, { status: 'cancelled' });

      const onlyOverdue = await get('/api/actions?overdue=true', cast.umeaSecretary.token);
      expect(onlyOverdue.body.items.map((item: { title: string }) => item.title)).toEqual(['Försenad']);
      const notOverdue = await get('/api/actions?overdue=false&limit=200', cast.umeaSecretary.token);
      expect(notOverdue.body.items.map((item: { title: string }) => item.title)).not.toContain('Försenad');
      const dueBefore = await get(`/api/actions?dueBefore=${localDate(0)}`, cast.umeaSecretary.token);
      expect(dueBefore.body.items.map((item: { title: string }) => item.title)).toEqual([
        'Struken',
        'Försenad',
      ]);
      const byStatus = await get('/api/actions?status=cancelled,done', cast.umeaSecretary.token);
      expect(byStatus.body.items.map((item: { title: string }) => item.title)).toEqual(['Struken']);
      const byOwner = await get(
        `/api/actions?ownerPersonId=${cast.umeaOwner.id}&limit=1`,
        cast.coordinator.token,
      );
      expect(byOwner.body).toMatchObject({ limit: 1, offset: 0 });
      expect(byOwner.body.items).toHaveLength(1);
      expect(byOwner.body.total).toBe(3);
      const page2 = await get(
        `/api/actions?ownerPersonId=${cast.umeaOwner.id}&limit=1&offset=1`,
        cast.coordinator.token,
      );
      expect(page2.body.items[0].id).not.toBe(byOwner.body.items[0].id);
      const byArea = await get(`/api/actions?strategyAreaId=${areas[0].id}`, cast.coordinator.token);
      expect(byArea.body.items.map((item: { id: string }) => item.id)).toEqual([umeaAction.id]);
      expect((await get('/api/actions?status=finished', cast.coordinator.token)).status).toBe(400);
    });

    it('ActionViews.findOpenByOrganizations and ActionsFromMinutes.createFromMinutes serve the agenda and minutes', async () => {
      const open = await t.app.get(ActionViews).findOpenByOrganizations([cast.orgs['2480']]);
      expect(open.length).toBeGreaterThan(0);
      expect(open.every((action) => action.status === 'open' || action.status === 'in_progress')).toBe(true);
      expect(open.find((action) => action.id === umeaAction.id)).toEqual({
        id: umeaAction.id,
        title: 'Ta fram kompetensplan',
        ownerPersonId: cast.umeaOwner.id,
        ownerName: 'Örjan Ägare',
        ownerOrganizationId: cast.orgs['2480'],
        dueDate: localDate(45),
        status: 'open',
      });
      expect(open.map((action) => action.id)).not.toContain(skellefteaAction.id);

      const meeting = await insertMeetingRow(t.app.get(DataSource), {
        regionId: cast.orgs['24'],
        organizationIds: [cast.orgs['2482']],
        participants: [],
        start: new Date(Date.now() - 86_400_000),
        status: 'held',
      });
      const dataSource = t.app.get(DataSource);
      const service = t.app.get(ActionsFromMinutes);
      const input = {
        meetingId: meeting.id,
        title: 'Boka uppföljning med Almi',
        ownerPersonId: cast.skellefteaOwner.id,
        ownerOrganizationId: cast.orgs['2482'],
        dueDate: localDate(20),
        strategyAreaIds: [areas[4].id],
        actorId: cast.skellefteaSecretary.id,
      };
      // Rolled back with the minutes: nothing remains.
      await expect(
        dataSource.transaction(async (manager) => {
          await service.createFromMinutes(manager, input);
          throw new Error('minutes failed');
        }),
      ).rejects.toThrow('minutes failed');
      expect((await get(`/api/actions?meetingId=${meeting.id}`, cast.coordinator.token)).body.total).toBe(0);
      const { id } = await dataSource.transaction((manager) => service.createFromMinutes(manager, input));
      const created = await get(`/api/actions/${id}`, cast.skellefteaOwner.token);
      expect(created.body).toMatchObject({ meetingId: meeting.id, createdBy: cast.skellefteaSecretary.id });
      await expect(
        dataSource.transaction((manager) =>
          service.createFromMinutes(manager, { ...input, ownerOrganizationId: cast.orgs['2480'] }),
        ),
      ).rejects.toMatchObject({ code: 'ACTION_INVALID_OWNER' });
    });
  });
});
