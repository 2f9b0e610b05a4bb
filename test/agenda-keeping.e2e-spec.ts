import { eventually } from './helpers/eventually';
import type { CreatedPerson } from './helpers/people-fixtures';
import { AdminSignIn } from './helpers/signed-in-people';
import { type ReceivedMail, SmtpSink } from './helpers/smtp-sink';
import { PUBLIC_URL, type TestApp, apiAs, startTestApp, mailingTo } from './helpers/test-app';

/** Tuesday 9 March 2027 10:00–11:30 in Stockholm: proposals close after Tuesday 2 March. */
const MEETING = { start: '2027-03-09T10:00:00+01:00', end: '2027-03-09T11:30:00+01:00' };

/** The agenda's keepers at work (issue 15): moving items, applying a template, who was told, proposals. */
describe('keeping an agenda: order, templates, publication and proposals, with a real SMTP server', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let orgs: Record<string, string>;
  let coordinator: CreatedPerson;
  let secretary: CreatedPerson;
  let proposer: CreatedPerson;
  const tokens: Record<string, string> = {};
  let meetingId: string;

  const api = apiAs(() => t, tokens);
  const agenda = async (who = 'secretary') =>
    (await api('GET', `/api/meetings/${meetingId}/agenda`, who)).body;
  const mailsTo = (person: CreatedPerson, prefix: string): ReceivedMail[] =>
    sink.to(person.email).filter((mail) => (mail.parsed.subject ?? '').startsWith(prefix));
  const titles = (view: any): string[] => view.items.map((item: any) => item.title);

  beforeAll(async () => {
    sink = await SmtpSink.start();
    t = await startTestApp(
      mailingTo(sink, {
        PUBLIC_URL,
        AGENDA_DEBOUNCE_MS: '300',
      }),
    );
    const signIn = await AdminSignIn.start(t, { tokens });
    orgs = signIn.orgs;
    coordinator = await signIn.person('coordinator', '24', ['coordinator'], 'Karin Koordinator');
    secretary = await signIn.person('secretary', '24', ['secretary'], 'Sara Sekreterare');
    proposer = await signIn.person('proposer', '2480', ['participant'], 'Petra Förslagsson');
    await signIn.person('skelleftea', '2482', ['secretary'], 'Sune Skellefteå');
    const created = await api('POST', '/api/meetings', 'coordinator', {
      title: 'Samverkansmöte Umeå',
      start: MEETING.start,
      end: MEETING.end,
      organizationIds: [orgs['2480']],
      participants: [coordinator, secretary, proposer].map((person) => ({ personId: person.id })),
      status: 'confirmed',
    });
    expect(created.status).toBe(201);
    meetingId = created.body.id;
  });

  afterAll(async () => {
    await t?.close();
    await sink?.stop();
  });

  it('moves an item to a new number in one request, on the version seen, closing items last', async () => {
    const before = await agenda();
    expect(titles(before)).toEqual([
      'Mötets öppnande och val av justerare',
      'Kommunens näringslivsläge',
      'Regionens aktuella insatser',
      'Uppföljning av åtgärder',
      'Gemensamma frågor',
      'Övriga frågor',
    ]);
    const [, second, third] = before.items;
    const move = (itemId: string, who: string, body: unknown) =>
      api('POST', `/api/agenda-items/${itemId}/move`, who, body);

    const moved = await move(third.id, 'secretary', { number: 2, agendaVersion: before.version });
    expect(moved.status).toBe(200);
    expect(titles(moved.body).slice(0, 3)).toEqual([
      'Mötets öppnande och val av justerare',
      'Regionens aktuella insatser',
      'Kommunens näringslivsläge',
    ]);
    expect(moved.body.items.map((item: any) => item.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(moved.body.version).toBe(before.version + 1);

    // Made on the list before that move: refused, nothing moves.
    const stale = await move(second.id, 'coordinator', { number: 1, agendaVersion: before.version });
    expect([stale.status, stale.body.code, stale.body.details]).toEqual([
      409,
      'AGENDA_VERSION_CONFLICT',
      { currentVersion: before.version + 1 },
    ]);
    const closing = before.items[5];
    const pastClosing = await move(second.id, 'secretary', { number: 6, agendaVersion: moved.body.version });
    expect([pastClosing.status, pastClosing.body.code]).toEqual([409, 'AGENDA_CLOSING_ITEMS_LAST']);
    const closingUp = await move(closing.id, 'secretary', { number: 1, agendaVersion: moved.body.version });
    expect([closingUp.status, closingUp.body.code]).toEqual([409, 'AGENDA_CLOSING_ITEMS_LAST']);
    expect(titles(await agenda())).toEqual(titles(moved.body));

    expect((await move(second.id, 'proposer', { number: 1, agendaVersion: 1 })).status).toBe(403);
    const foreign = await move(second.id, 'skelleftea', { number: 1, agendaVersion: moved.body.version });
    expect([foreign.status, foreign.body.code]).toEqual([404, 'AGENDA_ITEM_NOT_FOUND']);
    const bad = await move(second.id, 'secretary', { number: 0, agendaVersion: moved.body.version });
    expect([bad.status, bad.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect((await move(second.id, 'secretary', { number: 1 })).status).toBe(400);
  });

  it('adds what a template has and the agenda lacks: before the closing items, and nothing twice', async () => {
    const listed = await api('GET', '/api/agenda-templates', 'secretary');
    expect(listed.status).toBe(200);
    const template = await api('POST', '/api/agenda-templates', 'coordinator', {
      name: 'Med kompetensfrågor',
      items: [
        { title: 'Mötets öppnande och val av justerare', type: 'information', durationMinutes: 5 },
        { title: 'Kompetensförsörjning', type: 'discussion', durationMinutes: 20 },
        { title: 'Nästa möte', type: 'information', durationMinutes: 5, closing: true },
      ],
    });
    expect(template.status).toBe(201);
    const before = await agenda();
    const apply = (who: string, body: unknown) =>
      api('POST', `/api/meetings/${meetingId}/agenda/apply-template`, who, body);

    const applied = await apply('secretary', { templateId: template.body.id, agendaVersion: before.version });
    expect(applied.status).toBe(200);
    expect(titles(applied.body)).toEqual([
      ...titles(before).slice(0, 5),
      'Kompetensförsörjning',
      'Övriga frågor',
      'Nästa möte',
    ]);
    expect(applied.body.items.map((item: any) => [item.source, item.closing]).slice(5)).toEqual([
      ['template', false],
      ['template', true],
      ['template', true],
    ]);
    const again = await apply('coordinator', { templateId: template.body.id });
    expect(titles(again.body)).toEqual(titles(applied.body));
    expect(again.body.version).toBe(applied.body.version);

    const stale = await apply('secretary', { templateId: template.body.id, agendaVersion: before.version });
    expect([stale.status, stale.body.code]).toEqual([409, 'AGENDA_VERSION_CONFLICT']);
    const unknown = await apply('secretary', { templateId: '00000000-0000-4000-8000-000000000000' });
    expect([unknown.status, unknown.body.code]).toEqual([404, 'AGENDA_TEMPLATE_NOT_FOUND']);
    expect((await apply('proposer', { templateId: template.body.id })).status).toBe(403);
    expect((await apply('skelleftea', { templateId: template.body.id })).status).toBe(404);
  });

  it('tells the keepers of a proposal, and the proposer of its fate with the message', async () => {
    const proposed = await api('POST', `/api/meetings/${meetingId}/agenda/items`, 'proposer', {
      title: 'Bredband i glesbygd',
      description: 'Läget för utbyggnaden i inlandet.',
      durationMinutes: 15,
    });
    expect(proposed.status).toBe(201);
    const second = await api('POST', `/api/meetings/${meetingId}/agenda/items`, 'proposer', {
      title: 'Ny flygplats',
    });
    for (const keeper of [coordinator, secretary]) {
      const [mail] = await eventually(() => {
        const mails = mailsTo(keeper, 'Nytt förslag till dagordningen: Bredband i glesbygd');
        return mails.length ? mails : undefined;
      }, `the proposal email to ${keeper.email}`);
      expect(mail.parsed.text).toContain('Petra Förslagsson föreslår punkten "Bredband i glesbygd" (15 min)');
      expect(mail.parsed.text).toContain('Läget för utbyggnaden i inlandet.');
      expect(mail.parsed.text).toContain(`${PUBLIC_URL}/meetings/${meetingId}/agenda`);
      expect(mail.parsed.text).toContain('till och med 2 mars 2027');
    }
    expect(mailsTo(proposer, 'Nytt förslag')).toEqual([]);

    // Accepted at a chosen place, declined with a message.
    const accepted = await api('PATCH', `/api/agenda-items/${proposed.body.id}`, 'secretary', {
      status: 'accepted',
      position: 2,
      reason: 'Ta gärna med kartan över utbyggnaden.',
    });
    expect([accepted.status, accepted.body.number]).toEqual([200, 2]);
    const declined = await api('PATCH', `/api/agenda-items/${second.body.id}`, 'coordinator', {
      status: 'declined',
      reason: 'Frågan tas upp i regionfullmäktige.',
    });
    expect(declined.status).toBe(200);
    const [yes] = await eventually(() => {
      const mails = mailsTo(proposer, 'Din punkt är med på dagordningen: Bredband i glesbygd');
      return mails.length ? mails : undefined;
    }, 'the acceptance email');
    expect(yes.parsed.text).toContain(`${PUBLIC_URL}/meetings/${meetingId}/agenda`);
    expect(yes.parsed.text).toContain('Ta gärna med kartan över utbyggnaden.');
    const [no] = await eventually(() => {
      const mails = mailsTo(proposer, 'Din punkt kom inte med på dagordningen: Ny flygplats');
      return mails.length ? mails : undefined;
    }, 'the decline email');
    expect(no.parsed.text).toContain('Frågan tas upp i regionfullmäktige.');
  });

  it('shows the keepers who was told of the published agenda, and when', async () => {
    expect((await agenda()).deliveries).toEqual([]);
    const published = await api('POST', `/api/meetings/${meetingId}/agenda/publish`, 'secretary');
    expect(published.status).toBe(200);
    const people = [coordinator, secretary, proposer];
    const deliveries = await eventually(async () => {
      const view = await agenda('coordinator');
      return view.deliveries.length === 3 && view.deliveries.every((entry: any) => entry.status === 'sent')
        ? view.deliveries
        : undefined;
    }, 'the agenda sent to every participant');
    expect(deliveries.map((entry: any) => entry.name).sort()).toEqual([
      'Karin Koordinator',
      'Petra Förslagsson',
      'Sara Sekreterare',
    ]);
    for (const entry of deliveries) {
      const person = people.find((candidate) => candidate.id === entry.personId)!;
      expect(entry.address).toBe(person.email);
      expect(Date.parse(entry.sentAt)).toBeGreaterThanOrEqual(Date.parse(entry.queuedAt));
      expect(mailsTo(person, 'Dagordning: Samverkansmöte Umeå')).toHaveLength(1);
    }
    // Only the keepers see the recipients.
    expect((await agenda('proposer')).deliveries).toBeNull();
  });
});
