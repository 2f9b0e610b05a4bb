import { createHash } from 'node:crypto';
import { DateTime } from 'luxon';
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import { ArchiveDelivery } from '../src/minutes/archive/archive-delivery';
import { ArchiveRegistry } from './helpers/archive-registry';
import { eventually, sleep } from './helpers/eventually';
import { multipartBody, pdfFile } from './helpers/paper-files';
import { pdfText, pdfXmp } from './helpers/pdf-text';
import { unzip } from './helpers/unzip';
import type { CreatedPerson } from './helpers/people-fixtures';
import { AdminSignIn } from './helpers/signed-in-people';
import { type TestApp, apiAs, startTestApp } from './helpers/test-app';

const ZONE = 'Europe/Stockholm';
const METS = 'http://www.loc.gov/METS/';
const XLINK = 'http://www.w3.org/1999/xlink';
const CSIP = 'https://DILCIS.eu/XML/METS/CSIPExtensionMETS';
const PREMIS = 'http://www.loc.gov/premis/v3';
const DC = 'http://purl.org/dc/elements/1.1/';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Parses XML strictly: any warning or error (not well-formed, an undeclared prefix) fails the test. */
function parseXml(bytes: Buffer): Document {
  return new DOMParser({
    onError: (level, message) => {
      throw new Error(`XML ${level}: ${message}`);
    },
  }).parseFromString(bytes.toString('utf8'), 'application/xml');
}

/** Every element of the document. */
const elements = (document: Document): Element[] => [...document.getElementsByTagNameNS('*', '*')];
const childElements = (element: Element): Element[] =>
  [...element.childNodes].filter((node): node is Element => node.nodeType === 1);

const all = (node: Document | Element, ns: string, name: string): Element[] => [
  ...node.getElementsByTagNameNS(ns, name),
];
const one = (node: Document | Element, ns: string, name: string): Element => {
  const found = all(node, ns, name);
  if (found.length !== 1) throw new Error(`expected one ${name}, found ${found.length}`);
  return found[0];
};

/**
 * Issue 18, point 4: the archive package of each locked revision of the minutes (E-ARK CSIP/SIP, FGS
 * Paketstruktur), downloaded by the region and delivered once per revision to a registry — a real HTTP
 * server here — by a queued job that retries.
 */
describe('archive packages of locked minutes', () => {
  let registry: ArchiveRegistry;
  let t: TestApp;
  let orgs: Record<string, string>;
  const tokens: Record<string, string> = {};
  const people: Record<string, CreatedPerson> = {};
  const paper = pdfFile('Lägesrapport för näringslivet');

  const api = apiAs(() => t, tokens);

  beforeAll(async () => {
    registry = await ArchiveRegistry.start();
    t = await startTestApp({
      ARCHIVE_DELIVERY_URL: registry.url,
      ARCHIVE_DELIVERY_TOKEN: 'registry-token-123',
      JOB_BACKOFF_MS: '100',
      INVITATION_DEBOUNCE_MS: '0',
      AGENDA_DEBOUNCE_MS: '600000',
    });
    const signIn = await AdminSignIn.start(t, { tokens, people });
    orgs = signIn.orgs;
    await signIn.person('coordinator', '24', ['coordinator'], 'Karin Koordinator');
    await signIn.person('secretary', '24', ['secretary'], 'Sara Sekreterare');
    await signIn.person('umeaSecretary', '2480', ['secretary'], 'Ulla Umeå');
    await signIn.person('skellefteaSecretary', '2482', ['secretary'], 'Stina Skellefteå');
    await signIn.person('regionAdjuster', '24', ['participant'], 'Rolf Regionjusterare');
    await signIn.person('umeaAdjuster', '2480', ['participant'], 'Áilu Ŋuolja');
    const agreement = await api('PUT', `/api/organizations/${orgs['2480']}/agreement`, 'coordinator', {
      cadence: 'P3M',
      preferredMode: 'digital',
      adjusters: { region: people.regionAdjuster.id, municipality: people.umeaAdjuster.id },
      validFrom: '2026-01-01',
    });
    expect(agreement.status).toBe(200);
  });

  afterAll(async () => {
    await t?.close();
    await registry?.stop();
  });

  /**
   * A meeting `daysAgo` days ago (with `caseNumber`, if given) with a paper on an item, its minutes written,
   * submitted and approved by both adjusters; `restrictedGround` marks the item restricted on that ground.
   */
  async function lockedMeeting(
    title: string,
    daysAgo: number,
    options: { caseNumber?: string; restrictedGround?: string } = {},
  ): Promise<{ meetingId: string; itemId: string }> {
    const start = DateTime.now()
      .setZone(ZONE)
      .minus({ days: daysAgo })
      .set({ hour: 10, minute: 0, second: 0, millisecond: 0 });
    const created = await api('POST', '/api/meetings', 'coordinator', {
      title,
      start: start.toISO(),
      end: start.plus({ minutes: 90 }).toISO(),
      organizationIds: [orgs['2480']],
      participants: ['secretary', 'umeaSecretary', 'regionAdjuster', 'umeaAdjuster'].map((key) => ({
        personId: people[key].id,
      })),
      status: 'confirmed',
      ...(options.caseNumber ? { caseNumber: options.caseNumber } : {}),
    });
    expect(created.status).toBe(201);
    const meetingId = created.body.id as string;
    const agenda = await api('GET', `/api/meetings/${meetingId}/agenda`, 'secretary');
    const item = agenda.body.items.find(
      (entry: { title: string }) => entry.title === 'Kommunens näringslivsläge',
    );
    if (options.restrictedGround) {
      const restricted = await api('PATCH', `/api/agenda-items/${item.id}`, 'secretary', {
        visibility: 'restricted',
        secrecyGround: options.restrictedGround,
      });
      expect(restricted.status).toBe(200);
    }
    const { payload, contentType } = multipartBody('Lägesrapport näringsliv.pdf', paper);
    const uploaded = await t.request({
      method: 'POST',
      url: `/api/agenda-items/${item.id}/papers`,
      token: tokens.secretary,
      payload,
      headers: { 'content-type': contentType },
    });
    expect(uploaded.status).toBe(201);
    const url = `/api/meetings/${meetingId}/minutes`;
    const written = await api('PUT', url, 'secretary', {
      items: [
        { agendaItemId: item.id, notes: 'Två nya etableringar i Umeå.', decisions: ['Kompetensdag i maj'] },
      ],
      attendance: [{ personId: people.secretary.id, status: 'present' }],
      guests: [],
      actions: [],
    });
    expect(written.status).toBe(200);
    await lock(url);
    return { meetingId, itemId: item.id };
  }

  async function lock(url: string): Promise<void> {
    expect((await api('POST', `${url}/submit`, 'secretary', {})).status).toBe(200);
    expect((await api('POST', `${url}/approve`, 'regionAdjuster', {})).status).toBe(200);
    const locked = await api('POST', `${url}/approve`, 'umeaAdjuster', {
      comment: 'Justerat utan ändringar',
    });
    expect(locked.body.status).toBe('locked');
  }

  async function download(
    meetingId: string,
    revision: number,
  ): Promise<{ zip: Buffer; files: Map<string, Buffer> }> {
    const response = await api('GET', `/api/meetings/${meetingId}/archive-packages/${revision}`, 'secretary');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/zip');
    expect(response.headers['content-disposition']).toContain(
      `samverkan-protokoll-${meetingId}-v${revision}.zip`,
    );
    return { zip: response.raw, files: await unzip(response.raw) };
  }

  it('builds a CSIP package at the lock: METS with checksums that match, Dublin Core, PREMIS trail, PDF/A, agenda, paper', async () => {
    const { meetingId, itemId } = await lockedMeeting('Arkivering av protokoll', 7, {
      caseNumber: 'RUN 2026/0042',
      restrictedGround: '31 kap. 16 § OSL',
    });
    const listed = await api('GET', `/api/meetings/${meetingId}/archive-packages`, 'secretary');
    expect(listed.status).toBe(200);
    expect(listed.body.deliveryConfigured).toBe(true);
    expect(listed.body.items).toHaveLength(1);
    const [entry] = listed.body.items;
    expect(entry).toMatchObject({ revision: 1, objectId: `samverkan-protokoll-${meetingId}-v1` });

    const { zip, files } = await download(meetingId, 1);
    expect(zip.length).toBe(entry.sizeBytes);
    expect(sha256(zip)).toBe(entry.sha256);
    const root = `samverkan-protokoll-${meetingId}-v1/`;
    expect([...files.keys()].every((name) => name.startsWith(root))).toBe(true);
    const at = (path: string) => {
      const content = files.get(root + path);
      if (!content) throw new Error(`no ${path} in the package`);
      return content;
    };

    // METS: the CSIP profile's attributes, header, metadata by reference and every file with size and SHA-256.
    const mets = parseXml(at('METS.xml'));
    const metsRoot = mets.documentElement!;
    expect(metsRoot.namespaceURI).toBe(METS);
    expect(metsRoot.localName).toBe('mets');
    expect(
      new Set(
        elements(mets)
          .filter((e) => e.hasAttribute('ID'))
          .map((e) => e.getAttribute('ID')),
      ).size,
    ).toBe(elements(mets).filter((e) => e.hasAttribute('ID')).length);
    expect(metsRoot.getAttribute('OBJID')).toBe(`samverkan-protokoll-${meetingId}-v1`);
    expect(metsRoot.getAttribute('TYPE')).toBe('Mixed');
    expect(metsRoot.getAttributeNS(CSIP, 'CONTENTINFORMATIONTYPE')).toBe('MIXED');
    expect(metsRoot.getAttribute('PROFILE')).toBe('https://earksip.dilcis.eu/profile/E-ARK-SIP.xml');
    const header = one(mets, METS, 'metsHdr');
    expect(header.getAttributeNS(CSIP, 'OAISPACKAGETYPE')).toBe('SIP');
    expect(header.getAttribute('RECORDSTATUS')).toBe('NEW');
    expect(Number.isNaN(Date.parse(header.getAttribute('CREATEDATE')!))).toBe(false);
    const agents = all(header, METS, 'agent');
    expect(agents.map((agent) => agent.getAttribute('ROLE'))).toEqual(['CREATOR', 'ARCHIVIST']);
    const reference = one(header, METS, 'altRecordID');
    expect([reference.getAttribute('TYPE'), reference.textContent]).toEqual([
      'REFERENCECODE',
      'RUN 2026/0042',
    ]);
    expect(one(agents[0], METS, 'note').getAttributeNS(CSIP, 'NOTETYPE')).toBe('SOFTWARE VERSION');
    // The children of <mets> in the order the METS schema requires.
    expect(childElements(metsRoot).map((child) => child.localName)).toEqual([
      'metsHdr',
      'dmdSec',
      'amdSec',
      'fileSec',
      'structMap',
    ]);
    const references = [...all(mets, METS, 'mdRef'), ...all(mets, METS, 'FLocat')];
    expect(references).toHaveLength(2 + all(mets, METS, 'file').length);
    for (const reference of all(mets, METS, 'mdRef')) {
      const content = at(reference.getAttributeNS(XLINK, 'href')!);
      expect(reference.getAttribute('LOCTYPE')).toBe('URL');
      expect(reference.getAttribute('CHECKSUMTYPE')).toBe('SHA-256');
      expect(reference.getAttribute('CHECKSUM')).toBe(sha256(content));
      expect(Number(reference.getAttribute('SIZE'))).toBe(content.length);
    }
    expect(all(mets, METS, 'mdRef').map((reference) => reference.getAttribute('MDTYPE'))).toEqual([
      'DC',
      'PREMIS',
    ]);
    const fileGroup = one(mets, METS, 'fileGrp');
    expect(fileGroup.getAttribute('USE')).toBe('Representations/rep1');
    const listedFiles = all(mets, METS, 'file').map((file) => {
      const href = one(file, METS, 'FLocat').getAttributeNS(XLINK, 'href')!;
      const content = at(href);
      expect(file.getAttribute('CHECKSUMTYPE')).toBe('SHA-256');
      expect(file.getAttribute('CHECKSUM')).toBe(sha256(content));
      expect(Number(file.getAttribute('SIZE'))).toBe(content.length);
      return href;
    });
    expect(listedFiles).toEqual(
      expect.arrayContaining([
        'representations/rep1/data/protokoll.pdf',
        'representations/rep1/data/protokoll-offentlig-version.pdf',
        'representations/rep1/data/dagordning.xml',
        'representations/rep1/data/justering.xml',
      ]),
    );
    const paperHref = listedFiles.find((href) => href.includes('/handlingar/'));
    expect(paperHref).toMatch(
      /^representations\/rep1\/data\/handlingar\/punkt-\d\d-1-Lagesrapport-naringsliv\.pdf$/,
    );
    // Every file in the zip is described in METS (nothing unlisted, nothing missing).
    expect([...files.keys()].map((name) => name.slice(root.length)).sort()).toEqual(
      ['METS.xml', 'metadata/descriptive/dc.xml', 'metadata/preservation/premis.xml', ...listedFiles].sort(),
    );
    expect(at(paperHref!).equals(paper)).toBe(true);
    const structMap = one(mets, METS, 'structMap');
    expect(structMap.getAttribute('TYPE')).toBe('PHYSICAL');
    expect(structMap.getAttribute('LABEL')).toBe('CSIP');
    const divisions = all(structMap, METS, 'div').map((div) => div.getAttribute('LABEL'));
    expect(divisions).toEqual([`samverkan-protokoll-${meetingId}-v1`, 'Metadata', 'Representations/rep1']);
    // Every ID reference points at an element with that ID.
    const ids = new Set(elements(mets).map((element) => element.getAttribute('ID')));
    for (const element of elements(mets)) {
      for (const name of ['DMDID', 'ADMID', 'FILEID']) {
        for (const id of (element.getAttribute(name) ?? '').split(/\s+/).filter(Boolean))
          expect(ids).toContain(id);
      }
    }

    // The minutes are the PDF/A-2b, with the text as locked.
    const minutesPdf = at('representations/rep1/data/protokoll.pdf');
    expect(pdfXmp(minutesPdf)).toMatch(/pdfaid:part[^0-9]*2/);
    expect(pdfText(minutesPdf)).toContain('Två nya etableringar i Umeå.');
    expect(pdfText(minutesPdf)).toContain('RUN 2026/0042');
    // The public version has the secrecy marking in place of the restricted item.
    const publicPdf = at('representations/rep1/data/protokoll-offentlig-version.pdf');
    expect(pdfXmp(publicPdf)).toMatch(/pdfaid:part[^0-9]*2/);
    expect(pdfText(publicPdf)).toContain('Sekretess enligt 31 kap. 16 § OSL');
    expect(pdfText(publicPdf)).not.toContain('Två nya etableringar i Umeå.');

    // Dublin Core: title, date, the parties, the meeting's id.
    const dc = parseXml(at('metadata/descriptive/dc.xml'));
    expect(one(dc, DC, 'title').textContent).toBe('Protokoll: Arkivering av protokoll');
    expect(one(dc, DC, 'creator').textContent).toBe('Region Västerbotten');
    expect(all(dc, DC, 'contributor').map((node) => node.textContent)).toEqual(['Umeå']);
    expect(one(dc, DC, 'date').textContent).toMatch(/^\d{4}-\d\d-\d\d$/);
    expect(all(dc, DC, 'identifier').map((node) => node.textContent)).toEqual([
      `urn:uuid:${meetingId}`,
      'RUN 2026/0042',
    ]);
    expect(one(dc, DC, 'rights').textContent).toBe(
      'Innehåller uppgifter under sekretess: Sekretess enligt 31 kap. 16 § OSL',
    );

    // PREMIS: each data file's fixity, and the trail: submitted, approved by each adjuster, locked.
    const premis = parseXml(at('metadata/preservation/premis.xml'));
    for (const object of all(premis, PREMIS, 'object')) {
      const path = one(object, PREMIS, 'objectIdentifierValue').textContent!;
      expect(one(object, PREMIS, 'messageDigest').textContent).toBe(sha256(at(path)));
    }
    const events = all(premis, PREMIS, 'event').map((event) => ({
      type: one(event, PREMIS, 'eventType').textContent,
      agent: all(event, PREMIS, 'linkingAgentIdentifierValue')[0]?.textContent,
    }));
    expect(events.map((event) => event.type)).toEqual([
      'submission for approval',
      'approval',
      'approval',
      'lock',
      'message digest calculation',
    ]);
    expect(events.slice(0, 3).map((event) => event.agent)).toEqual([
      people.secretary.id,
      people.regionAdjuster.id,
      people.umeaAdjuster.id,
    ]);
    const agentNames = all(premis, PREMIS, 'agentName').map((node) => node.textContent);
    expect(agentNames).toEqual(
      expect.arrayContaining(['Sara Sekreterare', 'Áilu Ŋuolja', 'Region Västerbotten']),
    );

    // The agenda and the approval trail as XML.
    const agendaXml = parseXml(at('representations/rep1/data/dagordning.xml'));
    const item = [...agendaXml.getElementsByTagName('item')].find(
      (node) => node.getAttribute('id') === itemId,
    )!;
    expect(item.getAttribute('visibility')).toBe('restricted');
    expect(item.getElementsByTagName('secrecy')[0].textContent).toBe('Sekretess enligt 31 kap. 16 § OSL');
    expect(item.getElementsByTagName('paper')[0].getAttribute('sha256')).toBe(sha256(paper));
    expect(agendaXml.getElementsByTagName('caseNumber')[0].textContent).toBe('RUN 2026/0042');
    const trail = parseXml(at('representations/rep1/data/justering.xml'));
    const steps = [...trail.getElementsByTagName('event')];
    expect(steps.map((step) => [step.getAttribute('kind'), step.getAttribute('party')])).toEqual([
      ['submitted', null],
      ['approved', 'region'],
      ['approved', 'municipality'],
      ['locked', null],
    ]);
    expect(steps[2].getElementsByTagName('comment')[0].textContent).toBe('Justerat utan ändringar');
    expect(steps[2].getElementsByTagName('actor')[0].textContent).toBe('Áilu Ŋuolja');
  });

  it('delivers each locked revision once to the registry, retrying a failure; a reopened and re-locked minutes gives revision 2', async () => {
    registry.failNext = 1;
    const { meetingId } = await lockedMeeting('Leverans till e-arkivet', 8);
    const key = `${meetingId}-1`;
    const delivered = await eventually(async () => {
      const listed = await api('GET', `/api/meetings/${meetingId}/archive-packages`, 'coordinator');
      return listed.body.items[0].delivery.status === 'delivered' ? listed.body.items[0] : undefined;
    }, 'the delivery');
    expect(delivered.delivery).toMatchObject({ attempts: 2, lastError: null });
    expect(
      registry.requests.filter((request) => request.idempotencyKey === key).map((r) => r.status),
    ).toEqual([503, 201]);
    const [accepted] = registry.delivered(key);
    expect(accepted.authorization).toBe('Bearer registry-token-123');
    expect(accepted.contentType).toBe('application/zip');
    expect(accepted.sha256).toBe(delivered.sha256);
    expect(accepted.size).toBe(delivered.sizeBytes);

    // The same job again (a duplicate run), twice at once: nothing more reaches the registry.
    const delivery = t.app.get(ArchiveDelivery);
    const context = { jobId: `archive.deliver-${key}`, attempt: 1, maxAttempts: 11, isFinalAttempt: false };
    await expect(
      Promise.all([delivery.deliver(meetingId, 1, context), delivery.deliver(meetingId, 1, context)]),
    ).resolves.toEqual(['skipped', 'skipped']);
    await sleep(300);
    expect(registry.requests.filter((request) => request.idempotencyKey === key)).toHaveLength(2);

    // Reopened with a reason and locked again: a second package, delivered under its own key.
    const url = `/api/meetings/${meetingId}/minutes`;
    expect((await api('POST', `${url}/reopen`, 'secretary', { reason: 'Fel datum i beslutet' })).status).toBe(
      200,
    );
    await lock(url);
    await eventually(
      () => (registry.delivered(`${meetingId}-2`).length === 1 ? true : undefined),
      'revision 2',
    );
    const listed = await api('GET', `/api/meetings/${meetingId}/archive-packages`, 'secretary');
    expect(listed.body.items.map((item: { revision: number }) => item.revision)).toEqual([2, 1]);
    const { files } = await download(meetingId, 2);
    const root = `samverkan-protokoll-${meetingId}-v2/`;
    const mets = parseXml(files.get(`${root}METS.xml`)!);
    expect(one(mets, METS, 'metsHdr').getAttribute('RECORDSTATUS')).toBe('REVISION');
    const trail = parseXml(files.get(`${root}representations/rep1/data/justering.xml`)!);
    const kinds = [...trail.getElementsByTagName('event')].map((step) => step.getAttribute('kind'));
    expect(kinds).toEqual([
      'submitted',
      'approved',
      'approved',
      'locked',
      'reopened',
      'submitted',
      'approved',
      'approved',
      'locked',
    ]);
    const reopened = [...trail.getElementsByTagName('event')].find(
      (step) => step.getAttribute('kind') === 'reopened',
    )!;
    expect(reopened.getElementsByTagName('comment')[0].textContent).toBe('Fel datum i beslutet');
    // Revision 1 is kept as it was.
    expect((await download(meetingId, 1)).zip.length).toBe(delivered.sizeBytes);
    await sleep(300);
    expect(registry.delivered(key)).toHaveLength(1);
    expect(registry.delivered(`${meetingId}-2`)).toHaveLength(1);
  });

  it('is for the region: a party municipality gets 403, another municipality 404, an unknown revision 404, a bad one 400', async () => {
    const { meetingId } = await lockedMeeting('Åtkomst till arkivpaket', 9);
    const list = `/api/meetings/${meetingId}/archive-packages`;
    const municipality = await api('GET', list, 'umeaSecretary');
    expect(municipality.status).toBe(403);
    expect(municipality.body.code).toBe('MINUTES_ARCHIVE_REGION_ONLY');
    expect((await api('GET', `${list}/1`, 'umeaSecretary')).status).toBe(403);
    const other = await api('GET', `${list}/1`, 'skellefteaSecretary');
    expect(other.status).toBe(404);
    expect((await api('GET', list, 'skellefteaSecretary')).status).toBe(404);
    const missing = await api('GET', `${list}/7`, 'secretary');
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('MINUTES_ARCHIVE_PACKAGE_NOT_FOUND');
    expect((await api('GET', `${list}/zero`, 'secretary')).status).toBe(400);
    expect((await api('GET', list, 'regionAdjuster')).status).toBe(403);
  });
});
