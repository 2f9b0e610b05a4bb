import { DataSource } from 'typeorm';
import { ActionReminderService } from '../src/action/action-reminder.service';
import { isoWeekOf } from '../src/action/action-schedule';
import { type FollowUpCast, createCast, localDate } from './helpers/follow-up-fixtures';
import { insertMeetingRow } from './helpers/meeting-rows';
import { insertAgendaItem, insertMinutes } from './helpers/overview-rows';
import { type TestApp, startTestApp } from './helpers/test-app';
import { sleep } from './helpers/eventually';

const DAY = 86_400_000;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

interface Entry {
  kind: string;
  organizationId: string;
  lastMeeting: { meetingId: string } | null;
  nextMeeting: { meetingId: string } | null;
  cadence: { status: string };
  actions: { open: number; overdue: number; dueInWindow: number; doneOnTime: number };
  minutes: { awaitingApproval: number };
  questions: { open: number };
  expectations: Array<{
    organizationId: string;
    party: string;
    text: string;
    metric: string;
    signal: { summary: string; numerator: number | null; denominator: number | null } | null;
  }>;
}

interface County {
  computedAt: string;
  totals: {
    municipalities: number;
    actionsOpen: number;
    actionsOverdue: number;
    minutesAwaitingApproval: number;
    questionsOpen: number;
  };
  strategyAreas: Array<{ id: string; agendaItems: number; actions: number; questions: number }>;
  regions: Entry[];
  municipalities: Entry[];
}

/**
 * The figures of issue 11: the next request after a change shows it (no time-based cache), county totals
 * count each thing once as the registers do, the region has its own row and view, expectation signals
 * are chosen per party and shown in the county JSON and CSV. The app runs with its default configuration.
 */
describe('overview figures people can trust (#11)', () => {
  let t: TestApp;
  let cast: FollowUpCast;
  let dataSource: DataSource;
  let region: string;
  let umea: string;
  let skelleftea: string;
  let lycksele: string;
  let areas: Array<{ id: string; name: string }>;

  const get = (url: string, token = cast.coordinator.token) => t.request({ method: 'GET', url, token });
  const send = async (
    method: 'POST' | 'PATCH' | 'PUT',
    url: string,
    body: unknown,
    token = cast.coordinator.token,
  ) => {
    const response = await t.request({ method, url, token, body });
    if (response.status >= 300) throw new Error(`${method} ${url}: ${response.status} ${response.text}`);
    return response.body;
  };
  const county = async (): Promise<County> => {
    const response = await get('/api/overview');
    expect(response.status).toBe(200);
    return response.body as County;
  };
  const entry = (overview: County, id: string): Entry =>
    [...(overview.regions ?? []), ...overview.municipalities].find((e) => e.organizationId === id)!;
  const total = async (url: string) => {
    const response = await get(url);
    expect(response.status).toBe(200);
    return response.body.total as number;
  };

  beforeAll(async () => {
    t = await startTestApp();
    cast = await createCast(t);
    dataSource = t.app.get(DataSource);
    region = cast.orgs['24'];
    umea = cast.orgs['2480'];
    skelleftea = cast.orgs['2482'];
    lycksele = cast.orgs['2481'];
    areas = (await get('/api/strategy-areas')).body.items;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('shows a change on the very next request: action, meeting, minutes, question, agreement, from any process', async () => {
    const before = await county();
    const umeaBefore = entry(before, umea);

    const overdue = await send('POST', '/api/actions', {
      title: 'Försenad direkt',
      ownerPersonId: cast.umeaOwner.id,
      ownerOrganizationId: umea,
      dueDate: localDate(-3),
    });
    const afterAction = await county();
    expect(entry(afterAction, umea).actions.overdue).toBe(umeaBefore.actions.overdue + 1);
    expect(afterAction.totals.actionsOverdue).toBe(before.totals.actionsOverdue + 1);
    expect(before.computedAt).toMatch(ISO_INSTANT);
    expect(Date.parse(afterAction.computedAt)).toBeGreaterThanOrEqual(Date.parse(before.computedAt));

    // Another API process (or a worker) writes: the database tells, not this process's memory.
    await dataSource.query(`UPDATE actions SET status = 'done', closed_at = now() WHERE id = $1`, [
      overdue.id,
    ]);
    expect(entry(await county(), umea).actions.overdue).toBe(umeaBefore.actions.overdue);

    const held = await insertMeetingRow(dataSource, {
      regionId: region,
      organizationIds: [skelleftea],
      participants: [],
      start: new Date(Date.now() - 2 * DAY),
      status: 'held',
    });
    expect(entry(await county(), skelleftea).lastMeeting?.meetingId).toBe(held.id);

    await insertMinutes(dataSource, {
      meetingId: held.id,
      regionId: region,
      organizationIds: [skelleftea],
      submittedBy: cast.regionSecretary.id,
      submittedAt: new Date(Date.now() - DAY),
      status: 'in_review',
    });
    expect((await county()).totals.minutesAwaitingApproval).toBe(before.totals.minutesAwaitingApproval + 1);

    await send('POST', '/api/questions', {
      title: 'Bredband i byarna',
      owner: { kind: 'organization', organizationId: skelleftea },
      organizationIds: [skelleftea],
    });
    expect((await county()).totals.questionsOpen).toBe(before.totals.questionsOpen + 1);

    expect(entry(await county(), skelleftea).cadence.status).toBe('no_agreement');
    await send('PUT', `/api/organizations/${skelleftea}/agreement`, {
      cadence: 'P3M',
      preferredMode: 'digital',
      validFrom: localDate(-30),
    });
    expect(entry(await county(), skelleftea).cadence.status).not.toBe('no_agreement');

    // The municipality's own view and the CSV are as fresh, and say when they were computed.
    await send('POST', '/api/actions', {
      title: 'Försenad igen',
      ownerPersonId: cast.umeaOwner.id,
      ownerOrganizationId: umea,
      dueDate: localDate(-1),
    });
    const own = await get(`/api/overview/organizations/${umea}`, cast.umeaParticipant.token);
    expect(own.body.actions.overdue).toBe(umeaBefore.actions.overdue + 1);
    expect(own.body.computedAt).toMatch(ISO_INSTANT);
    const csv = (await get('/api/overview.csv')).text.slice(1).split('\r\n');
    const header = csv[0].split(';');
    const umeaLine = csv.find((line) => line.includes(';2480;'))!.split(';');
    expect(umeaLine[header.indexOf('Försenade åtgärder')]).toBe(String(umeaBefore.actions.overdue + 1));
    expect(umeaLine[header.indexOf('Beräknad')]).toMatch(ISO_INSTANT);
  });

  it('moves a meeting from next to last when it ends, without any write', async () => {
    const meeting = await insertMeetingRow(dataSource, {
      regionId: region,
      organizationIds: [lycksele],
      participants: [],
      start: new Date(Date.now() + 2_500 - 60 * 60_000),
      minutes: 60,
      status: 'confirmed',
    });
    expect(entry(await county(), lycksele).nextMeeting?.meetingId).toBe(meeting.id);
    await sleep(3_000);
    const after = entry(await county(), lycksele);
    expect(after.lastMeeting?.meetingId).toBe(meeting.id);
    expect(after.nextMeeting).toBeNull();
  });

  it('counts each question, action, minutes and agenda item once in the county, as the registers do', async () => {
    // A region-owned question raised with two municipalities; a joint meeting with an agenda item and
    // minutes in review; the region's own actions, one linked to a municipality's meeting.
    await send('POST', '/api/questions', {
      title: 'Gemensam flygtrafik',
      owner: { kind: 'organization', organizationId: region },
      organizationIds: [skelleftea, lycksele],
      strategyAreaIds: [areas[3].id],
    });
    const joint = await insertMeetingRow(dataSource, {
      regionId: region,
      organizationIds: [umea, skelleftea],
      participants: [],
      start: new Date(Date.now() - 5 * DAY),
      status: 'held',
    });
    await insertAgendaItem(dataSource, {
      meetingId: joint.id,
      title: 'Besöksnäring',
      strategyAreaIds: [areas[2].id],
    });
    await insertMinutes(dataSource, {
      meetingId: joint.id,
      regionId: region,
      organizationIds: [umea, skelleftea],
      submittedBy: cast.regionSecretary.id,
      submittedAt: new Date(Date.now() - DAY),
      status: 'in_review',
    });
    await send('POST', '/api/actions', {
      title: 'Regionen återkommer om medfinansiering',
      ownerPersonId: cast.coordinator.id,
      ownerOrganizationId: region,
      dueDate: localDate(-2),
      meetingId: joint.id,
      strategyAreaIds: [areas[2].id],
    });
    await send('POST', '/api/actions', {
      title: 'Regionens egen utredning',
      ownerPersonId: cast.coordinator.id,
      ownerOrganizationId: region,
      dueDate: localDate(10),
    });

    const overview = await county();
    const open = 'status=open,in_progress';
    expect(overview.totals.questionsOpen).toBe(await total(`/api/questions?${open}`));
    expect(overview.totals.actionsOpen).toBe(await total(`/api/actions?${open}`));
    expect(overview.totals.actionsOverdue).toBe(await total('/api/actions?overdue=true'));
    expect(overview.totals.municipalities).toBe(overview.municipalities.length);
    const [{ n: inReview }] = await dataSource.query(
      `SELECT count(*)::int AS n FROM minutes WHERE status = 'in_review' AND region_id = $1`,
      [region],
    );
    expect(overview.totals.minutesAwaitingApproval).toBe(inReview);
    for (const area of overview.strategyAreas) {
      expect(area.questions).toBe(await total(`/api/questions?${open}&strategyAreaId=${area.id}`));
      // Every action here was created today: the window's actions are those not cancelled.
      expect(area.actions).toBe(
        await total(`/api/actions?status=open,in_progress,done&strategyAreaId=${area.id}`),
      );
      const [{ n: items }] = await dataSource.query(
        `SELECT count(*)::int AS n FROM agenda_items ai JOIN meetings m ON m.id = ai.meeting_id
          WHERE m.region_id = $1 AND m.status <> 'cancelled' AND ai.status IN ('accepted', 'scheduled')
            AND $2 = ANY(ai.strategy_area_ids)`,
        [region, area.id],
      );
      expect(area.agendaItems).toBe(items);
    }
    expect(overview.strategyAreas.find((area) => area.id === areas[3].id)!.questions).toBe(1);
    // Each municipality still sees what concerns it.
    expect(entry(overview, skelleftea).minutes.awaitingApproval).toBeGreaterThanOrEqual(1);
    expect(entry(overview, umea).minutes.awaitingApproval).toBeGreaterThanOrEqual(1);
  });

  it("gives the region its own row and view with its own commitments, and agrees with the coordinator's digest", async () => {
    const overview = await county();
    expect(overview.regions).toHaveLength(1);
    const own = overview.regions[0];
    expect(own).toMatchObject({ kind: 'region', organizationId: region, name: 'Region Västerbotten' });
    expect(own.actions).toMatchObject({ open: 2, overdue: 1 });
    expect(own.questions.open).toBe(1);
    expect(overview.municipalities.every((m) => m.kind === 'municipality')).toBe(true);

    const view = await get(`/api/overview/organizations/${region}`);
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({
      kind: 'region',
      organizationId: region,
      actions: { open: 2, overdue: 1 },
    });
    expect(view.body.computedAt).toMatch(ISO_INSTANT);
    for (const token of [cast.umeaSecretary.token, cast.regionSecretary.token]) {
      expect((await get(`/api/overview/organizations/${region}`, token)).status).toBe(404);
    }

    // The weekly digest of the coordinator counts the same overdue actions as the county overview.
    const week = isoWeekOf(new Date(), 'Europe/Stockholm');
    await t.app
      .get(ActionReminderService)
      .sendDigest({ recipientId: cast.coordinator.id, kind: 'coordinator', week });
    const [{ action_count: digested }] = await dataSource.query(
      `SELECT action_count FROM action_digest_deliveries WHERE recipient_person_id = $1`,
      [cast.coordinator.id],
    );
    expect(overview.totals.actionsOverdue).toBe(digested);
    const regionOverdue =
      overview.totals.actionsOverdue - overview.municipalities.reduce((n, m) => n + m.actions.overdue, 0);
    expect(own.actions.overdue).toBe(regionOverdue);
  });

  it('shows the signal each party chose for its expectations, in the county JSON and the CSV', async () => {
    const base = { cadence: 'P3M', preferredMode: 'hybrid', validFrom: localDate(-100) };
    const refused = await t.request({
      method: 'PUT',
      url: `/api/organizations/${umea}/agreement`,
      token: cast.coordinator.token,
      body: { ...base, expectations: [{ party: 'region', text: 'Gissa', metric: 'mood' }] },
    });
    expect(refused.status).toBe(400);

    const saved = await send('PUT', `/api/organizations/${umea}/agreement`, {
      ...base,
      expectations: [
        { party: 'region', text: 'Regionen återkopplar på åtgärder från mötena', metric: 'actions_on_time' },
        { party: 'municipality', text: 'Skickar underlag före mötet', metric: 'actions_on_time' },
        { party: 'municipality', text: 'Näringslivskontoret bjuder in två lokala företag per år' },
        { party: 'region', text: 'Protokollet justeras inom två veckor', metric: 'minutes_on_time' },
      ],
    });
    expect(saved.expectations.map((e: { metric: string }) => e.metric)).toEqual([
      'actions_on_time',
      'actions_on_time',
      'not_measured',
      'minutes_on_time',
    ]);

    const overview = await county();
    const expectations = entry(overview, umea).expectations;
    const [regionActions, umeaActions, notMeasured, minutes] = expectations;
    expect(regionActions).toMatchObject({ organizationId: umea, party: 'region', metric: 'actions_on_time' });
    // The region's actions linked to Umeå's meetings: one due in the window, overdue, not done.
    expect(regionActions.signal).toMatchObject({ numerator: 0, denominator: 1 });
    // Umeå's own actions: two due in the window, one done after its due date, one overdue.
    expect(umeaActions.signal).toMatchObject({ numerator: 0, denominator: 2 });
    expect(notMeasured).toMatchObject({ metric: 'not_measured', signal: null });
    expect(minutes).toMatchObject({ metric: 'minutes_on_time', signal: null });
    // The region's own row lists the expectations it holds in every agreement.
    expect(entry(overview, region).expectations.map((e) => [e.organizationId, e.text])).toEqual([
      [umea, 'Regionen återkopplar på åtgärder från mötena'],
      [umea, 'Protokollet justeras inom två veckor'],
    ]);

    const csv = (await get('/api/overview.csv')).text.slice(1).split('\r\n');
    const header = csv[0].split(';');
    const umeaLine = csv.find((line) => line.includes(';2480;'))!.split(';');
    expect(umeaLine[header.indexOf('Förväntningar: regionen')]).toContain(
      'Åtgärder klara i tid: 0 % (0 av 1)',
    );
    expect(umeaLine[header.indexOf('Förväntningar: kommunen')]).toContain('ej mätt');
  });
});
