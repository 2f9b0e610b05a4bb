import { DateTime } from 'luxon';
import { Client } from 'pg';
import { newLinkToken } from '../src/common/security/link-token';
import { PERSON_REFERENCES } from '../src/privacy/personal-data.repository';
import { createCast, type FollowUpCast, localDate } from './helpers/follow-up-fixtures';
import { eventually } from './helpers/eventually';
import {
  adminLogin,
  createPerson,
  openBrowserSession,
  organizationIdsByCode,
  uniqueEmail,
} from './helpers/people-fixtures';
import { pdfFonts, pdfText, pdfXmp } from './helpers/pdf-text';
import { SmtpSink } from './helpers/smtp-sink';
import { type TestApp, startTestApp } from './helpers/test-app';

/**
 * Issue 18, point 5: a person's data (GDPR articles 15 and 20). An admin downloads everything Samverkan
 * holds about a person in their scope, and everyone their own, as JSON and as a readable PDF/A document.
 */
describe('personal data export', () => {
  let t: TestApp;
  let cast: FollowUpCast;
  let db: Client;
  let meetingId: string;
  let actionId: string;
  let questionId: string;

  beforeAll(async () => {
    t = await startTestApp({ APP_ROLE: 'api' });
    db = new Client({ connectionString: t.db.url });
    await db.connect();
    cast = await createCast(t);
    const owner = cast.umeaOwner;
    const meeting = await t.request({
      method: 'POST',
      url: '/api/meetings',
      token: cast.coordinator.token,
      body: {
        title: 'Samverkansmöte Umeå om Ŋuhttá',
        start: '2031-03-11T09:00:00Z',
        end: '2031-03-11T10:30:00Z',
        organizationIds: [cast.orgs['2480']],
        participants: [{ personId: owner.id }, { personId: cast.coordinator.id }],
        status: 'confirmed',
      },
    });
    expect(meeting.status).toBe(201);
    meetingId = meeting.body.id;
    const action = await t.request({
      method: 'POST',
      url: '/api/actions',
      token: cast.coordinator.token,
      body: {
        title: 'Ta fram lägesbild',
        ownerPersonId: owner.id,
        ownerOrganizationId: cast.orgs['2480'],
        dueDate: localDate(30),
      },
    });
    expect(action.status).toBe(201);
    actionId = action.body.id;
    const comment = await t.request({
      method: 'PATCH',
      url: `/api/actions/${actionId}`,
      token: owner.token,
      body: { status: 'in_progress', comment: 'Påbörjad', version: action.body.version },
    });
    expect(comment.status).toBe(200);
    const question = await t.request({
      method: 'POST',
      url: '/api/questions',
      token: cast.coordinator.token,
      body: {
        title: 'Vem äger frågan om bredband?',
        owner: { kind: 'organization', organizationId: cast.orgs['2480'] },
        responsiblePersonId: owner.id,
      },
    });
    expect(question.status).toBe(201);
    questionId = question.body.id;
    const minutes = await t.request({
      method: 'PUT',
      url: `/api/meetings/${meetingId}/minutes`,
      token: cast.coordinator.token,
      body: { attendance: [{ personId: owner.id, status: 'present' }] },
    });
    expect(minutes.status).toBe(200);
    // A browser session too, whose token the export must not show.
    await openBrowserSession(t, owner.email, owner.password);
  });
  afterAll(async () => {
    await db?.end();
    await t?.close();
  });

  const exportOf = (personId: string, token = cast.adminToken) =>
    t.request({ method: 'GET', url: `/api/people/${personId}/personal-data`, token });

  it('gives an admin everything about a person: profile, meetings with the answer, actions, questions, minutes, audit', async () => {
    const response = await exportOf(cast.umeaOwner.id);
    expect(response.status).toBe(200);
    const data = response.body;
    expect(data.person).toMatchObject({
      id: cast.umeaOwner.id,
      name: 'Örjan Ägare',
      email: cast.umeaOwner.email,
      roles: ['participant'],
      loginEnabled: true,
      hasPassword: true,
      organization: { id: cast.orgs['2480'], name: expect.stringContaining('Umeå') },
    });
    expect(data.meetings).toEqual([
      expect.objectContaining({
        meetingId,
        title: 'Samverkansmöte Umeå om Ŋuhttá',
        role: expect.any(String),
        answer: 'NEEDS-ACTION',
        createdByThem: false,
      }),
    ]);
    expect(data.actions).toEqual([
      expect.objectContaining({ actionId, title: 'Ta fram lägesbild', status: 'in_progress', as: ['owner'] }),
    ]);
    expect(data.events).toEqual([
      expect.objectContaining({ kind: 'action', subjectId: actionId, comment: 'Påbörjad' }),
    ]);
    expect(data.questions).toEqual([expect.objectContaining({ questionId, as: ['responsible'] })]);
    expect(data.minutes).toEqual([expect.objectContaining({ meetingId, as: ['attendance'] })]);
    expect(data.sessions.length).toBeGreaterThan(0);
    expect(data.auditEntries).toEqual(
      expect.arrayContaining([expect.objectContaining({ action: 'person.create', as: 'subject' })]),
    );
    // What the coordinator did is theirs, not the owner's.
    expect(data.agendaItems).toEqual([]);
    expect(data.rounds).toEqual([]);
  });

  it('never carries a secret: no password hash, no token or token hash, no email text', async () => {
    const text = (await exportOf(cast.umeaOwner.id)).text;
    const { rows } = await db.query<{ secret: string }>(
      `SELECT password_hash AS secret FROM people WHERE id = $1
       UNION ALL SELECT token_hash FROM browser_sessions WHERE person_id = $1
       UNION ALL SELECT token_hash FROM password_links WHERE person_id = $1`,
      [cast.umeaOwner.id],
    );
    expect(rows.length).toBeGreaterThan(1);
    for (const { secret } of rows) expect(text).not.toContain(secret);
    expect(text).not.toMatch(/argon2|password_?hash|token_?hash|"raw"/i);
  });

  it('lets everyone download their own, and records each export in the audit log', async () => {
    const mine = await t.request({
      method: 'GET',
      url: '/api/me/personal-data',
      token: cast.umeaOwner.token,
    });
    expect(mine.status).toBe(200);
    expect(mine.body.person.id).toBe(cast.umeaOwner.id);
    const { rows } = await db.query(
      `SELECT actor_id FROM audit_log WHERE action = 'person.export' AND entity_id = $1 ORDER BY id`,
      [cast.umeaOwner.id],
    );
    expect(rows.map((row) => row.actor_id)).toEqual(expect.arrayContaining([cast.umeaOwner.id]));
  });

  it("refuses another person's data to anyone but an admin (403), and answers 404 for an unknown person", async () => {
    const asCoordinator = await exportOf(cast.umeaOwner.id, cast.coordinator.token);
    expect(asCoordinator.status).toBe(403);
    const asColleague = await exportOf(cast.umeaOwner.id, cast.umeaParticipant.token);
    expect(asColleague.status).toBe(403);
    const unknown = await exportOf('7f1b6a52-3c2e-4f8e-9d3a-1b2c3d4e5f60');
    expect([unknown.status, unknown.body.code]).toEqual([404, 'PERSON_NOT_FOUND']);
  });

  it('gives the same as a readable PDF/A document in the reader’s language', async () => {
    const response = await t.app
      .getHttpAdapter()
      .getInstance()
      .inject({
        method: 'GET',
        url: `/api/people/${cast.umeaOwner.id}/personal-data.pdf`,
        headers: { authorization: `Bearer ${cast.adminToken}` },
      });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="personuppgifter-/);
    const pdf = response.rawPayload;
    const text = pdfText(pdf);
    expect(text).toContain('Personuppgifter i Samverkan');
    expect(text).toContain('Örjan Ägare');
    expect(text).toContain('Samverkansmöte Umeå om Ŋuhttá');
    expect(text).toContain('Ta fram lägesbild');
    expect(pdfFonts(pdf).filter((font) => !font.embedded)).toEqual([]);
    expect(pdfXmp(pdf)).toMatch(/<pdfaid:part>2<\/pdfaid:part>/);

    await t.request({ method: 'PATCH', url: '/api/me', token: cast.umeaOwner.token, body: { locale: 'en' } });
    const english = await t.app
      .getHttpAdapter()
      .getInstance()
      .inject({
        method: 'GET',
        url: '/api/me/personal-data.pdf',
        headers: { authorization: `Bearer ${cast.umeaOwner.token}` },
      });
    expect(english.statusCode).toBe(200);
    expect(pdfText(english.rawPayload)).toContain('Personal data in Samverkan');
  });

  it('covers every column of the database that refers to a person', async () => {
    const { rows } = await db.query<{ reference: string }>(
      `SELECT c.conrelid::regclass::text || '.' || a.attname AS reference
         FROM pg_constraint c
         JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
        WHERE c.contype = 'f' AND c.confrelid = 'people'::regclass`,
    );
    expect(rows.length).toBeGreaterThan(20);
    const missing = rows.map((row) => row.reference).filter((reference) => !(reference in PERSON_REFERENCES));
    expect(missing).toEqual([]);
  });
});

/**
 * Issue 18, point 5, "emails sent to them (metadata)": a real email, sent through SMTP, is in the export with
 * its subject, address, status and times, and its text is not.
 */
describe('emails in a person’s export', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let db: Client;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    t = await startTestApp({ SMTP_URL: sink.url, PUBLIC_URL: 'http://samverkan.test:3000' });
    db = new Client({ connectionString: t.db.url });
    await db.connect();
  });
  afterAll(async () => {
    await db?.end();
    await t?.close();
    await sink?.stop();
  });

  it('lists the welcome email as sent, with subject, address and times, in the JSON and the PDF, without its text', async () => {
    const adminToken = await adminLogin(t);
    const orgs = await organizationIdsByCode(t, adminToken);
    const email = uniqueEmail('asa');
    const created = await t.request({
      method: 'POST',
      url: '/api/people',
      token: adminToken,
      body: { organizationId: orgs['2480'], name: 'Åsa Östberg', email, loginEnabled: true },
    });
    expect(created.status).toBe(201);
    const [mail] = await eventually(() => {
      const received = sink.to(email);
      return received.length > 0 ? received : undefined;
    }, `the welcome email to ${email}`);
    const subject = mail.parsed.subject ?? '';
    expect(subject).toMatch(/Välkommen/);
    const link = /\/set-password\/([\w-]{43})/.exec(mail.parsed.text ?? '');
    expect(link).not.toBeNull();

    const exportOf = () =>
      t.request({ method: 'GET', url: `/api/people/${created.body.id}/personal-data`, token: adminToken });
    const exported = await eventually(async () => {
      const response = await exportOf();
      return response.body?.emails?.[0]?.status === 'sent' ? response : undefined;
    }, 'the email recorded as sent');
    const { rows } = await db.query(`SELECT created_at, sent_at FROM emails WHERE recipient_person_id = $1`, [
      created.body.id,
    ]);
    expect(rows).toHaveLength(1);
    expect(rows[0].sent_at).toBeInstanceOf(Date);
    expect(exported.body.emails).toEqual([
      {
        template: 'welcome',
        subject,
        toAddress: email,
        status: 'sent',
        createdAt: rows[0].created_at.toISOString(),
        sentAt: rows[0].sent_at.toISOString(),
      },
    ]);
    // Metadata only: neither the link's token nor the greeting in the text.
    expect(exported.text).not.toContain(link![1]);
    const greeting = (mail.parsed.text ?? '').split('\n').find((line) => line.includes('Åsa Östberg'));
    expect(greeting).toBeDefined();
    expect(exported.text).not.toContain(greeting!.trim());

    const pdf = await t.request({
      method: 'GET',
      url: `/api/people/${created.body.id}/personal-data.pdf`,
      token: adminToken,
    });
    expect(pdf.status).toBe(200);
    const text = pdfText(pdf.raw).replace(/\s+/g, ' ');
    const section = text.slice(text.indexOf('E-post till dig'), text.indexOf('Åtgärdssammanställningar'));
    const sentAt = DateTime.fromJSDate(rows[0].sent_at, { zone: 'Europe/Stockholm' }).toFormat(
      'yyyy-MM-dd HH:mm',
    );
    for (const part of [sentAt, subject, email, 'sent']) expect(section).toContain(part);
    expect(text).not.toContain(link![1]);
    expect(text).not.toContain(greeting!.trim());
  });
});

/**
 * Issue 18, point 6: erasure (GDPR art. 17) within the Archives Act. Contact data, login, sessions, links,
 * feeds and email bodies go; the name becomes a pseudonym; public records keep what they said.
 */
describe('erasing a person', () => {
  let t: TestApp;
  let cast: FollowUpCast;
  let db: Client;
  let meetingId: string;
  let lockedMeetingId: string;
  let actionId: string;
  let proposalToken: string;
  let rsvpToken: string;
  let approvalToken: string;

  const erase = (personId: string, token = cast.adminToken, reason = 'Begäran om radering 2026-12-01') =>
    t.request({ method: 'POST', url: `/api/people/${personId}/erase`, token, body: { reason } });

  beforeAll(async () => {
    t = await startTestApp({ APP_ROLE: 'api' });
    db = new Client({ connectionString: t.db.url });
    await db.connect();
    cast = await createCast(t);
    const owner = cast.umeaOwner;
    const meeting = (title: string, start: string) =>
      t.request({
        method: 'POST',
        url: '/api/meetings',
        token: cast.coordinator.token,
        body: {
          title,
          start,
          end: start.replace('T09', 'T10'),
          organizationIds: [cast.orgs['2480']],
          participants: [{ personId: owner.id }],
          status: 'confirmed',
        },
      });
    meetingId = (await meeting('Samverkansmöte Umeå, mars', '2031-03-11T09:00:00Z')).body.id;
    lockedMeetingId = (await meeting('Samverkansmöte Umeå, april', '2031-04-11T09:00:00Z')).body.id;
    for (const id of [meetingId, lockedMeetingId]) {
      const minutes = await t.request({
        method: 'PUT',
        url: `/api/meetings/${id}/minutes`,
        token: cast.coordinator.token,
        body: { attendance: [{ personId: owner.id, status: 'present' }] },
      });
      expect(minutes.status).toBe(200);
    }
    // The April minutes stand for a locked record (the justering flow has its own tests).
    await db.query(
      `UPDATE minutes SET status = 'locked', lock_count = 1, locked_at = now() WHERE meeting_id = $1`,
      [lockedMeetingId],
    );
    const action = await t.request({
      method: 'POST',
      url: '/api/actions',
      token: cast.coordinator.token,
      body: {
        title: 'Ta fram lägesbild',
        ownerPersonId: owner.id,
        ownerOrganizationId: cast.orgs['2480'],
        dueDate: localDate(30),
      },
    });
    actionId = action.body.id;
    await t.request({
      method: 'PATCH',
      url: `/api/actions/${actionId}`,
      token: owner.token,
      body: { status: 'in_progress', comment: 'Påbörjad av mig', version: action.body.version },
    });
    await t.request({
      method: 'PATCH',
      url: `/api/people/${owner.id}`,
      token: cast.adminToken,
      body: { phone: '070-123 45 67', title: 'Näringslivsutvecklare' },
    });
    await t.request({
      method: 'POST',
      url: '/api/auth/session',
      headers: { 'x-samverkan-csrf': '1' },
      body: { email: owner.email, password: owner.password },
    });
    await db.query(
      `INSERT INTO emails (message_id, template, locale, recipient_person_id, to_address, subject, raw)
       VALUES ($1, 'welcome', 'sv', $2, $3, 'Välkommen', $4)`,
      [`<erase-test@samverkan>`, owner.id, owner.email, `To: ${owner.email}\r\n\r\nHej Örjan Ägare`],
    );
    // A round sent to Umeå as a proposal, the owner its contact: their link answers until they are erased.
    const agreement = await t.request({
      method: 'PUT',
      url: `/api/organizations/${cast.orgs['2480']}/agreement`,
      token: cast.coordinator.token,
      body: {
        cadence: 'P3M',
        preferredMode: 'digital',
        defaultParticipantIds: [owner.id, cast.regionSecretary.id],
        location: { videoUrl: 'https://meet.example.se/2480' },
        validFrom: '2026-06-01',
      },
    });
    expect(agreement.status).toBe(200);
    const round = await t.request({
      method: 'POST',
      url: '/api/rounds',
      token: cast.coordinator.token,
      body: {
        name: 'Omgång före radering',
        window: { from: '2031-05-01', to: '2031-05-31' },
        organizationIds: [cast.orgs['2480']],
        durationMinutes: 90,
        regionalTeam: [cast.regionSecretary.id],
        constraints: {},
      },
    });
    expect(round.status).toBe(201);
    const proposed = await t.request({
      method: 'POST',
      url: `/api/rounds/${round.body.id}/propose`,
      token: cast.coordinator.token,
      body: { version: round.body.version },
    });
    expect(proposed.status).toBe(200);
    // The emailed token is only in the email; one more link for the owner, minted as the email's are.
    const link = newLinkToken();
    proposalToken = link.token;
    await db.query(
      `INSERT INTO round_proposal_links (token_hash, round_id, organization_id, person_id) VALUES ($1, $2, $3, $4)`,
      [link.hash, round.body.id, cast.orgs['2480'], owner.id],
    );
    const before = await t.request({ method: 'GET', url: `/round-proposal/${proposalToken}` });
    expect(before.status).toBe(200);
    // Their RSVP link to the March meeting and their approval link to the April minutes, minted as the
    // emails' are (the mail worker does not run here); both answer until the erasure.
    const rsvp = newLinkToken();
    rsvpToken = rsvp.token;
    const { rows: invitations } = await db.query(
      `INSERT INTO invitations (meeting_id, person_id) VALUES ($1, $2)
       ON CONFLICT (meeting_id, person_id) DO UPDATE SET updated_at = now() RETURNING id`,
      [meetingId, owner.id],
    );
    await db.query(`INSERT INTO invitation_tokens (token_hash, invitation_id) VALUES ($1, $2)`, [
      rsvp.hash,
      invitations[0].id,
    ]);
    const approval = newLinkToken();
    approvalToken = approval.token;
    const { rows: reviews } = await db.query(
      `INSERT INTO minutes_reviews (meeting_id, number, status, revision, submitted_by, submitted_at, deadline_at, closed_at)
       VALUES ($1, 1, 'approved', 1, $2, now(), now(), now()) RETURNING id`,
      [lockedMeetingId, cast.coordinator.id],
    );
    const { rows: adjusters } = await db.query(
      `INSERT INTO minutes_adjusters (review_id, meeting_id, person_id, party, decision, decided_at)
       VALUES ($1, $2, $3, 'municipality', 'approved', now()) RETURNING id`,
      [reviews[0].id, lockedMeetingId, owner.id],
    );
    await db.query(`INSERT INTO minutes_approval_tokens (token_hash, adjuster_id) VALUES ($1, $2)`, [
      approval.hash,
      adjusters[0].id,
    ]);
    for (const url of [`/rsvp/${rsvpToken}`, `/minutes-approval/${approvalToken}`]) {
      const page = await t.request({ method: 'GET', url, headers: { accept: 'application/json' } });
      expect([url, page.status]).toEqual([url, 200]);
    }
  });
  afterAll(async () => {
    await db?.end();
    await t?.close();
  });

  it("refuses anyone but an admin (403), one's own data (409) and an active admin (409)", async () => {
    expect((await erase(cast.umeaOwner.id, cast.coordinator.token)).status).toBe(403);
    const self = await t.request({ method: 'GET', url: '/api/me', token: cast.adminToken });
    const own = await erase(self.body.id);
    expect([own.status, own.body.code]).toEqual([409, 'CANNOT_ERASE_SELF']);
    const admin = await createPerson(t, cast.adminToken, {
      organizationId: cast.orgs['24'],
      roles: ['admin'],
    });
    const active = await erase(admin.id);
    expect([active.status, active.body.code]).toEqual([409, 'CANNOT_ERASE_ACTIVE_ADMIN']);
    expect((await erase('7f1b6a52-3c2e-4f8e-9d3a-1b2c3d4e5f60')).status).toBe(404);
    const short = await erase(cast.umeaOwner.id, cast.adminToken, '');
    expect(short.status).toBe(400);
    const { rows } = await db.query(`SELECT erased_at FROM people WHERE id = $1`, [cast.umeaOwner.id]);
    expect(rows[0].erased_at).toBeNull();
  });

  it('erases contact data, login, sessions and email bodies, pseudonymises the name, and keeps the records', async () => {
    const owner = cast.umeaOwner;
    const response = await erase(owner.id);
    expect(response.status).toBe(200);
    // Two email bodies: the welcome mail and the round proposal; two proposal links: the email's and ours.
    expect(response.body).toMatchObject({
      sessions: 1,
      emailBodies: 2,
      draftMinutes: 1,
      proposalLinks: 2,
      rsvpLinks: 1,
      approvalLinks: 1,
    });
    expect(response.body.auditEntries).toBeGreaterThan(0);
    const pseudonym = `Borttagen person ${owner.id.slice(0, 8)}`;

    const { rows: people } = await db.query(`SELECT * FROM people WHERE id = $1`, [owner.id]);
    expect(people[0]).toMatchObject({
      name: pseudonym,
      email: `erased+${owner.id}@invalid`,
      title: null,
      phone: null,
      password_hash: null,
      login_enabled: false,
    });
    expect(people[0].erased_at).toBeInstanceOf(Date);
    expect(people[0].deleted_at).toBeInstanceOf(Date);
    // Signed out everywhere: the old token and the old password no longer work.
    expect((await t.request({ method: 'GET', url: '/api/me', token: owner.token })).status).toBe(401);
    const login = await t.request({
      method: 'POST',
      url: '/api/auth/login',
      body: { email: owner.email, password: owner.password },
    });
    expect(login.status).toBe(401);
    const count = async (sql: string) => Number((await db.query(sql, [owner.id])).rows[0].count);
    expect(await count(`SELECT count(*) FROM browser_sessions WHERE person_id = $1`)).toBe(0);
    expect(await count(`SELECT count(*) FROM password_links WHERE person_id = $1`)).toBe(0);
    // Their round proposal links are gone and answer as unknown ones.
    expect(await count(`SELECT count(*) FROM round_proposal_links WHERE person_id = $1`)).toBe(0);
    expect((await t.request({ method: 'GET', url: `/round-proposal/${proposalToken}` })).status).toBe(404);
    const answered = await t.request({
      method: 'POST',
      url: `/round-proposal/${proposalToken}`,
      body: { answer: 'accept' },
    });
    expect([answered.status, answered.body.code]).toEqual([404, 'ROUND_PROPOSAL_LINK_NOT_FOUND']);
    // So are their RSVP and approval links (unknown, not an error), while the invitation and the adjuster's
    // decision on the locked minutes stay.
    expect(
      await count(
        `SELECT count(*) FROM invitation_tokens t JOIN invitations i ON i.id = t.invitation_id WHERE i.person_id = $1`,
      ),
    ).toBe(0);
    expect(
      await count(
        `SELECT count(*) FROM minutes_approval_tokens t JOIN minutes_adjusters a ON a.id = t.adjuster_id WHERE a.person_id = $1`,
      ),
    ).toBe(0);
    for (const [url, code] of [
      [`/rsvp/${rsvpToken}`, 'RSVP_LINK_NOT_FOUND'],
      [`/minutes-approval/${approvalToken}`, 'MINUTES_APPROVAL_LINK_NOT_FOUND'],
    ]) {
      const page = await t.request({ method: 'GET', url, headers: { accept: 'application/json' } });
      expect([url, page.status, page.body?.code]).toEqual([url, 404, code]);
      const html = await t.request({ method: 'GET', url });
      expect([url, html.status]).toEqual([url, 404]);
    }
    const rsvpAnswer = await t.request({
      method: 'POST',
      url: `/rsvp/${rsvpToken}`,
      body: { partstat: 'ACCEPTED' },
    });
    expect([rsvpAnswer.status, rsvpAnswer.body?.code]).toEqual([404, 'RSVP_LINK_NOT_FOUND']);
    const decided = await t.request({
      method: 'POST',
      url: `/minutes-approval/${approvalToken}`,
      body: { decision: 'approve' },
    });
    expect([decided.status, decided.body?.code]).toEqual([404, 'MINUTES_APPROVAL_LINK_NOT_FOUND']);
    expect(await count(`SELECT count(*) FROM invitations WHERE person_id = $1`)).toBe(1);
    expect(
      await count(`SELECT count(*) FROM minutes_adjusters WHERE person_id = $1 AND decision = 'approved'`),
    ).toBe(1);
    const { rows: emails } = await db.query(
      `SELECT raw, to_address FROM emails WHERE recipient_person_id = $1`,
      [owner.id],
    );
    expect(emails).toEqual(Array(2).fill({ raw: '', to_address: `erased+${owner.id}@invalid` }));

    // Draft minutes show the pseudonym; the locked record keeps the name it was approved with.
    const attendanceName = async (meeting: string) =>
      (await db.query(`SELECT attendance->0->>'name' AS name FROM minutes WHERE meeting_id = $1`, [meeting]))
        .rows[0].name;
    expect(await attendanceName(meetingId)).toBe(pseudonym);
    expect(await attendanceName(lockedMeetingId)).toBe('Örjan Ägare');
    // The action and its history stay, with the comment as written and the pseudonym as its author.
    const action = await t.request({
      method: 'GET',
      url: `/api/actions/${actionId}`,
      token: cast.coordinator.token,
    });
    expect(action.status).toBe(200);
    expect(JSON.stringify(action.body)).not.toContain('Örjan');
    expect(
      await count(`SELECT count(*) FROM action_events WHERE actor_id = $1 AND comment = 'Påbörjad av mig'`),
    ).toBe(1);

    // The audit log no longer holds their details, and records the erasure with its reason.
    const { rows: audit } = await db.query(
      `SELECT action, before, after FROM audit_log WHERE entity_type = 'person' AND entity_id = $1 ORDER BY id`,
      [owner.id],
    );
    const text = JSON.stringify(audit.slice(0, -1));
    expect(text).not.toContain(owner.email);
    expect(text).not.toContain('070-123');
    expect(audit.at(-1)).toMatchObject({
      action: 'person.erase',
      after: expect.objectContaining({ reason: 'Begäran om radering 2026-12-01', sessions: 1 }),
    });

    // What the admin can still download about them says nothing of who they were.
    const exported = await t.request({
      method: 'GET',
      url: `/api/people/${owner.id}/personal-data`,
      token: cast.adminToken,
    });
    expect([404, 200]).toContain(exported.status);
    expect(exported.text).not.toContain(owner.email);

    const again = await erase(owner.id);
    expect([again.status, again.body.code]).toEqual([409, 'PERSON_ALREADY_ERASED']);
  });

  it('keeps the audit log append-only outside an erasure, and lets an erasure change only the summaries', async () => {
    await expect(
      db.query(`UPDATE audit_log SET after = NULL WHERE id = (SELECT min(id) FROM audit_log)`),
    ).rejects.toThrow(/append-only/);
    await expect(
      db.query(`DELETE FROM audit_log WHERE id = (SELECT min(id) FROM audit_log)`),
    ).rejects.toThrow(/append-only/);
    await db.query('BEGIN');
    try {
      await db.query(`SET LOCAL samverkan.audit_redaction = 'on'`);
      await expect(
        db.query(`UPDATE audit_log SET action = 'person.nothing' WHERE id = (SELECT min(id) FROM audit_log)`),
      ).rejects.toThrow(/only the before\/after summaries/);
    } finally {
      await db.query('ROLLBACK');
    }
  });
});
