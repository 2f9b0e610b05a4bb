import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { MailService } from '../src/mail/mail.service';
import { TEST_ADMIN, type TestApp, startTestApp } from './helpers/test-app';
import { adminLogin, createPerson, organizationIdsByCode, uniqueEmail } from './helpers/people-fixtures';
import { sleep } from './helpers/eventually';
import { withoutCorrelation } from './helpers/error-body';

describe('people', () => {
  let t: TestApp;
  let db: DataSource;
  let adminToken: string;
  let adminId: string;
  let orgs: Record<string, string>;
  let coordinator: { id: string; token: string };
  let umeaSecretary: { id: string; token: string };
  let umeaParticipant: { id: string; token: string; email: string; password: string };
  let skellefteaParticipant: { id: string; token: string };

  const login = async (person: { id: string; email: string; password: string }) => ({
    ...person,
    token: await t.login(person.email, person.password),
  });

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    adminToken = await adminLogin(t);
    adminId = (await t.request({ method: 'GET', url: '/api/me', token: adminToken })).body.id;
    orgs = await organizationIdsByCode(t, adminToken);
    coordinator = await login(
      await createPerson(t, adminToken, { organizationId: orgs['24'], roles: ['coordinator'] }),
    );
    umeaSecretary = await login(
      await createPerson(t, adminToken, { organizationId: orgs['2480'], roles: ['secretary'] }),
    );
    umeaParticipant = await login(
      await createPerson(t, adminToken, {
        organizationId: orgs['2480'],
        roles: ['participant'],
        name: 'Ulla Umeå',
      }),
    );
    skellefteaParticipant = await login(
      await createPerson(t, adminToken, {
        organizationId: orgs['2482'],
        roles: ['participant'],
        name: 'Sven Skellefteå',
      }),
    );
  });
  afterAll(async () => {
    await t?.close();
  });

  const create = (token: string, body: Record<string, unknown>) =>
    t.request({ method: 'POST', url: '/api/people', token, body });

  it('refuses names and titles with invisible direction controls, in every text field (#12)', async () => {
    const dangerous = [
      '\u202e',
      '\u202a',
      '\u202d',
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069',
      '\u200e',
      '\u200f',
      '\u061c',
    ];
    const people = async () => (await db.query(`SELECT count(*)::int AS n FROM people`))[0].n as number;
    const before = await people();
    for (const control of dangerous) {
      const created = await create(adminToken, {
        email: uniqueEmail('bidi'),
        name: `Eva ${control}gpj.exe`,
        organizationId: orgs['2480'],
        roles: ['participant'],
      });
      expect(created.status).toBe(400);
      expect(created.body).toMatchObject({
        code: 'TEXT_DIRECTION_CONTROL',
        details: [{ field: 'name', code: 'direction_control' }],
      });
    }
    expect(await people()).toBe(before);
    // A nested text field of another feature is refused the same way.
    const meeting = await t.request({
      method: 'POST',
      url: '/api/meetings',
      token: adminToken,
      body: {
        title: 'Samverkansmöte \u202eetsöm',
        start: '2031-03-04T09:00:00+01:00',
        end: '2031-03-04T10:00:00+01:00',
        organizationIds: [orgs['2480']],
      },
    });
    expect(meeting.status).toBe(400);
    expect(meeting.body).toMatchObject({ code: 'TEXT_DIRECTION_CONTROL', details: [{ field: 'title' }] });
    // Letters of right-to-left scripts and the zero-width joiner of emoji are text, not controls.
    const named = await create(adminToken, {
      email: uniqueEmail('rtl'),
      name: 'Salma \u0633\u0644\u0645\u0649 👩\u200d👧',
      organizationId: orgs['2480'],
      roles: ['participant'],
    });
    expect(named.status).toBe(201);
  });

  describe('POST /api/people', () => {
    it('creates a person without a password: no login, no email', async () => {
      const email = uniqueEmail('No.Login');
      const response = await create(adminToken, {
        organizationId: orgs['2401'],
        name: '  Nora Nordmaling ',
        email: email.toUpperCase(),
        title: 'Näringslivschef',
      });
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({
        organizationId: orgs['2401'],
        name: 'Nora Nordmaling',
        email: email.toLowerCase(),
        title: 'Näringslivschef',
        phone: null,
        roles: ['participant'],
        locale: 'sv',
        loginEnabled: false,
        version: 1,
      });
      expect(response.text).not.toMatch(/password|argon2/i);
      const emails = await db.query(
        `SELECT 1 FROM emails WHERE related_type = 'person' AND related_id = $1`,
        [response.body.id],
      );
      expect(emails).toHaveLength(0);
    });

    it('queues a welcome email in the same transaction when the person can log in', async () => {
      const email = uniqueEmail('welcome');
      const response = await create(adminToken, {
        organizationId: orgs['2480'],
        name: 'Wilma Welcome',
        email,
        roles: ['participant'],
        locale: 'en',
        password: 'a-long-enough-password',
      });
      expect(response.status).toBe(201);
      expect(response.body.loginEnabled).toBe(true);
      const emails = await db.query<
        Array<{ id: string; template: string; to_address: string; locale: string }>
      >(
        `SELECT id, template, to_address, locale FROM emails WHERE related_type = 'person' AND related_id = $1`,
        [response.body.id],
      );
      expect(emails).toEqual([
        expect.objectContaining({ template: 'welcome', to_address: email, locale: 'en' }),
      ]);
      const outbox = await db.query<Array<{ payload: Record<string, unknown> }>>(
        `SELECT payload FROM outbox WHERE payload::text LIKE '%' || $1 || '%'`,
        [emails[0].id],
      );
      expect(outbox).toHaveLength(1);
      expect(JSON.stringify(outbox[0].payload)).not.toContain('@');
      // The new person can log in with the password given.
      expect(await t.login(email, 'a-long-enough-password')).toEqual(expect.any(String));
      // The worker (role all in tests) sends it: without SMTP_URL it becomes an .eml file.
      const deadline = Date.now() + 15000;
      let status = 'queued';
      while (status === 'queued' && Date.now() < deadline) {
        await sleep(100);
        [{ status }] = await db.query(`SELECT status FROM emails WHERE id = $1`, [emails[0].id]);
      }
      expect(status).toBe('sent');
    });

    it('creates nothing when the welcome email cannot be queued', async () => {
      const mail = t.app.get(MailService);
      const failure = jest
        .spyOn(mail, 'queue')
        .mockRejectedValueOnce(new Error('template store unavailable'));
      const email = uniqueEmail('rollback');
      try {
        const response = await create(adminToken, {
          organizationId: orgs['2480'],
          name: 'Rolf Rollback',
          email,
          password: 'a-long-enough-password',
        });
        expect(response.status).toBe(500);
        expect(failure).toHaveBeenCalledTimes(1);
      } finally {
        failure.mockRestore();
      }
      expect(await db.query(`SELECT 1 FROM people WHERE email = $1`, [email])).toHaveLength(0);
      const audit = await db.query(
        `SELECT 1 FROM audit_log WHERE action = 'person.create' AND after->>'email' = $1`,
        [email],
      );
      expect(audit).toHaveLength(0);
    });

    it('refuses an email already taken, in any case: 409 EMAIL_TAKEN', async () => {
      const email = uniqueEmail('taken');
      expect((await create(adminToken, { organizationId: orgs['2480'], name: 'First', email })).status).toBe(
        201,
      );
      const again = await create(adminToken, {
        organizationId: orgs['2482'],
        name: 'Second',
        email: email.toUpperCase(),
      });
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('EMAIL_TAKEN');
      const admin = await create(adminToken, {
        organizationId: orgs['2482'],
        name: 'Admin twin',
        email: TEST_ADMIN.email.replace('admin', 'ADMIN'),
      });
      expect(admin.status).toBe(409);
    });

    it('validates the body with field details and refuses unknown properties', async () => {
      const cases: Array<[Record<string, unknown>, string]> = [
        [{ password: 'too-short' }, 'password'],
        [{ roles: ['owner'] }, 'roles.0'],
        [{ roles: [] }, 'roles'],
        [{ locale: 'de' }, 'locale'],
        [{ email: 'nope' }, 'email'],
        [{ organizationId: 'not-a-uuid' }, 'organizationId'],
        [{ name: '   ' }, 'name'],
      ];
      for (const [change, field] of cases) {
        const response = await create(adminToken, {
          organizationId: orgs['2480'],
          name: 'Valid Name',
          email: uniqueEmail('valid'),
          ...change,
        });
        expect({ change, status: response.status, code: response.body.code }).toEqual({
          change,
          status: 400,
          code: 'VALIDATION_FAILED',
        });
        expect(response.body.details).toContainEqual(expect.objectContaining({ field }));
      }
      const unknown = await create(adminToken, {
        organizationId: orgs['2480'],
        name: 'Valid Name',
        email: uniqueEmail('valid'),
        isAdmin: true,
      });
      expect(unknown.status).toBe(400);
      expect(unknown.body.details).toEqual([
        expect.objectContaining({ message: expect.stringContaining('isAdmin') }),
      ]);
    });

    it('lets a region coordinator add people anywhere in the region, but not grant admin', async () => {
      const inMunicipality = await create(coordinator.token, {
        organizationId: orgs['2460'],
        name: 'Vera Vännäs',
        email: uniqueEmail('vannas'),
        roles: ['secretary', 'participant'],
      });
      expect(inMunicipality.status).toBe(201);
      const admin = await create(coordinator.token, {
        organizationId: orgs['24'],
        name: 'Would-be Admin',
        email: uniqueEmail('admin'),
        roles: ['admin'],
      });
      expect(admin.status).toBe(403);
      expect(admin.body.code).toBe('FORBIDDEN');
    });

    it('gives the coordinator role only to people of a region', async () => {
      const response = await create(adminToken, {
        organizationId: orgs['2480'],
        name: 'Kim Kommun',
        email: uniqueEmail('kim'),
        roles: ['coordinator'],
      });
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('ROLE_NOT_ALLOWED');
    });

    it('refuses secretaries and participants (403), and organizations outside the scope (404)', async () => {
      for (const token of [umeaSecretary.token, umeaParticipant.token]) {
        const response = await create(token, {
          organizationId: orgs['2480'],
          name: 'Nobody',
          email: uniqueEmail('nobody'),
        });
        expect(response.status).toBe(403);
      }
      const region = await t.request({
        method: 'POST',
        url: '/api/organizations',
        token: adminToken,
        body: { kind: 'region', code: '22', name: 'Region Västernorrland' },
      });
      const outside = await create(coordinator.token, {
        organizationId: region.body.id,
        name: 'Outside',
        email: uniqueEmail('outside'),
      });
      expect(outside.status).toBe(404);
      expect(outside.body.code).toBe('ORGANIZATION_NOT_FOUND');
    });
  });

  describe('reading people', () => {
    it("answers another municipality's person exactly as a missing id: 404; the own organization's: 200", async () => {
      const foreign = await t.request({
        method: 'GET',
        url: `/api/people/${skellefteaParticipant.id}`,
        token: umeaParticipant.token,
      });
      const missing = await t.request({
        method: 'GET',
        url: `/api/people/${randomUUID()}`,
        token: umeaParticipant.token,
      });
      expect(foreign.status).toBe(404);
      expect(foreign.body.code).toBe('PERSON_NOT_FOUND');
      expect(withoutCorrelation(foreign.body)).toEqual(withoutCorrelation(missing.body));
      const regionPerson = await t.request({
        method: 'GET',
        url: `/api/people/${coordinator.id}`,
        token: umeaParticipant.token,
      });
      expect(regionPerson.status).toBe(404);

      const colleague = await t.request({
        method: 'GET',
        url: `/api/people/${umeaSecretary.id}`,
        token: umeaParticipant.token,
      });
      expect(colleague.status).toBe(200);
      expect(colleague.body).toMatchObject({
        id: umeaSecretary.id,
        organizationId: orgs['2480'],
        roles: ['secretary'],
      });
      const fromRegion = await t.request({
        method: 'GET',
        url: `/api/people/${skellefteaParticipant.id}`,
        token: coordinator.token,
      });
      expect(fromRegion.status).toBe(200);
    });

    it("lists only the own organization's people for a municipality person", async () => {
      const response = await t.request({
        method: 'GET',
        url: '/api/people?limit=200',
        token: umeaParticipant.token,
      });
      expect(response.status).toBe(200);
      expect(response.body.total).toBeGreaterThanOrEqual(2);
      expect(response.body.items.every((p: any) => p.organizationId === orgs['2480'])).toBe(true);
      const forced = await t.request({
        method: 'GET',
        url: `/api/people?organizationId=${orgs['2482']}`,
        token: umeaParticipant.token,
      });
      expect(forced.status).toBe(200);
      expect(forced.body).toMatchObject({ total: 0, items: [] });
    });

    it('lists the whole region for region staff, with filters', async () => {
      const all = await t.request({ method: 'GET', url: '/api/people?limit=200', token: coordinator.token });
      const organizations = new Set(all.body.items.map((p: any) => p.organizationId));
      expect(organizations).toEqual(expect.objectContaining({ size: expect.any(Number) }));
      expect([...organizations]).toEqual(expect.arrayContaining([orgs['24'], orgs['2480'], orgs['2482']]));

      const secretaries = await t.request({
        method: 'GET',
        url: '/api/people?role=secretary&limit=200',
        token: coordinator.token,
      });
      expect(secretaries.body.items.length).toBeGreaterThan(0);
      expect(secretaries.body.items.every((p: any) => p.roles.includes('secretary'))).toBe(true);

      const byName = await t.request({
        method: 'GET',
        url: '/api/people?q=sKELLEF',
        token: coordinator.token,
      });
      expect(byName.body.items.map((p: any) => p.id)).toEqual([skellefteaParticipant.id]);

      const wildcard = await t.request({ method: 'GET', url: '/api/people?q=%25', token: coordinator.token });
      expect(wildcard.body.total).toBe(0);

      const inUmea = await t.request({
        method: 'GET',
        url: `/api/people?organizationId=${orgs['2480']}&limit=1`,
        token: coordinator.token,
      });
      expect(inUmea.body.items).toHaveLength(1);
      expect(inUmea.body.total).toBeGreaterThanOrEqual(2);
    });
  });

  describe('PATCH /api/people/:id', () => {
    it('lets a person change their own name, locale and password, but not their roles or organization', async () => {
      const own = await t.request({
        method: 'PATCH',
        url: `/api/people/${umeaParticipant.id}`,
        token: umeaParticipant.token,
        body: { name: 'Ulla Umeåsson', locale: 'en', password: 'a-brand-new-password' },
      });
      expect(own.status).toBe(200);
      expect(own.body).toMatchObject({ name: 'Ulla Umeåsson', locale: 'en' });
      await expect(t.login(umeaParticipant.email, umeaParticipant.password)).rejects.toThrow(/401/);
      umeaParticipant.password = 'a-brand-new-password';
      // The new password ended the token the change was made with (issue 12.4); a new login works.
      const ended = await t.request({ method: 'GET', url: '/api/me', token: umeaParticipant.token });
      expect(ended.status).toBe(401);
      umeaParticipant.token = await t.login(umeaParticipant.email, umeaParticipant.password);

      for (const body of [
        { roles: ['secretary'] },
        { organizationId: orgs['2482'] },
        { loginEnabled: true },
      ]) {
        const refused = await t.request({
          method: 'PATCH',
          url: `/api/people/${umeaParticipant.id}`,
          token: umeaParticipant.token,
          body,
        });
        expect({ body, status: refused.status }).toEqual({ body, status: 403 });
      }
      const colleague = await t.request({
        method: 'PATCH',
        url: `/api/people/${umeaSecretary.id}`,
        token: umeaParticipant.token,
        body: { name: 'Hijacked' },
      });
      expect(colleague.status).toBe(403);
    });

    it('lets a coordinator change roles and move people within the region, with optimistic versions', async () => {
      const person = await createPerson(t, adminToken, {
        organizationId: orgs['2481'],
        roles: ['participant'],
      });
      const current = await t.request({
        method: 'GET',
        url: `/api/people/${person.id}`,
        token: coordinator.token,
      });
      const moved = await t.request({
        method: 'PATCH',
        url: `/api/people/${person.id}`,
        token: coordinator.token,
        body: {
          organizationId: orgs['24'],
          roles: ['coordinator', 'secretary'],
          version: current.body.version,
        },
      });
      expect(moved.status).toBe(200);
      expect(moved.body).toMatchObject({ organizationId: orgs['24'], roles: ['coordinator', 'secretary'] });
      expect(moved.body.version).toBe(current.body.version + 1);
      const stale = await t.request({
        method: 'PATCH',
        url: `/api/people/${person.id}`,
        token: coordinator.token,
        body: { title: 'Utvecklare', version: current.body.version },
      });
      expect(stale.status).toBe(409);
      expect(stale.body.code).toBe('PERSON_VERSION_CONFLICT');
      const backToMunicipality = await t.request({
        method: 'PATCH',
        url: `/api/people/${person.id}`,
        token: coordinator.token,
        body: { organizationId: orgs['2481'] },
      });
      expect(backToMunicipality.status).toBe(400);
      expect(backToMunicipality.body.code).toBe('ROLE_NOT_ALLOWED');
    });

    it("keeps a coordinator away from admins' accounts", async () => {
      const response = await t.request({
        method: 'PATCH',
        url: `/api/people/${adminId}`,
        token: coordinator.token,
        body: { password: 'taken-over-password' },
      });
      expect(response.status).toBe(403);
      const grant = await t.request({
        method: 'PATCH',
        url: `/api/people/${coordinator.id}`,
        token: coordinator.token,
        body: { roles: ['coordinator', 'admin'] },
      });
      expect(grant.status).toBe(403);
    });

    it('refuses an email taken by someone else', async () => {
      const response = await t.request({
        method: 'PATCH',
        url: `/api/people/${umeaSecretary.id}`,
        token: adminToken,
        body: { email: TEST_ADMIN.email.toUpperCase() },
      });
      expect(response.status).toBe(409);
      expect(response.body.code).toBe('EMAIL_TAKEN');
    });

    it('refuses to remove the last admin: 409 LAST_ADMIN', async () => {
      const response = await t.request({
        method: 'PATCH',
        url: `/api/people/${adminId}`,
        token: adminToken,
        body: { roles: ['coordinator'] },
      });
      expect(response.status).toBe(409);
      expect(response.body.code).toBe('LAST_ADMIN');
      const disable = await t.request({
        method: 'PATCH',
        url: `/api/people/${adminId}`,
        token: adminToken,
        body: { loginEnabled: false },
      });
      expect(disable.status).toBe(409);
      const me = await t.request({ method: 'GET', url: '/api/me', token: adminToken });
      expect(me.body.roles).toContain('admin');
    });
  });

  describe('DELETE /api/people/:id', () => {
    it('soft-deletes: 204, then 404, the token stops working, and the email can be used again', async () => {
      const person = await login(
        await createPerson(t, adminToken, { organizationId: orgs['2480'], roles: ['participant'] }),
      );
      const deleted = await t.request({
        method: 'DELETE',
        url: `/api/people/${person.id}`,
        token: coordinator.token,
      });
      expect(deleted.status).toBe(204);
      expect(deleted.text).toBe('');
      const gone = await t.request({
        method: 'GET',
        url: `/api/people/${person.id}`,
        token: coordinator.token,
      });
      expect(gone.status).toBe(404);
      const list = await t.request({
        method: 'GET',
        url: `/api/people?q=${encodeURIComponent(person.email)}`,
        token: adminToken,
      });
      expect(list.body.total).toBe(0);
      expect((await t.request({ method: 'GET', url: '/api/me', token: person.token })).status).toBe(401);
      const again = await t.request({
        method: 'DELETE',
        url: `/api/people/${person.id}`,
        token: coordinator.token,
      });
      expect(again.status).toBe(404);
      const reused = await create(adminToken, {
        organizationId: orgs['2480'],
        name: 'Reuse',
        email: person.email,
      });
      expect(reused.status).toBe(201);
      const [row] = await db.query(`SELECT deleted_at FROM people WHERE id = $1`, [person.id]);
      expect(row.deleted_at).toBeInstanceOf(Date);
    });

    it('refuses deleting yourself (409), admins by a coordinator (403), and without the role (403)', async () => {
      const self = await t.request({
        method: 'DELETE',
        url: `/api/people/${coordinator.id}`,
        token: coordinator.token,
      });
      expect(self.status).toBe(409);
      expect(self.body.code).toBe('CANNOT_DELETE_SELF');
      const admin = await t.request({
        method: 'DELETE',
        url: `/api/people/${adminId}`,
        token: coordinator.token,
      });
      expect(admin.status).toBe(403);
      const bySecretary = await t.request({
        method: 'DELETE',
        url: `/api/people/${umeaParticipant.id}`,
        token: umeaSecretary.token,
      });
      expect(bySecretary.status).toBe(403);
    });

    it('never leaves the deployment without an admin, even when two admins delete each other at once', async () => {
      const second = await login(
        await createPerson(t, adminToken, { organizationId: orgs['24'], roles: ['admin'] }),
      );
      const [first, other] = await Promise.all([
        t.request({ method: 'DELETE', url: `/api/people/${second.id}`, token: adminToken }),
        t.request({ method: 'DELETE', url: `/api/people/${adminId}`, token: second.token }),
      ]);
      const outcomes = [first, other].map((response) =>
        `${response.status} ${response.body?.code ?? ''}`.trim(),
      );
      expect(outcomes.filter((outcome) => outcome === '204')).toHaveLength(1);
      // The other waited for the first and then saw that it would remove the last admin (or its caller was gone).
      expect(outcomes.filter((outcome) => outcome !== '204')).toEqual([
        expect.stringMatching(/^(409 LAST_ADMIN|401 INVALID_TOKEN)$/),
      ]);
      const [{ count }] = await db.query(
        `SELECT count(*)::int AS count FROM people WHERE deleted_at IS NULL AND login_enabled AND 'admin' = ANY(roles)`,
      );
      expect(count).toBe(1);
    });
  });
});
