import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import { eventually, sleep } from './helpers/eventually';
import { readCalendarEmail, rsvpTokenOf } from './helpers/invitation-fixtures';
import {
  type CreatedPerson,
  adminLogin,
  createPerson,
  organizationIdsByCode,
} from './helpers/people-fixtures';
import { signedInPeople } from './helpers/signed-in-people';
import { type ReceivedMail, SmtpSink } from './helpers/smtp-sink';
import { type TestApp, startTestApp } from './helpers/test-app';

const PUBLIC_URL = 'https://samverkan.example.se';
const ZONE = 'Europe/Stockholm';

/** One event in one person's calendar, as their calendar client keeps it after reading their emails. */
interface CalendarEntry {
  uid: string;
  sequence: number;
  status: string;
  /** DTSTART and DTEND in Europe/Stockholm, as ical.js computes them from the message's own VTIMEZONE. */
  start: string;
  end: string;
  tzid: string | undefined;
  attendees: Array<{
    email: string;
    partstat: string | undefined;
    delegatedTo: string | undefined;
    delegatedFrom: string | undefined;
  }>;
}

const local = (utc: string): string => DateTime.fromISO(utc, { zone: ZONE }).toFormat("yyyy-MM-dd'T'HH:mm");

/**
 * What a calendar shows after reading every calendar email one person received, in order: a REQUEST
 * creates or (with a higher SEQUENCE) replaces the event, a CANCEL marks it cancelled. Each message's
 * SEQUENCE must be higher than the last one of the same UID the person got (RFC 5546), or the calendar
 * would keep the older version; that is asserted here too.
 */
function calendarOf(mails: readonly ReceivedMail[]): Map<string, CalendarEntry> {
  const calendar = new Map<string, CalendarEntry>();
  for (const mail of mails) {
    const read = readCalendarEmail(mail);
    const event = new ICAL.Component(ICAL.parse(read.ics) as unknown[]).getFirstSubcomponent('vevent')!;
    const previous = calendar.get(read.uid);
    if (previous && read.sequence <= previous.sequence) {
      throw new Error(`${read.uid}: SEQUENCE ${read.sequence} after ${previous.sequence}`);
    }
    calendar.set(read.uid, {
      uid: read.uid,
      sequence: read.sequence,
      status: read.method === 'CANCEL' ? 'CANCELLED' : read.status,
      start: local(read.startUtc),
      end: local(read.endUtc),
      tzid: read.dtstartTzid,
      attendees: event.getAllProperties('attendee').map((prop) => ({
        email: String(prop.getFirstValue()).replace(/^mailto:/i, ''),
        partstat: prop.getParameter('partstat') as string | undefined,
        delegatedTo: prop.getParameter('delegated-to') as string | undefined,
        delegatedFrom: prop.getParameter('delegated-from') as string | undefined,
      })),
    });
  }
  return calendar;
}

/**
 * Issue 17, "done when", as one story through the HTTP API, PostgreSQL, Redis, the worker and a real SMTP
 * server: the coordinator proposes a round for Umeå, Lycksele and Skellefteå; Lycksele asks for another day
 * from the emailed proposal's page; the coordinator moves that meeting and confirms; the invitations go out;
 * Lycksele's contact sends her standing substitute from the RSVP page; Almi Nord's contact (an outside
 * organisation the admin created) is invited to present one item at Umeå's meeting; Lycksele's meeting moves
 * again and Skellefteå's is cancelled. Then every calendar email each person received is read with ical.js,
 * and each calendar must hold exactly that person's meetings, in their final state.
 */
describe('participation story: consult, ask for another day, substitute, outside presenter', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let orgs: Record<string, string>;
  let tokens: Record<string, string>;
  let people: Record<string, CreatedPerson>;
  let almi: CreatedPerson;

  const api = (method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, who: string, body?: unknown) =>
    t.request({ method, url, token: tokens[who], body });
  const calendarMailsTo = (person: CreatedPerson): ReceivedMail[] =>
    sink
      .to(person.email)
      .filter((mail) => mail.parsed.attachments.some((part) => part.contentType === 'text/calendar'));
  const form = (url: string, fields: Record<string, string>) =>
    t.request({
      method: 'POST',
      url,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: Buffer.from(new URLSearchParams(fields).toString()),
    });
  /** Waits until `person` has received a calendar email of `uid` that satisfies `test`. */
  const waitFor = (person: CreatedPerson, uid: string, what: string, test = (_: ReceivedMail) => true) =>
    eventually(
      () => calendarMailsTo(person).find((mail) => readCalendarEmail(mail).uid === uid && test(mail)),
      `${what} to ${person.email}`,
    );

  beforeAll(async () => {
    sink = await SmtpSink.start();
    t = await startTestApp({
      SMTP_URL: sink.url,
      PUBLIC_URL,
      INVITATION_DEBOUNCE_MS: '50',
      AGENDA_DEBOUNCE_MS: '600000',
      JOB_BACKOFF_MS: '100',
    });
    const adminToken = await adminLogin(t);
    orgs = await organizationIdsByCode(t, adminToken);
    ({ people, tokens } = await signedInPeople(t, adminToken, orgs, {
      coordinator: { organization: '24', roles: ['coordinator'], name: 'Karin Koordinator' },
      team: { organization: '24', roles: ['participant'], name: 'Tore Tillväxt' },
      umea: { organization: '2480', roles: ['participant'], name: 'Åsa Öberg' },
      lycksele: { organization: '2481', roles: ['participant'], name: 'Lars Lycksele' },
      substitute: { organization: '2481', roles: ['participant'], name: 'Lisa Lindgren' },
      skelleftea: { organization: '2482', roles: ['participant'], name: 'Sune Skellefteå' },
    }));
    tokens.admin = adminToken;
    for (const [code, contact] of [
      ['2480', people.umea],
      ['2481', people.lycksele],
      ['2482', people.skelleftea],
    ] as const) {
      const agreement = await api('PUT', `/api/organizations/${orgs[code]}/agreement`, 'coordinator', {
        cadence: 'P3M',
        preferredMode: 'digital',
        defaultParticipantIds: [contact.id, people.team.id],
        location: { videoUrl: `https://meet.example.se/${code}` },
        validFrom: '2026-06-01',
        ...(code === '2481'
          ? { substitutes: [{ personId: people.substitute.id, forPersonId: contact.id }] }
          : {}),
      });
      expect(agreement.status).toBe(200);
    }
    // Almi Nord: an outside organisation under the region, created by the admin, with its contact.
    const organization = await api('POST', '/api/organizations', 'admin', {
      kind: 'external',
      code: '24-556043-8000',
      name: 'Almi Företagspartner Nord',
      parentId: orgs['24'],
    });
    expect(organization.status).toBe(201);
    almi = await createPerson(t, adminToken, {
      organizationId: organization.body.id,
      roles: ['participant'],
      name: 'Alma Almi',
    });
  });

  afterAll(async () => {
    await t?.close();
    await sink?.stop();
  });

  it('ends with everyone’s calendar right', async () => {
    // 1. The coordinator plans the round and sends it as a proposal: no calendar is touched yet.
    const created = await api('POST', '/api/rounds', 'coordinator', {
      name: 'Vårens samverkansomgång 2027',
      window: { from: '2027-03-01', to: '2027-03-31' },
      organizationIds: [orgs['2480'], orgs['2481'], orgs['2482']],
      durationMinutes: 90,
      regionalTeam: [people.team.id],
      constraints: {},
    });
    expect(created.status).toBe(201);
    const round = created.body;
    const proposed = await api('POST', `/api/rounds/${round.id}/propose`, 'coordinator', {
      version: round.version,
    });
    expect(proposed.status).toBe(200);
    const itemOf = (view: any, code: string) =>
      view.items.find((item: any) => item.organizationId === orgs[code]);

    // 2. Lycksele's contact opens the emailed link and asks for another day, on a date no other meeting has.
    const proposal = await eventually(
      () => sink.to(people.lycksele.email).find((mail) => /round-proposal\//.test(mail.parsed.text ?? '')),
      'the proposal to Lycksele',
    );
    const link = /\/round-proposal\/([A-Za-z0-9_-]{43})/.exec(proposal.parsed.text!)![1];
    const page = await t.request({ method: 'GET', url: `/round-proposal/${link}` });
    expect(page.status).toBe(200);
    expect(page.text).toContain('Lars Lycksele');
    const takenDays = proposed.body.items.map((item: any) => local(item.startAt).slice(0, 10));
    const askedDay = ['2027-03-17', '2027-03-24', '2027-03-10'].find((day) => !takenDays.includes(day))!;
    const asked = await form(`/round-proposal/${link}`, {
      answer: 'other',
      alternative1: `${askedDay}T10:00`,
      reason: 'Kommunfullmäktige sammanträder den dagen',
    });
    expect(asked.status).toBe(200);
    const seen = await api('GET', `/api/rounds/${round.id}`, 'coordinator');
    expect(itemOf(seen.body, '2481').answer).toMatchObject({
      state: 'other',
      answeredBy: people.lycksele.id,
      alternatives: [expect.objectContaining({ startLocal: expect.stringContaining(`${askedDay}T10:00`) })],
    });

    // 3. The coordinator moves Lycksele's meeting to the day asked for (the scheduler's checks apply) and
    // confirms: only now do the invitations go out.
    expect(calendarMailsTo(people.team)).toEqual([]);
    const moved = await api('PATCH', `/api/rounds/${round.id}/items/${orgs['2481']}`, 'coordinator', {
      start: DateTime.fromISO(`${askedDay}T10:00`, { zone: ZONE }).toISO(),
    });
    expect(moved.status).toBe(200);
    expect(itemOf(moved.body, '2481')).toMatchObject({ moved: true });
    const confirmed = await api('POST', `/api/rounds/${round.id}/confirm`, 'coordinator', {
      version: moved.body.version,
    });
    expect(confirmed.status).toBe(200);
    const meetingOf = async (code: string) =>
      (await api('GET', `/api/meetings/${itemOf(confirmed.body, code).meetingId}`, 'coordinator')).body;
    const umea = await meetingOf('2480');
    const lycksele = await meetingOf('2481');
    const skelleftea = await meetingOf('2482');
    expect(local(lycksele.startAt)).toBe(`${askedDay}T10:00`);

    // 4. Lycksele's contact sends his standing substitute from the RSVP page of his invitation.
    const invitation = await waitFor(people.lycksele, lycksele.uid, 'the invitation');
    const rsvp = rsvpTokenOf(invitation);
    const rsvpPage = await t.request({ method: 'GET', url: `/rsvp/${rsvp}` });
    expect(rsvpPage.text).toContain(`<option value="${people.substitute.id}">Lisa Lindgren</option>`);
    const sent = await form(`/rsvp/${rsvp}/substitute`, {
      personId: people.substitute.id,
      comment: 'Jag är på tjänsteresa',
    });
    expect(sent.status).toBe(200);
    await waitFor(people.substitute, lycksele.uid, 'the substitute’s invitation');

    // 5. Almi's contact is invited to Umeå's meeting to present one item.
    const umeaParticipants = umea.participants.map((p: any) => ({ personId: p.personId, role: p.role }));
    const withAlmi = await api('PATCH', `/api/meetings/${umea.id}`, 'coordinator', {
      participants: [...umeaParticipants, { personId: almi.id, role: 'optional' }],
    });
    expect(withAlmi.status).toBe(200);
    const item = await api('POST', `/api/meetings/${umea.id}/agenda/items`, 'coordinator', {
      title: 'Almi: finansiering för små företag i Umeå',
      presenterPersonId: almi.id,
    });
    expect(item.status).toBe(201);
    await waitFor(almi, umea.uid, 'Almi’s invitation');

    // 6. Lycksele's meeting moves to the afternoon; Skellefteå's is cancelled.
    const afternoon = DateTime.fromISO(`${askedDay}T13:00`, { zone: ZONE });
    const movedAgain = await api('PATCH', `/api/meetings/${lycksele.id}`, 'coordinator', {
      start: afternoon.toISO(),
      end: afternoon.plus({ minutes: 90 }).toISO(),
    });
    expect(movedAgain.status).toBe(200);
    const cancelled = await api('POST', `/api/meetings/${skelleftea.id}/cancel`, 'coordinator', {
      reason: 'Skjuts till hösten',
    });
    expect(cancelled.status).toBe(200);

    // The server's truth, which every calendar must end up showing.
    const final = {
      umea: await meetingOf('2480'),
      lycksele: await meetingOf('2481'),
      skelleftea: await meetingOf('2482'),
    };
    const last = (person: CreatedPerson, meeting: any, what: string) =>
      waitFor(person, meeting.uid, what, (mail) => readCalendarEmail(mail).sequence === meeting.sequence);
    await last(people.substitute, final.lycksele, 'the move');
    await last(people.lycksele, final.lycksele, 'the move');
    await last(people.team, final.lycksele, 'the move');
    await last(people.skelleftea, final.skelleftea, 'the cancellation');
    await last(people.team, final.skelleftea, 'the cancellation');
    // Anything still on its way would arrive now; nothing should.
    await sleep(300);

    // 7. Every person's calendar, from every email they received.
    const expected = (meeting: any) => ({
      uid: meeting.uid,
      sequence: meeting.sequence,
      status: meeting.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
      start: local(meeting.startAt),
      end: local(meeting.endAt),
      tzid: ZONE,
      attendees: expect.any(Array),
    });
    const calendars = Object.fromEntries(
      [...Object.entries(people), ['almi', almi] as const].map(([key, person]) => [
        key,
        calendarOf(calendarMailsTo(person)),
      ]),
    );
    const uids = (key: string) => [...calendars[key].keys()].sort();
    expect(uids('coordinator')).toEqual([]);
    expect(uids('team')).toEqual([final.umea.uid, final.lycksele.uid, final.skelleftea.uid].sort());
    expect(uids('umea')).toEqual([final.umea.uid]);
    expect(uids('lycksele')).toEqual([final.lycksele.uid]);
    expect(uids('substitute')).toEqual([final.lycksele.uid]);
    expect(uids('skelleftea')).toEqual([final.skelleftea.uid]);
    expect(uids('almi')).toEqual([final.umea.uid]);
    for (const [key, meeting] of [
      ['team', final.umea],
      ['team', final.lycksele],
      ['team', final.skelleftea],
      ['umea', final.umea],
      ['lycksele', final.lycksele],
      ['substitute', final.lycksele],
      ['skelleftea', final.skelleftea],
      ['almi', final.umea],
    ] as const) {
      expect({ key, ...calendars[key].get(meeting.uid) }).toEqual({ key, ...expected(meeting) });
    }

    // Lycksele's meeting: the afternoon of the day asked for, moved twice in calendars (SEQUENCE 1 after the
    // invitation's 0); the delegator DELEGATED to his substitute, who is an ATTENDEE delegated from him.
    expect(calendars.lycksele.get(final.lycksele.uid)).toMatchObject({
      start: `${askedDay}T13:00`,
      end: `${askedDay}T14:30`,
      sequence: 1,
    });
    for (const key of ['lycksele', 'substitute', 'team']) {
      const { attendees } = calendars[key].get(final.lycksele.uid)!;
      expect(attendees.find((a) => a.email === people.lycksele.email)).toMatchObject({
        partstat: 'DELEGATED',
        delegatedTo: `mailto:${people.substitute.email}`,
      });
      expect(attendees.find((a) => a.email === people.substitute.email)).toMatchObject({
        delegatedFrom: `mailto:${people.lycksele.email}`,
      });
      expect(attendees.map((a) => a.email)).not.toContain(almi.email);
    }
    // Umeå's meeting names Almi's contact among its attendees, in everyone's copy that came after the
    // invitation; Skellefteå's is cancelled in both calendars that had it.
    expect(calendars.almi.get(final.umea.uid)!.attendees.map((a) => a.email)).toEqual(
      expect.arrayContaining([almi.email, people.umea.email, people.team.email]),
    );
    expect(calendars.skelleftea.get(final.skelleftea.uid)!.status).toBe('CANCELLED');
  });
});
