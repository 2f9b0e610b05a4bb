import { eventually } from './helpers/eventually';
import { assertValidPdf, pdfText } from './helpers/pdf-text';
import type { CreatedPerson } from './helpers/people-fixtures';
import { AdminSignIn } from './helpers/signed-in-people';
import { type ReceivedMail, SmtpSink } from './helpers/smtp-sink';
import { type TestApp, startTestApp, mailingTo } from './helpers/test-app';

const GROUND = '31 kap. 16 § OSL';
const SECRET_TITLE = 'Företaget Norrsken AB:s expansionsplaner';
const SECRET_NOTES = 'Norrsken AB räknar med 40 nya tjänster i Vännäs';

/**
 * Secrecy marking and case numbers (issue 18, points 1 and 2) through the HTTP API, the real database and a
 * real SMTP server: the grounds a region may use, the rule that a restricted item has one, the public
 * version that prints the marking in place of the content, and the diarienummer on agenda and minutes.
 */
describe('secrecy marking and case numbers', () => {
  let sink: SmtpSink;
  let t: TestApp;
  const tokens: Record<string, string> = {};
  let orgs: Record<string, string>;
  let coordinator: CreatedPerson;
  let secretary: CreatedPerson;
  let umea: CreatedPerson;
  let umeaAdjuster: CreatedPerson;
  let regionAdjuster: CreatedPerson;

  const api = (
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    who: string,
    body?: unknown,
    headers?: Record<string, string>,
  ) => t.request({ method, url, token: tokens[who], body, headers });

  let meetings = 0;
  /** A confirmed meeting of Umeå in March 2031 with everyone of this test invited. */
  const createMeeting = async (extra: Record<string, unknown> = {}): Promise<string> => {
    meetings += 1;
    const day = String(meetings).padStart(2, '0');
    const created = await api('POST', '/api/meetings', 'coordinator', {
      title: `Samverkansmöte Umeå ${meetings}`,
      start: `2031-03-${day}T10:00:00+01:00`,
      end: `2031-03-${day}T11:30:00+01:00`,
      organizationIds: [orgs['2480']],
      participants: [coordinator, secretary, umea, umeaAdjuster, regionAdjuster].map((person) => ({
        personId: person.id,
      })),
      status: 'confirmed',
      ...extra,
    });
    expect(created.status).toBe(201);
    return created.body.id;
  };
  const addItem = (meetingId: string, body: Record<string, unknown>, headers?: Record<string, string>) =>
    api('POST', `/api/meetings/${meetingId}/agenda/items`, 'secretary', body, headers);
  const mailsTo = (address: string, subject: string): ReceivedMail[] =>
    sink.messages.filter(
      (mail) =>
        mail.envelopeTo.includes(address.toLowerCase()) && (mail.parsed.subject ?? '').includes(subject),
    );

  beforeAll(async () => {
    sink = await SmtpSink.start();
    t = await startTestApp(
      mailingTo(sink, {
        AGENDA_DEBOUNCE_MS: '100',
      }),
    );
    const signIn = await AdminSignIn.start(t, { tokens });
    orgs = signIn.orgs;
    coordinator = await signIn.person('coordinator', '24', ['coordinator'], 'Kim Samordnare');
    secretary = await signIn.person('secretary', '24', ['secretary'], 'Sara Sekreterare');
    regionAdjuster = await signIn.person('regionAdjuster', '24', ['participant'], 'Rut Justerare');
    umea = await signIn.person('umea', '2480', ['participant'], 'Åsa Öberg');
    umeaAdjuster = await signIn.person('umeaAdjuster', '2480', ['secretary'], 'Ulf Justerare');
    await signIn.person('skelleftea', '2482', ['secretary'], 'Sune Skellefteå');
    const english = await signIn.person('secretaryEn', '24', ['secretary'], 'Sam Secretary');
    const locale = await api('PATCH', `/api/people/${english.id}`, 'admin', { locale: 'en' });
    expect(locale.status).toBe(200);
  });

  afterAll(async () => {
    await t?.close();
    await sink?.stop();
  });

  describe('the list of grounds', () => {
    it('offers the shipped grounds to everyone of the region, with a short description each', async () => {
      const list = await api('GET', '/api/secrecy-grounds', 'umea');
      expect(list.status).toBe(200);
      const references = list.body.items.map((ground: { reference: string }) => ground.reference);
      expect(references).toEqual(
        expect.arrayContaining([
          '18 kap. 8 § OSL',
          '19 kap. 1 § OSL',
          '21 kap. 1 § OSL',
          '30 kap. 23 § OSL',
          GROUND,
        ]),
      );
      for (const ground of list.body.items) {
        expect(ground).toMatchObject({ regionId: null, active: true });
        expect(ground.description.length).toBeGreaterThan(5);
      }
    });

    it('lets an admin add a ground for the region, once, and deactivate it; others may not', async () => {
      const body = { reference: '19 kap. 3 § andra stycket OSL', description: 'Anbud i en upphandling' };
      const created = await api('POST', '/api/secrecy-grounds', 'admin', body);
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ ...body, regionId: orgs['24'], active: true });
      const again = await api('POST', '/api/secrecy-grounds', 'admin', {
        ...body,
        reference: '19 KAP. 3 §  andra stycket osl',
      });
      expect([again.status, again.body.code]).toEqual([409, 'SECRECY_GROUND_REFERENCE_TAKEN']);
      const shipped = await api('POST', '/api/secrecy-grounds', 'admin', {
        reference: GROUND,
        description: 'dubblett',
      });
      expect([shipped.status, shipped.body.code]).toEqual([409, 'SECRECY_GROUND_REFERENCE_TAKEN']);
      expect((await api('POST', '/api/secrecy-grounds', 'secretary', body)).status).toBe(403);
      expect((await api('POST', '/api/secrecy-grounds', 'umea', body)).status).toBe(403);
      const listed = await api('GET', '/api/secrecy-grounds', 'umea');
      expect(listed.body.items.map((ground: { id: string }) => ground.id)).toContain(created.body.id);

      const deactivated = await api('PATCH', `/api/secrecy-grounds/${created.body.id}`, 'admin', {
        active: false,
      });
      expect(deactivated.status).toBe(200);
      const active = await api('GET', '/api/secrecy-grounds', 'umea');
      expect(active.body.items.map((ground: { id: string }) => ground.id)).not.toContain(created.body.id);
      const all = await api('GET', '/api/secrecy-grounds?includeInactive=true', 'umea');
      expect(all.body.items.map((ground: { id: string }) => ground.id)).toContain(created.body.id);
      const meetingId = await createMeeting();
      const refused = await addItem(meetingId, {
        title: 'Upphandlingen',
        visibility: 'restricted',
        secrecyGround: body.reference,
      });
      expect([refused.status, refused.body.code]).toEqual([400, 'SECRECY_GROUND_UNKNOWN']);
    });
  });

  describe('a restricted item', () => {
    let meetingId: string;
    beforeAll(async () => {
      meetingId = await createMeeting();
    });

    it('is not saved without its ground: 400 SECRECY_GROUND_REQUIRED in Swedish and English, nothing written', async () => {
      const before = (await api('GET', `/api/meetings/${meetingId}/agenda`, 'secretary')).body.items.length;
      const sv = await addItem(meetingId, { title: SECRET_TITLE, visibility: 'restricted' });
      expect(sv.status).toBe(400);
      expect(sv.body).toMatchObject({
        code: 'SECRECY_GROUND_REQUIRED',
        message: expect.stringMatching(/^En punkt som omfattas av sekretess måste ha sin sekretessgrund/),
        details: { field: 'secrecyGround' },
      });
      const en = await api('POST', `/api/meetings/${meetingId}/agenda/items`, 'secretaryEn', {
        title: SECRET_TITLE,
        visibility: 'restricted',
      });
      expect(en.body).toMatchObject({
        code: 'SECRECY_GROUND_REQUIRED',
        message: expect.stringMatching(/^A restricted item needs its legal ground for secrecy/),
      });
      const unknown = await addItem(meetingId, {
        title: SECRET_TITLE,
        visibility: 'restricted',
        secrecyGround: '99 kap. 1 § OSL',
      });
      expect(unknown.body).toMatchObject({
        code: 'SECRECY_GROUND_UNKNOWN',
        message: 'Sekretessgrunden finns inte i regionens lista: 99 kap. 1 § OSL',
      });
      const onPublic = await addItem(meetingId, { title: 'Läget', secrecyGround: GROUND });
      expect([onPublic.status, onPublic.body.code]).toEqual([400, 'SECRECY_GROUND_WITHOUT_RESTRICTION']);
      const after = (await api('GET', `/api/meetings/${meetingId}/agenda`, 'secretary')).body.items.length;
      expect(after).toBe(before);
    });

    it('keeps its ground and note; a PATCH cannot drop the ground, and making it public clears both', async () => {
      const created = await addItem(meetingId, {
        title: SECRET_TITLE,
        visibility: 'restricted',
        secrecyGround: '31 kap. 16 §  osl',
        secrecyNote: 'Gäller till och med 2032',
      });
      expect(created.status).toBe(201);
      // Stored as the list writes it.
      expect(created.body).toMatchObject({
        visibility: 'restricted',
        secrecyGround: GROUND,
        secrecyNote: 'Gäller till och med 2032',
      });
      const url = `/api/agenda-items/${created.body.id}`;
      const renamed = await api('PATCH', url, 'secretary', { title: `${SECRET_TITLE} (rev)` });
      expect(renamed.body).toMatchObject({ secrecyGround: GROUND, secrecyNote: 'Gäller till och med 2032' });
      const dropped = await api('PATCH', url, 'secretary', { secrecyGround: null });
      expect([dropped.status, dropped.body.code]).toEqual([400, 'SECRECY_GROUND_REQUIRED']);
      const unchanged = await api('GET', `/api/meetings/${meetingId}/agenda`, 'secretary');
      expect(unchanged.body.items.find((item: { id: string }) => item.id === created.body.id)).toMatchObject({
        secrecyGround: GROUND,
      });
      const changed = await api('PATCH', url, 'secretary', { secrecyGround: '21 kap. 1 § OSL' });
      expect(changed.body.secrecyGround).toBe('21 kap. 1 § OSL');
      const opened = await api('PATCH', url, 'secretary', { visibility: 'public' });
      expect(opened.body).toMatchObject({ visibility: 'public', secrecyGround: null, secrecyNote: null });
      const restrictedAgain = await api('PATCH', url, 'secretary', { visibility: 'restricted' });
      expect(restrictedAgain.body.code).toBe('SECRECY_GROUND_REQUIRED');
    });
  });

  describe('case numbers', () => {
    it('are set on a meeting when created and changed, also once it is held; at most 60 characters', async () => {
      const meetingId = await createMeeting({ caseNumber: ' RUN 2031/12 ' });
      const url = `/api/meetings/${meetingId}`;
      expect((await api('GET', url, 'umea')).body.caseNumber).toBe('RUN 2031/12');
      const tooLong = await api('PATCH', url, 'coordinator', { caseNumber: 'x'.repeat(61) });
      expect([tooLong.status, tooLong.body.code]).toEqual([400, 'VALIDATION_FAILED']);
      const moved = await api('PATCH', url, 'coordinator', {
        start: '2026-10-05T10:00:00+02:00',
        end: '2026-10-05T11:30:00+02:00',
      });
      expect(moved.status).toBe(200);
      const held = await api('PATCH', url, 'coordinator', { status: 'held' });
      expect(held.body.status).toBe('held');
      const sequence = held.body.sequence;
      const filed = await api('PATCH', url, 'secretary', { caseNumber: 'RUN 2031/13' });
      expect(filed.status).toBe(200);
      expect(filed.body).toMatchObject({ caseNumber: 'RUN 2031/13', sequence });
      const other = await api('PATCH', url, 'secretary', { caseNumber: 'RUN 2031/14', title: 'Nytt namn' });
      expect([other.status, other.body.code]).toEqual([409, 'MEETING_NOT_EDITABLE']);
      const cleared = await api('PATCH', url, 'secretary', { caseNumber: null });
      expect(cleared.body.caseNumber).toBeNull();
      expect((await api('PATCH', url, 'skelleftea', { caseNumber: 'X 1' })).status).toBe(404);
    });

    it('are set on a round, and the meetings it creates start with the round’s', async () => {
      const agreement = await api('PUT', `/api/organizations/${orgs['2481']}/agreement`, 'coordinator', {
        cadence: 'P3M',
        preferredMode: 'digital',
        validFrom: '2026-01-01',
        location: { videoUrl: 'https://video.example/lycksele' },
      });
      expect(agreement.status).toBe(200);
      const round = await api('POST', '/api/rounds', 'coordinator', {
        name: 'Vårens omgång 2032',
        caseNumber: 'RUN 2032/1',
        window: { from: '2032-03-01', to: '2032-04-30' },
        organizationIds: [orgs['2481']],
        durationMinutes: 90,
        regionalTeam: [coordinator.id],
      });
      expect(round.status).toBe(201);
      expect(round.body.caseNumber).toBe('RUN 2032/1');
      const url = `/api/rounds/${round.body.id}`;
      const changed = await api('PATCH', url, 'coordinator', { caseNumber: 'RUN 2032/2' });
      expect(changed.status).toBe(200);
      expect(changed.body.caseNumber).toBe('RUN 2032/2');
      expect((await api('PATCH', url, 'umea', { caseNumber: 'X' })).status).toBe(403);
      expect((await api('PATCH', url, 'coordinator', { caseNumber: '' })).status).toBe(400);
      const listed = await api('GET', '/api/rounds', 'coordinator');
      expect(listed.body.items.find((r: { id: string }) => r.id === round.body.id).caseNumber).toBe(
        'RUN 2032/2',
      );
      const confirmed = await api('POST', `${url}/confirm`, 'coordinator', {});
      expect(confirmed.status).toBe(200);
      const meetingId = confirmed.body.items[0].meetingId;
      expect((await api('GET', `/api/meetings/${meetingId}`, 'coordinator')).body.caseNumber).toBe(
        'RUN 2032/2',
      );
    });
  });

  describe('the agenda and the minutes', () => {
    let meetingId: string;
    let secretItemId: string;
    let publicItemId: string;
    const minutesUrl = () => `/api/meetings/${meetingId}/minutes`;

    beforeAll(async () => {
      meetingId = await createMeeting({ caseNumber: 'RUN 2031/77' });
      const items = (await api('GET', `/api/meetings/${meetingId}/agenda`, 'secretary')).body.items;
      publicItemId = items[0].id;
      const secret = await addItem(meetingId, {
        title: SECRET_TITLE,
        description: 'Underlag från företaget',
        visibility: 'restricted',
        secrecyGround: GROUND,
        secrecyNote: 'Företagets uppgifter',
      });
      expect(secret.status).toBe(201);
      secretItemId = secret.body.id;
    });

    it('prints the case number and the marking in the agenda the participants receive', async () => {
      expect((await api('POST', `/api/meetings/${meetingId}/agenda/publish`, 'secretary', {})).status).toBe(
        200,
      );
      const mail = await eventually(
        () => mailsTo(umea.email, 'Dagordning: Samverkansmöte Umeå')[0],
        'the agenda to Umeå',
      );
      expect(mail.parsed.text).toContain('Diarienummer: RUN 2031/77');
      expect(mail.parsed.text).toContain(SECRET_TITLE);
      expect(mail.parsed.text).toContain(`Sekretess enligt ${GROUND}`);
    });

    it('locks minutes whose public version prints the marking and the parties’ version the content', async () => {
      // The meeting has taken place.
      const moved = await api('PATCH', `/api/meetings/${meetingId}`, 'coordinator', {
        start: '2026-11-03T10:00:00+01:00',
        end: '2026-11-03T11:30:00+01:00',
      });
      expect(moved.status).toBe(200);
      const recorded = await api('PUT', minutesUrl(), 'secretary', {
        items: [
          { agendaItemId: publicItemId, notes: 'Läget är gott i Umeå', decisions: ['Noterat'] },
          { agendaItemId: secretItemId, notes: SECRET_NOTES, decisions: ['Regionen stöttar etableringen'] },
        ],
        attendance: [{ personId: coordinator.id, status: 'present' }],
        guests: [],
        actions: [
          {
            agendaItemId: secretItemId,
            title: 'Ordna möte med Norrsken AB',
            ownerPersonId: coordinator.id,
            ownerOrganizationId: orgs['24'],
            dueDate: '2031-04-30',
          },
        ],
      });
      expect(recorded.status).toBe(200);
      const secretEntry = recorded.body.items.find(
        (item: { agendaItemId: string }) => item.agendaItemId === secretItemId,
      );
      expect(secretEntry).toMatchObject({ visibility: 'restricted', secrecyGround: GROUND });
      const submitted = await api('POST', `${minutesUrl()}/submit`, 'secretary', {
        adjusters: [{ personId: regionAdjuster.id }, { personId: umeaAdjuster.id }],
        informed: ['registrator@example.se'],
      });
      expect(submitted.status).toBe(200);
      expect((await api('POST', `${minutesUrl()}/approve`, 'regionAdjuster', {})).status).toBe(200);
      expect((await api('POST', `${minutesUrl()}/approve`, 'umeaAdjuster', {})).status).toBe(200);
      expect((await api('GET', minutesUrl(), 'umea')).body.status).toBe('locked');

      const parties = await api('GET', `${minutesUrl()}.pdf`, 'umea');
      const full = pdfText(parties.raw);
      expect(full).toContain('Diarienummer: RUN 2031/77');
      expect(full).toContain(SECRET_TITLE);
      expect(full).toContain(SECRET_NOTES);
      expect(full).toContain(`Sekretess enligt ${GROUND} – Företagets uppgifter`);

      const informed = await eventually(
        () => mailsTo('registrator@example.se', 'Justerat protokoll')[0],
        'the minutes to the informed address',
      );
      const [attachment] = informed.parsed.attachments.filter(
        (file) => file.contentType === 'application/pdf',
      );
      assertValidPdf(attachment.content);
      const publicText = pdfText(attachment.content);
      expect(publicText).toContain('Diarienummer: RUN 2031/77');
      expect(publicText).toContain('Läget är gott i Umeå');
      // The restricted item keeps its number (the template's items come first) and shows only the marking.
      expect(publicText).toMatch(new RegExp(`\\b6\\. Sekretess enligt ${GROUND} \\(Diskussion\\)`));
      for (const secret of [SECRET_TITLE, SECRET_NOTES, 'Norrsken', 'Företagets uppgifter', 'etableringen']) {
        expect(publicText).not.toContain(secret);
        expect(informed.parsed.text).not.toContain(secret);
        expect(informed.parsed.html || '').not.toContain(secret);
      }
      expect(informed.parsed.text).toContain(`6. Sekretess enligt ${GROUND}`);
      expect(informed.parsed.text).toContain('Diarienummer: RUN 2031/77');
    });
  });
});

describe('a minutes entry marked restricted during the meeting', () => {
  const OWN_GROUND = '21 kap. 1 § OSL';
  const ENTRY_NOTES = 'Rektorn berättade om elevens sjukdom och behov av stöd';
  let sink: SmtpSink;
  let t: TestApp;
  const tokens: Record<string, string> = {};
  let orgs: Record<string, string>;
  const people: Record<string, CreatedPerson> = {};
  let meetingId: string;
  let entryId: string;
  let restrictedItemId: string;
  let entryNumber: number;

  const api = (method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, who: string, body?: unknown) =>
    t.request({ method, url, token: tokens[who], body });
  const minutesUrl = () => `/api/meetings/${meetingId}/minutes`;
  const secrecyUrl = (itemId: string) => `${minutesUrl()}/items/${itemId}/secrecy`;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    t = await startTestApp(mailingTo(sink, { AGENDA_DEBOUNCE_MS: '100' }));
    const signIn = await AdminSignIn.start(t, { tokens });
    orgs = signIn.orgs;
    for (const [key, organization, roles, name] of [
      ['coordinator', '24', ['coordinator'], 'Kim Samordnare'],
      ['secretary', '24', ['secretary'], 'Sara Sekreterare'],
      ['secretaryEn', '24', ['secretary'], 'Sam Secretary'],
      ['regionAdjuster', '24', ['participant'], 'Rut Justerare'],
      ['umea', '2480', ['participant'], 'Åsa Öberg'],
      ['umeaAdjuster', '2480', ['secretary'], 'Ulf Justerare'],
      ['skelleftea', '2482', ['secretary'], 'Sune Skellefteå'],
    ] as const) {
      people[key] = await signIn.person(key, organization, [...roles], name);
    }
    expect(
      (await api('PATCH', `/api/people/${people.secretaryEn.id}`, 'admin', { locale: 'en' })).status,
    ).toBe(200);
    const created = await api('POST', '/api/meetings', 'coordinator', {
      title: 'Samverkansmöte Umeå, elevhälsan',
      start: '2026-11-10T10:00:00+01:00',
      end: '2026-11-10T11:30:00+01:00',
      organizationIds: [orgs['2480']],
      participants: ['coordinator', 'secretary', 'umea', 'umeaAdjuster', 'regionAdjuster'].map((key) => ({
        personId: people[key].id,
      })),
      status: 'confirmed',
    });
    expect(created.status).toBe(201);
    meetingId = created.body.id;
    const entry = await api('POST', `/api/meetings/${meetingId}/agenda/items`, 'secretary', {
      title: 'Elevhälsan i Umeå',
      visibility: 'public',
    });
    expect(entry.status).toBe(201);
    entryId = entry.body.id;
    const restricted = await api('POST', `/api/meetings/${meetingId}/agenda/items`, 'secretary', {
      title: 'Upphandling av skolskjuts',
      visibility: 'restricted',
      secrecyGround: '19 kap. 3 § OSL',
    });
    expect(restricted.status).toBe(201);
    restrictedItemId = restricted.body.id;
  });

  afterAll(async () => {
    await t?.close();
    await sink?.stop();
  });

  it('needs an active ground of the region to mark an entry restricted, in Swedish and English; others may not mark', async () => {
    const written = await api('PUT', `${minutesUrl()}/items/${entryId}`, 'secretary', {
      notes: ENTRY_NOTES,
      decisions: ['Regionen erbjuder stöd'],
      baseVersion: 0,
    });
    expect(written.status).toBe(200);
    expect(written.body).toMatchObject({ visibility: 'public', secrecySource: null, version: 1 });
    entryNumber = written.body.number;

    const required = await api('PUT', secrecyUrl(entryId), 'secretary', { visibility: 'restricted' });
    expect(required.status).toBe(400);
    expect(required.body).toMatchObject({
      code: 'SECRECY_GROUND_REQUIRED',
      message: expect.stringContaining('måste ha sin sekretessgrund'),
      details: { field: 'secrecyGround' },
    });
    const english = await api('PUT', secrecyUrl(entryId), 'secretaryEn', { visibility: 'restricted' });
    expect(english.body.message).toContain('needs its legal ground');
    const unknown = await api('PUT', secrecyUrl(entryId), 'secretary', {
      visibility: 'restricted',
      secrecyGround: '99 kap. 1 § OSL',
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.code).toBe('SECRECY_GROUND_UNKNOWN');
    const withoutRestriction = await api('PUT', secrecyUrl(entryId), 'secretary', {
      visibility: 'public',
      secrecyGround: OWN_GROUND,
    });
    expect(withoutRestriction.body.code).toBe('SECRECY_GROUND_WITHOUT_RESTRICTION');
    // A municipality's participant does not keep the minutes; another municipality's secretary does not see them.
    const body = { visibility: 'restricted', secrecyGround: OWN_GROUND };
    expect((await api('PUT', secrecyUrl(entryId), 'umea', body)).status).toBe(403);
    expect((await api('PUT', secrecyUrl(entryId), 'skelleftea', body)).status).toBe(404);
    // The entry of a restricted agenda item stays restricted: that is the agenda's to change.
    const fromAgenda = await api('PUT', secrecyUrl(restrictedItemId), 'secretary', { visibility: 'public' });
    expect(fromAgenda.status).toBe(400);
    expect(fromAgenda.body.code).toBe('SECRECY_GROUND_FROM_AGENDA');

    const minutes = await api('GET', minutesUrl(), 'secretary');
    expect(
      minutes.body.items.find((item: { agendaItemId: string }) => item.agendaItemId === entryId),
    ).toMatchObject({ visibility: 'public', secrecyGround: null, notes: ENTRY_NOTES });
    expect((await api('GET', `${minutesUrl()}/revisions`, 'secretary')).body.items).toHaveLength(1);
  });

  it('marks the entry on its ground without raising its text’s version; the marking survives later saves and is in the revisions', async () => {
    const marked = await api('PUT', secrecyUrl(entryId), 'secretary', {
      visibility: 'restricted',
      secrecyGround: ' 21 KAP. 1 §  osl ',
      secrecyNote: 'Uppgifter om en elevs hälsa',
    });
    expect(marked.status).toBe(200);
    expect(marked.body).toMatchObject({
      agendaItemId: entryId,
      visibility: 'restricted',
      secrecyGround: OWN_GROUND,
      secrecyNote: 'Uppgifter om en elevs hälsa',
      secrecySource: 'minutes',
      notes: ENTRY_NOTES,
      version: 1,
    });
    // The same again changes nothing.
    const again = await api('PUT', secrecyUrl(entryId), 'secretary', {
      visibility: 'restricted',
      secrecyGround: OWN_GROUND,
      secrecyNote: 'Uppgifter om en elevs hälsa',
    });
    expect(again.status).toBe(200);

    // A colleague's save of the text from version 1 is no conflict.
    const text = await api('PUT', `${minutesUrl()}/items/${entryId}`, 'coordinator', {
      notes: ENTRY_NOTES,
      decisions: ['Regionen erbjuder stöd', 'Återrapport i maj'],
      baseVersion: 1,
    });
    expect(text.status).toBe(200);
    expect(text.body).toMatchObject({ version: 2, secrecySource: 'minutes', secrecyGround: OWN_GROUND });

    // The whole minutes' PUT carries notes only: the marking stays.
    const whole = await api('PUT', minutesUrl(), 'secretary', {
      items: [
        {
          agendaItemId: entryId,
          notes: ENTRY_NOTES,
          decisions: ['Regionen erbjuder stöd', 'Återrapport i maj'],
        },
      ],
      attendance: [{ personId: people.coordinator.id, status: 'present' }],
      guests: [],
      actions: [],
    });
    expect(whole.status).toBe(200);
    const entry = whole.body.items.find((item: { agendaItemId: string }) => item.agendaItemId === entryId);
    expect(entry).toMatchObject({
      visibility: 'restricted',
      secrecyGround: OWN_GROUND,
      secrecySource: 'minutes',
    });
    const restricted = whole.body.items.find(
      (item: { agendaItemId: string }) => item.agendaItemId === restrictedItemId,
    );
    expect(restricted).toMatchObject({ secrecyGround: '19 kap. 3 § OSL', secrecySource: 'agenda' });

    const revisions = (await api('GET', `${minutesUrl()}/revisions`, 'secretary')).body.items as Array<{
      changes: Array<Record<string, unknown>>;
    }>;
    const markings = revisions.flatMap((revision) =>
      revision.changes.filter((change) => change.kind === 'secrecy_changed'),
    );
    expect(markings).toEqual([
      { kind: 'secrecy_changed', itemTitle: 'Elevhälsan i Umeå', ground: OWN_GROUND },
    ]);
    const audit = await api('GET', `/api/audit-log?entityType=minutes&entityId=${meetingId}`, 'admin');
    expect(JSON.stringify(audit.body.items)).toContain('secrecy_changed');
  });

  it('locks minutes whose public version prints “Sekretess enligt …” instead of the entry’s notes, and the parties’ version the notes', async () => {
    const submitted = await api('POST', `${minutesUrl()}/submit`, 'secretary', {
      adjusters: [{ personId: people.regionAdjuster.id }, { personId: people.umeaAdjuster.id }],
      informed: ['registrator@example.se'],
    });
    expect(submitted.status).toBe(200);
    expect((await api('POST', `${minutesUrl()}/approve`, 'regionAdjuster', {})).status).toBe(200);
    expect((await api('POST', `${minutesUrl()}/approve`, 'umeaAdjuster', {})).status).toBe(200);
    expect((await api('GET', minutesUrl(), 'umea')).body.status).toBe('locked');

    const full = pdfText((await api('GET', `${minutesUrl()}.pdf`, 'umea')).raw);
    expect(full).toContain('Elevhälsan i Umeå');
    expect(full).toContain(ENTRY_NOTES);
    expect(full).toContain(`Sekretess enligt ${OWN_GROUND} – Uppgifter om en elevs hälsa`);

    const informed = await eventually(
      () =>
        sink.messages.find(
          (mail) =>
            mail.envelopeTo.includes('registrator@example.se') &&
            (mail.parsed.subject ?? '').includes('Justerat protokoll'),
        ),
      'the minutes to the informed address',
    );
    const [attachment] = informed.parsed.attachments.filter((file) => file.contentType === 'application/pdf');
    assertValidPdf(attachment.content);
    const publicText = pdfText(attachment.content);
    expect(publicText).toMatch(new RegExp(`\\b${entryNumber}\\. Sekretess enligt ${OWN_GROUND}`));
    for (const secret of ['Rektorn', 'sjukdom', 'Elevhälsan i Umeå', 'Återrapport i maj', 'elevs hälsa']) {
      expect(publicText).not.toContain(secret);
      expect(informed.parsed.text).not.toContain(secret);
    }
    expect(informed.parsed.text).toContain(`${entryNumber}. Sekretess enligt ${OWN_GROUND}`);

    // Locked: the marking is as locked.
    const late = await api('PUT', secrecyUrl(entryId), 'secretary', { visibility: 'public' });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('MINUTES_LOCKED');
  });
});
