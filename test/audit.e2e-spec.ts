import { DataSource } from 'typeorm';
import { type TestApp, startTestApp } from './helpers/test-app';
import { adminLogin, createPerson, organizationIdsByCode, uniqueEmail } from './helpers/people-fixtures';

describe('audit log', () => {
  let t: TestApp;
  let db: DataSource;
  let adminToken: string;
  let adminId: string;
  let orgs: Record<string, string>;

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    adminToken = await adminLogin(t);
    adminId = (await t.request({ method: 'GET', url: '/api/me', token: adminToken })).body.id;
    orgs = await organizationIdsByCode(t, adminToken);
  });
  afterAll(async () => {
    await t?.close();
  });

  const auditOf = (query: string, token = adminToken) =>
    t.request({ method: 'GET', url: `/api/audit-log?${query}`, token });

  it('records who created, changed and deleted a person, with before/after summaries and no secrets', async () => {
    const created = await t.request({
      method: 'POST',
      url: '/api/people',
      token: adminToken,
      body: {
        organizationId: orgs['2480'],
        name: 'Anna Audit',
        email: uniqueEmail('audit'),
        roles: ['participant'],
      },
    });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const patched = await t.request({
      method: 'PATCH',
      url: `/api/people/${id}`,
      token: adminToken,
      body: { title: 'Analytiker', password: 'a-secret-password-1' },
    });
    expect(patched.status).toBe(200);
    const deleted = await t.request({ method: 'DELETE', url: `/api/people/${id}`, token: adminToken });
    expect(deleted.status).toBe(204);

    const log = await auditOf(`entityType=person&entityId=${id}`);
    expect(log.status).toBe(200);
    expect(log.body.total).toBe(3);
    expect(log.body.items.map((entry: any) => entry.action)).toEqual([
      'person.delete',
      'person.update',
      'person.create',
    ]);
    const [deleteEntry, updateEntry, createEntry] = log.body.items;
    for (const entry of log.body.items) {
      expect(entry).toMatchObject({
        actorId: adminId,
        entityType: 'person',
        entityId: id,
        organizationId: orgs['2480'],
      });
    }
    expect(createEntry.before).toBeNull();
    expect(createEntry.after).toMatchObject({
      name: 'Anna Audit',
      roles: ['participant'],
      loginEnabled: false,
    });
    expect(createEntry.correlationId).toBe(created.headers['x-correlation-id']);
    expect(updateEntry.before.title).toBeNull();
    // An update records only what changed.
    expect(updateEntry.after).toEqual({ title: 'Analytiker', passwordChanged: true });
    expect(updateEntry.correlationId).toBe(patched.headers['x-correlation-id']);
    expect(deleteEntry.before).toMatchObject({ name: 'Anna Audit' });
    expect(deleteEntry.after).toBeNull();
    expect(log.text).not.toMatch(/argon2|a-secret-password|passwordHash/);
  });

  it('names the actor, what was changed and its organization, also once the person is deleted', async () => {
    const me = (await t.request({ method: 'GET', url: '/api/me', token: adminToken })).body;
    const created = await t.request({
      method: 'POST',
      url: '/api/people',
      token: adminToken,
      body: { organizationId: orgs['2480'], name: 'Nils Namn', email: uniqueEmail('named') },
    });
    const id = created.body.id as string;
    expect((await t.request({ method: 'DELETE', url: `/api/people/${id}`, token: adminToken })).status).toBe(
      204,
    );
    const patched = await t.request({
      method: 'PATCH',
      url: `/api/organizations/${orgs['2403']}`,
      token: adminToken,
      body: { contactEmail: 'naringsliv@bjurholm.example.se' },
    });
    expect(patched.status).toBe(200);

    const people = (await auditOf(`entityType=person&entityId=${id}`)).body.items;
    expect(people.map((entry: any) => entry.action)).toEqual(['person.delete', 'person.create']);
    for (const entry of people) {
      expect(entry).toMatchObject({
        actorName: me.name,
        entityLabel: 'Nils Namn',
        organizationName: 'Umeå',
      });
    }
    const [organization] = (await auditOf(`entityType=organization&entityId=${orgs['2403']}`)).body.items;
    expect(organization).toMatchObject({ entityLabel: 'Bjurholm', organizationName: 'Bjurholm' });
    // A mixed page: every entry has its names, and a feed token has no name of its own.
    const feed = await t.request({
      method: 'POST',
      url: '/api/calendar-feeds',
      token: adminToken,
      body: { kind: 'person' },
    });
    expect(feed.status).toBe(201);
    const recent = (await auditOf('limit=5')).body.items;
    expect(recent[0]).toMatchObject({
      action: 'calendar-feed.create',
      actorName: me.name,
      entityLabel: null,
    });
    expect(recent[1]).toMatchObject({ action: 'organization.update', entityLabel: 'Bjurholm' });
  });

  it('records organization changes', async () => {
    const patched = await t.request({
      method: 'PATCH',
      url: `/api/organizations/${orgs['2417']}`,
      token: adminToken,
      body: { unit: 'Näringsliv och turism' },
    });
    expect(patched.status).toBe(200);
    const log = await auditOf(`entityType=organization&entityId=${orgs['2417']}`);
    expect(log.body.items).toEqual([
      expect.objectContaining({
        action: 'organization.update',
        actorId: adminId,
        before: expect.objectContaining({ unit: 'Näringslivskontoret' }),
        after: expect.objectContaining({ unit: 'Näringsliv och turism' }),
      }),
    ]);
  });

  it('writes no entry when the change fails', async () => {
    const email = uniqueEmail('dup');
    await t.request({
      method: 'POST',
      url: '/api/people',
      token: adminToken,
      body: { organizationId: orgs['2480'], name: 'One', email },
    });
    const before = (await auditOf('entityType=person&limit=1')).body.total;
    const duplicate = await t.request({
      method: 'POST',
      url: '/api/people',
      token: adminToken,
      body: { organizationId: orgs['2480'], name: 'Two', email },
    });
    expect(duplicate.status).toBe(409);
    expect((await auditOf('entityType=person&limit=1')).body.total).toBe(before);
  });

  it('filters by actor and time, and paginates', async () => {
    const coordinator = await createPerson(t, adminToken, {
      organizationId: orgs['24'],
      roles: ['coordinator'],
    });
    const coordinatorToken = await t.login(coordinator.email, coordinator.password);
    const made = await t.request({
      method: 'POST',
      url: '/api/people',
      token: coordinatorToken,
      body: { organizationId: orgs['2404'], name: 'Viktor Vindeln', email: uniqueEmail('vindeln') },
    });
    expect(made.status).toBe(201);
    const byCoordinator = await auditOf(`actorId=${coordinator.id}`);
    expect(byCoordinator.body.items).toEqual([
      expect.objectContaining({ action: 'person.create', entityId: made.body.id, actorId: coordinator.id }),
    ]);
    const future = new Date(Date.now() + 3_600_000).toISOString();
    expect((await auditOf(`from=${encodeURIComponent(future)}`)).body.total).toBe(0);
    const past = new Date(Date.now() - 3_600_000).toISOString();
    const recent = await auditOf(`from=${encodeURIComponent(past)}&to=${encodeURIComponent(future)}&limit=2`);
    expect(recent.body.items).toHaveLength(2);
    expect(recent.body.total).toBeGreaterThan(2);
    const second = await auditOf(`from=${encodeURIComponent(past)}&limit=1&offset=1`);
    expect(second.body.items[0].id).toBe(recent.body.items[1].id);
    const reversed = await auditOf(`from=${encodeURIComponent(future)}&to=${encodeURIComponent(past)}`);
    expect(reversed.status).toBe(400);
  });

  it('is readable by admins only', async () => {
    const coordinator = await createPerson(t, adminToken, {
      organizationId: orgs['24'],
      roles: ['coordinator', 'secretary'],
    });
    const token = await t.login(coordinator.email, coordinator.password);
    const refused = await auditOf('', token);
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('FORBIDDEN');
    expect((await t.request({ method: 'GET', url: '/api/audit-log' })).status).toBe(401);
  });

  it('cannot be changed or deleted, even by direct SQL', async () => {
    const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM audit_log`);
    expect(count).toBeGreaterThan(0);
    await expect(db.query(`UPDATE audit_log SET action = 'tampered'`)).rejects.toThrow(/append-only/);
    await expect(db.query(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
    const [{ tampered }] = await db.query(
      `SELECT count(*)::int AS tampered FROM audit_log WHERE action = 'tampered'`,
    );
    expect(tampered).toBe(0);
  });
});
