import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import nodeIcal from 'node-ical';
import { DataSource } from 'typeorm';
import { insertMeetingRow, type MeetingRow } from './helpers/meeting-rows';
import {
  type CreatedPerson,
  adminLogin,
  createPerson,
  organizationIdsByCode,
} from './helpers/people-fixtures';
import { type TestApp, startTestApp } from './helpers/test-app';

const DAY = 24 * 3600 * 1000;
const ZONE = 'Europe/Stockholm';
const FEED_PATH = /^http:\/\/feeds\.test\.samverkan\.se\/calendar\/([A-Za-z0-9_-]{43})\.ics$/;

/** The path of a feed URL as the API returns it (the token is its only credential). */
function feedPath(url: string): string {
  const match = FEED_PATH.exec(url);
  if (!match) throw new Error(`unexpected feed URL ${url}`);
  return `/calendar/${match[1]}.ics`;
}

function readWithIcalJs(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  const events = calendar.getAllSubcomponents('vevent');
  return {
    calendar,
    byUid: new Map(events.map((event) => [String(event.getFirstPropertyValue('uid')), event])),
  };
}

function readWithNodeIcal(ics: string): Map<string, Record<string, any>> {
  const parsed = nodeIcal.sync.parseICS(ics) as Record<string, any>;
  const events = Object.values(parsed).filter((component) => component?.type === 'VEVENT');
  return new Map(events.map((event) => [String(event.uid), event]));
}

describe('calendar subscription feeds', () => {
  let t: TestApp;
  let orgs: Record<string, string>;
  let adminToken: string;
  let umea: CreatedPerson;
  let umeaToken: string;
  let skelleftea: CreatedPerson;
  let skellefteaToken: string;
  let coordinator: CreatedPerson;
  let coordinatorToken: string;
  let regionParticipantToken: string;
  const meetings: Record<string, MeetingRow> = {};

  beforeAll(async () => {
    t = await startTestApp({ PUBLIC_URL: 'http://feeds.test.samverkan.se' });
    adminToken = await adminLogin(t);
    orgs = await organizationIdsByCode(t, adminToken);
    umea = await createPerson(t, adminToken, { organizationId: orgs['2480'], roles: ['participant'] });
    skelleftea = await createPerson(t, adminToken, { organizationId: orgs['2482'], roles: ['participant'] });
    coordinator = await createPerson(t, adminToken, {
      organizationId: orgs['24'],
      roles: ['coordinator'],
    });
    const regionParticipant = await createPerson(t, adminToken, {
      organizationId: orgs['24'],
      roles: ['participant'],
    });
    [umeaToken, skellefteaToken, coordinatorToken, regionParticipantToken] = await Promise.all(
      [umea, skelleftea, coordinator, regionParticipant].map((p) => t.login(p.email, p.password)),
    );

    // Meetings in the window through the meetings API; those in the past or far away straight in the tables.
    const now = Date.now();
    const at = (days: number) => new Date(now + days * DAY).toISOString();
    const api = async (method: 'POST' | 'PATCH', url: string, body: unknown): Promise<MeetingRow> => {
      const response = await t.request({ method, url, token: coordinatorToken, body });
      if (response.status !== 200 && response.status !== 201) {
        throw new Error(`${method} ${url}: ${response.status} ${response.text}`);
      }
      return { id: response.body.id, uid: response.body.uid, sequence: response.body.sequence };
    };
    const umeaMeeting = (days: number, extra: Record<string, unknown> = {}) =>
      api('POST', '/api/meetings', {
        title: 'Samverkansmöte Umeå',
        start: at(days),
        end: new Date(now + days * DAY + 90 * 60_000).toISOString(),
        status: 'confirmed',
        videoUrl: 'https://video.example.se/m/1',
        organizationIds: [orgs['2480']],
        participants: [{ personId: umea.id }, { personId: coordinator.id }],
        ...extra,
      });
    meetings.umea = await umeaMeeting(10, {
      title: 'Samverkan Umeå; budget, "plan" & å ä ö',
      mode: 'onsite',
      locationAddress: 'Stadshuset, Umeå',
    });
    const toCancel = await umeaMeeting(20);
    meetings.cancelled = await api('POST', `/api/meetings/${toCancel.id}/cancel`, { reason: 'Krock' });
    const toShrink = await umeaMeeting(30);
    meetings.removed = await api('PATCH', `/api/meetings/${toShrink.id}`, {
      participants: [{ personId: coordinator.id }],
    });
    meetings.tooFar = await umeaMeeting(700);
    meetings.skelleftea = await api('POST', '/api/meetings', {
      title: 'Samverkansmöte Skellefteå',
      start: at(12),
      end: new Date(now + 12 * DAY + 90 * 60_000).toISOString(),
      organizationIds: [orgs['2482']],
      participants: [{ personId: skelleftea.id }, { personId: coordinator.id }],
    });
    const dataSource = t.app.get(DataSource);
    const past = (days: number) =>
      insertMeetingRow(dataSource, {
        regionId: orgs['24'],
        organizationIds: [orgs['2480']],
        participants: [{ personId: umea.id }, { personId: coordinator.id }],
        start: new Date(now - days * DAY),
        status: 'held',
      });
    meetings.lastMonth = await past(30);
    meetings.tooOld = await past(200);
  });
  afterAll(async () => {
    await t?.close();
  });

  async function createFeed(token: string, body: Record<string, unknown>) {
    return t.request({ method: 'POST', url: '/api/calendar-feeds', token, body });
  }

  /** A person's own feed: created with their token, read back through its public URL. */
  async function personFeed(token: string): Promise<{ path: string; read: () => Promise<string> }> {
    const created = await createFeed(token, { kind: 'person' });
    expect(created.status).toBe(201);
    const path = feedPath(created.body.url);
    return {
      path,
      read: async () => {
        const response = await t.request({ method: 'GET', url: path });
        expect(response.status).toBe(200);
        return response.text;
      },
    };
  }

  it('declares the public route as the pattern /calendar/:token.ics, which is what the request log records', () => {
    const fastify = t.app.getHttpAdapter().getInstance();
    expect(fastify.hasRoute({ method: 'GET', url: '/calendar/:token.ics' })).toBe(true);
  });

  it('gives a person a feed of their own meetings, cancelled ones as STATUS:CANCELLED, read by ical.js and node-ical', async () => {
    const created = await createFeed(umeaToken, { kind: 'person' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ kind: 'person', subjectId: umea.id, lastUsedAt: null });
    expect(created.body.webcalUrl).toBe(created.body.url.replace(/^http:/, 'webcal:'));

    const response = await t.request({ method: 'GET', url: feedPath(created.body.url) });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(response.headers['cache-control']).toBe('private, max-age=900');
    expect(response.headers.etag).toMatch(/^"[\w-]+"$/);

    const expected = [meetings.umea.uid, meetings.cancelled.uid, meetings.lastMonth.uid].sort();
    const { calendar, byUid } = readWithIcalJs(response.text);
    expect([...byUid.keys()].sort()).toEqual(expected);
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(String(calendar.getFirstPropertyValue('x-wr-calname'))).toBe('Samverkan – Test participant');
    expect(byUid.get(meetings.cancelled.uid)!.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(meetings.cancelled.sequence).toBe(1);
    expect(byUid.get(meetings.cancelled.uid)!.getFirstPropertyValue('sequence')).toBe(1);
    expect(byUid.get(meetings.umea.uid)!.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(byUid.get(meetings.umea.uid)!.getFirstPropertyValue('summary')).toBe(
      'Samverkan Umeå; budget, "plan" & å ä ö',
    );
    expect(response.text).not.toMatch(/^ATTENDEE/m);
    expect(response.text).not.toMatch(/^BEGIN:VALARM/m);
    expect(response.text).not.toContain(umea.email);

    const nodeEvents = readWithNodeIcal(response.text);
    expect([...nodeEvents.keys()].sort()).toEqual(expected);
    expect(nodeEvents.get(meetings.cancelled.uid)!.status).toBe('CANCELLED');
    expect(nodeEvents.get(meetings.umea.uid)!.location).toBe('Stadshuset, Umeå');
  });

  it('answers 304 to a matching If-None-Match, and records the use', async () => {
    const created = await createFeed(umeaToken, { kind: 'person' });
    const path = feedPath(created.body.url);
    const first = await t.request({ method: 'GET', url: path });
    const again = await t.request({
      method: 'GET',
      url: path,
      headers: { 'if-none-match': first.headers.etag as string },
    });
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
    expect(again.headers.etag).toBe(first.headers.etag);
    const other = await t.request({ method: 'GET', url: path, headers: { 'if-none-match': '"stale"' } });
    expect(other.status).toBe(200);
    expect(other.text).toBe(first.text);

    const list = await t.request({ method: 'GET', url: '/api/calendar-feeds', token: umeaToken });
    const listed = list.body.items.find((item: any) => item.id === created.body.id);
    expect(listed.lastUsedAt).toEqual(expect.any(String));
    expect(JSON.stringify(list.body)).not.toContain(path.slice(10, 53));
    expect(listed).not.toHaveProperty('url');
  });

  it("gives a municipality's people their municipality's meetings and not another municipality's", async () => {
    const created = await createFeed(umeaToken, { kind: 'organization', subjectId: orgs['2480'] });
    expect(created.status).toBe(201);
    const response = await t.request({ method: 'GET', url: feedPath(created.body.url) });
    expect(response.status).toBe(200);
    const uids = [...readWithNodeIcal(response.text).keys()].sort();
    expect(uids).toEqual(
      [meetings.umea.uid, meetings.cancelled.uid, meetings.removed.uid, meetings.lastMonth.uid].sort(),
    );
    expect(uids).not.toContain(meetings.skelleftea.uid);
    expect(String(readWithIcalJs(response.text).calendar.getFirstPropertyValue('x-wr-calname'))).toBe(
      'Samverkan – Umeå',
    );
  });

  it('lets a region coordinator follow a municipality and the whole region', async () => {
    const skellefteaFeed = await createFeed(coordinatorToken, {
      kind: 'organization',
      subjectId: orgs['2482'],
    });
    expect(skellefteaFeed.status).toBe(201);
    const one = await t.request({ method: 'GET', url: feedPath(skellefteaFeed.body.url) });
    expect([...readWithNodeIcal(one.text).keys()]).toEqual([meetings.skelleftea.uid]);

    const regionFeed = await createFeed(coordinatorToken, { kind: 'organization', subjectId: orgs['24'] });
    const all = await t.request({ method: 'GET', url: feedPath(regionFeed.body.url) });
    expect(readWithNodeIcal(all.text).size).toBe(5);
  });

  it('keeps token endpoints inside the tenant scope', async () => {
    // Another municipality's organization is answered as a missing one.
    const foreign = await createFeed(umeaToken, { kind: 'organization', subjectId: orgs['2482'] });
    expect(foreign.status).toBe(404);
    expect(foreign.body.code).toBe('ORGANIZATION_NOT_FOUND');
    const missing = await createFeed(umeaToken, {
      kind: 'organization',
      subjectId: '00000000-0000-4000-8000-000000000000',
    });
    expect(missing.status).toBe(404);
    // A region participant sees Umeå but does not follow it; nobody follows another person.
    const notCoordinator = await createFeed(regionParticipantToken, {
      kind: 'organization',
      subjectId: orgs['2480'],
    });
    expect(notCoordinator.status).toBe(403);
    const someoneElse = await createFeed(coordinatorToken, { kind: 'person', subjectId: umea.id });
    expect(someoneElse.status).toBe(403);
    const noSubject = await createFeed(coordinatorToken, { kind: 'organization' });
    expect(noSubject.status).toBe(400);
    const anonymous = await t.request({
      method: 'POST',
      url: '/api/calendar-feeds',
      body: { kind: 'person' },
    });
    expect(anonymous.status).toBe(401);
  });

  it("revokes: the owner's DELETE makes the URL answer 410; another person's DELETE is a 404", async () => {
    const created = await createFeed(umeaToken, { kind: 'person' });
    const path = feedPath(created.body.url);
    const stranger = await t.request({
      method: 'DELETE',
      url: `/api/calendar-feeds/${created.body.id}`,
      token: skellefteaToken,
    });
    expect(stranger.status).toBe(404);
    expect((await t.request({ method: 'GET', url: path })).status).toBe(200);

    const revoked = await t.request({
      method: 'DELETE',
      url: `/api/calendar-feeds/${created.body.id}`,
      token: umeaToken,
    });
    expect(revoked.status).toBe(204);
    const gone = await t.request({ method: 'GET', url: path });
    expect(gone.status).toBe(410);
    expect(gone.body.code).toBe('CALENDAR_FEED_REVOKED');
    const twice = await t.request({
      method: 'DELETE',
      url: `/api/calendar-feeds/${created.body.id}`,
      token: umeaToken,
    });
    expect(twice.status).toBe(204);
    const list = await t.request({ method: 'GET', url: '/api/calendar-feeds', token: umeaToken });
    expect(list.body.items.map((item: any) => item.id)).not.toContain(created.body.id);
  });

  it('serves HEAD for clients that check before fetching', async () => {
    const created = await createFeed(umeaToken, { kind: 'person' });
    const head = await t.app
      .getHttpAdapter()
      .getInstance()
      .inject({ method: 'HEAD', url: feedPath(created.body.url) });
    expect(head.statusCode).toBe(200);
    expect(head.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(head.body).toBe('');
  });

  it('answers 404 for an unknown or malformed token', async () => {
    // - and _ are base64url characters: the route still matches and the service answers.
    const dashes = await t.request({ method: 'GET', url: `/calendar/${'-_'.repeat(21)}A.ics` });
    expect(dashes.status).toBe(404);
    expect(dashes.body.code).toBe('CALENDAR_FEED_NOT_FOUND');
    const unknown = await t.request({ method: 'GET', url: `/calendar/${'A'.repeat(43)}.ics` });
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('CALENDAR_FEED_NOT_FOUND');
    expect((await t.request({ method: 'GET', url: '/calendar/short.ics' })).status).toBe(404);
    expect((await t.request({ method: 'GET', url: `/calendar/${'A'.repeat(43)}` })).status).toBe(404);
  });

  it('stops a feed (410) once its creator is deleted', async () => {
    const person = await createPerson(t, adminToken, {
      organizationId: orgs['2480'],
      roles: ['participant'],
    });
    const token = await t.login(person.email, person.password);
    const created = await createFeed(token, { kind: 'organization', subjectId: orgs['2480'] });
    const path = feedPath(created.body.url);
    expect((await t.request({ method: 'GET', url: path })).status).toBe(200);
    const deleted = await t.request({ method: 'DELETE', url: `/api/people/${person.id}`, token: adminToken });
    expect(deleted.status).toBe(204);
    expect((await t.request({ method: 'GET', url: path })).status).toBe(410);
  });
  /** A confirmed meeting of one municipality at 09:30 Stockholm time, a number of days from now. */
  async function confirmedMeeting(
    title: string,
    organizationCode: string,
    people: CreatedPerson[],
    days: number,
  ): Promise<{ id: string; uid: string; start: DateTime; end: DateTime }> {
    const start = DateTime.now()
      .setZone(ZONE)
      .plus({ days })
      .set({ hour: 9, minute: 30, second: 0, millisecond: 0 });
    const end = start.plus({ minutes: 90 });
    const response = await t.request({
      method: 'POST',
      url: '/api/meetings',
      token: coordinatorToken,
      body: {
        title,
        start: start.toUTC().toISO(),
        end: end.toUTC().toISO(),
        status: 'confirmed',
        organizationIds: [orgs[organizationCode]],
        participants: people.map((person) => ({ personId: person.id })),
      },
    });
    expect(response.status).toBe(201);
    return { id: response.body.id, uid: response.body.uid, start, end };
  }

  const uidsOf = (ics: string) => [...readWithIcalJs(ics).byUid.keys()].sort();

  it("puts a meeting in the substitute's person feed once a participant sends them, and keeps it in the delegator's", async () => {
    const colleague = await createPerson(t, adminToken, {
      organizationId: orgs['2480'],
      roles: ['participant'],
      name: 'Ulla Ersättare',
    });
    const colleagueFeed = await personFeed(await t.login(colleague.email, colleague.password));
    const umeaFeed = await personFeed(umeaToken);
    const meeting = await confirmedMeeting('Samverkansmöte Umeå, ersättare', '2480', [umea, coordinator], 45);
    expect(uidsOf(await colleagueFeed.read())).toEqual([]);
    expect(uidsOf(await umeaFeed.read())).toContain(meeting.uid);

    const sent = await t.request({
      method: 'POST',
      url: `/api/meetings/${meeting.id}/substitute`,
      token: umeaToken,
      body: { personId: colleague.id },
    });
    expect(sent.status).toBe(200);
    expect(sent.body.invitation).toMatchObject({ partstat: 'DELEGATED', delegatedTo: { id: colleague.id } });

    // The substitute now takes part: the meeting is in her feed, and only that one.
    const substitute = readWithIcalJs(await colleagueFeed.read());
    expect([...substitute.byUid.keys()]).toEqual([meeting.uid]);
    expect(substitute.byUid.get(meeting.uid)!.getFirstPropertyValue('status')).toBe('CONFIRMED');
    // The delegator's feed still holds it, by intent: a person feed lists every meeting where the person's
    // participant row is not removed (MeetingRepository.findOverlapping), whatever their answer. Delegating
    // keeps her row, answered DELEGATED, and later moves and cancellations still reach her
    // (substitutes.e2e-spec.ts), so her calendar keeps the entry in step.
    const delegator = readWithIcalJs(await umeaFeed.read());
    expect([...delegator.byUid.keys()]).toContain(meeting.uid);
    expect(delegator.byUid.get(meeting.uid)!.getFirstPropertyValue('status')).toBe('CONFIRMED');
  });

  it('gives a person of an outside organisation exactly their meetings in two municipalities, in Stockholm time', async () => {
    const almi = await t.request({
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
    expect(almi.status).toBe(201);
    const almiPerson = await createPerson(t, adminToken, {
      organizationId: almi.body.id,
      roles: ['participant'],
      name: 'Alma Almi',
    });
    const inUmea = await confirmedMeeting('Samverkansmöte Umeå med Almi', '2480', [umea, almiPerson], 50);
    const inSkelleftea = await confirmedMeeting(
      'Samverkansmöte Skellefteå med Almi',
      '2482',
      [skelleftea, almiPerson],
      51,
    );
    await confirmedMeeting('Samverkansmöte Lycksele utan Almi', '2481', [coordinator], 52);
    const restrictedTitle = 'Umeås lånebesked till Företaget AB';
    const item = (body: Record<string, unknown>) =>
      t.request({
        method: 'POST',
        url: `/api/meetings/${inUmea.id}/agenda/items`,
        token: coordinatorToken,
        body,
      });
    expect((await item({ title: 'Almi: mikrolån', presenterPersonId: almiPerson.id })).status).toBe(201);
    expect(
      (await item({ title: restrictedTitle, visibility: 'restricted', secrecyGround: '31 kap. 16 § OSL' }))
        .status,
    ).toBe(201);

    const feed = await personFeed(await t.login(almiPerson.email, almiPerson.password));
    const ics = await feed.read();
    const { calendar, byUid } = readWithIcalJs(ics);
    // Exactly the two meetings Almi's person is invited to, across Umeå and Skellefteå; none of the others.
    expect([...byUid.keys()].sort()).toEqual([inUmea.uid, inSkelleftea.uid].sort());
    expect(String(calendar.getFirstPropertyValue('x-wr-calname'))).toBe('Samverkan – Alma Almi');
    expect(byUid.get(inUmea.uid)!.getFirstPropertyValue('summary')).toBe('Samverkansmöte Umeå med Almi');
    expect(byUid.get(inSkelleftea.uid)!.getFirstPropertyValue('summary')).toBe(
      'Samverkansmöte Skellefteå med Almi',
    );

    // Times in Europe/Stockholm: DTSTART/DTEND carry the zone and read 09:30–11:00 on the wall clock, and
    // with the feed's own VTIMEZONE they are the instants the meetings were created at.
    for (const vtimezone of calendar.getAllSubcomponents('vtimezone'))
      ICAL.TimezoneService.register(vtimezone);
    for (const meeting of [inUmea, inSkelleftea]) {
      const event = byUid.get(meeting.uid)!;
      for (const [name, at] of [
        ['dtstart', meeting.start],
        ['dtend', meeting.end],
      ] as const) {
        const prop = event.getFirstProperty(name)!;
        expect(prop.getParameter('tzid')).toBe(ZONE);
        const time = prop.getFirstValue() as ICAL.Time;
        expect([time.hour, time.minute]).toEqual([at.hour, at.minute]);
        expect(time.toJSDate().toISOString()).toBe(at.toUTC().toISO());
      }
    }

    // The coordinator sees the restricted item on the agenda; the outside person's feed never carries it.
    const agenda = await t.request({
      method: 'GET',
      url: `/api/meetings/${inUmea.id}/agenda`,
      token: coordinatorToken,
    });
    expect(agenda.body.items.map((i: { title: string }) => i.title)).toContain(restrictedTitle);
    expect(ics).not.toContain('lånebesked');
    expect(ics).not.toContain(restrictedTitle);
  });
});
