import { pdfText } from './helpers/pdf-text';
import {
  type CreatedPerson,
  adminLogin,
  createPerson,
  organizationIdsByCode,
} from './helpers/people-fixtures';
import { type TestApp, startTestApp } from './helpers/test-app';
import { unzip } from './helpers/unzip';

const GROUND = '31 kap. 16 § OSL';
const PROPOSAL_GROUND = '19 kap. 1 § OSL';
/** What restricted items say: none of it may appear in any file of the export. */
const SECRETS = {
  itemTitle: 'Gruvbolaget Fjällmalms förhandlingsbud',
  itemDescription: 'Budet ligger på 212 miljoner kronor',
  itemNote: 'Hemligt till årsskiftet enligt bolaget',
  minutesNotes: 'Fjällmalm överväger nedläggning i Boliden',
  minutesDecision: 'Regionen erbjuder bryggfinansiering',
  proposalTitle: 'Tomtreservation för datahallen Kallkraft',
  proposalDescription: 'Kallkraft vill ha 40 hektar vid Ersmark',
  draftNotes: 'Utkastet säger att Skellefteå vill bygga en arena',
};

/**
 * A public records request (issue 18 point 8) through the HTTP API and the real database: the zip of a
 * period's public agendas, locked minutes and proposals of chosen municipalities, read back with yauzl and
 * pdftotext; restricted content never in it; who may ask, for which municipalities, and for what period.
 */
describe('public records export', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  const people: Record<string, CreatedPerson> = {};
  let orgs: Record<string, string>;
  const meetings: Record<string, string> = {};

  const api = (method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, who: string, body?: unknown) =>
    t.request({ method, url, token: tokens[who], body });
  const query = (parameters: Record<string, string>) => new URLSearchParams(parameters).toString();
  const exportUrl = (parameters: Record<string, string>) => `/api/public-records/export?${query(parameters)}`;
  const previewUrl = (parameters: Record<string, string>) => `/api/public-records?${query(parameters)}`;
  const YEAR_2026 = { from: '2026-01-01', to: '2026-12-31' };

  /** A meeting of one municipality, created ahead (proposals open) and moved to `start` afterwards. */
  async function createMeeting(title: string, organization: string, caseNumber?: string): Promise<string> {
    const created = await api('POST', '/api/meetings', 'coordinator', {
      title,
      start: '2031-05-04T10:00:00+02:00',
      end: '2031-05-04T11:30:00+02:00',
      organizationIds: [orgs[organization]],
      participants: [
        'coordinator',
        'secretary',
        'regionAdjuster',
        ...(organization === '2480' ? ['umea', 'umeaAdjuster'] : ['skelleftea']),
      ].map((key) => ({ personId: people[key].id })),
      status: 'confirmed',
      ...(caseNumber ? { caseNumber } : {}),
    });
    expect([created.status, created.body.code]).toEqual([201, undefined]);
    return created.body.id;
  }
  async function moveTo(meetingId: string, start: string, end: string): Promise<void> {
    const moved = await api('PATCH', `/api/meetings/${meetingId}`, 'coordinator', { start, end });
    expect(moved.status).toBe(200);
  }
  async function addItem(meetingId: string, who: string, body: Record<string, unknown>): Promise<string> {
    const created = await api('POST', `/api/meetings/${meetingId}/agenda/items`, who, body);
    expect(created.status).toBe(201);
    return created.body.id;
  }

  beforeAll(async () => {
    t = await startTestApp();
    tokens.admin = await adminLogin(t);
    orgs = await organizationIdsByCode(t, tokens.admin);
    const norrbotten = await api('POST', '/api/organizations', 'admin', {
      kind: 'region',
      code: '25',
      name: 'Region Norrbotten',
    });
    expect(norrbotten.status).toBe(201);
    orgs['25'] = norrbotten.body.id;
    const lulea = await api('POST', '/api/organizations', 'admin', {
      kind: 'municipality',
      code: '2580',
      name: 'Luleå',
      parentId: orgs['25'],
    });
    expect(lulea.status).toBe(201);
    orgs['2580'] = lulea.body.id;
    const make = async (key: string, organization: string, roles: string[], name: string) => {
      people[key] = await createPerson(t, tokens.admin, { organizationId: orgs[organization], roles, name });
      tokens[key] = await t.login(people[key].email, people[key].password);
    };
    await make('coordinator', '24', ['coordinator'], 'Kim Samordnare');
    await make('secretary', '24', ['secretary'], 'Sara Sekreterare');
    await make('regionAdjuster', '24', ['participant'], 'Rut Justerare');
    await make('umea', '2480', ['participant'], 'Åsa Öberg');
    await make('umeaAdjuster', '2480', ['secretary'], 'Ulf Justerare');
    await make('skelleftea', '2482', ['participant'], 'Sune Skellefteå');
    await make('norrbotten', '25', ['coordinator'], 'Nora Norrbotten');

    // Umeå in March 2026: a restricted item, a public and a restricted proposal, locked minutes.
    meetings.umea = await createMeeting('Samverkansmöte Umeå mars', '2480', 'RUN 2026/101');
    const agenda = await api('GET', `/api/meetings/${meetings.umea}/agenda`, 'secretary');
    const publicItemId = agenda.body.items[0].id as string;
    const secretItemId = await addItem(meetings.umea, 'secretary', {
      title: SECRETS.itemTitle,
      description: SECRETS.itemDescription,
      visibility: 'restricted',
      secrecyGround: GROUND,
      secrecyNote: SECRETS.itemNote,
    });
    await addItem(meetings.umea, 'umea', {
      title: 'Bredband till Holmsund',
      description: 'Umeå vill ta upp utbyggnaden av bredband',
    });
    await addItem(meetings.umea, 'umea', {
      title: SECRETS.proposalTitle,
      description: SECRETS.proposalDescription,
      visibility: 'restricted',
      secrecyGround: PROPOSAL_GROUND,
    });
    expect((await api('POST', `/api/meetings/${meetings.umea}/agenda/publish`, 'secretary', {})).status).toBe(
      200,
    );
    await moveTo(meetings.umea, '2026-03-10T10:00:00+01:00', '2026-03-10T11:30:00+01:00');
    const minutesUrl = `/api/meetings/${meetings.umea}/minutes`;
    const recorded = await api('PUT', minutesUrl, 'secretary', {
      items: [
        { agendaItemId: publicItemId, notes: 'Läget är gott i Umeå', decisions: ['Noterat'] },
        { agendaItemId: secretItemId, notes: SECRETS.minutesNotes, decisions: [SECRETS.minutesDecision] },
      ],
      attendance: [{ personId: people.coordinator.id, status: 'present' }],
      guests: [],
      actions: [],
    });
    expect(recorded.status).toBe(200);
    expect(
      (
        await api('POST', `${minutesUrl}/submit`, 'secretary', {
          adjusters: [{ personId: people.regionAdjuster.id }, { personId: people.umeaAdjuster.id }],
        })
      ).status,
    ).toBe(200);
    expect((await api('POST', `${minutesUrl}/approve`, 'regionAdjuster', {})).status).toBe(200);
    expect((await api('POST', `${minutesUrl}/approve`, 'umeaAdjuster', {})).status).toBe(200);
    expect((await api('GET', minutesUrl, 'secretary')).body.status).toBe('locked');

    // Skellefteå just after midnight on New Year's Day 2026 (still 2025 in UTC): a proposal, draft minutes.
    meetings.skelleftea = await createMeeting('Samverkansmöte Skellefteå', '2482');
    await addItem(meetings.skelleftea, 'skelleftea', {
      title: 'Kollektivtrafik till Kåge',
      description: 'Skellefteå föreslår en punkt om busslinjen',
    });
    expect(
      (await api('POST', `/api/meetings/${meetings.skelleftea}/agenda/publish`, 'secretary', {})).status,
    ).toBe(200);
    await moveTo(meetings.skelleftea, '2026-01-01T00:15:00+01:00', '2026-01-01T01:00:00+01:00');
    const skellefteaItems = await api('GET', `/api/meetings/${meetings.skelleftea}/agenda`, 'secretary');
    const draft = await api('PUT', `/api/meetings/${meetings.skelleftea}/minutes`, 'secretary', {
      items: [{ agendaItemId: skellefteaItems.body.items[0].id, notes: SECRETS.draftNotes, decisions: [] }],
      attendance: [],
      guests: [],
      actions: [],
    });
    expect(draft.status).toBe(200);

    // Umeå at half past midnight on New Year's Day 2027 (still 2026 in UTC): outside the year 2026.
    meetings.nextYear = await createMeeting('Samverkansmöte Umeå nyår', '2480');
    await moveTo(meetings.nextYear, '2027-01-01T00:30:00+01:00', '2027-01-01T01:30:00+01:00');
  });

  afterAll(async () => {
    await t?.close();
  });

  describe('the zip of two municipalities for 2026', () => {
    let response: Awaited<ReturnType<TestApp['request']>>;
    let files: Map<string, Buffer>;
    let root: string;
    /** Every file's text: pdftotext for a PDF, UTF-8 otherwise. */
    const textOf = (name: string): string => {
      const bytes = files.get(name);
      if (!bytes) throw new Error(`no ${name} in ${[...files.keys()].join(', ')}`);
      return name.endsWith('.pdf') ? pdfText(bytes) : bytes.toString('utf8');
    };
    const manifest = () => JSON.parse(textOf(`${root}/manifest.json`));
    const folderOf = (meetingId: string) => {
      const folder = [...files.keys()].find((name) => name.includes(meetingId.slice(0, 8)));
      return folder?.split('/').slice(0, 2).join('/');
    };

    beforeAll(async () => {
      response = await api(
        'GET',
        exportUrl({ ...YEAR_2026, organizationIds: `${orgs['2480']},${orgs['2482']}` }),
        'coordinator',
      );
      root = 'allmanna-handlingar-2026-01-01-2026-12-31';
      files = response.status === 200 ? await unzip(response.raw) : new Map();
    });

    it('answers a zip with an ASCII file name', () => {
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe('application/zip');
      expect(response.headers['content-disposition']).toBe(`attachment; filename="${root}.zip"`);
    });

    it('holds the manifest, the index and per meeting of the period its public records', () => {
      const umea = folderOf(meetings.umea)!;
      const skelleftea = folderOf(meetings.skelleftea)!;
      expect(umea).toMatch(new RegExp(`^${root}/2026-03-10-Samverkansmote-Umea-mars-`));
      expect(skelleftea).toMatch(new RegExp(`^${root}/2026-01-01-Samverkansmote-Skelleftea-`));
      expect([...files.keys()].sort()).toEqual(
        [
          `${root}/forteckning.html`,
          `${root}/manifest.json`,
          `${skelleftea}/dagordning.pdf`,
          `${skelleftea}/forslag-01.pdf`,
          `${umea}/dagordning.pdf`,
          `${umea}/forslag-01.pdf`,
          `${umea}/forslag-02.pdf`,
          `${umea}/protokoll-offentlig-version.pdf`,
        ].sort(),
      );
      expect(folderOf(meetings.nextYear)).toBeUndefined();
    });

    it('never holds what a restricted item, proposal or the draft minutes say, in any file', () => {
      expect(files.size).toBeGreaterThan(2);
      for (const name of files.keys()) {
        const text = textOf(name);
        for (const secret of [...Object.values(SECRETS), 'Fjällmalm', 'Kallkraft']) {
          expect({ name, found: text.includes(secret) }).toEqual({ name, found: false });
        }
      }
    });

    it('prints the agenda and the minutes in their public versions, with the markings and case number', () => {
      const umea = folderOf(meetings.umea)!;
      const agenda = textOf(`${umea}/dagordning.pdf`);
      expect(agenda).toContain('Dagordning: Samverkansmöte Umeå mars');
      expect(agenda).toContain('Offentlig version');
      expect(agenda).toContain('Diarienummer: RUN 2026/101');
      expect(agenda).toContain('Kommunens näringslivsläge');
      expect(agenda).toMatch(new RegExp(`\\b6\\. Sekretess enligt ${GROUND} \\(Diskussion\\)`));
      // The proposals wait outside the agenda: the accepted ones only would be on it.
      expect(agenda).not.toContain('Bredband till Holmsund');
      const minutes = textOf(`${umea}/protokoll-offentlig-version.pdf`);
      expect(minutes).toContain('Läget är gott i Umeå');
      expect(minutes).toContain('Diarienummer: RUN 2026/101');
      expect(minutes).toMatch(new RegExp(`\\b6\\. Sekretess enligt ${GROUND}`));
    });

    it('prints each proposal with the municipality that sent it; a restricted one as its marking', () => {
      const umea = folderOf(meetings.umea)!;
      const open = textOf(`${umea}/forslag-01.pdf`);
      expect(open).toContain('Förslag till dagordningen: Samverkansmöte Umeå mars');
      expect(open).toContain('Bredband till Holmsund');
      expect(open).toContain('Umeå vill ta upp utbyggnaden av bredband');
      expect(open).toContain('Från: Åsa Öberg, Umeå');
      const restricted = textOf(`${umea}/forslag-02.pdf`);
      expect(restricted).toContain(`Sekretess enligt ${PROPOSAL_GROUND}`);
      expect(restricted).toContain('Från: Åsa Öberg, Umeå');
      expect(textOf(`${folderOf(meetings.skelleftea)}/forslag-01.pdf`)).toContain(
        'Kollektivtrafik till Kåge',
      );
    });

    it('lists every document with meeting, date, municipality, case number and what was withheld', () => {
      const data = manifest();
      expect(data.period).toEqual(YEAR_2026);
      expect(data.municipalities.map((organization: { name: string }) => organization.name)).toEqual([
        'Skellefteå',
        'Umeå',
      ]);
      expect(data.meetings.map((meeting: { meetingId: string }) => meeting.meetingId)).toEqual([
        meetings.skelleftea,
        meetings.umea,
      ]);
      expect(data.totals).toEqual({ meetings: 2, documents: 6, withheld: 3 });
      const umea = data.meetings[1];
      expect(umea).toMatchObject({
        date: '2026-03-10',
        caseNumber: 'RUN 2026/101',
        municipalities: [{ id: orgs['2480'], name: 'Umeå' }],
        agendaPublished: true,
        minutesStatus: 'locked',
        notes: [],
      });
      const marking = { item: 6, ground: GROUND, marking: `Sekretess enligt ${GROUND}` };
      expect(umea.documents).toEqual([
        expect.objectContaining({ kind: 'agenda', title: 'Dagordning', withheld: [marking] }),
        expect.objectContaining({ kind: 'minutes', date: '2026-03-10', withheld: [marking] }),
        expect.objectContaining({
          kind: 'proposal',
          municipality: { id: orgs['2480'], name: 'Umeå' },
          withheld: [],
        }),
        expect.objectContaining({
          kind: 'proposal',
          withheld: [{ item: null, ground: PROPOSAL_GROUND, marking: `Sekretess enligt ${PROPOSAL_GROUND}` }],
        }),
      ]);
      for (const document of umea.documents) expect(files.has(`${root}/${document.file}`)).toBe(true);
      const skelleftea = data.meetings[0];
      expect(skelleftea).toMatchObject({ date: '2026-01-01', minutesStatus: 'draft', caseNumber: null });
      expect(skelleftea.notes).toEqual([
        'Protokollet är inte justerat (det är ett utkast) och lämnas inte ut; det blir en allmän handling när det justeras.',
      ]);
    });

    it('has a readable Swedish index of the same', () => {
      const index = textOf(`${root}/forteckning.html`);
      expect(index).toContain('<html lang="sv">');
      expect(index).toContain('Förteckning över utlämnade allmänna handlingar');
      expect(index).toContain('RUN 2026/101');
      expect(index).toContain(`Punkt 6: Sekretess enligt ${GROUND}`);
      expect(index).toContain(`Sekretess enligt ${PROPOSAL_GROUND}`);
      expect(index).toContain('Protokollet är inte justerat');
      expect(index).toContain('2 möten, 6 handlingar, 3 delar undantagna');
    });

    it('is audited with who, the period and the organisations', async () => {
      const log = await api(
        'GET',
        `/api/audit-log?entityType=organization&entityId=${orgs['24']}&actorId=${people.coordinator.id}`,
        'admin',
      );
      const entries = log.body.items.filter(
        (entry: { action: string }) => entry.action === 'public_records.export',
      );
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({
        organizationId: orgs['24'],
        after: {
          from: '2026-01-01',
          to: '2026-12-31',
          organizationIds: [orgs['2482'], orgs['2480']],
          meetings: 2,
          documents: 6,
          withheld: 3,
        },
      });
    });
  });

  it('previews the same manifest without files and without an audit entry', async () => {
    const before = await api('GET', `/api/audit-log?actorId=${people.coordinator.id}`, 'admin');
    const preview = await api(
      'GET',
      previewUrl({ ...YEAR_2026, organizationIds: `${orgs['2480']},${orgs['2482']}` }),
      'coordinator',
    );
    expect(preview.status).toBe(200);
    expect(preview.body.totals).toEqual({ meetings: 2, documents: 6, withheld: 3 });
    const after = await api('GET', `/api/audit-log?actorId=${people.coordinator.id}`, 'admin');
    expect(after.body.total).toBe(before.body.total);
  });

  it('filters by municipality and period; none named means every municipality of the region', async () => {
    const skelleftea = await api(
      'GET',
      previewUrl({ ...YEAR_2026, organizationIds: orgs['2482'] }),
      'coordinator',
    );
    expect(skelleftea.body.meetings.map((meeting: { meetingId: string }) => meeting.meetingId)).toEqual([
      meetings.skelleftea,
    ]);
    const all = await api('GET', previewUrl(YEAR_2026), 'admin');
    expect(all.status).toBe(200);
    expect(all.body.municipalities).toHaveLength(15);
    expect(all.body.totals.meetings).toBe(2);
    const newYear = await api('GET', previewUrl({ from: '2027-01-01', to: '2027-01-01' }), 'coordinator');
    expect(newYear.body.meetings.map((meeting: { meetingId: string }) => meeting.meetingId)).toEqual([
      meetings.nextYear,
    ]);
    expect(newYear.body.meetings[0]).toMatchObject({ agendaPublished: false, minutesStatus: 'none' });
    expect(newYear.body.meetings[0].notes).toEqual([
      'Dagordningen har inte publicerats och lämnas inte ut.',
      'Inget protokoll har upprättats.',
    ]);
    const march = await api('GET', previewUrl({ from: '2026-03-10', to: '2026-03-10' }), 'coordinator');
    expect(march.body.totals.meetings).toBe(1);
  });

  it('answers 404 for a municipality outside the caller’s region, and for the region itself', async () => {
    for (const [who, organization] of [
      ['coordinator', '2580'],
      ['coordinator', '24'],
      ['admin', '2580'],
      ['norrbotten', '2480'],
    ]) {
      const url = exportUrl({ ...YEAR_2026, organizationIds: `${orgs['2482']},${orgs[organization]}` });
      const refused = await api('GET', url, who);
      expect([who, refused.status, refused.body.code]).toEqual([
        who,
        404,
        'PUBLIC_RECORDS_ORGANIZATION_NOT_FOUND',
      ]);
      expect(refused.body.message).toBe('Kommunen finns inte i regionen');
    }
    const own = await api('GET', previewUrl(YEAR_2026), 'norrbotten');
    expect(own.body.municipalities).toEqual([{ id: orgs['2580'], name: 'Luleå' }]);
    expect(own.body.totals).toEqual({ meetings: 0, documents: 0, withheld: 0 });
  });

  it('is for the region’s coordinators and admins: 403 for a municipality’s people and for others', async () => {
    const url = exportUrl({ ...YEAR_2026, organizationIds: orgs['2480'] });
    for (const who of ['umea', 'umeaAdjuster', 'secretary', 'regionAdjuster']) {
      const refused = await api('GET', url, who);
      expect([who, refused.status, refused.body.code]).toEqual([who, 403, 'FORBIDDEN']);
    }
    expect((await t.request({ method: 'GET', url })).status).toBe(401);
    expect((await api('GET', url, 'admin')).status).toBe(200);
  });

  it('answers 400 with a code for a bad period or bad ids, in Swedish', async () => {
    const reversed = await api('GET', exportUrl({ from: '2026-05-01', to: '2026-04-30' }), 'coordinator');
    expect([reversed.status, reversed.body.code]).toEqual([400, 'PUBLIC_RECORDS_PERIOD_REVERSED']);
    expect(reversed.body.message).toBe('Periodens slutdatum ligger före startdatumet');
    const long = await api('GET', exportUrl({ from: '2021-01-01', to: '2026-01-01' }), 'coordinator');
    expect([long.status, long.body.code]).toEqual([400, 'PUBLIC_RECORDS_PERIOD_TOO_LONG']);
    expect(long.body.message).toBe('En period omfattar högst 5 år; dela upp begäran');
    const fiveYears = await api('GET', previewUrl({ from: '2021-01-01', to: '2025-12-31' }), 'coordinator');
    expect(fiveYears.status).toBe(200);
    for (const bad of [
      { from: '2026-02-30', to: '2026-03-01' },
      { from: '2026-1-01', to: '2026-03-01' },
      { to: '2026-03-01' },
      { from: '2026-01-01', to: '2026-03-01', organizationIds: 'umea' },
      { from: '2026-01-01', to: '2026-03-01', organizationIds: ',' },
      { from: '2026-01-01', to: '2026-03-01', regionId: orgs['25'] },
    ]) {
      const refused = await api('GET', exportUrl(bad as unknown as Record<string, string>), 'coordinator');
      expect([JSON.stringify(bad), refused.status, refused.body.code]).toEqual([
        JSON.stringify(bad),
        400,
        'VALIDATION_FAILED',
      ]);
    }
  });
});
