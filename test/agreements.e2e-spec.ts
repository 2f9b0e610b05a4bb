import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import { AdminSignIn } from './helpers/signed-in-people';
import { createPerson } from './helpers/people-fixtures';
import { withoutCorrelation } from './helpers/error-body';
import { type TestApp, startTestApp } from './helpers/test-app';

describe('agreements and cadence', () => {
  let t: TestApp;
  let adminToken: string;
  let coordinatorToken: string;
  let participantToken: string;
  let umeaToken: string;
  let orgs: Record<string, string>;
  let regionPerson: string;
  let coordinatorId: string;
  let umeaPerson: string;
  let skellefteaPerson: string;

  beforeAll(async () => {
    t = await startTestApp();
    const signIn = await AdminSignIn.start(t);
    ({ adminToken, orgs } = signIn);
    const coordinator = await signIn.person('coordinator', '24', ['coordinator']);
    coordinatorToken = coordinator.token;
    coordinatorId = coordinator.id;
    const participant = await createPerson(t, adminToken, {
      organizationId: orgs['24'],
      roles: ['participant'],
      name: 'Rita Region',
    });
    participantToken = await t.login(participant.email, participant.password);
    regionPerson = participant.id;
    const umea = await createPerson(t, adminToken, {
      organizationId: orgs['2480'],
      roles: ['secretary'],
      name: 'Ulf Umeå',
    });
    umeaPerson = umea.id;
    umeaToken = await t.login(umea.email, umea.password);
    skellefteaPerson = (
      await createPerson(t, adminToken, { organizationId: orgs['2482'], roles: ['participant'] })
    ).id;
  });
  afterAll(async () => {
    await t?.close();
  });

  function put(organizationId: string, body: Record<string, unknown>, token = coordinatorToken) {
    return t.request({ method: 'PUT', url: `/api/organizations/${organizationId}/agreement`, token, body });
  }

  function agreementBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
    return {
      cadence: 'P3M',
      preferredMode: 'onsite',
      preferredWeekdays: [3, 2],
      blockedDates: [{ from: '2027-02-15', to: '2027-02-19', note: 'Sportlov' }, { from: '2027-01-12' }],
      defaultParticipantIds: [umeaPerson, regionPerson],
      adjusters: { region: regionPerson, municipality: umeaPerson },
      expectations: [
        { party: 'region', text: 'Återkopplar på inspel inom två veckor' },
        { party: 'municipality', text: 'Tar med aktuella etableringsärenden' },
      ],
      location: { address: 'Skolgatan 31A, Umeå', videoUrl: 'https://meet.example.se/umea' },
      validFrom: '2027-01-01',
      ...overrides,
    };
  }

  describe('GET|PUT /api/organizations/:id/agreement', () => {
    it('answers 404 AGREEMENT_NOT_FOUND before the first version', async () => {
      const response = await t.request({
        method: 'GET',
        url: `/api/organizations/${orgs['2480']}/agreement`,
        token: coordinatorToken,
      });
      expect(response.status).toBe(404);
      expect(response.body.code).toBe('AGREEMENT_NOT_FOUND');
      const versions = await t.request({
        method: 'GET',
        url: `/api/organizations/${orgs['2480']}/agreement/versions`,
        token: coordinatorToken,
      });
      expect(versions.body).toEqual({ items: [] });
    });

    it('creates a new version on every PUT and keeps the old ones readable', async () => {
      const first = await put(orgs['2480'], agreementBody({ version: 0 }));
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({
        organizationId: orgs['2480'],
        version: 1,
        current: true,
        cadence: 'P3M',
        cadenceKind: 'duration',
        preferredMode: 'onsite',
        preferredWeekdays: [2, 3],
        blockedDates: [
          { from: '2027-01-12', to: '2027-01-12', note: null },
          { from: '2027-02-15', to: '2027-02-19', note: 'Sportlov' },
        ],
        adjusters: { region: regionPerson, municipality: umeaPerson },
        location: { address: 'Skolgatan 31A, Umeå', videoUrl: 'https://meet.example.se/umea' },
        validFrom: '2027-01-01',
      });
      expect(first.body.expectations).toHaveLength(2);

      const second = await put(
        orgs['2480'],
        agreementBody({
          cadence: 'rrule:freq=monthly;interval=2;byday=1tu',
          preferredMode: 'hybrid',
          version: 1,
        }),
      );
      expect(second.status).toBe(200);
      expect(second.body).toMatchObject({
        version: 2,
        current: true,
        cadence: 'FREQ=MONTHLY;INTERVAL=2;BYDAY=1TU',
        cadenceKind: 'rrule',
      });

      const current = await t.request({
        method: 'GET',
        url: `/api/organizations/${orgs['2480']}/agreement`,
        token: coordinatorToken,
      });
      expect(current.body).toMatchObject({ version: 2, preferredMode: 'hybrid', current: true });
      const old = await t.request({
        method: 'GET',
        url: `/api/organizations/${orgs['2480']}/agreement?version=1`,
        token: coordinatorToken,
      });
      expect(old.body).toMatchObject({ version: 1, preferredMode: 'onsite', current: false, cadence: 'P3M' });
      const versions = await t.request({
        method: 'GET',
        url: `/api/organizations/${orgs['2480']}/agreement/versions`,
        token: coordinatorToken,
      });
      expect(versions.body.items.map((v: any) => [v.version, v.current])).toEqual([
        [2, true],
        [1, false],
      ]);
      const missing = await t.request({
        method: 'GET',
        url: `/api/organizations/${orgs['2480']}/agreement?version=9`,
        token: coordinatorToken,
      });
      expect(missing.status).toBe(404);
      expect(missing.body.code).toBe('AGREEMENT_NOT_FOUND');
    });

    it('refuses an edit based on an old version (409)', async () => {
      const stale = await put(orgs['2480'], agreementBody({ version: 1 }));
      expect(stale.status).toBe(409);
      expect(stale.body).toMatchObject({
        code: 'AGREEMENT_VERSION_CONFLICT',
        details: { currentVersion: 2 },
      });
    });

    it.each([
      ['P0D'],
      ['PT1H'],
      ['P3'],
      ['P10Y'],
      ['FREQ=DAILY'],
      ['FREQ=MONTHLY;BYDAY=XX'],
      ['FREQ=MONTHLY;COLOUR=RED'],
      ['DTSTART:20270101\nRRULE:FREQ=MONTHLY'],
      ['FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30'],
      ['every three months'],
    ])('refuses the cadence %j', async (cadence) => {
      const response = await put(
        orgs['2482'],
        agreementBody({ cadence, defaultParticipantIds: [], adjusters: {} }),
      );
      expect(response.status).toBe(400);
      expect(response.body.details).toEqual([expect.objectContaining({ field: 'cadence' })]);
    });

    it('refuses bad dates, weekdays and unknown fields', async () => {
      const base = { defaultParticipantIds: [], adjusters: {} };
      for (const body of [
        agreementBody({ ...base, validFrom: '2027-02-30' }),
        agreementBody({ ...base, preferredWeekdays: [6] }),
        agreementBody({ ...base, blockedDates: [{ from: '2027-03-10', to: '2027-03-01' }] }),
        agreementBody({ ...base, expectations: [{ party: 'state', text: 'x' }] }),
        agreementBody({ ...base, colour: 'red' }),
      ]) {
        const response = await put(orgs['2482'], body);
        expect(response.status).toBe(400);
        expect(response.body.code).toBe('VALIDATION_FAILED');
      }
    });

    it('takes people of the region or that municipality only; unknown and foreign alike', async () => {
      const unknown = randomUUID();
      const a = await put(orgs['2480'], agreementBody({ defaultParticipantIds: [unknown] }));
      const b = await put(orgs['2480'], agreementBody({ defaultParticipantIds: [skellefteaPerson] }));
      expect(a.status).toBe(400);
      expect(a.body).toMatchObject({ code: 'AGREEMENT_INVALID_PERSON', details: { personIds: [unknown] } });
      expect(b.body).toMatchObject({
        code: 'AGREEMENT_INVALID_PERSON',
        details: { personIds: [skellefteaPerson] },
      });
      expect(b.body.message).toBe(a.body.message);
      // Each party's adjuster comes from that party.
      const swapped = await put(
        orgs['2480'],
        agreementBody({ adjusters: { region: umeaPerson, municipality: regionPerson } }),
      );
      expect(swapped.status).toBe(400);
      expect(swapped.body.details.personIds.sort()).toEqual([regionPerson, umeaPerson].sort());
    });

    it('takes standing substitutes of the same organization as the default participant they stand in for', async () => {
      // Vindeln, which no other case here writes.
      const vindeln = orgs['2404'];
      const [contact, colleague] = await Promise.all(
        ['Vera Vindeln', 'Viktor Vindeln'].map(
          async (name) =>
            (await createPerson(t, adminToken, { organizationId: vindeln, roles: ['participant'], name })).id,
        ),
      );
      const body = (substitutes: unknown[]) =>
        agreementBody({
          defaultParticipantIds: [contact, regionPerson],
          adjusters: { region: regionPerson, municipality: contact },
          substitutes,
        });
      const refused = async (substitutes: unknown[], personIds: string[]) => {
        const response = await put(vindeln, body(substitutes));
        expect([response.status, response.body.code]).toEqual([400, 'AGREEMENT_INVALID_PERSON']);
        expect(response.body.details.personIds).toEqual(personIds);
      };
      // A colleague of the region for Vindeln's contact: another organization.
      await refused([{ personId: regionPerson, forPersonId: contact }], [contact]);
      // For someone who is not a default participant.
      await refused([{ personId: colleague, forPersonId: coordinatorId }], [coordinatorId]);
      // For themselves.
      await refused([{ personId: contact, forPersonId: contact }], [contact]);
      // Someone of another municipality, for nobody in particular.
      await refused([{ personId: skellefteaPerson, forPersonId: null }], [skellefteaPerson]);

      const kept = await put(vindeln, body([{ personId: colleague, forPersonId: contact }]));
      expect(kept.status).toBe(200);
      expect(kept.body.substitutes).toEqual([
        expect.objectContaining({ personId: colleague, forPersonId: contact }),
      ]);
    });

    it('lets the municipality read its own agreement, not change it; another’s answers 404', async () => {
      const own = await t.request({
        method: 'GET',
        url: `/api/organizations/${orgs['2480']}/agreement`,
        token: umeaToken,
      });
      expect(own.status).toBe(200);
      const write = await put(orgs['2480'], agreementBody(), umeaToken);
      expect(write.status).toBe(403);
      const regionParticipant = await put(orgs['2480'], agreementBody(), participantToken);
      expect(regionParticipant.status).toBe(403);

      await put(orgs['2482'], agreementBody({ defaultParticipantIds: [], adjusters: {} }));
      const foreign = await t.request({
        method: 'GET',
        url: `/api/organizations/${orgs['2482']}/agreement`,
        token: umeaToken,
      });
      const missing = await t.request({
        method: 'GET',
        url: `/api/organizations/${randomUUID()}/agreement`,
        token: umeaToken,
      });
      expect(foreign.status).toBe(404);
      expect(withoutCorrelation(foreign.body)).toEqual(withoutCorrelation(missing.body));
      const foreignVersions = await t.request({
        method: 'GET',
        url: `/api/organizations/${orgs['2482']}/agreement/versions`,
        token: umeaToken,
      });
      expect(foreignVersions.status).toBe(404);
    });

    it('names the people a version names, for the municipality too (who may not list the region’s people)', async () => {
      const own = await t.request({
        method: 'GET',
        url: `/api/organizations/${orgs['2480']}/agreement/versions`,
        token: umeaToken,
      });
      expect(own.status).toBe(200);
      const [current] = own.body.items;
      expect(current.people).toEqual(
        expect.arrayContaining([
          { id: umeaPerson, name: 'Ulf Umeå', organizationId: orgs['2480'] },
          { id: regionPerson, name: 'Rita Region', organizationId: orgs['24'] },
          { id: coordinatorId, name: 'Test coordinator', organizationId: orgs['24'] },
        ]),
      );
      expect(current.people).toHaveLength(3);
      const direct = await t.request({
        method: 'GET',
        url: `/api/people/${regionPerson}`,
        token: umeaToken,
      });
      expect(direct.status).toBe(404);

      const written = await put(
        orgs['2482'],
        agreementBody({ defaultParticipantIds: [regionPerson], adjusters: {} }),
      );
      expect(written.status).toBe(200);
      expect(written.body.people).toEqual([
        { id: regionPerson, name: 'Rita Region', organizationId: orgs['24'] },
        { id: coordinatorId, name: 'Test coordinator', organizationId: orgs['24'] },
      ]);
    });

    it('is made with municipalities only', async () => {
      const response = await put(
        orgs['24'],
        agreementBody({ defaultParticipantIds: [], adjusters: {} }),
        adminToken,
      );
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('AGREEMENT_NOT_A_MUNICIPALITY');
    });
  });

  describe('cadence', () => {
    // Dates relative to today in Stockholm, with day-based cadences so the arithmetic is exact.
    const today = DateTime.now().setZone('Europe/Stockholm').startOf('day');
    const date = (days: number) => today.plus({ days }).toISODate()!;

    async function meeting(
      code: string,
      day: string,
      status: 'confirmed' | 'held' | 'planned',
    ): Promise<string> {
      const created = await t.request({
        method: 'POST',
        url: '/api/meetings',
        token: coordinatorToken,
        body: {
          title: `Möte ${code}`,
          start: DateTime.fromISO(`${day}T10:00`, { zone: 'Europe/Stockholm' }).toISO()!,
          end: DateTime.fromISO(`${day}T11:00`, { zone: 'Europe/Stockholm' }).toISO()!,
          organizationIds: [orgs[code]],
          status: status === 'planned' ? 'planned' : 'confirmed',
        },
      });
      expect(created.status).toBe(201);
      if (status === 'held') {
        const held = await t.request({
          method: 'PATCH',
          url: `/api/meetings/${created.body.id}`,
          token: coordinatorToken,
          body: { status: 'held' },
        });
        expect(held.status).toBe(200);
      }
      return created.body.id;
    }

    function agreement(code: string, cadence: string, validFrom: string) {
      return put(orgs[code], agreementBody({ cadence, validFrom, defaultParticipantIds: [], adjusters: {} }));
    }

    beforeAll(async () => {
      // Nordmaling: held 74 days ago, every 90 days → due in 16 days, nothing planned: due.
      await agreement('2401', 'P90D', date(-400));
      await meeting('2401', date(-74), 'held');
      // Bjurholm: the same, but a meeting is planned before the due date: ok.
      await agreement('2403', 'P90D', date(-400));
      await meeting('2403', date(-74), 'held');
      await meeting('2403', date(10), 'planned');
      // Vindeln: never met, agreement valid from 100 days ago → due 10 days ago: overdue, even with one planned later.
      await agreement('2404', 'P90D', date(-100));
      await meeting('2404', date(20), 'planned');
      // Robertsfors: a confirmed meeting that is over counts as held → due in 80 days: ok.
      await agreement('2409', 'P90D', date(-400));
      await meeting('2409', date(-10), 'confirmed');
      // Norsjö: a weekly RRULE from long ago, never met: overdue.
      await agreement('2417', 'FREQ=WEEKLY', '2026-01-05');
    });

    it('reports last held, next planned, due date and status per municipality', async () => {
      const list = await t.request({ method: 'GET', url: '/api/cadence', token: coordinatorToken });
      expect(list.status).toBe(200);
      expect(list.body.today).toBe(date(0));
      expect(list.body.items).toHaveLength(15);
      const byCode = (code: string) =>
        list.body.items.find((item: any) => item.organizationId === orgs[code]);
      expect(byCode('2401')).toMatchObject({
        status: 'due',
        dueDate: date(16),
        daysUntilDue: 16,
        cadence: 'P90D',
        lastHeld: { date: date(-74) },
        nextPlanned: null,
      });
      expect(byCode('2403')).toMatchObject({
        status: 'ok',
        dueDate: date(16),
        nextPlanned: { date: date(10) },
      });
      expect(byCode('2404')).toMatchObject({
        status: 'overdue',
        dueDate: date(-10),
        daysUntilDue: -10,
        lastHeld: null,
        nextPlanned: { date: date(20) },
      });
      expect(byCode('2409')).toMatchObject({
        status: 'ok',
        dueDate: date(80),
        lastHeld: { date: date(-10) },
      });
      expect(byCode('2417')).toMatchObject({ status: 'overdue', cadence: 'FREQ=WEEKLY' });
      expect(byCode('2421')).toMatchObject({ status: 'no_agreement', dueDate: null, agreementVersion: null });

      const overdue = await t.request({
        method: 'GET',
        url: '/api/cadence?status=overdue',
        token: coordinatorToken,
      });
      expect(overdue.body.items.map((item: any) => item.organizationId).sort()).toEqual(
        [orgs['2404'], orgs['2417']].sort(),
      );
    });

    it('shows one organization in scope; a municipality sees only its own', async () => {
      const one = await t.request({
        method: 'GET',
        url: `/api/organizations/${orgs['2401']}/cadence`,
        token: coordinatorToken,
      });
      expect(one.body).toMatchObject({ organizationName: 'Nordmaling', status: 'due' });
      const own = await t.request({ method: 'GET', url: '/api/cadence', token: umeaToken });
      expect(own.body.items.map((item: any) => item.organizationId)).toEqual([orgs['2480']]);
      const foreign = await t.request({
        method: 'GET',
        url: `/api/organizations/${orgs['2401']}/cadence`,
        token: umeaToken,
      });
      expect(foreign.status).toBe(404);
    });
  });
});
