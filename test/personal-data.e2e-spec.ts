import { Client } from 'pg';
import { PERSON_REFERENCES } from '../src/privacy/personal-data.repository';
import { createCast, type FollowUpCast, localDate } from './helpers/follow-up-fixtures';
import { pdfFonts, pdfText, pdfXmp } from './helpers/pdf-text';
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
    const session = await t.request({
      method: 'POST',
      url: '/api/auth/session',
      headers: { 'x-samverkan-csrf': '1' },
      body: { email: owner.email, password: owner.password },
    });
    expect(session.status).toBe(200);
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
