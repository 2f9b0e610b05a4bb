import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { DataSource } from 'typeorm';
import { ImipListener } from '../src/imip/imip-listener';
import { imipTransport } from './helpers/imip-transport';
import { linksOf, linksOffThePages } from './helpers/email-links';
import { eventually } from './helpers/eventually';
import { fixtureReplyMessage } from './helpers/imip-messages';
import { readCalendarEmail, rsvpTokenOf } from './helpers/invitation-fixtures';
import {
  type CreatedPerson,
  adminLogin,
  createPerson,
  organizationIdsByCode,
} from './helpers/people-fixtures';
import { type ReceivedMail, SmtpSink } from './helpers/smtp-sink';
import { PUBLIC_URL, type TestApp, startTestApp } from './helpers/test-app';

const SENDER = 'samverkan@regionvasterbotten.example.se';
const REPLIES = join(__dirname, 'fixtures/calendar/replies');
const DAY = 24 * 3600 * 1000;

/** An ATTENDEE as ical.js reads it: its address and the parameters delegation is about. */
interface Attendee {
  email: string;
  partstat: string | undefined;
  delegatedTo: string | undefined;
  delegatedFrom: string | undefined;
}

function attendeesOf(mail: ReceivedMail): Attendee[] {
  const { ics } = readCalendarEmail(mail);
  const event = new ICAL.Component(ICAL.parse(ics) as unknown[]).getFirstSubcomponent('vevent')!;
  return event.getAllProperties('attendee').map((prop) => ({
    email: String(prop.getFirstValue()).replace(/^mailto:/i, ''),
    partstat: prop.getParameter('partstat') as string | undefined,
    delegatedTo: prop.getParameter('delegated-to') as string | undefined,
    delegatedFrom: prop.getParameter('delegated-from') as string | undefined,
  }));
}

/**
 * Issue 17, point 2: a participant sends a colleague in their place from the web app's API, the RSVP page or
 * their calendar (an iMIP REPLY with PARTSTAT=DELEGATED as Outlook and Google write it). Through the real
 * database, the outbox and worker, a real SMTP server (mailparser) and ical.js.
 */
describe('substitutes (ersättare)', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let coordinatorToken: string;
  let coordinator: CreatedPerson;
  let orgs: Record<string, string>;
  let chair: CreatedPerson;
  let anna: CreatedPerson;
  let bo: CreatedPerson;
  let cecilia: CreatedPerson;
  let dag: CreatedPerson;
  let erik: CreatedPerson;
  let annaToken: string;
  let transport: ReturnType<typeof imipTransport>;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    t = await startTestApp({
      SMTP_URL: sink.url,
      MAIL_FROM: `Region Västerbotten Samverkan <${SENDER}>`,
      PUBLIC_URL,
      INVITATION_DEBOUNCE_MS: '200',
      JOB_BACKOFF_MS: '100',
      IMIP_SMTP_PORT: '0',
    });
    const adminToken = await adminLogin(t);
    orgs = await organizationIdsByCode(t, adminToken);
    const person = (code: string, name: string, roles = ['participant']) =>
      createPerson(t, adminToken, { organizationId: orgs[code], roles, name });
    coordinator = await person('24', 'Kerstin Samordnare', ['coordinator']);
    coordinatorToken = await t.login(coordinator.email, coordinator.password);
    chair = await person('24', 'Region Ordförande');
    anna = await person('2481', 'Anna Lund');
    bo = await person('2481', 'Bo Berg');
    cecilia = await person('2481', 'Cecilia Ek');
    dag = await person('2481', 'Dag Dahl');
    erik = await person('2482', 'Erik Lundström');
    annaToken = await t.login(anna.email, anna.password);
    const agreement = await t.request({
      method: 'PUT',
      url: `/api/organizations/${orgs['2481']}/agreement`,
      token: coordinatorToken,
      body: {
        cadence: 'P3M',
        preferredMode: 'digital',
        validFrom: '2026-01-01',
        defaultParticipantIds: [anna.id],
        substitutes: [{ personId: cecilia.id, forPersonId: anna.id }],
      },
    });
    expect(agreement.status).toBe(200);
    expect(agreement.body.substitutes).toEqual([{ personId: cecilia.id, forPersonId: anna.id }]);
    expect(agreement.body.people.map((p: { id: string }) => p.id)).toContain(cecilia.id);
    const listener = t.app.get(ImipListener);
    transport = imipTransport(listener.port);
  });

  afterAll(async () => {
    transport?.close();
    await t?.close();
    await sink?.stop();
  });

  let days = 10;
  /** A confirmed meeting with Lycksele, a few days after the last one. */
  async function meeting(participants: CreatedPerson[]): Promise<{ id: string; uid: string }> {
    const start = new Date(Date.now() + days++ * DAY);
    start.setUTCHours(9, 0, 0, 0);
    const response = await t.request({
      method: 'POST',
      url: '/api/meetings',
      token: coordinatorToken,
      body: {
        title: 'Samverkansmöte Lycksele',
        start: start.toISOString(),
        end: new Date(start.getTime() + 90 * 60_000).toISOString(),
        status: 'confirmed',
        organizationIds: [orgs['2481']],
        participants: participants.map((p, index) => ({
          personId: p.id,
          role: index === 0 ? 'chair' : 'required',
        })),
      },
    });
    expect(response.status).toBe(201);
    return { id: response.body.id, uid: response.body.uid };
  }

  const isCalendarEmail = (mail: ReceivedMail) =>
    mail.parsed.attachments.some((attachment) => attachment.contentType === 'text/calendar');

  /** The calendar emails of one meeting to one person, in the order they came. */
  const mailsOf = (person: CreatedPerson, uid: string): ReceivedMail[] =>
    sink.to(person.email).filter((mail) => isCalendarEmail(mail) && readCalendarEmail(mail).uid === uid);

  /** The notices (no calendar) to one person whose subject starts so. */
  const noticesTo = (person: CreatedPerson, subject: string): ReceivedMail[] =>
    sink
      .to(person.email)
      .filter((mail) => !isCalendarEmail(mail) && (mail.parsed.subject ?? '').startsWith(subject));

  const waitForNotice = (person: CreatedPerson, subject: string): Promise<ReceivedMail> =>
    eventually(() => noticesTo(person, subject)[0], `"${subject}" to ${person.email}`);

  async function waitForMails(person: CreatedPerson, uid: string, count: number): Promise<ReceivedMail[]> {
    return eventually(() => {
      const mails = mailsOf(person, uid);
      return mails.length >= count ? mails : undefined;
    }, `${count} email(s) of ${uid} to ${person.email}`);
  }

  const invitations = async (meetingId: string) => {
    const response = await t.request({
      method: 'GET',
      url: `/api/meetings/${meetingId}/invitations`,
      token: coordinatorToken,
    });
    expect(response.status).toBe(200);
    return response.body.items as Array<{
      person: { id: string; name: string };
      partstat: string;
      role: string;
      comment: string | null;
      delegatedTo: { id: string; name: string } | null;
      delegatedFrom: { id: string; name: string } | null;
    }>;
  };

  const sendSubstitute = (meetingId: string, personId: string, token = annaToken, comment?: string) =>
    t.request({
      method: 'POST',
      url: `/api/meetings/${meetingId}/substitute`,
      token,
      body: { personId, ...(comment ? { comment } : {}) },
    });

  it('in the web app: offers colleagues (the standing substitute first), refuses others, and invites the substitute', async () => {
    const { id, uid } = await meeting([chair, anna, dag]);
    await waitForMails(anna, uid, 1);

    const offered = await t.request({
      method: 'GET',
      url: `/api/meetings/${id}/substitutes`,
      token: annaToken,
    });
    expect(offered.status).toBe(200);
    // Cecilia is the agreement's standing substitute for Anna; Dag already takes part; Erik is of Skellefteå.
    expect(offered.body.items).toEqual([
      { id: cecilia.id, name: 'Cecilia Ek', standing: true },
      { id: bo.id, name: 'Bo Berg', standing: false },
    ]);

    // Another municipality's person and the region's are not colleagues: 404, nothing written.
    for (const other of [erik, chair]) {
      const refused = await sendSubstitute(id, other.id);
      expect(refused.status).toBe(404);
      expect(refused.body.code).toBe('SUBSTITUTE_NOT_FOUND');
    }
    const taking = await sendSubstitute(id, dag.id);
    expect([taking.status, taking.body.code]).toEqual([409, 'SUBSTITUTE_TAKING_PART']);
    const swedish = await t.request({
      method: 'POST',
      url: `/api/meetings/${id}/substitute`,
      token: annaToken,
      headers: { 'accept-language': 'sv' },
      body: { personId: erik.id },
    });
    expect(swedish.body.message).toBe('Ersättaren finns inte bland dina kollegor i samma organisation');
    expect((await invitations(id)).find((row) => row.person.id === anna.id)?.partstat).toBe('NEEDS-ACTION');
    // Someone who is not a participant cannot send anyone: 403.
    const boToken = await t.login(bo.email, bo.password);
    expect((await sendSubstitute(id, cecilia.id, boToken)).status).toBe(403);

    const sent = await sendSubstitute(id, cecilia.id, annaToken, 'Jag är på semester');
    expect(sent.status).toBe(200);
    expect(sent.body.status).toBe('updated');
    expect(sent.body.invitation).toMatchObject({
      partstat: 'DELEGATED',
      comment: 'Jag är på semester',
      delegatedTo: { id: cecilia.id, name: 'Cecilia Ek' },
      delegatedFrom: null,
    });
    expect((await sendSubstitute(id, cecilia.id)).body.status).toBe('unchanged');

    // The organizer sees both: the delegator's answer and the substitute who stands in for her.
    const rows = await invitations(id);
    expect(rows.find((row) => row.person.id === anna.id)).toMatchObject({
      partstat: 'DELEGATED',
      delegatedTo: { id: cecilia.id, name: 'Cecilia Ek' },
    });
    expect(rows.find((row) => row.person.id === cecilia.id)).toMatchObject({
      partstat: 'NEEDS-ACTION',
      role: 'required',
      delegatedFrom: { id: anna.id, name: 'Anna Lund' },
      delegatedTo: null,
    });
    const view = await t.request({ method: 'GET', url: `/api/meetings/${id}`, token: coordinatorToken });
    expect(view.body.participants.find((p: { personId: string }) => p.personId === anna.id)).toMatchObject({
      partstat: 'DELEGATED',
      delegatedToPersonId: cecilia.id,
    });
    expect(view.body.participants.find((p: { personId: string }) => p.personId === cecilia.id)).toMatchObject(
      {
        delegatedFromPersonId: anna.id,
      },
    );

    // The substitute's own invitation: a REQUEST of the same UID, her ATTENDEE with DELEGATED-FROM.
    const [invitation] = await waitForMails(cecilia, uid, 1);
    const calendar = readCalendarEmail(invitation);
    expect([calendar.method, calendar.headerMethod, calendar.sequence]).toEqual(['REQUEST', 'REQUEST', 0]);
    expect(rsvpTokenOf(invitation)).toHaveLength(43);
    const attendees = attendeesOf(invitation);
    expect(attendees.find((a) => a.email === cecilia.email)).toMatchObject({
      partstat: 'NEEDS-ACTION',
      delegatedFrom: `mailto:${anna.email}`,
    });
    expect(attendees.find((a) => a.email === anna.email)).toMatchObject({
      partstat: 'DELEGATED',
      delegatedTo: `mailto:${cecilia.email}`,
    });
    // Nothing new for the others: the delegation did not change the meeting's SEQUENCE.
    expect(mailsOf(anna, uid)).toHaveLength(1);

    // A move reaches the substitute and the delegator (who keeps being informed), both naming the delegation.
    const current = await t.request({ method: 'GET', url: `/api/meetings/${id}`, token: coordinatorToken });
    const start = new Date(new Date(current.body.startAt).getTime() + 2 * 3600_000);
    const moved = await t.request({
      method: 'PATCH',
      url: `/api/meetings/${id}`,
      token: coordinatorToken,
      body: { start: start.toISOString(), end: new Date(start.getTime() + 90 * 60_000).toISOString() },
    });
    expect(moved.status).toBe(200);
    for (const person of [cecilia, anna, dag, chair]) {
      const mails = await waitForMails(person, uid, 2);
      const update = readCalendarEmail(mails[1]);
      expect([update.method, update.sequence, update.startUtc]).toEqual(['REQUEST', 1, start.toISOString()]);
      expect(attendeesOf(mails[1]).find((a) => a.email === anna.email)).toMatchObject({
        partstat: 'DELEGATED',
        delegatedTo: `mailto:${cecilia.email}`,
      });
    }

    // So does the cancellation.
    const cancelled = await t.request({
      method: 'POST',
      url: `/api/meetings/${id}/cancel`,
      token: coordinatorToken,
      body: { reason: 'Flyttas till våren' },
    });
    expect(cancelled.status).toBe(200);
    for (const person of [cecilia, anna]) {
      const mails = await waitForMails(person, uid, 3);
      const cancel = readCalendarEmail(mails[2]);
      expect([cancel.method, cancel.status, cancel.sequence]).toEqual(['CANCEL', 'CANCELLED', 2]);
    }
    expect((await sendSubstitute(id, bo.id)).body.code).toBe('RSVP_MEETING_CANCELLED');
  });

  it('from the RSVP page: a picker of colleagues, a refusal shown on the page, and the substitute invited', async () => {
    const { id, uid } = await meeting([chair, anna, dag]);
    const [mail] = await waitForMails(anna, uid, 1);
    const token = rsvpTokenOf(mail);

    const page = await t.request({ method: 'GET', url: `/rsvp/${token}` });
    expect(page.status).toBe(200);
    expect(page.text).toContain('<summary>Skicka ersättare</summary>');
    expect(page.text).toContain(`<form method="post" action="/rsvp/${token}/substitute">`);
    const standing = page.text.indexOf('<optgroup label="Stående ersättare enligt överenskommelsen">');
    expect(standing).toBeGreaterThan(0);
    expect(page.text.indexOf(`<option value="${cecilia.id}">Cecilia Ek</option>`)).toBeGreaterThan(standing);
    expect(page.text.indexOf(`<option value="${bo.id}">Bo Berg</option>`)).toBeGreaterThan(
      page.text.indexOf('<optgroup label="Kollegor">'),
    );
    expect(page.text).not.toContain(dag.id);
    expect(page.text).not.toContain(erik.id);

    const form = (personId: string) =>
      t.request({
        method: 'POST',
        url: `/rsvp/${token}/substitute`,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: Buffer.from(new URLSearchParams({ personId, comment: 'Bo tar det här' }).toString()),
      });
    const taking = await form(dag.id);
    expect(taking.status).toBe(409);
    expect(taking.text).toContain('Personen deltar redan i mötet. Välj någon annan.');
    expect(taking.text).toContain('<details open>');
    const foreign = await form(erik.id);
    expect(foreign.status).toBe(404);
    expect(foreign.text).toContain('Ersättaren finns inte bland dina kollegor');

    const sent = await form(bo.id);
    expect(sent.status).toBe(200);
    expect(sent.headers['content-security-policy']).toContain("default-src 'none'");
    expect(sent.text).toContain('Tack! Bo Berg har fått en kallelse i ditt ställe.');

    const json = await t.request({
      method: 'GET',
      url: `/rsvp/${token}`,
      headers: { accept: 'application/json' },
    });
    expect(json.body).toMatchObject({ partstat: 'DELEGATED', delegatedTo: { name: 'Bo Berg' } });
    expect((await invitations(id)).find((row) => row.person.id === anna.id)).toMatchObject({
      partstat: 'DELEGATED',
      comment: 'Bo tar det här',
      delegatedTo: { id: bo.id },
    });

    const [invitation] = await waitForMails(bo, uid, 1);
    expect(readCalendarEmail(invitation).method).toBe('REQUEST');
    expect(attendeesOf(invitation).find((a) => a.email === bo.email)?.delegatedFrom).toBe(
      `mailto:${anna.email}`,
    );
    // The substitute's own link shows whom he stands in for.
    const boPage = await t.request({ method: 'GET', url: `/rsvp/${rsvpTokenOf(invitation)}` });
    expect(boPage.text).toContain('Du är ersättare för Anna Lund.');
  });

  async function sendReply(raw: string, from: string): Promise<{ code: number; response: string }> {
    try {
      const info = await transport.sendMail({ envelope: { from, to: [SENDER] }, raw });
      return { code: Number(String(info.response).slice(0, 3)), response: String(info.response) };
    } catch (error) {
      const failure = error as { responseCode?: number; response?: string };
      if (!failure.responseCode) throw error;
      return { code: failure.responseCode, response: String(failure.response) };
    }
  }

  /** The fixture's meeting and people swapped for this test's. */
  const swap = (uid: string, substitute: CreatedPerson) => ({
    'meeting-7f3c@samverkan.example': uid,
    'Anna.Lund@Lycksele.se': anna.email,
    'anna.lund@lycksele.se': anna.email,
    'Bo.Berg@Lycksele.se': substitute.email,
    'bo.berg@lycksele.se': substitute.email,
  });

  it.each(['outlook', 'google'] as const)(
    'from the calendar: a DELEGATED reply as %s writes it invites the substitute',
    async (client) => {
      const { id, uid } = await meeting([chair, anna]);
      await waitForMails(anna, uid, 1);
      const ics = readFileSync(join(REPLIES, `${client}-delegated.ics`), 'utf8');
      const raw = fixtureReplyMessage(ics, client, { name: 'Anna Lund', email: anna.email }, swap(uid, bo));
      const answer = await sendReply(raw, anna.email);
      expect(answer.code).toBe(250);
      expect(answer.response).toContain('Reply recorded');
      expect(answer.response).not.toContain('not accepted');

      expect((await invitations(id)).find((row) => row.person.id === anna.id)).toMatchObject({
        partstat: 'DELEGATED',
        delegatedTo: { id: bo.id, name: 'Bo Berg' },
        comment: client === 'outlook' ? 'Jag är på semester, Bo kommer i mitt ställe.' : 'Bo tar mötet',
      });
      const [invitation] = await waitForMails(bo, uid, 1);
      expect(attendeesOf(invitation).find((a) => a.email === bo.email)?.delegatedFrom).toBe(
        `mailto:${anna.email}`,
      );
      // The same reply again changes nothing and invites nobody twice.
      expect((await sendReply(raw, anna.email)).response).toContain('already recorded');
    },
  );

  it('from the calendar: a substitute of another organization is refused; the answer is kept as delegated', async () => {
    const { id, uid } = await meeting([chair, anna]);
    await waitForMails(anna, uid, 1);
    const ics = readFileSync(join(REPLIES, 'google-delegated.ics'), 'utf8');
    const raw = fixtureReplyMessage(ics, 'google', { name: 'Anna Lund', email: anna.email }, swap(uid, erik));
    const answer = await sendReply(raw, anna.email);
    expect(answer.code).toBe(250);
    expect(answer.response).toContain('the substitute was not accepted');
    const rows = await invitations(id);
    expect(rows.find((row) => row.person.id === anna.id)).toMatchObject({
      partstat: 'DELEGATED',
      delegatedTo: null,
    });
    expect(rows.map((row) => row.person.id)).not.toContain(erik.id);

    // Anna hears why and what to do, with her answer link; Kerstin, who set the meeting up, hears it too.
    const notice = await waitForNotice(anna, 'Din ersättare kunde inte tas emot: Samverkansmöte Lycksele');
    const text = notice.parsed.text ?? '';
    expect(text).toContain('Hej Anna Lund,');
    expect(text).toContain(`Adressen ${erik.email} hör inte till någon aktiv kollega i din organisation.`);
    expect(text).toContain(
      'Ditt svar är registrerat som att du inte kommer, och ingen ersättare är inbjuden.',
    );
    expect(text).toContain('Skicka ersättare');
    const link = linksOf(notice).find((url) => url.startsWith(`${PUBLIC_URL}/rsvp/`))!;
    const page = await t.request({
      method: 'GET',
      url: link.slice(PUBLIC_URL.length),
      headers: { accept: 'application/json' },
    });
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ partstat: 'DELEGATED', delegatedTo: null });
    expect(page.body.substitutes.map((s: { id: string }) => s.id)).toContain(cecilia.id);

    const organizerNotice = await waitForNotice(coordinator, 'Ersättare för Anna Lund kunde inte tas emot');
    const organizerText = organizerNotice.parsed.text ?? '';
    expect(organizerText).toContain('Hej Kerstin Samordnare,');
    expect(organizerText).toContain(
      'Ersättarens adress hör inte till någon aktiv kollega i samma organisation.',
    );
    expect(organizerText).toContain(`${PUBLIC_URL}/meetings/${id}`);
    // The refused address is the delegator's to see, not the organizer's.
    expect(organizerText).not.toContain(erik.email);
    expect(linksOffThePages([notice, organizerNotice], PUBLIC_URL)).toEqual([]);
    expect(sink.to(erik.email)).toHaveLength(0);

    // The same reply again records nothing new and tells nobody twice (queued in the reply's transaction).
    expect((await sendReply(raw, anna.email)).response).toContain('already recorded');
    const [{ count }] = await t.app
      .get(DataSource)
      .query(
        `SELECT count(*)::int AS count FROM emails WHERE related_id = $1 AND template LIKE 'delegation-refused%'`,
        [id],
      );
    expect(count).toBe(2);

    // A colleague chosen afterwards on the web replaces the refused one.
    const sent = await sendSubstitute(id, cecilia.id);
    expect(sent.body.invitation.delegatedTo).toEqual({ id: cecilia.id, name: 'Cecilia Ek' });
    await waitForMails(cecilia, uid, 1);
    expect(mailsOf(erik, uid)).toHaveLength(0);
  });
});
