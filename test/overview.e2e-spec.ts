import { gunzipSync } from 'node:zlib';
import { DataSource } from 'typeorm';
import { type FollowUpCast, createCast, localDate } from './helpers/follow-up-fixtures';
import { insertMeetingRow } from './helpers/meeting-rows';
import { insertAgendaItem, insertMinutes } from './helpers/overview-rows';
import { createNorrbotten, createPerson } from './helpers/people-fixtures';
import { type TestApp, startTestApp } from './helpers/test-app';
import { links, overviewRowLinks } from '../web/src/app/links';

const DAY = 86_400_000;

describe('overview (#6)', () => {
  let t: TestApp;
  let cast: FollowUpCast;
  let dataSource: DataSource;
  let areas: Array<{ id: string; name: string }>;
  let umea: string;
  let skelleftea: string;
  let lastHeld: string;
  let nextPlanned: string;

  const get = (url: string, token: string) => t.request({ method: 'GET', url, token });
  const post = async (url: string, token: string, body: unknown) => {
    const response = await t.request({ method: 'POST', url, token, body });
    if (response.status !== 201) throw new Error(`${url}: ${response.status} ${response.text}`);
    return response.body;
  };

  beforeAll(async () => {
    t = await startTestApp();
    cast = await createCast(t);
    dataSource = t.app.get(DataSource);
    umea = cast.orgs['2480'];
    skelleftea = cast.orgs['2482'];
    areas = (await get('/api/strategy-areas', cast.coordinator.token)).body.items;

    const agreement = await t.request({
      method: 'PUT',
      url: `/api/organizations/${umea}/agreement`,
      token: cast.coordinator.token,
      body: {
        cadence: 'P3M',
        preferredMode: 'hybrid',
        validFrom: localDate(-400),
        expectations: [
          {
            party: 'region',
            text: 'Protokollet justeras inom två veckor efter mötet',
            metric: 'minutes_on_time',
          },
          { party: 'municipality', text: 'Åtgärder genomförs till utsatt datum', metric: 'actions_on_time' },
          {
            party: 'region',
            text: 'Vi ses varje kvartal, växelvis i Umeå och digitalt',
            metric: 'meeting_cadence',
          },
          { party: 'municipality', text: 'Näringslivskontoret bjuder in två lokala företag per år' },
        ],
      },
    });
    expect(agreement.status).toBe(200);

    const meeting = (organizationId: string, daysFromNow: number, status: 'held' | 'confirmed' | 'planned') =>
      insertMeetingRow(dataSource, {
        regionId: cast.orgs['24'],
        organizationIds: [organizationId],
        participants: [],
        start: new Date(Date.now() + daysFromNow * DAY),
        status,
      });
    const older = await meeting(umea, -130, 'held');
    lastHeld = (await meeting(umea, -40, 'held')).id;
    nextPlanned = (await meeting(umea, 30, 'confirmed')).id;
    await meeting(umea, 60, 'planned');
    const skellefteaMeeting = await meeting(skelleftea, -20, 'held');

    // Agenda items of Umeå's meetings carry strategy areas; a declined proposal does not count.
    await insertAgendaItem(dataSource, {
      meetingId: lastHeld,
      title: 'Kompetens',
      strategyAreaIds: [areas[1].id],
    });
    await insertAgendaItem(dataSource, {
      meetingId: lastHeld,
      title: 'Kompetens och innovation',
      strategyAreaIds: [areas[0].id, areas[1].id],
    });
    await insertAgendaItem(dataSource, {
      meetingId: lastHeld,
      title: 'Avböjt förslag',
      strategyAreaIds: [areas[2].id],
      status: 'declined',
    });

    // Minutes: two approved (6 and 20 days, deadline 14), one awaiting approval.
    const secretary = cast.regionSecretary.id;
    await insertMinutes(dataSource, {
      meetingId: older.id,
      regionId: cast.orgs['24'],
      organizationIds: [umea],
      submittedBy: secretary,
      submittedAt: new Date(Date.now() - 125 * DAY),
      status: 'locked',
      leadDays: 6,
    });
    await insertMinutes(dataSource, {
      meetingId: lastHeld,
      regionId: cast.orgs['24'],
      organizationIds: [umea],
      submittedBy: secretary,
      submittedAt: new Date(Date.now() - 38 * DAY),
      status: 'locked',
      leadDays: 20,
    });
    await insertMinutes(dataSource, {
      meetingId: skellefteaMeeting.id,
      regionId: cast.orgs['24'],
      organizationIds: [skelleftea],
      submittedBy: secretary,
      submittedAt: new Date(Date.now() - 3 * DAY),
      status: 'in_review',
    });

    // Actions of Umeå: one open, two overdue, one done on time, one done late, one cancelled.
    const action = (title: string, dueDate: string, strategyAreaIds: string[] = []) =>
      post('/api/actions', cast.coordinator.token, {
        title,
        ownerPersonId: cast.umeaOwner.id,
        ownerOrganizationId: umea,
        dueDate,
        strategyAreaIds,
      });
    await action('Öppen', localDate(20), [areas[1].id]);
    await action('Försenad 1', localDate(-5));
    await action('Försenad 2', localDate(-1));
    const onTime = await action('Klar i tid', localDate(-10), [areas[0].id]);
    const late = await action('Klar sent', localDate(-30));
    const cancelled = await action('Struken', localDate(-15));
    for (const id of [onTime.id, late.id]) {
      await t.request({
        method: 'PATCH',
        url: `/api/actions/${id}`,
        token: cast.coordinator.token,
        body: { status: 'done' },
      });
    }
    await t.request({
      method: 'PATCH',
      url: `/api/actions/${cancelled.id}`,
      token: cast.coordinator.token,
      body: { status: 'cancelled' },
    });
    await dataSource.query(`UPDATE actions SET closed_at = now() - interval '12 days' WHERE id = $1`, [
      onTime.id,
    ]);
    await post('/api/actions', cast.skellefteaSecretary.token, {
      title: 'Skellefteå öppen',
      ownerPersonId: cast.skellefteaOwner.id,
      ownerOrganizationId: skelleftea,
      dueDate: localDate(3),
    });

    // Questions: one raised with both (owned by Almi), one with Umeå owned by the region, one resolved.
    await post('/api/questions', cast.coordinator.token, {
      title: 'Rådgivning i inlandet',
      owner: { kind: 'external', name: 'Almi' },
      organizationIds: [umea, skelleftea],
      strategyAreaIds: [areas[4].id],
    });
    await post('/api/questions', cast.coordinator.token, {
      title: 'Kollektivtrafik till industriområdet',
      owner: { kind: 'organization', organizationId: cast.orgs['24'] },
      organizationIds: [umea],
      strategyAreaIds: [areas[2].id],
    });
    const resolved = await post('/api/questions', cast.coordinator.token, {
      title: 'Löst fråga',
      owner: { kind: 'external', name: 'Arbetsförmedlingen' },
      organizationIds: [umea],
    });
    await t.request({
      method: 'PATCH',
      url: `/api/questions/${resolved.id}`,
      token: cast.coordinator.token,
      body: { status: 'resolved' },
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('gives the region every municipality with meetings, cadence, actions, minutes, questions and coverage', async () => {
    const response = await get('/api/overview', cast.coordinator.token);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    const overview = response.body;
    expect(overview.municipalities).toHaveLength(15);
    expect(overview.window).toEqual({ from: expect.any(String), to: localDate(0) });
    const row = overview.municipalities.find((m: { organizationId: string }) => m.organizationId === umea);
    expect(row).toMatchObject({
      name: 'Umeå',
      code: '2480',
      lastMeeting: { meetingId: lastHeld },
      nextMeeting: { meetingId: nextPlanned, status: 'confirmed' },
      actions: { open: 3, overdue: 2, dueInWindow: 4, doneOnTime: 1 },
      minutes: {
        awaitingApproval: 0,
        approvedInWindow: 2,
        approvedWithinDeadline: 1,
        medianApprovalDays: 13,
      },
      questions: {
        open: 2,
        byOwningParty: [
          { kind: 'external', organizationId: null, name: 'Almi', count: 1 },
          { kind: 'organization', organizationId: cast.orgs['24'], name: 'Region Västerbotten', count: 1 },
        ],
      },
    });
    const coverage = Object.fromEntries(
      row.strategyAreas.map(
        (area: { name: string; agendaItems: number; actions: number; questions: number }) => [
          area.name,
          [area.agendaItems, area.actions, area.questions],
        ],
      ),
    );
    expect(coverage).toEqual({
      [areas[0].name]: [1, 1, 0],
      [areas[1].name]: [2, 1, 0],
      [areas[2].name]: [0, 0, 1],
      [areas[3].name]: [0, 0, 0],
      [areas[4].name]: [0, 0, 1],
    });

    // Cadence is judged exactly as the cadence feature judges it.
    const cadence = await get(`/api/organizations/${umea}/cadence`, cast.coordinator.token);
    expect(row.cadence).toEqual({
      status: cadence.body.status,
      cadence: 'P3M',
      agreementVersion: 1,
      dueDate: cadence.body.dueDate,
      daysUntilDue: cadence.body.daysUntilDue,
    });
    const skellefteaRow = overview.municipalities.find(
      (m: { organizationId: string }) => m.organizationId === skelleftea,
    );
    expect(skellefteaRow).toMatchObject({
      cadence: { status: 'no_agreement' },
      actions: { open: 1, overdue: 0 },
      minutes: { awaitingApproval: 1, approvedInWindow: 0, medianApprovalDays: null },
      questions: { open: 1, byOwningParty: [{ name: 'Almi', count: 1 }] },
    });
    expect(overview.totals).toMatchObject({
      municipalities: 15,
      actionsOpen: 4,
      actionsOverdue: 2,
      minutesAwaitingApproval: 1,
      // The question raised with Umeå and Skellefteå is one question (issue 11).
      questionsOpen: 2,
    });
    const county = Object.fromEntries(
      overview.strategyAreas.map((area: { name: string; questions: number }) => [area.name, area.questions]),
    );
    expect(county[areas[4].name]).toBe(1);
  });

  it('links every figure to the list behind it: the web app’s links, asked of the API, count the same (#13)', async () => {
    const overview = (await get('/api/overview', cast.coordinator.token)).body;
    /** The total of the list a web link (/actions?…, /meetings?…, /questions?…) shows, from its API. */
    const listed = async (link: string) => {
      const response = await get(
        `/api${link}${link.includes('?') ? '&' : '?'}limit=1`,
        cast.coordinator.token,
      );
      expect({ link, status: response.status }).toEqual({ link, status: 200 });
      return response.body.total as number;
    };
    const mismatches: string[] = [];
    const compare = async (where: string, figure: number, link: string) => {
      const total = await listed(link);
      if (total !== figure) mismatches.push(`${where}: ${figure} on the overview, ${total} at ${link}`);
    };
    let nonZero = 0;
    for (const row of [...overview.regions, ...overview.municipalities]) {
      const rowLinks = overviewRowLinks(row);
      await compare(`${row.name} open actions`, row.actions.open, rowLinks.openActions);
      await compare(`${row.name} overdue actions`, row.actions.overdue, rowLinks.overdueActions);
      await compare(`${row.name} open questions`, row.questions.open, rowLinks.openQuestions);
      await compare(`${row.name} minutes`, row.minutes.awaitingApproval, rowLinks.minutesAwaitingApproval);
      for (const party of row.questions.byOwningParty)
        if (party.organizationId)
          await compare(
            `${row.name} questions owned by ${party.name}`,
            party.count,
            rowLinks.openQuestionsOwnedBy(party.organizationId),
          );
      nonZero += row.actions.open + row.actions.overdue + row.questions.open + row.minutes.awaitingApproval;
    }
    const { totals } = overview;
    await compare('county open actions', totals.actionsOpen, links.openActions());
    await compare('county overdue actions', totals.actionsOverdue, links.overdueActions());
    await compare('county open questions', totals.questionsOpen, links.openQuestions());
    await compare('county minutes', totals.minutesAwaitingApproval, links.minutesAwaitingApproval());
    expect(mismatches).toEqual([]);
    expect(nonZero).toBeGreaterThan(5);
    expect(overview.regions[0].questions.open).toBeGreaterThan(0);

    // The minutes link shows exactly the meetings whose minutes await approval.
    const skellefteaRow = overview.municipalities.find(
      (m: { organizationId: string }) => m.organizationId === skelleftea,
    );
    const awaiting = await get(
      `/api${overviewRowLinks(skellefteaRow).minutesAwaitingApproval}`,
      cast.coordinator.token,
    );
    const [minutes] = await dataSource.query(
      `SELECT array_agg(meeting_id ORDER BY meeting_id) AS ids FROM minutes WHERE status = 'in_review' AND $1 = ANY(organization_ids)`,
      [skelleftea],
    );
    expect(awaiting.body.items.map((m: { id: string }) => m.id).sort()).toEqual(minutes.ids);
  });

  it('sends the county overview gzipped to clients that accept it, the same JSON', async () => {
    const inject = (acceptEncoding?: string) =>
      t.app
        .getHttpAdapter()
        .getInstance()
        .inject({
          method: 'GET',
          url: '/api/overview',
          headers: {
            authorization: `Bearer ${cast.coordinator.token}`,
            ...(acceptEncoding ? { 'accept-encoding': acceptEncoding } : {}),
          },
        });
    const plain = await inject();
    const zipped = await inject('gzip, deflate, br');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(zipped.headers).toMatchObject({
      'content-encoding': 'gzip',
      'content-type': 'application/json; charset=utf-8',
      vary: 'accept-encoding',
    });
    expect(zipped.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);
    expect(JSON.parse(gunzipSync(zipped.rawPayload).toString('utf8'))).toEqual(JSON.parse(plain.body));
    expect((await inject('gzip;q=0, identity')).headers['content-encoding']).toBeUndefined();
  });

  it('is for coordinators and admins only; a municipality gets 403', async () => {
    expect((await get('/api/overview', cast.umeaSecretary.token)).status).toBe(403);
    expect((await get('/api/overview', cast.regionSecretary.token)).status).toBe(403);
    expect((await get('/api/overview.csv', cast.umeaOwner.token)).status).toBe(403);
    const admin = await get('/api/overview', cast.adminToken);
    expect(admin.status).toBe(200);
    expect(admin.body.municipalities).toHaveLength(15);
  });

  it("gives a municipality its own view with its agreement's expectations and a signal beside each", async () => {
    const own = await get(`/api/overview/organizations/${umea}`, cast.umeaParticipant.token);
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({ organizationId: umea, actions: { open: 3, overdue: 2 } });
    expect(own.body.expectations).toEqual([
      {
        organizationId: umea,
        party: 'region',
        text: 'Protokollet justeras inom två veckor efter mötet',
        metric: 'minutes_on_time',
        signal: {
          metric: 'minutes_on_time',
          level: 'partly',
          summary: 'Protokoll justerade inom tidsfristen: 1 av 2',
          numerator: 1,
          denominator: 2,
          ratio: 0.5,
        },
      },
      {
        organizationId: umea,
        party: 'municipality',
        text: 'Åtgärder genomförs till utsatt datum',
        metric: 'actions_on_time',
        signal: {
          metric: 'actions_on_time',
          level: 'unmet',
          summary: 'Åtgärder klara i tid: 25 % (1 av 4)',
          numerator: 1,
          denominator: 4,
          ratio: 0.25,
        },
      },
      {
        organizationId: umea,
        party: 'region',
        text: 'Vi ses varje kvartal, växelvis i Umeå och digitalt',
        metric: 'meeting_cadence',
        signal: expect.objectContaining({ metric: 'meeting_cadence', numerator: 2 }),
      },
      {
        organizationId: umea,
        party: 'municipality',
        text: 'Näringslivskontoret bjuder in två lokala företag per år',
        metric: 'not_measured',
        signal: null,
      },
    ]);
    expect((await get(`/api/overview/organizations/${umea}`, cast.coordinator.token)).status).toBe(200);
  });

  it("answers 404 for another municipality, the region's view outside its coordinators, and unknown ids", async () => {
    for (const [id, token] of [
      [umea, cast.skellefteaSecretary.token],
      [skelleftea, cast.umeaOwner.token],
      [cast.orgs['24'], cast.umeaSecretary.token],
      [cast.orgs['24'], cast.regionSecretary.token],
      ['00000000-0000-4000-8000-000000000009', cast.coordinator.token],
    ]) {
      const response = await get(`/api/overview/organizations/${id}`, token);
      expect(response.status).toBe(404);
      expect(response.body.code).toBe('OVERVIEW_NOT_FOUND');
    }
    const { regionId, luleaId } = await createNorrbotten(t, cast.adminToken);
    expect((await get(`/api/overview/organizations/${luleaId}`, cast.coordinator.token)).status).toBe(404);
    const coordinator = await get('/api/overview', cast.coordinator.token);
    expect(coordinator.body.municipalities.map((m: { code: string }) => m.code)).not.toContain('2580');
    const admin = await get('/api/overview', cast.adminToken);
    expect(admin.body.municipalities.map((m: { code: string }) => m.code)).toContain('2580');
    const norrbotten = await get(`/api/overview?regionId=${regionId}`, cast.adminToken);
    expect(norrbotten.body.municipalities.map((m: { name: string }) => m.name)).toEqual(['Luleå']);
    const lulePerson = await createPerson(t, cast.adminToken, {
      organizationId: regionId,
      roles: ['coordinator'],
    });
    const luleToken = await t.login(lulePerson.email, lulePerson.password);
    const foreign = await get('/api/overview', luleToken);
    expect(foreign.body.municipalities.map((m: { name: string }) => m.name)).toEqual(['Luleå']);
    const sneaky = await get(`/api/overview?regionId=${cast.orgs['24']}`, luleToken);
    expect(sneaky.body.municipalities.map((m: { name: string }) => m.name)).toEqual(['Luleå']);
  });

  it('downloads the county overview as CSV for Swedish Excel', async () => {
    const response = await get('/api/overview.csv', cast.coordinator.token);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="samverkan-oversikt-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const text = response.text;
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).split('\r\n');
    expect(lines.at(-1)).toBe('');
    // The region's own row, then the 15 municipalities.
    expect(lines).toHaveLength(18);
    expect(lines[1].startsWith('Region Västerbotten;region;24;')).toBe(true);
    const header = lines[0].split(';');
    expect(header.slice(0, 9)).toEqual([
      'Organisation',
      'Typ',
      'Kod',
      'Senaste möte',
      'Nästa möte',
      'Kadens',
      'Nästa möte senast',
      'Öppna åtgärder',
      'Försenade åtgärder',
    ]);
    expect(header).toContain(`RUS: ${areas[1].name}`);
    const umeaLine = lines.find((line) => line.startsWith('Umeå;'))!.split(';');
    const cell = (name: string) => umeaLine[header.indexOf(name)];
    expect(cell('Kod')).toBe('2480');
    expect(cell('Öppna åtgärder')).toBe('3');
    expect(cell('Försenade åtgärder')).toBe('2');
    expect(cell('Median justeringstid (dagar)')).toBe('13');
    expect(cell('Protokoll justerade i tid (12 mån)')).toBe('1 av 2');
    expect(cell('Öppna frågor per ägare')).toBe('Almi: 1, Region Västerbotten: 1');
    expect(cell(`RUS: ${areas[1].name}`)).toBe('3');
    const asQuery = await get('/api/overview?format=csv', cast.coordinator.token);
    expect(asQuery.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(asQuery.text).toBe(text);
  });
});
