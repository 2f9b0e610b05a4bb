import { DataSource } from 'typeorm';
import { InvitationService } from '../src/invitation/invitation.service';
import { jobIdFor } from '../src/jobs/job-map';
import { JobProducer } from '../src/jobs/job-producer';
import { DueReminders } from '../src/reminder/due-reminders';
import { ReminderSender } from '../src/reminder/reminder-sender';
import {
  type CalendarEmail,
  MeetingTestDriver,
  type TestPerson,
  insertPeople,
  readCalendarEmail,
  rsvpTokenOf,
} from './helpers/invitation-fixtures';
import { eventually, sleep } from './helpers/eventually';
import { adminLogin, createPerson, organizationIdsByCode } from './helpers/people-fixtures';
import { linksOffThePages } from './helpers/email-links';
import { type ReceivedMail, SmtpSink } from './helpers/smtp-sink';
import { PUBLIC_URL, TEST_ADMIN, type TestApp, startTestApp } from './helpers/test-app';

const SENDER = 'samverkan@regionvasterbotten.example.se';
const MAIL_FROM = `Region Västerbotten Samverkan <${SENDER}>`;
const DEBOUNCE_MS = 400;
const TRICKY_TITLE = 'Samverkansmöte Umeå; "Vår" – näringsliv, kompetens & å/ä/ö \\ slut';

/** 10:00 in Stockholm on a February day (UTC+1) and an April day (UTC+2) of 2027. */
const FEB_10_AT_10 = new Date('2027-02-09T09:00:00Z');
const APR_13_AT_10 = new Date('2027-04-13T08:00:00Z');

describe('calendar invitations through outbox, worker and a real SMTP server', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let dataSource: DataSource;
  let driver: MeetingTestDriver;
  let token: string;
  let orgs: Record<string, string>;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    t = await startTestApp({
      SMTP_URL: sink.url,
      MAIL_FROM,
      PUBLIC_URL,
      INVITATION_DEBOUNCE_MS: String(DEBOUNCE_MS),
      JOB_BACKOFF_MS: '100',
      MEETING_REMINDER_SCAN_MS: '250',
    });
    dataSource = t.app.get(DataSource);
    driver = await MeetingTestDriver.as(t.app, TEST_ADMIN.email);
    token = await adminLogin(t);
    orgs = await organizationIdsByCode(t, token);
  });

  afterAll(async () => {
    await t?.close();
    await sink?.stop();
  });

  /** Four people of Umeå, one of them reading English, and a chair of the region. */
  async function people(): Promise<TestPerson[]> {
    const [chair] = await insertPeople(dataSource, orgs['24'], [{ name: 'Kerstin Region, "ordf."' }]);
    const others = await insertPeople(dataSource, orgs['2480'], [
      { name: 'Åsa Öberg' },
      { name: 'Jörgen Ärlig; Umeå' },
      { name: 'Emma English', locale: 'en' },
    ]);
    return [chair, ...others];
  }

  function meetingFor(participants: TestPerson[], start: Date, title = TRICKY_TITLE) {
    return driver.create({
      organizationIds: [orgs['2480']],
      participants: participants.map((person, index) => ({
        personId: person.id,
        role: index === 0 ? 'chair' : index === 3 ? 'optional' : 'required',
      })),
      start,
      title,
      description: 'Vi går igenom överenskommelsen.\nTa med underlag; gärna "siffror".',
      location: 'Stadshuset, Skolgatan 31A, Umeå',
    });
  }

  /** PATCH /api/meetings/:id with a new time of 90 minutes: SEQUENCE + 1. */
  const move = (meetingId: string, start: Date) =>
    t.request({
      method: 'PATCH',
      url: `/api/meetings/${meetingId}`,
      token,
      body: { start: start.toISOString(), end: new Date(start.getTime() + 90 * 60_000).toISOString() },
    });

  const mailsTo = (person: TestPerson): ReceivedMail[] => sink.to(person.email);

  async function waitForMails(recipients: TestPerson[], perPerson: number): Promise<void> {
    await eventually(
      () => (recipients.every((person) => mailsTo(person).length >= perPerson) ? true : undefined),
      `${perPerson} email(s) to each of ${recipients.length}`,
    );
  }

  const invitations = (meetingId: string, bearer = token) =>
    t.request({ method: 'GET', url: `/api/meetings/${meetingId}/invitations`, token: bearer });

  function expectInvariants(calendar: CalendarEmail, uid: string, meetingId: string): void {
    expect(calendar.headerMethod).toBe(calendar.method);
    expect(calendar.attachmentIcs).toBe(calendar.ics);
    expect(calendar.uid).toBe(uid);
    expect(calendar.dtstampLine).toMatch(/^DTSTAMP:\d{8}T\d{6}Z$/);
    expect(calendar.dtstartTzid).toBe('Europe/Stockholm');
    expect(calendar.hasVtimezone).toBe(true);
    expect(calendar.hasRrule).toBe(false);
    expect(calendar.organizer).toBe(`mailto:${SENDER}`);
    expect(calendar.description).toContain(`${PUBLIC_URL}/meetings/${meetingId}/agenda`);
    expect(calendar.attendees.length).toBeGreaterThan(0);
    for (const attendee of [...calendar.attendees, ...calendar.nodeAttendees]) {
      expect(attendee.cn).toBeTruthy();
      expect(attendee.role).toMatch(/^(CHAIR|REQ-PARTICIPANT|OPT-PARTICIPANT)$/);
      expect(attendee.partstat).toMatch(/^(NEEDS-ACTION|ACCEPTED|TENTATIVE|DECLINED)$/);
      expect(attendee.rsvp).toBe('TRUE');
    }
    expect(calendar.nodeAttendees.map((a) => a.email).sort()).toEqual(
      calendar.attendees.map((a) => a.email).sort(),
    );
  }

  it('sends every participant a REQUEST with SEQUENCE 0 that keeps every calendar invariant', async () => {
    const group = await people();
    const meeting = await meetingFor(group, FEB_10_AT_10);
    await waitForMails(group, 1);

    for (const person of group) {
      const [mail] = mailsTo(person);
      expect(mail.envelopeFrom).toBe(SENDER);
      expect(mail.parsed.from?.value[0].address).toBe(SENDER);
      const calendar = readCalendarEmail(mail);
      expectInvariants(calendar, meeting.uid, meeting.id);
      expect(calendar.method).toBe('REQUEST');
      expect(calendar.sequence).toBe(0);
      expect(calendar.status).toBe('CONFIRMED');
      expect(calendar.hasAlarm).toBe(true);
      // 10:00 Stockholm in February is 09:00Z, by the VTIMEZONE (ical.js) and by node-ical's own zone data.
      expect(calendar.startUtc).toBe('2027-02-09T09:00:00.000Z');
      expect(calendar.nodeStartUtc).toBe('2027-02-09T09:00:00.000Z');
      expect(calendar.endUtc).toBe('2027-02-09T10:30:00.000Z');
      // Å, ä, ö, commas, semicolons, quotes and a backslash survive folding and escaping.
      expect(calendar.summary).toBe(TRICKY_TITLE);
      expect(calendar.nodeSummary).toBe(TRICKY_TITLE);
      expect(calendar.location).toBe('Stadshuset, Skolgatan 31A, Umeå');
      expect(calendar.description).toContain('Ta med underlag; gärna "siffror".');
      expect(calendar.description).toContain(`${PUBLIC_URL}/rsvp/${rsvpTokenOf(mail)}`);
      // Everyone is listed, with names as given (" and ; made safe for naive readers).
      const byEmail = (a: Array<string | undefined>, b: Array<string | undefined>) =>
        String(a[0]).localeCompare(String(b[0]));
      expect(calendar.attendees.map((a) => [a.email, a.cn, a.role, a.partstat]).sort(byEmail)).toEqual(
        [
          [group[0].email, "Kerstin Region, 'ordf.'", 'CHAIR', 'NEEDS-ACTION'],
          [group[1].email, 'Åsa Öberg', 'REQ-PARTICIPANT', 'NEEDS-ACTION'],
          [group[2].email, 'Jörgen Ärlig, Umeå', 'REQ-PARTICIPANT', 'NEEDS-ACTION'],
          [group[3].email, 'Emma English', 'OPT-PARTICIPANT', 'NEEDS-ACTION'],
        ].sort(byEmail),
      );
    }
    expect(mailsTo(group[1])[0].parsed.subject).toBe(`Kallelse: ${TRICKY_TITLE} – tis 9 feb 2027 10:00`);
    expect(mailsTo(group[1])[0].parsed.text).toContain('tisdag 9 februari 2027 kl. 10:00–11:30 (svensk tid)');
    expect(mailsTo(group[3])[0].parsed.subject).toBe(`Invitation: ${TRICKY_TITLE} – Tue 9 Feb 2027 10:00`);
    expect(mailsTo(group[3])[0].parsed.text).toContain('Tuesday 9 February 2027, 10:00–11:30 (Swedish time)');

    const list = await eventually(async () => {
      const response = await invitations(meeting.id);
      return response.body.items?.every((item: any) => item.delivery.state === 'sent') ? response : undefined;
    }, 'delivery recorded');
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({
      meetingId: meeting.id,
      uid: meeting.uid,
      sequence: 0,
      status: 'confirmed',
    });
    expect(
      list.body.items.map((item: any) => [item.person.id, item.role, item.sequenceSent, item.methodSent]),
    ).toEqual([
      // The chair first, then by name.
      [group[0].id, 'chair', 0, 'REQUEST'],
      [group[3].id, 'optional', 0, 'REQUEST'],
      [group[2].id, 'required', 0, 'REQUEST'],
      [group[1].id, 'required', 0, 'REQUEST'],
    ]);
    expect(list.body.items[3]).toMatchObject({
      person: { name: 'Åsa Öberg' },
      removed: false,
      partstat: 'NEEDS-ACTION',
      respondedAt: null,
      delivery: { state: 'sent', reason: null },
    });
  });

  it('places 10:00 in April at 08:00Z (summer time)', async () => {
    const [person] = await insertPeople(dataSource, orgs['2480'], [{ name: 'April Person' }]);
    await meetingFor([person], APR_13_AT_10, 'Samverkansmöte april');
    await waitForMails([person], 1);
    const calendar = readCalendarEmail(mailsTo(person)[0]);
    expect(calendar.startUtc).toBe('2027-04-13T08:00:00.000Z');
    expect(calendar.nodeStartUtc).toBe('2027-04-13T08:00:00.000Z');
  });

  it('sends a moved meeting to all with the same UID and SEQUENCE + 1, and coalesces quick moves', async () => {
    const group = await people();
    const meeting = await meetingFor(group, FEB_10_AT_10);
    await waitForMails(group, 1);

    const moved = await move(meeting.id, new Date('2027-02-10T09:00:00Z'));
    expect([moved.status, moved.body.sequence]).toEqual([200, 1]);
    await waitForMails(group, 2);
    for (const person of group) {
      const calendar = readCalendarEmail(mailsTo(person)[1]);
      expectInvariants(calendar, meeting.uid, meeting.id);
      expect([calendar.method, calendar.sequence, calendar.startUtc]).toEqual([
        'REQUEST',
        1,
        '2027-02-10T09:00:00.000Z',
      ]);
    }
    expect(mailsTo(group[1])[1].parsed.subject).toBe(
      `Ändrad kallelse: ${TRICKY_TITLE} – ons 10 feb 2027 10:00`,
    );

    // Two moves within the debounce: one email each, with the latest SEQUENCE and time.
    expect((await move(meeting.id, new Date('2027-02-11T09:00:00Z'))).status).toBe(200);
    expect((await move(meeting.id, new Date('2027-02-12T09:00:00Z'))).status).toBe(200);
    await waitForMails(group, 3);
    await sleep(DEBOUNCE_MS * 2);
    for (const person of group) {
      const received = mailsTo(person);
      expect(received).toHaveLength(3);
      const calendar = readCalendarEmail(received[2]);
      expect([calendar.uid, calendar.sequence, calendar.startUtc]).toEqual([
        meeting.uid,
        3,
        '2027-02-12T09:00:00.000Z',
      ]);
      expect(received.map((mail) => readCalendarEmail(mail).sequence)).toEqual([0, 1, 3]);
    }
    const list = await invitations(meeting.id);
    expect(list.body.items.map((item: any) => item.sequenceSent)).toEqual([3, 3, 3, 3]);
  });

  it('sends a removed participant a CANCEL to them only, and an added one a REQUEST to them only', async () => {
    const group = await people();
    const [newcomer] = await insertPeople(dataSource, orgs['2480'], [{ name: 'Nils Nykomling' }]);
    const meeting = await meetingFor(group, FEB_10_AT_10);
    await waitForMails(group, 1);

    await driver.removeParticipant(meeting.id, group[2].id);
    await driver.addParticipant(meeting.id, newcomer.id);
    await waitForMails([group[2], newcomer], 1);
    await sleep(DEBOUNCE_MS * 2);

    const [cancel] = mailsTo(group[2]).slice(1);
    const removed = readCalendarEmail(cancel);
    expectInvariants(removed, meeting.uid, meeting.id);
    expect([removed.method, removed.status, removed.sequence, removed.hasAlarm]).toEqual([
      'CANCEL',
      'CANCELLED',
      0,
      false,
    ]);
    expect(removed.attendees.map((a) => a.email)).toEqual([group[2].email]);
    expect(cancel.parsed.subject).toBe(`Inställt: ${TRICKY_TITLE} – tis 9 feb 2027 10:00`);
    expect(cancel.parsed.text).toContain('Du är inte längre kallad');

    const added = readCalendarEmail(mailsTo(newcomer)[0]);
    expectInvariants(added, meeting.uid, meeting.id);
    expect([added.method, added.sequence]).toEqual(['REQUEST', 0]);
    expect(added.attendees.map((a) => a.email)).toContain(newcomer.email);
    expect(added.attendees.map((a) => a.email)).not.toContain(group[2].email);
    // Nobody else heard of it.
    for (const person of [group[0], group[1], group[3]]) expect(mailsTo(person)).toHaveLength(1);

    const list = await invitations(meeting.id);
    const byPerson = Object.fromEntries(list.body.items.map((item: any) => [item.person.id, item]));
    expect(byPerson[group[2].id]).toMatchObject({ removed: true, methodSent: 'CANCEL', sequenceSent: 0 });
    expect(byPerson[newcomer.id]).toMatchObject({ removed: false, methodSent: 'REQUEST', sequenceSent: 0 });
  });

  it('cancels a meeting with a complete CANCEL to all: STATUS:CANCELLED, same UID, higher SEQUENCE', async () => {
    const group = await people();
    const meeting = await meetingFor(group, FEB_10_AT_10);
    await waitForMails(group, 1);
    expect(await driver.cancel(meeting.id, 'Krockar med budgetmötet')).toBe(1);
    await waitForMails(group, 2);
    for (const person of group) {
      const mail = mailsTo(person)[1];
      const calendar = readCalendarEmail(mail);
      expectInvariants(calendar, meeting.uid, meeting.id);
      expect([calendar.method, calendar.status, calendar.sequence, calendar.hasAlarm]).toEqual([
        'CANCEL',
        'CANCELLED',
        1,
        false,
      ]);
      expect(calendar.attendees.map((a) => a.email).sort()).toEqual(group.map((p) => p.email).sort());
    }
    expect(mailsTo(group[1])[1].parsed.text).toContain('Samverkansmötet är inställt.');
    expect(mailsTo(group[1])[1].parsed.text).toContain('Anledning: Krockar med budgetmötet');
    expect(mailsTo(group[3])[1].parsed.subject).toBe(`Cancelled: ${TRICKY_TITLE} – Tue 9 Feb 2027 10:00`);

    const ics = await t.request({ method: 'GET', url: `/api/meetings/${meeting.id}/calendar.ics`, token });
    expect(ics.status).toBe(200);
    expect(ics.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(ics.text).toContain('METHOD:PUBLISH');
    expect(ics.text).toContain('STATUS:CANCELLED');
    expect(ics.text).toContain('SEQUENCE:1');
    expect(ics.text).toContain(`UID:${meeting.uid}`);
  });

  it('records answers by RSVP link: GET changes nothing, POST changes only the link owner, 410 when revoked', async () => {
    const group = await people();
    const meeting = await meetingFor(group, FEB_10_AT_10);
    await waitForMails(group, 1);
    const [asa, jorgen, emma] = [group[1], group[2], group[3]];
    const asaToken = rsvpTokenOf(mailsTo(asa)[0]);
    const jorgenToken = rsvpTokenOf(mailsTo(jorgen)[0]);

    const page = await t.request({ method: 'GET', url: `/rsvp/${asaToken}` });
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect(page.text).toContain('<html lang="sv">');
    expect(page.text).toContain('Hej Åsa Öberg!');
    expect(page.text).toContain('tisdag 9 februari 2027 kl. 10:00–11:30 (svensk tid)');
    expect(page.text).toContain('Samverkansmöte Umeå; &quot;Vår&quot; – näringsliv, kompetens &amp; å/ä/ö');
    expect(page.text).toContain('value="ACCEPTED"');
    expect(page.text).toContain(`<a href="${PUBLIC_URL}/meetings/${meeting.id}">Öppna mötet i Samverkan</a>`);
    expect(page.text).toContain(`<a href="${PUBLIC_URL}/meetings/${meeting.id}/agenda">Dagordning</a>`);
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    const english = await t.request({ method: 'GET', url: `/rsvp/${rsvpTokenOf(mailsTo(emma)[0])}` });
    expect(english.text).toContain('<html lang="en">');
    expect(english.text).toContain(
      `<a href="${PUBLIC_URL}/meetings/${meeting.id}">Open the meeting in Samverkan</a>`,
    );
    expect(english.text).toContain(`<a href="${PUBLIC_URL}/meetings/${meeting.id}/agenda">Agenda</a>`);
    expect(english.text).toContain('Tuesday 9 February 2027, 10:00–11:30 (Swedish time)');
    const unchanged = await invitations(meeting.id);
    expect(unchanged.body.items.map((item: any) => [item.partstat, item.respondedAt])).toEqual(
      group.map(() => ['NEEDS-ACTION', null]),
    );

    // The page's own form: application/x-www-form-urlencoded.
    const inject = (payload: string) =>
      t.app
        .getHttpAdapter()
        .getInstance()
        .inject({
          method: 'POST',
          url: `/rsvp/${asaToken}`,
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          payload,
        });
    expect((await inject('comment=no+answer')).statusCode).toBe(400);
    const accepted = await inject('comment=Jag+kommer+med+t%C3%A5g+%3Cb%3E&partstat=ACCEPTED');
    expect(accepted.statusCode).toBe(200);
    expect(accepted.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(accepted.body).toContain('Tack! Ditt svar är sparat.');

    // JSON, with the other person's token: changes Jörgen and nobody else.
    const declined = await t.request({
      method: 'POST',
      url: `/rsvp/${jorgenToken}`,
      body: { partstat: 'declined', comment: 'Semester' },
    });
    expect(declined.status).toBe(200);
    expect(declined.body).toMatchObject({
      status: 'updated',
      rsvp: { partstat: 'DECLINED', comment: 'Semester' },
    });
    const again = await t.request({
      method: 'POST',
      url: `/rsvp/${jorgenToken}`,
      body: { partstat: 'DECLINED', comment: 'Semester' },
    });
    expect(again.body.status).toBe('unchanged');

    const list = await invitations(meeting.id);
    const byPerson = Object.fromEntries(list.body.items.map((item: any) => [item.person.id, item]));
    expect(byPerson[asa.id]).toMatchObject({ partstat: 'ACCEPTED', comment: 'Jag kommer med tåg <b>' });
    expect(byPerson[asa.id].respondedAt).not.toBeNull();
    expect(byPerson[jorgen.id]).toMatchObject({ partstat: 'DECLINED', comment: 'Semester' });
    expect(byPerson[group[0].id]).toMatchObject({ partstat: 'NEEDS-ACTION', respondedAt: null });
    expect(byPerson[emma.id]).toMatchObject({ partstat: 'NEEDS-ACTION', respondedAt: null });
    const audit = await dataSource.query(
      `SELECT actor_id, after FROM audit_log WHERE action = 'invitation.respond' AND entity_id = $1 ORDER BY id`,
      [meeting.id],
    );
    expect(audit.map((row: any) => [row.actor_id, row.after.partstat, row.after.source])).toEqual([
      [asa.id, 'ACCEPTED', 'link'],
      [jorgen.id, 'DECLINED', 'link'],
    ]);

    // Answers reach later messages: the next REQUEST carries the PARTSTATs.
    expect((await move(meeting.id, new Date('2027-02-16T09:00:00Z'))).status).toBe(200);
    await waitForMails(group, 2);
    const attendees = readCalendarEmail(mailsTo(emma)[1]).attendees;
    expect(Object.fromEntries(attendees.map((a) => [a.email, a.partstat]))).toMatchObject({
      [asa.email]: 'ACCEPTED',
      [jorgen.email]: 'DECLINED',
      [emma.email]: 'NEEDS-ACTION',
    });

    // Unknown, removed, cancelled.
    const unknown = await t.request({ method: 'GET', url: `/rsvp/${'x'.repeat(43)}` });
    expect(unknown.status).toBe(404);
    expect(unknown.text).toContain('Länken hittades inte');
    await driver.removeParticipant(meeting.id, jorgen.id);
    const revoked = await t.request({
      method: 'POST',
      url: `/rsvp/${jorgenToken}`,
      body: { partstat: 'ACCEPTED' },
    });
    expect(revoked.status).toBe(410);
    expect(revoked.body.code).toBe('RSVP_LINK_REVOKED');
    const revokedPage = await t.request({ method: 'GET', url: `/rsvp/${jorgenToken}` });
    expect(revokedPage.status).toBe(410);
    expect(revokedPage.text).toContain('Länken gäller inte längre');
    await driver.cancel(meeting.id);
    const cancelled = await t.request({
      method: 'POST',
      url: `/rsvp/${asaToken}`,
      body: { partstat: 'TENTATIVE' },
    });
    expect(cancelled.status).toBe(410);
    expect(cancelled.body.code).toBe('RSVP_MEETING_CANCELLED');
    const after = await invitations(meeting.id);
    expect(after.body.items.find((item: any) => item.person.id === asa.id).partstat).toBe('ACCEPTED');
    expect(after.body.items.find((item: any) => item.person.id === jorgen.id).partstat).toBe('DECLINED');
  });

  it('answers 410 for an RSVP link once the meeting ended more than RSVP_GRACE_DAYS ago', async () => {
    const [person] = await insertPeople(dataSource, orgs['2480'], [{ name: 'Sen Svarare' }]);
    await meetingFor([person], new Date(Date.now() - 31 * 24 * 3600_000), 'Förra månadens möte');
    await waitForMails([person], 1);
    const rsvp = rsvpTokenOf(mailsTo(person)[0]);
    const page = await t.request({ method: 'GET', url: `/rsvp/${rsvp}` });
    expect([page.status, page.text.includes('Länken har gått ut')]).toEqual([410, true]);
    const answer = await t.request({ method: 'POST', url: `/rsvp/${rsvp}`, body: { partstat: 'ACCEPTED' } });
    expect([answer.status, answer.body.code]).toEqual([410, 'RSVP_LINK_EXPIRED']);
  });

  it('records iMIP-style answers by UID and address; strangers, unknown UIDs and old SEQUENCEs change nothing', async () => {
    const group = await people();
    const meeting = await meetingFor(group, FEB_10_AT_10);
    const service = t.app.get(InvitationService);
    const [, asa, jorgen] = group;
    await expect(
      service.recordResponse({
        uid: meeting.uid,
        attendeeEmail: asa.email.toUpperCase(),
        partstat: 'TENTATIVE',
        source: 'email',
        sequence: 0,
      }),
    ).resolves.toEqual({ status: 'updated' });
    await expect(
      service.recordResponse({
        uid: meeting.uid,
        attendeeEmail: 'stranger@example.se',
        partstat: 'ACCEPTED',
        source: 'email',
      }),
    ).resolves.toEqual({ status: 'not-invited' });
    await expect(
      service.recordResponse({
        uid: 'no-such-uid@x',
        attendeeEmail: asa.email,
        partstat: 'ACCEPTED',
        source: 'email',
      }),
    ).resolves.toEqual({ status: 'unknown-meeting' });
    // Meeting id with someone else's address: never another person's row.
    await expect(
      service.recordResponse({
        meetingId: meeting.id,
        personId: jorgen.id,
        attendeeEmail: asa.email,
        partstat: 'DECLINED',
        source: 'api',
      }),
    ).resolves.toEqual({ status: 'not-invited' });
    expect((await move(meeting.id, new Date('2027-02-10T09:00:00Z'))).status).toBe(200);
    await expect(
      service.recordResponse({
        uid: meeting.uid,
        attendeeEmail: jorgen.email,
        partstat: 'ACCEPTED',
        source: 'email',
        sequence: 0,
      }),
    ).resolves.toEqual({ status: 'stale' });
    await expect(
      service.recordResponse({
        uid: meeting.uid,
        attendeeEmail: jorgen.email,
        partstat: 'ACCEPTED',
        source: 'email',
        sequence: 1,
      }),
    ).resolves.toEqual({ status: 'updated' });
    await expect(
      service.recordResponse({
        meetingId: meeting.id,
        personId: jorgen.id,
        partstat: 'ACCEPTED',
        source: 'api',
      }),
    ).resolves.toEqual({ status: 'unchanged' });
    const rows = await dataSource.query(
      `SELECT person_id, partstat FROM meeting_participants WHERE meeting_id = $1 ORDER BY added_at, person_id`,
      [meeting.id],
    );
    const partstats = Object.fromEntries(rows.map((row: any) => [row.person_id, row.partstat]));
    expect(partstats).toEqual({
      [group[0].id]: 'NEEDS-ACTION',
      [asa.id]: 'TENTATIVE',
      [jorgen.id]: 'ACCEPTED',
      [group[3].id]: 'NEEDS-ACTION',
    });
  });

  it('scopes the invitation list and calendar.ics like the meeting: 404 for another municipality', async () => {
    const group = await people();
    const meeting = await meetingFor(group, FEB_10_AT_10);
    const umea = await createPerson(t, token, { organizationId: orgs['2480'], roles: ['participant'] });
    const skelleftea = await createPerson(t, token, { organizationId: orgs['2482'], roles: ['secretary'] });
    const umeaToken = await t.login(umea.email, umea.password);
    const skellefteaToken = await t.login(skelleftea.email, skelleftea.password);
    expect((await invitations(meeting.id, umeaToken)).status).toBe(200);
    const foreign = await invitations(meeting.id, skellefteaToken);
    expect([foreign.status, foreign.body.code]).toEqual([404, 'MEETING_NOT_FOUND']);
    const foreignIcs = await t.request({
      method: 'GET',
      url: `/api/meetings/${meeting.id}/calendar.ics`,
      token: skellefteaToken,
    });
    expect(foreignIcs.status).toBe(404);
    expect((await invitations('00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await t.request({ method: 'GET', url: `/api/meetings/${meeting.id}/invitations` })).status).toBe(
      401,
    );

    const ics = await t.request({
      method: 'GET',
      url: `/api/meetings/${meeting.id}/calendar.ics`,
      token: umeaToken,
    });
    expect(ics.status).toBe(200);
    expect(ics.text).toContain('METHOD:PUBLISH');
    expect(ics.text).toContain('STATUS:CONFIRMED');
    expect(ics.text).toContain('DTSTART;TZID=Europe/Stockholm:20270209T100000');
    expect(ics.text).not.toContain('ATTENDEE');
  });

  describe('through the meetings API', () => {
    it('invites on POST, coalesces two quick PATCHes, cancels a removed participant, and cancels for all', async () => {
      const coordinator = await createPerson(t, token, {
        organizationId: orgs['24'],
        roles: ['coordinator'],
      });
      const bearer = await t.login(coordinator.email, coordinator.password);
      const group = await people();
      const created = await t.request({
        method: 'POST',
        url: '/api/meetings',
        token: bearer,
        body: {
          title: 'Samverkansmöte Umeå, vår',
          start: '2027-03-02T10:00:00+01:00',
          end: '2027-03-02T11:30:00+01:00',
          mode: 'onsite',
          locationAddress: 'Stadshuset, Umeå',
          organizationIds: [orgs['2480']],
          participants: group.map((person, index) => ({
            personId: person.id,
            role: index === 0 ? 'chair' : 'required',
          })),
          status: 'confirmed',
        },
      });
      expect(created.status).toBe(201);
      const meeting = created.body;
      await waitForMails(group, 1);
      for (const person of group) {
        const calendar = readCalendarEmail(mailsTo(person)[0]);
        expectInvariants(calendar, meeting.uid, meeting.id);
        expect([calendar.method, calendar.sequence, calendar.startUtc]).toEqual([
          'REQUEST',
          0,
          '2027-03-02T09:00:00.000Z',
        ]);
      }

      const patch = (body: Record<string, unknown>) =>
        t.request({ method: 'PATCH', url: `/api/meetings/${meeting.id}`, token: bearer, body });
      expect(
        (await patch({ start: '2027-03-03T10:00:00+01:00', end: '2027-03-03T11:30:00+01:00' })).status,
      ).toBe(200);
      expect(
        (await patch({ start: '2027-03-04T13:00:00+01:00', end: '2027-03-04T14:30:00+01:00' })).body.sequence,
      ).toBe(2);
      await waitForMails(group, 2);
      await sleep(DEBOUNCE_MS * 2);
      for (const person of group) {
        expect(mailsTo(person)).toHaveLength(2);
        const calendar = readCalendarEmail(mailsTo(person)[1]);
        expect([calendar.uid, calendar.method, calendar.sequence, calendar.startUtc]).toEqual([
          meeting.uid,
          'REQUEST',
          2,
          '2027-03-04T12:00:00.000Z',
        ]);
      }

      const remaining = group.filter((person) => person.id !== group[2].id);
      const removed = await patch({
        participants: remaining.map((person, index) => ({
          personId: person.id,
          role: index === 0 ? 'chair' : 'required',
        })),
      });
      expect(removed.status).toBe(200);
      await waitForMails([group[2]], 3);
      const cancel = readCalendarEmail(mailsTo(group[2])[2]);
      expect([cancel.method, cancel.sequence, cancel.attendees.map((a) => a.email)]).toEqual([
        'CANCEL',
        2,
        [group[2].email],
      ]);

      const cancelled = await t.request({
        method: 'POST',
        url: `/api/meetings/${meeting.id}/cancel`,
        token: bearer,
        body: { reason: 'Ersätts av ett gemensamt möte' },
      });
      expect(cancelled.status).toBe(200);
      await waitForMails(remaining, 3);
      await sleep(DEBOUNCE_MS * 2);
      for (const person of remaining) {
        const calendar = readCalendarEmail(mailsTo(person)[2]);
        expect([calendar.method, calendar.status, calendar.sequence]).toEqual(['CANCEL', 'CANCELLED', 3]);
        expect(calendar.attendees.map((a) => a.email).sort()).toEqual(remaining.map((p) => p.email).sort());
      }
      // The removed participant hears nothing more.
      expect(mailsTo(group[2])).toHaveLength(3);
    });
  });

  describe('reminders', () => {
    const isReminder = (mail: ReceivedMail) => /^(Påminnelse|Reminder): /.test(mail.parsed.subject ?? '');
    const remindersTo = (person: TestPerson) => mailsTo(person).filter(isReminder);

    it('sends only the reminder of the new time, once, when a meeting moves after its reminder was scheduled', async () => {
      const group = await people();
      const reminders = t.app.get(DueReminders);
      const soon = (seconds: number) => new Date(Date.now() + 24 * 3600_000 + seconds * 1000);
      const meeting = await meetingFor(group, soon(3), 'Samverkansmöte med påminnelse');
      const [first] = await reminders.findByMeeting(meeting.id);
      expect(first).toMatchObject({ offsetCode: 'P1D', meetingSequence: 0, sentAt: null });
      // As if the scheduler had enqueued the old reminder just before the move.
      await t.app
        .get(JobProducer)
        .add(
          'reminders',
          'reminder.send',
          { reminderId: first.id },
          { jobId: jobIdFor('reminder.send', meeting.id, 'P1D', '0'), runAt: first.dueAt },
        );
      const newStart = soon(5);
      expect((await move(meeting.id, newStart)).status).toBe(200);
      const rows = await reminders.findByMeeting(meeting.id);
      expect(rows.map((row) => [row.offsetCode, row.meetingSequence, row.sentAt])).toEqual([
        ['P1D', 1, null],
      ]);

      await eventually(
        () => (group.every((person) => remindersTo(person).length === 1) ? true : undefined),
        'one reminder each',
      );
      // Past both due times and several scheduler ticks: nothing more.
      await sleep(1500);
      for (const person of group) expect(remindersTo(person)).toHaveLength(1);
      const text = remindersTo(group[1])[0].parsed.text ?? '';
      const stockholm = new Intl.DateTimeFormat('sv-SE', {
        timeZone: 'Europe/Stockholm',
        hour: '2-digit',
        minute: '2-digit',
      }).format(newStart);
      expect(text).toContain(`kl. ${stockholm}`);
      expect(text).toMatch(/\/rsvp\/[A-Za-z0-9_-]{43}/);
      expect(remindersTo(group[3])[0].parsed.subject).toMatch(/^Reminder: Samverkansmöte med påminnelse – /);
      const sent = await reminders.findByMeeting(meeting.id);
      expect(sent).toHaveLength(1);
      expect(sent[0].sentAt).not.toBeNull();
      // Enqueued and sent again by hand: already sent.
      await expect(t.app.get(ReminderSender).send(sent[0].id)).resolves.toEqual({
        result: 'skipped',
        reason: 'already-sent',
      });
      await expect(t.app.get(ReminderSender).send(first.id)).resolves.toEqual({
        result: 'skipped',
        reason: 'gone',
      });
    });

    it('sends no reminder for a cancelled meeting', async () => {
      const group = await people();
      const reminders = t.app.get(DueReminders);
      const meeting = await meetingFor(group, new Date(Date.now() + 24 * 3600_000 + 1500), 'Inställt möte');
      expect(await reminders.findByMeeting(meeting.id)).toHaveLength(1);
      await driver.cancel(meeting.id);
      expect(await reminders.findByMeeting(meeting.id)).toEqual([]);
      await sleep(2500);
      for (const person of group) expect(remindersTo(person)).toHaveLength(0);
    });
  });

  it('links every email only to pages of the web app or public link pages', () => {
    expect(sink.messages.length).toBeGreaterThan(0);
    expect(linksOffThePages(sink.messages, PUBLIC_URL)).toEqual([]);
  });
});
