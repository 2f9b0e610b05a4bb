import { randomUUID } from 'node:crypto';
import { AdminSignIn } from './helpers/signed-in-people';
import { withoutCorrelation } from './helpers/error-body';
import { type TestApp, startTestApp } from './helpers/test-app';
import { SEEDED_ORGANIZATIONS, createPerson } from './helpers/people-fixtures';

/** A 404 body without the per-request correlation id, to compare two answers. */
describe('organizations', () => {
  let t: TestApp;
  let adminToken: string;
  let orgs: Record<string, string>;
  let regionCoordinatorToken: string;
  let umeaToken: string;

  beforeAll(async () => {
    t = await startTestApp();
    const signIn = await AdminSignIn.start(t);
    ({ adminToken, orgs } = signIn);
    const coordinator = await signIn.person('coordinator', '24', ['coordinator']);
    regionCoordinatorToken = coordinator.token;
    const umea = await createPerson(t, adminToken, { organizationId: orgs['2480'], roles: ['secretary'] });
    umeaToken = await t.login(umea.email, umea.password);
  });
  afterAll(async () => {
    await t?.close();
  });

  describe('GET /api/organizations', () => {
    it('shows a region coordinator the region and all its municipalities', async () => {
      const response = await t.request({
        method: 'GET',
        url: '/api/organizations',
        token: regionCoordinatorToken,
      });
      expect(response.status).toBe(200);
      expect(response.body.total).toBe(SEEDED_ORGANIZATIONS);
      expect(response.body.items).toHaveLength(SEEDED_ORGANIZATIONS);
      expect(response.body.items[0]).toMatchObject({ kind: 'region', code: '24', parentId: null });
      const municipalities = response.body.items.filter((o: any) => o.kind === 'municipality');
      expect(municipalities).toHaveLength(15);
      expect(municipalities.every((o: any) => o.parentId === orgs['24'])).toBe(true);
      expect(municipalities.find((o: any) => o.code === '2480')).toMatchObject({
        name: 'Umeå',
        seat: { town: expect.any(String), lat: expect.any(Number), lon: expect.any(Number) },
      });
    });

    it('filters by kind and paginates', async () => {
      const page = await t.request({
        method: 'GET',
        url: '/api/organizations?kind=municipality&limit=5&offset=5',
        token: regionCoordinatorToken,
      });
      expect(page.status).toBe(200);
      expect(page.body).toMatchObject({ total: 15, limit: 5, offset: 5 });
      expect(page.body.items).toHaveLength(5);
      expect(page.body.items.every((o: any) => o.kind === 'municipality')).toBe(true);
      const bad = await t.request({
        method: 'GET',
        url: '/api/organizations?kind=county',
        token: adminToken,
      });
      expect(bad.status).toBe(400);
      expect(bad.body.details).toEqual([expect.objectContaining({ field: 'kind' })]);
      const unknown = await t.request({
        method: 'GET',
        url: '/api/organizations?colour=red',
        token: adminToken,
      });
      expect(unknown.status).toBe(400);
    });

    it('shows a municipality person only their own organization', async () => {
      const response = await t.request({ method: 'GET', url: '/api/organizations', token: umeaToken });
      expect(response.status).toBe(200);
      expect(response.body.total).toBe(1);
      expect(response.body.items.map((o: any) => o.id)).toEqual([orgs['2480']]);
    });
  });

  describe('GET /api/organizations/:id', () => {
    it('answers 200 for the own organization', async () => {
      const response = await t.request({
        method: 'GET',
        url: `/api/organizations/${orgs['2480']}`,
        token: umeaToken,
      });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ id: orgs['2480'], code: '2480', kind: 'municipality' });
    });

    it("answers another municipality's organization, and the region, exactly as a missing id: 404", async () => {
      const missing = await t.request({
        method: 'GET',
        url: `/api/organizations/${randomUUID()}`,
        token: umeaToken,
      });
      expect(missing.status).toBe(404);
      expect(missing.body.code).toBe('ORGANIZATION_NOT_FOUND');
      for (const code of ['2482', '24']) {
        const response = await t.request({
          method: 'GET',
          url: `/api/organizations/${orgs[code]}`,
          token: umeaToken,
        });
        expect(response.status).toBe(404);
        expect(withoutCorrelation(response.body)).toEqual(withoutCorrelation(missing.body));
      }
    });

    it('answers 400 for an id that is not a uuid', async () => {
      const response = await t.request({ method: 'GET', url: '/api/organizations/2480', token: adminToken });
      expect(response.status).toBe(400);
      expect(response.body.details).toEqual([expect.objectContaining({ field: 'id' })]);
    });
  });

  describe('POST /api/organizations', () => {
    const municipality = () => ({
      kind: 'municipality',
      code: '2499',
      name: 'Provkommun',
      unit: 'Näringslivskontoret',
      parentId: orgs['24'],
      seat: { town: 'Provby', lat: 64.5, lon: 19.5 },
      contactEmail: 'naringsliv@provkommun.se',
    });

    it('lets an admin add a municipality, and refuses a duplicate code with 409', async () => {
      const created = await t.request({
        method: 'POST',
        url: '/api/organizations',
        token: adminToken,
        body: municipality(),
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        id: expect.any(String),
        kind: 'municipality',
        code: '2499',
        parentId: orgs['24'],
        seat: { town: 'Provby', lat: 64.5, lon: 19.5 },
        version: 1,
      });
      const seen = await t.request({
        method: 'GET',
        url: `/api/organizations/${created.body.id}`,
        token: regionCoordinatorToken,
      });
      expect(seen.status).toBe(200);
      const duplicate = await t.request({
        method: 'POST',
        url: '/api/organizations',
        token: adminToken,
        body: { ...municipality(), name: 'Another' },
      });
      expect(duplicate.status).toBe(409);
      expect(duplicate.body.code).toBe('ORGANIZATION_CODE_TAKEN');
    });

    it('validates codes and parents with field details', async () => {
      const cases: Array<[Record<string, unknown>, number, string, string | undefined]> = [
        [{ code: '24' }, 400, 'VALIDATION_FAILED', 'code'],
        [{ code: '24a9' }, 400, 'VALIDATION_FAILED', 'code'],
        [{ parentId: undefined }, 400, 'VALIDATION_FAILED', 'parentId'],
        [{ seat: { town: 'X', lat: 200, lon: 19 } }, 400, 'VALIDATION_FAILED', 'seat.lat'],
        [{ contactEmail: 'not-an-email' }, 400, 'VALIDATION_FAILED', 'contactEmail'],
        [{ parentId: orgs['2480'], code: '2498' }, 400, 'ORGANIZATION_INVALID_PARENT', undefined],
        [{ parentId: randomUUID(), code: '2498' }, 400, 'ORGANIZATION_INVALID_PARENT', undefined],
        [{ code: '2598' }, 400, 'ORGANIZATION_INVALID_PARENT', undefined],
      ];
      for (const [change, status, code, field] of cases) {
        const response = await t.request({
          method: 'POST',
          url: '/api/organizations',
          token: adminToken,
          body: { ...municipality(), ...change },
        });
        expect({ change, status: response.status, code: response.body.code }).toEqual({
          change,
          status,
          code,
        });
        if (field) expect(response.body.details).toContainEqual(expect.objectContaining({ field }));
      }
      const unknown = await t.request({
        method: 'POST',
        url: '/api/organizations',
        token: adminToken,
        body: { ...municipality(), code: '2497', population: 1000 },
      });
      expect(unknown.status).toBe(400);
      expect(unknown.body.code).toBe('VALIDATION_FAILED');
    });

    it("adds a new region that only admins and the new region's people see", async () => {
      const region = await t.request({
        method: 'POST',
        url: '/api/organizations',
        token: adminToken,
        body: { kind: 'region', code: '25', name: 'Region Norrbotten', unit: 'Regional utveckling' },
      });
      expect(region.status).toBe(201);
      expect(region.body.parentId).toBeNull();
      const luleå = await t.request({
        method: 'POST',
        url: '/api/organizations',
        token: adminToken,
        body: { kind: 'municipality', code: '2580', name: 'Luleå', parentId: region.body.id },
      });
      expect(luleå.status).toBe(201);
      const coordinatorList = await t.request({
        method: 'GET',
        url: '/api/organizations?limit=200',
        token: regionCoordinatorToken,
      });
      expect(coordinatorList.body.items.map((o: any) => o.code)).not.toContain('25');
      const hidden = await t.request({
        method: 'GET',
        url: `/api/organizations/${luleå.body.id}`,
        token: regionCoordinatorToken,
      });
      expect(hidden.status).toBe(404);

      const norrbotten = await createPerson(t, adminToken, {
        organizationId: region.body.id,
        roles: ['coordinator'],
      });
      const norrbottenToken = await t.login(norrbotten.email, norrbotten.password);
      const theirs = await t.request({ method: 'GET', url: '/api/organizations', token: norrbottenToken });
      expect(theirs.body.items.map((o: any) => o.code).sort()).toEqual(['25', '2580']);
    });

    it('is for admins only', async () => {
      const response = await t.request({
        method: 'POST',
        url: '/api/organizations',
        token: regionCoordinatorToken,
        body: { ...municipality(), code: '2496' },
      });
      expect(response.status).toBe(403);
    });
  });

  describe('PATCH /api/organizations/:id', () => {
    it("lets the region's coordinator change a municipality, with optimistic versions", async () => {
      const before = await t.request({
        method: 'GET',
        url: `/api/organizations/${orgs['2403']}`,
        token: adminToken,
      });
      const changed = await t.request({
        method: 'PATCH',
        url: `/api/organizations/${orgs['2403']}`,
        token: regionCoordinatorToken,
        body: { unit: 'Tillväxtenheten', contactEmail: 'tillvaxt@bjurholm.se', version: before.body.version },
      });
      expect(changed.status).toBe(200);
      expect(changed.body).toMatchObject({
        name: before.body.name,
        unit: 'Tillväxtenheten',
        contactEmail: 'tillvaxt@bjurholm.se',
        version: before.body.version + 1,
      });
      const stale = await t.request({
        method: 'PATCH',
        url: `/api/organizations/${orgs['2403']}`,
        token: regionCoordinatorToken,
        body: { name: 'Bjurholms kommun', version: before.body.version },
      });
      expect(stale.status).toBe(409);
      expect(stale.body.code).toBe('ORGANIZATION_VERSION_CONFLICT');
      const reread = await t.request({
        method: 'GET',
        url: `/api/organizations/${orgs['2403']}`,
        token: adminToken,
      });
      expect(reread.body.name).toBe(before.body.name);
      const cleared = await t.request({
        method: 'PATCH',
        url: `/api/organizations/${orgs['2403']}`,
        token: adminToken,
        body: { seat: null },
      });
      expect(cleared.status).toBe(200);
      expect(cleared.body.seat).toBeNull();
    });

    it('refuses what the caller may not change: the region for a coordinator (403), fields not patchable (400)', async () => {
      const region = await t.request({
        method: 'PATCH',
        url: `/api/organizations/${orgs['24']}`,
        token: regionCoordinatorToken,
        body: { name: 'Region X' },
      });
      expect(region.status).toBe(403);
      const code = await t.request({
        method: 'PATCH',
        url: `/api/organizations/${orgs['2480']}`,
        token: adminToken,
        body: { code: '2481' },
      });
      expect(code.status).toBe(400);
      const empty = await t.request({
        method: 'PATCH',
        url: `/api/organizations/${orgs['2480']}`,
        token: adminToken,
        body: {},
      });
      expect(empty.status).toBe(400);
    });

    it("answers 403 without the role, and 404 for another region's municipality", async () => {
      const own = await t.request({
        method: 'PATCH',
        url: `/api/organizations/${orgs['2480']}`,
        token: umeaToken,
        body: { name: 'Umeå kommun' },
      });
      expect(own.status).toBe(403);
      const region = await t.request({
        method: 'POST',
        url: '/api/organizations',
        token: adminToken,
        body: { kind: 'region', code: '23', name: 'Region Jämtland Härjedalen' },
      });
      const ostersund = await t.request({
        method: 'POST',
        url: '/api/organizations',
        token: adminToken,
        body: { kind: 'municipality', code: '2380', name: 'Östersund', parentId: region.body.id },
      });
      expect(ostersund.status).toBe(201);
      const foreign = await t.request({
        method: 'PATCH',
        url: `/api/organizations/${ostersund.body.id}`,
        token: regionCoordinatorToken,
        body: { name: 'Östersunds kommun' },
      });
      expect(foreign.status).toBe(404);
      expect(foreign.body.code).toBe('ORGANIZATION_NOT_FOUND');
    });
  });
});
