import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import type { MeetingChange } from '../src/meeting/meeting-change';
import { recordMeetingChanges } from './helpers/meeting-change-log';
import { AdminSignIn } from './helpers/signed-in-people';
import { createPerson } from './helpers/people-fixtures';
import {
  type OracleContext,
  type StoredMeeting,
  ZONE,
  hardConstraintViolations,
  localOf,
  swedishDaysOff,
} from './helpers/schedule-oracle';
import { withoutCorrelation } from './helpers/error-body';
import { type TestApp, startTestApp } from './helpers/test-app';
import { sleep } from './helpers/eventually';

interface SeedFile {
  region: { seat: { lat: number; lon: number } };
  municipalities: Array<{ code: string; name: string; seat: { lat: number; lon: number } }>;
}
const SEED = JSON.parse(
  readFileSync(join(__dirname, '..', 'config', 'vasterbotten.json'), 'utf8'),
) as SeedFile;

// Norsjö's round trip (2 × 156 min + 90) fits 09:00–16:00 on the quarter-hour grid (meeting 11:45–13:15);
// Åsele's does not, so it is hybrid and the team joins remotely.
const ONSITE = ['2401', '2403', '2404', '2409', '2417', '2460', '2480', '2481', '2482'];
const HYBRID = ['2463'];
const DIGITAL = ['2418', '2421', '2422', '2425', '2462'];
const WINDOW = { from: '2027-01-11', to: '2027-04-09' };
/** Local dates each municipality's agreement blocks. */
const BLOCKED: Record<string, Array<{ from: string; to: string }>> = {
  '2460': [
    { from: '2027-01-11', to: '2027-02-26' },
    { from: '2027-05-01', to: '2027-05-31' },
  ],
  '2482': [{ from: '2027-03-01', to: '2027-03-19' }],
  '2480': [{ from: '2027-02-15', to: '2027-02-19' }],
};

function datesOf(ranges: Array<{ from: string; to: string }>): string[] {
  const dates: string[] = [];
  for (const range of ranges) {
    for (let day = DateTime.fromISO(range.from); day.toISODate()! <= range.to; day = day.plus({ days: 1 })) {
      dates.push(day.toISODate()!);
    }
  }
  return dates;
}

function local(date: string, time: string): string {
  return DateTime.fromISO(`${date}T${time}`, { zone: ZONE }).toISO({ suppressMilliseconds: true })!;
}

describe('rounds', () => {
  let t: TestApp;
  let db: DataSource;
  let adminToken: string;
  let coordinatorToken: string;
  let umeaToken: string;
  let orgs: Record<string, string>;
  let codeOf: Record<string, string>;
  let teamA: string;
  let teamB: string;
  let umeaPerson: string;
  const contacts: Record<string, string> = {};
  const changes: MeetingChange[] = [];
  let foreignMunicipality: string;

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    recordMeetingChanges(t.app, changes);
    const signIn = await AdminSignIn.start(t);
    ({ adminToken, orgs } = signIn);
    codeOf = Object.fromEntries(Object.entries(orgs).map(([code, id]) => [id, code]));
    coordinatorToken = (await signIn.person('coordinator', '24', ['coordinator'])).token;
    teamA = (
      await createPerson(t, adminToken, { organizationId: orgs['24'], roles: ['participant'], name: 'Anna' })
    ).id;
    teamB = (
      await createPerson(t, adminToken, { organizationId: orgs['24'], roles: ['participant'], name: 'Bo' })
    ).id;
    const umea = await createPerson(t, adminToken, { organizationId: orgs['2480'], roles: ['secretary'] });
    umeaPerson = umea.id;
    umeaToken = await t.login(umea.email, umea.password);

    for (const { code } of SEED.municipalities) {
      contacts[code] =
        code === '2480'
          ? umeaPerson
          : (await createPerson(t, adminToken, { organizationId: orgs[code], roles: ['participant'] })).id;
      const response = await t.request({
        method: 'PUT',
        url: `/api/organizations/${orgs[code]}/agreement`,
        token: coordinatorToken,
        body: {
          cadence: 'P3M',
          preferredMode: ONSITE.includes(code) ? 'onsite' : HYBRID.includes(code) ? 'hybrid' : 'digital',
          preferredWeekdays: code === '2481' ? [2, 3] : code === '2425' ? [5] : [],
          blockedDates: BLOCKED[code] ?? [],
          defaultParticipantIds: [contacts[code], teamA],
          location: { address: `Kommunhuset, ${code}`, videoUrl: `https://meet.example.se/${code}` },
          validFrom: '2026-06-01',
        },
      });
      expect(response.status).toBe(200);
    }

    // Meetings already in the system: Anna is taken all of 2 February; Robertsfors met on 18 January.
    const busy = await t.request({
      method: 'POST',
      url: '/api/meetings',
      token: coordinatorToken,
      body: {
        title: 'Heldag',
        start: local('2027-02-02', '09:00'),
        end: local('2027-02-02', '16:00'),
        organizationIds: [orgs['2480']],
        participants: [{ personId: teamA }],
        status: 'confirmed',
      },
    });
    expect(busy.status).toBe(201);
    const last = await t.request({
      method: 'POST',
      url: '/api/meetings',
      token: coordinatorToken,
      body: {
        title: 'Robertsfors',
        start: local('2027-01-18', '10:00'),
        end: local('2027-01-18', '11:00'),
        organizationIds: [orgs['2409']],
        participants: [{ personId: contacts['2409'] }],
        status: 'confirmed',
      },
    });
    expect(last.status).toBe(201);

    const region = await t.request({
      method: 'POST',
      url: '/api/organizations',
      token: adminToken,
      body: { kind: 'region', code: '25', name: 'Region Norrbotten' },
    });
    foreignMunicipality = (
      await t.request({
        method: 'POST',
        url: '/api/organizations',
        token: adminToken,
        body: { kind: 'municipality', code: '2580', name: 'Luleå', parentId: region.body.id },
      })
    ).body.id;
  });
  afterAll(async () => {
    await t?.close();
  });

  function post(body: Record<string, unknown>, token = coordinatorToken) {
    return t.request({ method: 'POST', url: '/api/rounds', token, body });
  }

  function get(id: string, token = coordinatorToken) {
    return t.request({ method: 'GET', url: `/api/rounds/${id}`, token });
  }

  function move(id: string, code: string, start: string, token = coordinatorToken) {
    return t.request({
      method: 'PATCH',
      url: `/api/rounds/${id}/items/${orgs[code]}`,
      token,
      body: { start },
    });
  }

  function confirm(id: string, token = coordinatorToken) {
    return t.request({ method: 'POST', url: `/api/rounds/${id}/confirm`, token });
  }

  function item(round: any, code: string): any {
    return round.items.find((entry: any) => entry.organizationId === orgs[code]);
  }

  describe('a quarter for all 15 Västerbotten municipalities', () => {
    let round: any;

    it('plans every municipality with its agreement, explaining each placement', async () => {
      const started = Date.now();
      const response = await post({
        name: 'Vårrundan 2027',
        window: WINDOW,
        durationMinutes: 90,
        regionalTeam: [teamA, teamB],
      });
      expect(response.status).toBe(201);
      round = response.body;
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(round).toMatchObject({
        status: 'draft',
        window: WINDOW,
        timeZone: 'Europe/Stockholm',
        progress: { phase: 'done', done: 15, total: 15 },
        totals: { municipalities: 15, placed: 15, unplaced: 0 },
      });
      expect(round.items).toHaveLength(15);
      for (const entry of round.items) {
        expect(entry.state).toBe('proposed');
        expect(entry.reasons.length).toBeGreaterThan(0);
        expect(entry.participantIds).toEqual(
          expect.arrayContaining([teamA, teamB, contacts[codeOf[entry.organizationId]]]),
        );
        expect(entry.dueDate).toEqual(expect.any(String));
      }
      // The distant municipalities meet digitally; near ones on site, some visited on the same trip.
      for (const code of DIGITAL)
        expect(item(round, code)).toMatchObject({ mode: 'digital', attendance: 'remote' });
      for (const code of ONSITE)
        expect(item(round, code)).toMatchObject({ mode: 'onsite', attendance: 'onsite' });
      expect(round.trips.some((trip: any) => trip.stops.length >= 2)).toBe(true);
      // Local times carry the offset of the day: +01:00 before 28 March, +02:00 after.
      for (const entry of round.items) {
        const offset = entry.startLocal.slice(-6);
        expect(offset).toBe(entry.startLocal.slice(0, 10) >= '2027-03-28' ? '+02:00' : '+01:00');
      }
    });

    it('refuses a moved slot that breaks a constraint, with the reason', async () => {
      const holiday = await move(round.id, '2425', local('2027-03-26', '10:00'));
      expect(holiday.status).toBe(409);
      expect(holiday.body.code).toBe('ROUND_SLOT_REFUSED');
      expect(holiday.body.details.violations.map((v: any) => v.code)).toContain('HOLIDAY');
      expect(holiday.body.message).toMatch(/Långfredag|Good Friday|holiday/i);

      const saturday = await move(round.id, '2425', local('2027-02-06', '10:00'));
      expect(saturday.body.details.violations.map((v: any) => v.code)).toContain('WEEKEND');
      const blocked = await move(round.id, '2480', local('2027-02-16', '10:00'));
      expect(blocked.body.details.violations.map((v: any) => v.code)).toContain('BLOCKED_DATES');
      const busy = await move(round.id, '2425', local('2027-02-02', '13:00'));
      expect(busy.body.details.violations.map((v: any) => v.code)).toContain('PERSON_BUSY');
      const late = await move(round.id, '2425', local('2027-02-09', '15:00'));
      expect(late.body.details.violations.map((v: any) => v.code)).toContain('OUTSIDE_WORKING_HOURS');
      const noOffset = await move(round.id, '2425', '2027-02-09T10:00:00');
      expect(noOffset.status).toBe(400);
      const unknown = await t.request({
        method: 'PATCH',
        url: `/api/rounds/${round.id}/items/${randomUUID()}`,
        token: coordinatorToken,
        body: { start: local('2027-02-09', '10:00') },
      });
      expect(unknown.status).toBe(404);
      expect(unknown.body.code).toBe('ROUND_ITEM_NOT_FOUND');
      const unchanged = await get(round.id);
      expect(item(unchanged.body, '2425')).toMatchObject({
        startAt: item(round, '2425').startAt,
        moved: false,
      });
    });

    it('moves a slot that keeps every constraint', async () => {
      const daysOff = swedishDaysOff(2027);
      const taken = new Set(round.items.map((entry: any) => entry.startLocal.slice(0, 10)));
      let free = DateTime.fromISO('2027-01-12');
      while (
        free.weekday > 5 ||
        daysOff.has(free.toISODate()!) ||
        taken.has(free.toISODate()!) ||
        free.toISODate() === '2027-02-02' ||
        free.toISODate() === item(round, '2425').startLocal.slice(0, 10)
      ) {
        free = free.plus({ days: 1 });
      }
      const response = await move(round.id, '2425', local(free.toISODate()!, '13:00'));
      expect(response.status).toBe(200);
      const moved = item(response.body, '2425');
      expect(moved).toMatchObject({
        moved: true,
        state: 'proposed',
        startLocal: local(free.toISODate()!, '13:00'),
      });
      expect(moved.reasons.map((reason: any) => reason.code)).toContain('MANUAL_MOVE');
      round = response.body;
    });

    it('confirms the round into meetings in one go, and refuses a second time', async () => {
      changes.length = 0;
      const response = await confirm(round.id);
      expect(response.status).toBe(200);
      expect(response.body.status).toBe('confirmed');
      expect(response.body.items.every((entry: any) => entry.state === 'confirmed' && entry.meetingId)).toBe(
        true,
      );
      const created = changes.filter((change) => change.kind === 'created');
      expect(created).toHaveLength(15);

      const again = await confirm(round.id);
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('ROUND_ALREADY_CONFIRMED');
      const moveAfter = await move(round.id, '2425', local('2027-04-06', '10:00'));
      expect(moveAfter.status).toBe(409);
      expect(moveAfter.body.code).toBe('ROUND_ALREADY_CONFIRMED');
      const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM meetings WHERE round_id = $1`, [
        round.id,
      ]);
      expect(count).toBe(15);
      round = response.body;
    });

    it('stored meetings keep every hard constraint, checked independently', async () => {
      const rows: Array<{
        id: string;
        start_at: Date;
        end_at: Date;
        status: string;
        mode: string;
        sequence: number;
        round_id: string | null;
        organization_ids: string[];
        person_ids: string[] | null;
        attendance: string | null;
      }> = await db.query(
        `SELECT m.id, m.start_at, m.end_at, m.status, m.mode, m.sequence, m.round_id,
                (SELECT array_agg(o.organization_id) FROM meeting_organizations o WHERE o.meeting_id = m.id)
                  AS organization_ids,
                (SELECT array_agg(p.person_id) FROM meeting_participants p
                  WHERE p.meeting_id = m.id AND p.removed_at IS NULL) AS person_ids,
                i.attendance
           FROM meetings m LEFT JOIN round_items i ON i.meeting_id = m.id
          WHERE m.status <> 'cancelled'`,
      );
      const inRound = rows.filter((row) => row.round_id === round.id);
      expect(inRound).toHaveLength(15);
      expect(new Set(inRound.map((row) => row.organization_ids[0]))).toEqual(
        new Set(SEED.municipalities.map(({ code }) => orgs[code])),
      );
      for (const row of inRound) {
        expect(row).toMatchObject({ status: 'confirmed', sequence: 0 });
        const code = codeOf[row.organization_ids[0]];
        expect(row.mode).toBe(
          ONSITE.includes(code) ? 'onsite' : HYBRID.includes(code) ? 'hybrid' : 'digital',
        );
        expect(row.person_ids).toEqual(expect.arrayContaining([teamA, teamB, contacts[code]]));
        expect((row.end_at.getTime() - row.start_at.getTime()) / 60_000).toBe(90);
      }
      const meetings: StoredMeeting[] = rows.map((row) => ({
        id: row.id,
        organizationId: row.organization_ids[0] ?? null,
        start: row.start_at,
        end: row.end_at,
        personIds: row.person_ids ?? [],
        teamTravels: row.round_id === round.id && row.attendance === 'onsite',
        inRound: row.round_id === round.id,
      }));
      const context: OracleContext = {
        office: SEED.region.seat,
        seats: Object.fromEntries(SEED.municipalities.map(({ code, seat }) => [orgs[code], seat])),
        team: [teamA, teamB],
        maxPerDay: 2,
        window: WINDOW,
        blockedDates: Object.fromEntries(
          Object.entries(BLOCKED).map(([code, ranges]) => [orgs[code], datesOf(ranges)]),
        ),
        // Robertsfors met on 18 January; 30 days later at the earliest.
        earliestDate: { [orgs['2409']]: '2027-02-17' },
      };
      expect(hardConstraintViolations(meetings, context)).toEqual([]);
      // Easter 2027 is in the window and empty: the checker's calendar knows it.
      const dates = inRound.map((row) => localOf(row.start_at).date);
      expect(swedishDaysOff(2027).has('2027-03-26')).toBe(true);
      expect(swedishDaysOff(2027).has('2027-03-29')).toBe(true);
      expect(dates).not.toContain('2027-03-26');
      expect(dates).not.toContain('2027-03-29');
    });

    it('the checker is not blind: it reports a stored meeting moved onto a holiday and a double booking', async () => {
      const meetingId = item(round, '2425').meetingId;
      const moved = await t.request({
        method: 'PATCH',
        url: `/api/meetings/${meetingId}`,
        token: coordinatorToken,
        body: { start: local('2027-03-29', '10:00'), end: local('2027-03-29', '11:30') },
      });
      expect(moved.status).toBe(200);
      const meetings: StoredMeeting[] = [
        {
          id: meetingId,
          organizationId: orgs['2425'],
          start: new Date(moved.body.startAt),
          end: new Date(moved.body.endAt),
          personIds: [teamA],
          teamTravels: false,
          inRound: true,
        },
        {
          id: 'other',
          organizationId: orgs['2480'],
          start: new Date(moved.body.startAt),
          end: new Date(moved.body.endAt),
          personIds: [teamA],
          teamTravels: false,
          inRound: false,
        },
      ];
      const problems = hardConstraintViolations(meetings, {
        office: SEED.region.seat,
        seats: {},
        team: [teamA],
        maxPerDay: 2,
        window: WINDOW,
        blockedDates: {},
        earliestDate: {},
      });
      expect(problems).toEqual(
        expect.arrayContaining([expect.stringMatching(/holiday/), expect.stringMatching(/double-booked/)]),
      );
    });

    it('feeds cadence: every municipality now has its next meeting planned', async () => {
      const cadence = await t.request({ method: 'GET', url: '/api/cadence', token: coordinatorToken });
      expect(cadence.status).toBe(200);
      for (const entry of cadence.body.items) {
        expect(entry.nextPlanned).not.toBeNull();
        expect(entry.agreementVersion).toBe(1);
      }
    });
  });

  describe('stale proposals, infeasible municipalities and background planning', () => {
    it('refuses to confirm when a meeting created meanwhile collides, and confirms once the slot is moved', async () => {
      const planned = await post({
        name: 'Malå extra',
        window: { from: '2027-04-12', to: '2027-04-16' },
        organizationIds: [orgs['2418']],
        durationMinutes: 60,
        regionalTeam: [teamB],
        constraints: { minGapDays: 0 },
      });
      expect(planned.status).toBe(201);
      const slot = planned.body.items[0];
      const clash = await t.request({
        method: 'POST',
        url: '/api/meetings',
        token: coordinatorToken,
        body: {
          title: 'Annat',
          start: slot.startAt,
          end: slot.endAt,
          organizationIds: [orgs['2480']],
          participants: [{ personId: teamB }],
        },
      });
      expect(clash.status).toBe(201);
      const stale = await confirm(planned.body.id);
      expect(stale.status).toBe(409);
      expect(stale.body.code).toBe('ROUND_STALE');
      expect(stale.body.details.violations.map((v: any) => v.code)).toContain('PERSON_BUSY');
      const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM meetings WHERE round_id = $1`, [
        planned.body.id,
      ]);
      expect(count).toBe(0);

      const sameSlot = await move(planned.body.id, '2418', slot.startAt);
      expect(sameSlot.status).toBe(409);
      expect(sameSlot.body.details.violations.map((v: any) => v.code)).toContain('PERSON_BUSY');
      const otherDay = slot.startLocal.slice(0, 10) === '2027-04-13' ? '2027-04-14' : '2027-04-13';
      expect((await move(planned.body.id, '2418', local(otherDay, '10:00'))).status).toBe(200);
      const confirmed = await confirm(planned.body.id);
      expect(confirmed.status).toBe(200);
    });

    it('reports a municipality that cannot be placed with the constraint that blocked it', async () => {
      const response = await post({
        name: 'Maj',
        window: { from: '2027-05-03', to: '2027-05-07' },
        organizationIds: [orgs['2422'], orgs['2460'], orgs['2401']],
        durationMinutes: 90,
        mode: 'onsite',
        regionalTeam: [teamA, teamB],
        constraints: { minGapDays: 0 },
      });
      expect(response.status).toBe(201);
      expect(response.body.totals).toMatchObject({ placed: 1, unplaced: 2 });
      expect(item(response.body, '2422')).toMatchObject({
        state: 'unplaced',
        startAt: null,
        unplaced: { code: 'TRAVEL_EXCEEDS_DAY', message: expect.any(String) },
      });
      expect(item(response.body, '2460')).toMatchObject({
        state: 'unplaced',
        unplaced: { code: 'BLOCKED_DATES' },
      });
      expect(item(response.body, '2401')).toMatchObject({ state: 'proposed', mode: 'onsite' });
    });

    it('plans on the worker when asked, with progress on the round', async () => {
      const response = await post({
        name: 'I bakgrunden',
        window: { from: '2027-05-10', to: '2027-05-21' },
        organizationIds: [orgs['2421'], orgs['2425'], orgs['2462']],
        durationMinutes: 60,
        regionalTeam: [teamB],
        constraints: { minGapDays: 0 },
        background: true,
      });
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({
        status: 'planning',
        progress: { phase: 'queued', done: 0, total: 3 },
        items: [],
      });
      const confirmEarly = await confirm(response.body.id);
      expect([409]).toContain(confirmEarly.status);
      let round = response.body;
      for (let i = 0; i < 100 && round.status === 'planning'; i++) {
        await sleep(100);
        round = (await get(round.id)).body;
      }
      expect(round).toMatchObject({ status: 'draft', progress: { phase: 'done', done: 3, total: 3 } });
      expect(round.items.map((entry: any) => entry.state)).toEqual(['proposed', 'proposed', 'proposed']);
    });
  });

  describe('bad input and scope', () => {
    const base = () => ({
      name: 'Fel',
      window: { from: '2027-09-06', to: '2027-09-17' },
      organizationIds: [orgs['2480']],
      durationMinutes: 60,
      regionalTeam: [teamA],
    });

    it.each([
      [
        'a window that ends before it starts',
        { window: { from: '2027-09-17', to: '2027-09-06' } },
        'ROUND_WINDOW_ENDS_BEFORE_START',
      ],
      [
        'a window without a working day',
        { window: { from: '2027-12-24', to: '2027-12-26' } },
        'ROUND_NO_WORKING_DAY_IN_WINDOW',
      ],
      [
        'a duration longer than the working day',
        { durationMinutes: 480 },
        'ROUND_DURATION_EXCEEDS_WORKING_DAY',
      ],
      [
        'working hours that end before they start',
        { constraints: { workingHours: { start: '10:00', end: '09:00' } } },
        'ROUND_INVALID_INPUT',
      ],
    ])('refuses %s (400)', async (_label, overrides, code) => {
      const response = await post({ ...base(), ...overrides });
      expect(response.status).toBe(400);
      expect(response.body.code).toBe(code);
    });

    it('answers unknown and foreign organizations alike, and refuses a team member outside the region', async () => {
      const unknown = await post({ ...base(), organizationIds: [randomUUID()] });
      const foreign = await post({ ...base(), organizationIds: [foreignMunicipality] });
      const region = await post({ ...base(), organizationIds: [orgs['24']] });
      for (const response of [unknown, foreign, region]) {
        expect(response.status).toBe(400);
        expect(response.body.code).toBe('ROUND_INVALID_ORGANIZATION');
      }
      expect(foreign.body.message).toBe(unknown.body.message);
      const team = await post({ ...base(), regionalTeam: [umeaPerson] });
      expect(team.status).toBe(400);
      expect(team.body).toMatchObject({ code: 'ROUND_INVALID_PERSON', details: { personIds: [umeaPerson] } });
    });

    it('with onlyDue, takes only the municipalities whose cadence makes a meeting due by the window’s end', async () => {
      // Umeå's new agreement starts in 2028: nothing is due before then. The others were due in September 2026.
      const later = await t.request({
        method: 'PUT',
        url: `/api/organizations/${orgs['2480']}/agreement`,
        token: coordinatorToken,
        body: { cadence: 'P3M', preferredMode: 'digital', validFrom: '2028-06-01' },
      });
      expect(later.status).toBe(200);
      const response = await post({
        ...base(),
        organizationIds: undefined,
        onlyDue: true,
        window: { from: '2027-09-06', to: '2027-10-15' },
        constraints: { minGapDays: 0 },
      });
      expect(response.status).toBe(201);
      const codes = response.body.items.map((entry: any) => codeOf[entry.organizationId]);
      expect(codes).toHaveLength(14);
      expect(codes).not.toContain('2480');
      // Every one of them is late by its cadence, and each proposed slot says so.
      expect(response.body.items.every((entry: any) => entry.dueDate === '2026-09-01')).toBe(true);
      const placed = response.body.items.filter((entry: any) => entry.state === 'proposed');
      expect(placed.length).toBeGreaterThan(10);
      expect(placed.every((entry: any) => entry.afterDueDate)).toBe(true);
    });

    it('keeps rounds inside the region: a municipality gets 403 on POST and 404 on a round', async () => {
      const created = await post(base());
      expect(created.status).toBe(201);
      const forbidden = await post(base(), umeaToken);
      expect(forbidden.status).toBe(403);
      const hidden = await get(created.body.id, umeaToken);
      const missing = await get(randomUUID(), umeaToken);
      expect(hidden.status).toBe(404);
      expect(hidden.body.code).toBe('ROUND_NOT_FOUND');
      expect(withoutCorrelation(hidden.body)).toEqual(withoutCorrelation(missing.body));
      const list = await t.request({ method: 'GET', url: '/api/rounds', token: umeaToken });
      expect(list.body).toMatchObject({ items: [], total: 0 });
      const regionList = await t.request({ method: 'GET', url: '/api/rounds', token: coordinatorToken });
      expect(regionList.body.items[0]).toMatchObject({ id: created.body.id, name: 'Fel', status: 'draft' });
    });
  });
});
