import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { eventually } from './helpers/eventually';
import { assertValidPdf, pdfText } from './helpers/pdf-text';
import { readCalendarEmail, rsvpTokenOf } from './helpers/invitation-fixtures';
import { MINUTES_PEOPLE, signedInPeople } from './helpers/signed-in-people';
import { adminLogin, organizationIdsByCode } from './helpers/people-fixtures';
import { type ReceivedMail, SmtpSink } from './helpers/smtp-sink';
import { type TestApp, startTestApp } from './helpers/test-app';

/**
 * Issue 17 point 1 meets issue 18 points 5 and 6: a guest of one meeting is personal data like a member. The
 * data protection officer (an admin) finds by the email they were invited with what Samverkan holds about a
 * guest, on every meeting they were a guest of, and erases it; the meetings and their records stay.
 */
describe('a guest’s personal data: export and erasure by email', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let db: Client;
  let adminToken: string;
  let tokens: Record<string, string>;
  let people: Awaited<ReturnType<typeof signedInPeople>>['people'];
  const meetings: Array<{ id: string; uid: string; title: string }> = [];

  const GUEST = 'gudrun.gast@example.se';
  const REASON = 'Begäran om radering från Gudrun Gäst 2026-12-07';
  const api = (method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, token: string, body?: unknown) =>
    t.request({ method, url, token, body });
  const guestRequests = (): ReceivedMail[] =>
    sink.to(GUEST).filter((mail) => readCalendarEmail(mail).method === 'REQUEST');

  beforeAll(async () => {
    sink = await SmtpSink.start();
    t = await startTestApp({ SMTP_URL: sink.url, INVITATION_DEBOUNCE_MS: '50', JOB_BACKOFF_MS: '100' });
    db = new Client({ connectionString: t.db.url });
    await db.connect();
    adminToken = await adminLogin(t);
    const orgs = await organizationIdsByCode(t, adminToken);
    ({ people, tokens } = await signedInPeople(t, adminToken, orgs, MINUTES_PEOPLE));
    for (const day of [14, 21]) {
      const title = `Samverkansmöte Umeå med gäst ${randomUUID().slice(0, 6)}`;
      const created = await api('POST', '/api/meetings', tokens.secretary, {
        title,
        start: `2031-05-${day}T08:00:00Z`,
        end: `2031-05-${day}T09:30:00Z`,
        organizationIds: [orgs['2480']],
        participants: [{ personId: people.secretary.id, role: 'chair' }, { personId: people.umea.id }],
        status: 'confirmed',
      });
      expect(created.status).toBe(201);
      // Invited with the address in another case: the same guest, found by it in any case.
      const invited = await api('POST', `/api/meetings/${created.body.id}/guests`, tokens.secretary, {
        name: 'Gudrun Gäst',
        email: 'Gudrun.Gast@Example.se',
      });
      expect(invited.status).toBe(201);
      meetings.push({ id: created.body.id, uid: created.body.uid, title });
    }
    // Draft minutes of the first meeting name her as present.
    const guestId = await guestIdOn(meetings[0].id);
    const minutes = await api('PUT', `/api/meetings/${meetings[0].id}/minutes`, tokens.secretary, {
      attendance: [{ personId: guestId, status: 'present' }],
    });
    expect(minutes.status).toBe(200);
    await eventually(
      () => (guestRequests().length === 2 ? true : undefined),
      'both invitations to the guest',
    );
    // The sink has the message before the worker records it as sent: wait for the record too.
    await eventually(async () => {
      const { rows } = await db.query(
        `SELECT count(*)::int AS n FROM emails WHERE to_address = $1 AND status = 'sent'`,
        [GUEST],
      );
      return rows[0].n === 2 ? true : undefined;
    }, 'both invitations to the guest recorded as sent');
  });

  afterAll(async () => {
    await db?.end();
    await t?.close();
    await sink?.stop();
  });

  async function guestIdOn(meetingId: string): Promise<string> {
    const meeting = await api('GET', `/api/meetings/${meetingId}`, tokens.secretary);
    return meeting.body.participants.find((participant: any) => participant.guest).personId;
  }

  const exportOf = (email: string, token = adminToken) =>
    api('POST', '/api/guests/personal-data', token, { email });
  const erase = (email: string, token = adminToken, reason = REASON) =>
    api('POST', '/api/guests/erase', token, { email, reason });

  it('gives the admin, by email, each meeting the guest was invited to and the emails sent (metadata only)', async () => {
    const response = await exportOf('GUDRUN.GAST@example.se');
    expect(response.status).toBe(200);
    expect(response.body.email).toBe(GUEST);
    expect(response.body.guests).toHaveLength(2);
    response.body.guests.forEach((record: any, index: number) => {
      expect(record.person).toMatchObject({
        name: 'Gudrun Gäst',
        email: GUEST,
        roles: [],
        loginEnabled: false,
      });
      expect(record.meetings).toEqual([
        expect.objectContaining({
          meetingId: meetings[index].id,
          title: meetings[index].title,
          role: 'optional',
          answer: 'NEEDS-ACTION',
          invitationSentAt: expect.any(String),
        }),
      ]);
      expect(record.emails).toEqual([
        expect.objectContaining({ template: 'invitation', toAddress: GUEST, status: 'sent' }),
      ]);
    });
    expect(response.body.guests[0].minutes).toEqual([
      expect.objectContaining({ meetingId: meetings[0].id, as: ['attendance'] }),
    ]);
    // Metadata, not the text: neither the calendar nor the RSVP link that was in the invitation.
    expect(response.text).not.toMatch(/BEGIN:VCALENDAR|"raw"/);
    expect(response.text).not.toContain(rsvpTokenOf(guestRequests()[0]));
    const { rows } = await db.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'person.export' AND entity_id IN
         (SELECT id::text FROM people WHERE guest_meeting_id IS NOT NULL)`,
    );
    expect(rows[0].n).toBe(2);
  });

  it('gives the same as one readable PDF covering every meeting, in Swedish or in the admin’s language', async () => {
    const pdfOf = (email: string) => api('POST', '/api/guests/personal-data.pdf', adminToken, { email });
    const response = await pdfOf('Gudrun.Gast@example.se');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="personuppgifter-gast-/);
    assertValidPdf(response.raw);
    const text = pdfText(response.raw);
    expect(text).toContain('Personuppgifter i Samverkan');
    expect(text).toContain('Gudrun Gäst');
    for (const meeting of meetings) expect(text).toContain(`Gäst på mötet: ${meeting.title}`);
    const subjects = guestRequests().map((mail) => mail.parsed.subject ?? '');
    expect(subjects).toHaveLength(2);
    for (const subject of subjects) expect(text).toContain(subject);
    // Metadata, not the text: no RSVP link.
    expect(text).not.toContain(rsvpTokenOf(guestRequests()[0]));

    expect((await api('PATCH', '/api/me', adminToken, { locale: 'en' })).status).toBe(200);
    try {
      const english = pdfText((await pdfOf(GUEST)).raw);
      expect(english).toContain('Personal data in Samverkan');
      expect(english).toContain(`Guest of the meeting: ${meetings[1].title}`);
    } finally {
      await api('PATCH', '/api/me', adminToken, { locale: 'sv' });
    }
    expect(
      (await api('POST', '/api/guests/personal-data.pdf', tokens.coordinator, { email: GUEST })).status,
    ).toBe(403);
  });

  it('answers an address that was never a guest with nothing, and refuses anyone but an admin', async () => {
    const nobody = await exportOf('ingen.gast@example.se');
    expect([nobody.status, nobody.body.guests]).toEqual([200, []]);
    // A member's address is not a guest's: the member's own export is GET /api/people/{id}/personal-data.
    expect((await exportOf(people.umea.email)).body.guests).toEqual([]);
    expect((await exportOf(GUEST, tokens.coordinator)).status).toBe(403);
    expect((await erase(GUEST, tokens.secretary)).status).toBe(403);
    const bad = await exportOf('inte-en-adress');
    expect([bad.status, bad.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    const noReason = await erase(GUEST, adminToken, '');
    expect([noReason.status, noReason.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    const unknown = await erase('ingen.gast@example.se');
    expect([unknown.status, unknown.body.code]).toEqual([404, 'GUEST_NOT_FOUND']);
  });

  it('erases the guest on every meeting: name and address pseudonymised, email texts and RSVP links gone, audited', async () => {
    const guestIds = [await guestIdOn(meetings[0].id), await guestIdOn(meetings[1].id)];
    const rsvp = rsvpTokenOf(guestRequests()[0]);
    expect((await t.request({ method: 'GET', url: `/rsvp/${rsvp}` })).status).toBe(200);

    const response = await erase(GUEST.toUpperCase());
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ guests: 2, emailBodies: 2, rsvpLinks: 2, draftMinutes: 1 });

    for (const [index, id] of guestIds.entries()) {
      const meeting = await api('GET', `/api/meetings/${meetings[index].id}`, tokens.secretary);
      expect(JSON.stringify(meeting.body)).not.toMatch(/Gudrun|gudrun/);
      const { rows } = await db.query(`SELECT name, email, erased_at FROM people WHERE id = $1`, [id]);
      expect(rows[0]).toMatchObject({
        name: `Borttagen person ${id.slice(0, 8)}`,
        email: `erased+${id}@invalid`,
      });
      expect(rows[0].erased_at).toBeInstanceOf(Date);
    }
    const { rows: emails } = await db.query(
      `SELECT raw, to_address FROM emails WHERE recipient_person_id = ANY($1)`,
      [guestIds],
    );
    expect(emails).toHaveLength(2);
    expect(emails.every((email) => email.raw === '' && email.to_address.endsWith('@invalid'))).toBe(true);
    expect((await t.request({ method: 'GET', url: `/rsvp/${rsvp}` })).status).toBe(404);
    const minutes = await api('GET', `/api/meetings/${meetings[0].id}/minutes`, tokens.secretary);
    expect(JSON.stringify(minutes.body)).not.toContain('Gudrun');

    const { rows: audit } = await db.query(
      `SELECT actor_id, after FROM audit_log WHERE action = 'person.erase' AND entity_id = ANY($1)`,
      [guestIds],
    );
    expect(audit).toHaveLength(2);
    expect(audit.every((entry) => entry.after.reason === REASON)).toBe(true);

    // Nothing is held any more under the address; a second erasure finds nobody.
    expect((await exportOf(GUEST)).body.guests).toEqual([]);
    expect((await erase(GUEST)).body.code).toBe('GUEST_NOT_FOUND');
  });

  it('keeps the meeting going for the others: a later move reaches the members, never the erased guest', async () => {
    const before = sink.messages.length;
    const moved = await api('PATCH', `/api/meetings/${meetings[1].id}`, tokens.secretary, {
      start: '2031-05-22T08:00:00Z',
      end: '2031-05-22T09:30:00Z',
    });
    expect(moved.status).toBe(200);
    const update = await eventually(
      () =>
        sink
          .to(people.umea.email)
          .slice()
          .reverse()
          .find(
            (mail) => readCalendarEmail(mail).uid === meetings[1].uid && readCalendarEmail(mail).sequence > 0,
          ),
      'the move reaching Umeå',
    );
    const calendar = readCalendarEmail(update);
    expect(calendar.startUtc).toBe('2031-05-22T08:00:00.000Z');
    expect(calendar.ics).not.toMatch(/gudrun|Borttagen|@invalid/i);
    expect(sink.messages.slice(before).flatMap((mail) => mail.envelopeTo)).not.toContain(GUEST);
    expect(sink.recipientAttempts.filter((address) => address.endsWith('@invalid'))).toEqual([]);
  });
});
