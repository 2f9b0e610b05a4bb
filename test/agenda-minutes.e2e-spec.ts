import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { AdjusterReminders } from '../src/minutes/review/adjuster-reminders';
import { MinutesStatistics } from '../src/minutes/statistics/minutes-statistics';
import { eventually, sleep } from './helpers/eventually';
import { assertValidPdf, pdfFonts, pdfText, pdfXmp } from './helpers/pdf-text';
import { type CreatedPerson, createPerson } from './helpers/people-fixtures';
import { AdminSignIn } from './helpers/signed-in-people';
import { linksOffThePages } from './helpers/email-links';
import { type ReceivedMail, SmtpSink } from './helpers/smtp-sink';
import { PUBLIC_URL, type TestApp, apiAs, startTestApp, mailingTo } from './helpers/test-app';

const DEBOUNCE_MS = 300;
const DAY_MS = 86_400_000;

/** Tuesday 9 March 2027 10:00–11:30 in Stockholm: proposals close after Tuesday 2 March. */
const MEETING_A = { start: '2027-03-09T10:00:00+01:00', end: '2027-03-09T11:30:00+01:00' };
const MEETING_C = { start: '2027-06-08T10:00:00+02:00', end: '2027-06-08T11:30:00+02:00' };

describe('agendas and minutes through the API, the worker and a real SMTP server', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let db: DataSource;
  let admin: string;
  let orgs: Record<string, string>;
  let coordinator: CreatedPerson;
  let secretary: CreatedPerson;
  let proposer: CreatedPerson;
  let regionAdjuster: CreatedPerson;
  let umeaAdjuster: CreatedPerson;
  let skelleftea: CreatedPerson;
  const tokens: Record<string, string> = {};
  let meetingA: string;
  let meetingC: string;
  let shortTemplate: string;

  const api = apiAs(() => t, tokens);
  const subjectsTo = (person: CreatedPerson, prefix: string): ReceivedMail[] =>
    sink.to(person.email).filter((mail) => (mail.parsed.subject ?? '').startsWith(prefix));
  const withSubject = (prefix: string): ReceivedMail[] =>
    sink.messages.filter((mail) => (mail.parsed.subject ?? '').startsWith(prefix));
  const linkIn = (mail: ReceivedMail): string => {
    const match = /\/minutes-approval\/([A-Za-z0-9_-]{43})/.exec(mail.parsed.text ?? '');
    if (!match) throw new Error('no approval link');
    return match[1];
  };

  beforeAll(async () => {
    sink = await SmtpSink.start();
    t = await startTestApp(
      mailingTo(sink, {
        PUBLIC_URL,
        AGENDA_DEBOUNCE_MS: String(DEBOUNCE_MS),
      }),
    );
    db = t.app.get(DataSource);
    const signIn = await AdminSignIn.start(t, { tokens });
    admin = signIn.adminToken;
    orgs = signIn.orgs;
    coordinator = await signIn.person('coordinator', '24', ['coordinator'], 'Karin Koordinator');
    secretary = await signIn.person('secretary', '24', ['secretary'], 'Sara Sekreterare');
    proposer = await signIn.person('proposer', '2480', ['participant'], 'Emma English');
    regionAdjuster = await signIn.person('regionAdjuster', '24', ['participant'], 'Rolf Regionjusterare');
    umeaAdjuster = await signIn.person('umeaAdjuster', '2480', ['participant'], 'Åsa Öberg');
    skelleftea = await signIn.person('skelleftea', '2482', ['secretary'], 'Sune Skellefteå');
    await signIn.person('umeaSecretary', '2480', ['secretary'], 'Ulla Umeå');
    const english = await t.request({
      method: 'PATCH',
      url: `/api/people/${proposer.id}`,
      token: admin,
      body: { locale: 'en' },
    });
    expect(english.status).toBe(200);
  });

  afterAll(async () => {
    await t?.close();
    await sink?.stop();
  });

  async function createMeeting(
    organization: string,
    times: { start: string; end: string },
    participants: CreatedPerson[],
    title: string,
  ): Promise<string> {
    const response = await api('POST', '/api/meetings', 'coordinator', {
      title,
      start: times.start,
      end: times.end,
      organizationIds: [orgs[organization]],
      participants: participants.map((person) => ({ personId: person.id })),
      status: 'confirmed',
    });
    expect(response.status).toBe(201);
    return response.body.id as string;
  }

  const agenda = (meetingId: string, who = 'coordinator') =>
    api('GET', `/api/meetings/${meetingId}/agenda`, who);

  it('lists the shipped Västerbotten template and lets coordinators add templates', async () => {
    const list = await api('GET', '/api/agenda-templates', 'coordinator');
    expect(list.status).toBe(200);
    const shipped = list.body.items.find((template: any) => template.regionId === null && template.isDefault);
    expect(shipped.items.map((item: any) => [item.title, item.type])).toEqual([
      ['Mötets öppnande och val av justerare', 'information'],
      ['Kommunens näringslivsläge', 'information'],
      ['Regionens aktuella insatser', 'information'],
      ['Uppföljning av åtgärder', 'follow-up'],
      ['Gemensamma frågor', 'discussion'],
      ['Övriga frågor', 'discussion'],
    ]);
    expect(shipped.totalMinutes).toBe(90);

    const body = {
      name: 'Kort avstämning',
      items: [{ title: 'Läget', type: 'discussion', durationMinutes: 15, presentingParty: 'municipality' }],
    };
    const created = await api('POST', '/api/agenda-templates', 'coordinator', body);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ regionId: orgs['24'], isDefault: false, totalMinutes: 15 });
    shortTemplate = created.body.id;

    expect((await api('GET', '/api/agenda-templates', 'proposer')).status).toBe(403);
    expect((await api('POST', '/api/agenda-templates', 'secretary', body)).status).toBe(403);
    const municipal = await api('POST', '/api/agenda-templates', 'umeaSecretary', body);
    expect([municipal.status, municipal.body.code]).toEqual([403, 'FORBIDDEN']);
    const empty = await api('POST', '/api/agenda-templates', 'coordinator', { ...body, items: [] });
    expect([empty.status, empty.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    const badType = await api('POST', '/api/agenda-templates', 'coordinator', {
      ...body,
      items: [{ title: 'X', type: 'gossip' }],
    });
    expect(badType.status).toBe(400);
    const foreign = await api('POST', '/api/agenda-templates', 'coordinator', {
      ...body,
      regionId: orgs['2480'],
    });
    expect([foreign.status, foreign.body.code]).toEqual([400, 'AGENDA_TEMPLATE_INVALID_REGION']);
    const noRound = await api('PUT', `/api/rounds/${shipped.id}/agenda-template`, 'coordinator', {
      templateId: shipped.id,
    });
    expect(noRound.status).toBe(404);
  });

  it('gives a new meeting its agenda from the template, with the proposal deadline in working days', async () => {
    meetingA = await createMeeting(
      '2480',
      MEETING_A,
      [coordinator, secretary, proposer, regionAdjuster, umeaAdjuster],
      'Samverkansmöte Umeå',
    );
    const response = await agenda(meetingA);
    expect(response.status).toBe(200);
    expect(
      response.body.items.map((item: any) => [item.number, item.title, item.source, item.status]),
    ).toEqual([
      [1, 'Mötets öppnande och val av justerare', 'template', 'scheduled'],
      [2, 'Kommunens näringslivsläge', 'template', 'scheduled'],
      [3, 'Regionens aktuella insatser', 'template', 'scheduled'],
      [4, 'Uppföljning av åtgärder', 'template', 'scheduled'],
      [5, 'Gemensamma frågor', 'template', 'scheduled'],
      [6, 'Övriga frågor', 'template', 'scheduled'],
    ]);
    expect(response.body.items[1].presenter).toEqual({ personId: null, name: null, party: 'municipality' });
    expect(response.body).toMatchObject({
      meetingMinutes: 90,
      totalMinutes: 90,
      warnings: [],
      proposalDeadlineDate: '2027-03-02',
      proposalDeadline: '2027-03-02T23:00:00.000Z',
      proposalsOpen: true,
    });
    // The municipality's participants read it; another municipality does not see it at all.
    expect((await agenda(meetingA, 'proposer')).status).toBe(200);
    const foreign = await agenda(meetingA, 'skelleftea');
    expect([foreign.status, foreign.body.code]).toEqual([404, 'MEETING_NOT_FOUND']);
  });

  it('adds, reorders and removes items; warns when the items outlast the meeting', async () => {
    const added = await api('POST', `/api/meetings/${meetingA}/agenda/items`, 'secretary', {
      title: 'Kompetensförsörjning',
      type: 'decision',
      durationMinutes: 20,
      presenterPersonId: coordinator.id,
      links: [{ url: 'https://example.se/underlag.pdf', label: 'Underlag' }],
      position: 2,
    });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ number: 2, status: 'scheduled', source: 'added' });
    expect(added.body.presenter.name).toBe('Karin Koordinator');
    let view = (await agenda(meetingA)).body;
    expect(view.totalMinutes).toBe(110);
    expect(view.warnings).toEqual([
      expect.objectContaining({
        code: 'AGENDA_EXCEEDS_MEETING',
        message: 'Punkterna tar 110 minuter; mötet varar 90',
        details: { totalMinutes: 110, meetingMinutes: 90 },
      }),
    ]);

    const moved = await api('PATCH', `/api/agenda-items/${added.body.id}`, 'secretary', { position: 7 });
    expect([moved.status, moved.body.number]).toEqual([200, 7]);
    const shorter = await api('PATCH', `/api/agenda-items/${added.body.id}`, 'coordinator', {
      durationMinutes: 0,
      version: moved.body.version,
    });
    expect(shorter.status).toBe(200);
    const stale = await api('PATCH', `/api/agenda-items/${added.body.id}`, 'coordinator', {
      title: 'Gammal',
      version: moved.body.version,
    });
    expect([stale.status, stale.body.code]).toEqual([409, 'AGENDA_ITEM_VERSION_CONFLICT']);
    view = (await agenda(meetingA)).body;
    expect(view.warnings).toEqual([]);
    expect(view.items.map((item: any) => item.position)).toEqual([1, 2, 3, 4, 5, 6, 7]);

    // Roles and bad input.
    const participantEdit = await api('PATCH', `/api/agenda-items/${added.body.id}`, 'proposer', {
      title: 'X',
    });
    expect(participantEdit.status).toBe(403);
    const foreignEdit = await api('PATCH', `/api/agenda-items/${added.body.id}`, 'skelleftea', {
      title: 'X',
    });
    expect([foreignEdit.status, foreignEdit.body.code]).toEqual([404, 'AGENDA_ITEM_NOT_FOUND']);
    expect((await api('DELETE', `/api/agenda-items/${added.body.id}`, 'skelleftea')).status).toBe(404);
    expect(
      (await api('POST', `/api/meetings/${meetingA}/agenda/items`, 'skelleftea', { title: 'X' })).status,
    ).toBe(404);
    const blank = await api('POST', `/api/meetings/${meetingA}/agenda/items`, 'secretary', { title: ' ' });
    expect([blank.status, blank.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    const unknownKey = await api('POST', `/api/meetings/${meetingA}/agenda/items`, 'secretary', {
      title: 'X',
      colour: 'red',
    });
    expect(unknownKey.status).toBe(400);
    const badPresenter = await api('POST', `/api/meetings/${meetingA}/agenda/items`, 'secretary', {
      title: 'X',
      presenterPersonId: skelleftea.id,
    });
    expect([badPresenter.status, badPresenter.body.code]).toEqual([400, 'AGENDA_INVALID_PRESENTER']);
    const badArea = await api('POST', `/api/meetings/${meetingA}/agenda/items`, 'secretary', {
      title: 'X',
      strategyAreaIds: ['00000000-0000-4000-8000-000000000000'],
    });
    expect(badArea.status).toBe(400);
    const nothing = await api('PATCH', `/api/agenda-items/${added.body.id}`, 'secretary', {});
    expect(nothing.status).toBe(400);
    const declineWithoutReason = await api('PATCH', `/api/agenda-items/${added.body.id}`, 'secretary', {
      status: 'declined',
    });
    expect(declineWithoutReason.status).toBe(400);
    const notProposal = await api('PATCH', `/api/agenda-items/${added.body.id}`, 'secretary', {
      status: 'accepted',
    });
    expect([notProposal.status, notProposal.body.code]).toEqual([409, 'AGENDA_ITEM_NOT_A_PROPOSAL']);
    expect((await api('GET', '/api/meetings/not-a-uuid/agenda', 'secretary')).status).toBe(400);

    expect((await api('DELETE', `/api/agenda-items/${added.body.id}`, 'proposer')).status).toBe(403);
    expect((await api('DELETE', `/api/agenda-items/${added.body.id}`, 'secretary')).status).toBe(204);
    expect((await agenda(meetingA)).body.items).toHaveLength(6);
  });

  it('takes proposals until the deadline; the proposer hears of the decision in their language', async () => {
    const proposed = await api('POST', `/api/meetings/${meetingA}/agenda/items`, 'proposer', {
      title: 'Bredband i glesbygd',
      description: 'Läget för utbyggnaden.',
      durationMinutes: 10,
    });
    expect(proposed.status).toBe(201);
    expect(proposed.body).toMatchObject({ status: 'proposed', source: 'proposal', number: null });
    const second = await api('POST', `/api/meetings/${meetingA}/agenda/items`, 'proposer', {
      title: 'Ny flygplats',
    });
    const placing = await api('POST', `/api/meetings/${meetingA}/agenda/items`, 'proposer', {
      title: 'Först!',
      position: 1,
    });
    expect(placing.status).toBe(403);
    let view = (await agenda(meetingA)).body;
    expect(view.proposals.map((item: any) => item.title)).toEqual(['Bredband i glesbygd', 'Ny flygplats']);
    // The keepers see who proposed, by name, though the proposer is the municipality's person.
    expect(view.proposals[0]).toMatchObject({
      proposedBy: proposer.id,
      proposer: { id: proposer.id, name: 'Emma English' },
    });
    expect(view.items).toHaveLength(6);

    const accepted = await api('PATCH', `/api/agenda-items/${proposed.body.id}`, 'coordinator', {
      status: 'accepted',
      reason: 'Viktig fråga för båda parter',
    });
    expect(accepted.status).toBe(200);
    // On the agenda before the closing "Övriga frågor", which stays last.
    expect(accepted.body).toMatchObject({ status: 'accepted', number: 6, decidedBy: coordinator.id });
    const declined = await api('PATCH', `/api/agenda-items/${second.body.id}`, 'secretary', {
      status: 'declined',
      reason: 'Hör inte till samverkansmötet',
    });
    expect(declined.body).toMatchObject({
      status: 'declined',
      decisionReason: 'Hör inte till samverkansmötet',
    });
    view = (await agenda(meetingA)).body;
    expect(view.items.map((item: any) => item.title)).toContain('Bredband i glesbygd');
    expect(view.proposals.map((item: any) => item.status)).toEqual(['declined']);

    const [yes] = await eventually(() => {
      const mails = subjectsTo(proposer, 'Your item is on the agenda');
      return mails.length ? mails : undefined;
    }, 'the acceptance email');
    expect(yes.parsed.subject).toBe('Your item is on the agenda: Bredband i glesbygd');
    expect(yes.parsed.text).toContain('Viktig fråga för båda parter');
    expect(yes.parsed.text).toContain(`${PUBLIC_URL}/meetings/${meetingA}/agenda`);
    const [no] = await eventually(() => {
      const mails = subjectsTo(proposer, 'Your item is not on the agenda');
      return mails.length ? mails : undefined;
    }, 'the decline email');
    expect(no.parsed.text).toContain('Hör inte till samverkansmötet');

    // A meeting two days away: proposals closed.
    const soon = new Date(Date.now() + 2 * DAY_MS);
    soon.setUTCHours(9, 0, 0, 0);
    const late = await createMeeting(
      '2460',
      { start: soon.toISOString(), end: new Date(soon.getTime() + 3_600_000).toISOString() },
      [],
      'Samverkansmöte Vännäs',
    );
    const closed = await agenda(late);
    expect(closed.body.proposalsOpen).toBe(false);
    const lateProposal = await api('POST', `/api/meetings/${late}/agenda/items`, 'umeaSecretary', {
      title: 'För sent',
    });
    // Umeå's secretary does not see Vännäs's meeting at all.
    expect(lateProposal.status).toBe(404);
    const vannas = await createPerson(t, admin, { organizationId: orgs['2460'], roles: ['participant'] });
    tokens.vannas = await t.login(vannas.email, vannas.password);
    const tooLate = await api('POST', `/api/meetings/${late}/agenda/items`, 'vannas', { title: 'För sent' });
    expect([tooLate.status, tooLate.body.code]).toEqual([409, 'AGENDA_PROPOSAL_DEADLINE_PASSED']);
    // The agenda's keepers may still add items.
    expect(
      (await api('POST', `/api/meetings/${late}/agenda/items`, 'secretary', { title: 'Sent' })).status,
    ).toBe(201);
  });

  it('carries open actions and questions into the follow-up item of the next meeting', async () => {
    const action = await api('POST', '/api/actions', 'coordinator', {
      title: 'Kartlägg lediga industritomter',
      ownerPersonId: umeaAdjuster.id,
      ownerOrganizationId: orgs['2480'],
      dueDate: '2027-02-15',
    });
    expect(action.status).toBe(201);
    const question = await api('POST', '/api/questions', 'coordinator', {
      title: 'Vem äger frågan om kollektivtrafik?',
      owner: { kind: 'organization', organizationId: orgs['24'] },
      organizationIds: [orgs['2480']],
    });
    expect(question.status).toBe(201);
    meetingC = await createMeeting('2480', MEETING_C, [coordinator, secretary], 'Samverkansmöte Umeå, juni');

    const view = (await agenda(meetingA)).body;
    const followUp = view.items.find((item: any) => item.type === 'follow-up');
    expect(followUp.carriedOver.actions).toEqual([
      expect.objectContaining({
        id: action.body.id,
        title: 'Kartlägg lediga industritomter',
        ownerName: 'Åsa Öberg',
        dueDate: '2027-02-15',
      }),
    ]);
    expect(followUp.carriedOver.questions).toEqual([
      expect.objectContaining({ id: question.body.id, title: 'Vem äger frågan om kollektivtrafik?' }),
    ]);
    expect(view.items.filter((item: any) => item.carriedOver !== null)).toHaveLength(1);
    // Only the municipality's next meeting carries them.
    const later = (await agenda(meetingC)).body;
    expect(later.items.every((item: any) => item.carriedOver === null)).toBe(true);
  });

  it('emails the agenda when published, and once per burst of changes after that', async () => {
    const participants = [coordinator, secretary, proposer, regionAdjuster, umeaAdjuster];
    expect((await api('POST', `/api/meetings/${meetingA}/agenda/publish`, 'proposer')).status).toBe(403);
    const published = await api('POST', `/api/meetings/${meetingA}/agenda/publish`, 'secretary');
    expect(published.status).toBe(200);
    expect(published.body.publishedAt).not.toBeNull();
    await eventually(
      () => (participants.every((person) => sink.to(person.email).some(isAgendaMail)) ? true : undefined),
      'the agenda to every participant',
    );
    const first = subjectsTo(secretary, 'Dagordning: ');
    expect(first).toHaveLength(1);
    expect(first[0].parsed.subject).toBe('Dagordning: Samverkansmöte Umeå');
    expect(first[0].parsed.text).toContain('Bredband i glesbygd');
    expect(first[0].parsed.text).toContain('Kartlägg lediga industritomter – Åsa Öberg');
    expect(first[0].parsed.text).not.toContain('Ny flygplats');
    expect(subjectsTo(proposer, 'Agenda: Samverkansmöte Umeå')).toHaveLength(1);

    // A burst of three changes: one updated agenda per participant.
    const items = (await agenda(meetingA)).body.items;
    await api('PATCH', `/api/agenda-items/${items[4].id}`, 'secretary', {
      title: 'Gemensamma frågor och beslut',
    });
    await api('PATCH', `/api/agenda-items/${items[4].id}`, 'secretary', {
      visibility: 'restricted',
      secrecyGround: '31 kap. 16 § OSL',
    });
    await api('POST', `/api/meetings/${meetingA}/agenda/items`, 'secretary', { title: 'Nästa möte' });
    await eventually(
      () =>
        participants.every((person) => sink.to(person.email).filter(isAgendaMail).length >= 2)
          ? true
          : undefined,
      'the updated agenda to every participant',
    );
    await sleep(DEBOUNCE_MS * 3);
    for (const person of participants) expect(sink.to(person.email).filter(isAgendaMail)).toHaveLength(2);
    const updated = subjectsTo(secretary, 'Uppdaterad dagordning: ');
    expect(updated).toHaveLength(1);
    expect(updated[0].parsed.text).toContain('Gemensamma frågor och beslut');
    expect(updated[0].parsed.text).toContain('Nästa möte');
    const sent = (await agenda(meetingA)).body;
    expect(sent.sentVersion).toBe(sent.version);
  });

  it('moves an unfinished item on to the next meeting with the municipality', async () => {
    const before = (await agenda(meetingA)).body;
    // The keepers read beforehand where a moved item lands; nobody else does.
    expect(before.nextMeeting).toMatchObject({ id: meetingC, title: expect.any(String) });
    expect((await agenda(meetingA, 'proposer')).body.nextMeeting).toBeNull();
    const items = before.items;
    const unfinished = items.find((item: any) => item.title === 'Bredband i glesbygd');
    const moved = await api('PATCH', `/api/agenda-items/${unfinished.id}`, 'coordinator', {
      moveToNextMeeting: true,
      reason: 'Tiden räckte inte till',
    });
    expect(moved.status).toBe(200);
    expect(moved.body.movedToMeetingId).toBe(meetingC);
    // The proposer of the accepted item hears where it went, with the message, in their language.
    const [told] = await eventually(() => {
      const mails = subjectsTo(proposer, 'Your item has moved to a later meeting');
      return mails.length ? mails : undefined;
    }, 'the email about the moved item');
    expect(told.parsed.subject).toBe('Your item has moved to a later meeting: Bredband i glesbygd');
    expect(told.parsed.text).toContain('Tiden räckte inte till');
    expect(told.parsed.text).toContain(`${PUBLIC_URL}/meetings/${meetingC}/agenda`);
    const next = (await agenda(meetingC)).body.items;
    expect(next.at(-1)).toMatchObject({ title: 'Övriga frågor', closing: true });
    expect(next.at(-2)).toMatchObject({
      title: 'Bredband i glesbygd',
      source: 'carry-over',
      carriedFromItemId: unfinished.id,
      status: 'scheduled',
    });
    const again = await api('PATCH', `/api/agenda-items/${unfinished.id}`, 'coordinator', {
      moveToNextMeeting: true,
    });
    expect([again.status, again.body.code]).toEqual([409, 'AGENDA_ITEM_ALREADY_MOVED']);
    const last = await api('PATCH', `/api/agenda-items/${next[0].id}`, 'coordinator', {
      moveToNextMeeting: true,
    });
    expect([last.status, last.body.code]).toEqual([409, 'AGENDA_NO_NEXT_MEETING']);
    expect((await agenda(meetingC)).body.nextMeeting).toBeNull();
    const mixed = await api('PATCH', `/api/agenda-items/${next[0].id}`, 'coordinator', {
      moveToNextMeeting: true,
      title: 'X',
    });
    expect(mixed.status).toBe(400);
    // Only the moved proposal's author was told; a carried-over item's move tells nobody again.
    expect(subjectsTo(proposer, 'Your item has moved to a later meeting')).toHaveLength(1);
  });

  it("gives a round's meetings the round's template", async () => {
    const agreement = await api('PUT', `/api/organizations/${orgs['2409']}/agreement`, 'coordinator', {
      cadence: 'P3M',
      preferredMode: 'digital',
      validFrom: '2027-01-01',
    });
    expect(agreement.status).toBe(200);
    const round = await api('POST', '/api/rounds', 'coordinator', {
      name: 'Hösten 2027',
      window: { from: '2027-09-06', to: '2027-09-17' },
      organizationIds: [orgs['2409']],
      durationMinutes: 60,
      mode: 'digital',
      regionalTeam: [coordinator.id],
    });
    expect(round.status).toBe(201);
    const url = `/api/rounds/${round.body.id}/agenda-template`;
    expect((await api('PUT', url, 'proposer', { templateId: shortTemplate })).status).toBe(403);
    expect((await api('PUT', url, 'skelleftea', { templateId: shortTemplate })).status).toBe(403);
    const unknown = await api('PUT', url, 'coordinator', { templateId: round.body.id });
    expect([unknown.status, unknown.body.code]).toEqual([404, 'AGENDA_TEMPLATE_NOT_FOUND']);
    expect((await api('PUT', url, 'coordinator', { templateId: 'x' })).status).toBe(400);
    const chosen = await api('PUT', url, 'coordinator', { templateId: shortTemplate });
    expect(chosen.body).toEqual({ roundId: round.body.id, templateId: shortTemplate });
    const confirmed = await api('POST', `/api/rounds/${round.body.id}/confirm`, 'coordinator');
    expect(confirmed.status).toBe(200);
    const meetingId = confirmed.body.items[0].meetingId;
    const view = (await agenda(meetingId)).body;
    expect(view.templateId).toBe(shortTemplate);
    expect(view.items.map((item: any) => [item.title, item.presenter.party])).toEqual([
      ['Läget', 'municipality'],
    ]);
  });

  describe('minutes of a meeting that has taken place', () => {
    let fixtures = 0;
    let meetingId: string;
    let title: string;
    let minutesUrl: string;
    let items: any[];
    let business: any;
    let common: any;
    let content: any;
    const agreementUrl = () => `/api/organizations/${orgs['2480']}/agreement`;
    const agreementBody = { cadence: 'P3M', preferredMode: 'digital', validFrom: '2027-01-01' };
    const returnComment = 'Kompetensdagen ska ordnas av båda parter.';
    const fixedDecision = 'Regionen och kommunen ordnar tillsammans en kompetensdag';

    /** This fixture's emails to a person whose subject starts so (subjects end with the meeting's title). */
    const mailsAbout = (person: CreatedPerson | string, prefix: string): ReceivedMail[] =>
      sink
        .to(typeof person === 'string' ? person : person.email)
        .filter((mail) => (mail.parsed.subject ?? '').startsWith(prefix))
        .filter((mail) => (mail.parsed.subject ?? '').endsWith(`: ${title}`));
    const distributionsTo = (address: string): ReceivedMail[] =>
      sink
        .to(address)
        .filter((mail) => isDistribution(mail) && (mail.parsed.subject ?? '').endsWith(`: ${title}`));
    const nthMail = (person: CreatedPerson, prefix: string, nth: number, what: string) =>
      eventually(() => mailsAbout(person, prefix)[nth - 1], what);
    const minutesPdf = (who: string) =>
      t.app
        .getHttpAdapter()
        .getInstance()
        .inject({
          method: 'GET',
          url: `${minutesUrl}.pdf`,
          headers: { authorization: `Bearer ${tokens[who]}` },
        });

    /**
     * A fresh meeting of Umeå with the template's agenda, its common item renamed and restricted to the
     * parties, moved into the past (it has taken place); the agreement names no adjusters.
     */
    beforeEach(async () => {
      fixtures += 1;
      title = `Samverkansmöte Umeå, protokoll ${fixtures}`;
      const day = String(fixtures).padStart(2, '0');
      const agreement = await api('PUT', agreementUrl(), 'coordinator', agreementBody);
      expect(agreement.status).toBe(200);
      meetingId = await createMeeting(
        '2480',
        { start: `2027-04-${day}T10:00:00+02:00`, end: `2027-04-${day}T11:30:00+02:00` },
        [coordinator, secretary, proposer, regionAdjuster, umeaAdjuster],
        title,
      );
      const fromTemplate = (await agenda(meetingId)).body.items;
      const restricted = await api('PATCH', `/api/agenda-items/${fromTemplate[4].id}`, 'secretary', {
        title: 'Gemensamma frågor och beslut',
        visibility: 'restricted',
        secrecyGround: '31 kap. 16 § OSL',
      });
      expect(restricted.status).toBe(200);
      // The meeting has taken place: minutes go to the adjusters only once it has started.
      const heldDay = String(10 + fixtures).padStart(2, '0');
      const held = await api('PATCH', `/api/meetings/${meetingId}`, 'coordinator', {
        start: `2026-11-${heldDay}T10:00:00+01:00`,
        end: `2026-11-${heldDay}T11:30:00+01:00`,
      });
      expect(held.status).toBe(200);
      minutesUrl = `/api/meetings/${meetingId}/minutes`;
      items = (await agenda(meetingId)).body.items;
      business = items.find((item: any) => item.title === 'Kommunens näringslivsläge');
      common = items.find((item: any) => item.title === 'Gemensamma frågor och beslut');
      content = {
        items: [
          {
            agendaItemId: business.id,
            notes: 'Två nya etableringar i Umeå; brist på undersköterskor.',
            decisions: ['Regionen bjuder in till en gemensam kompetensdag'],
          },
          { agendaItemId: common.id, decisions: ['Förhandlingsläget hålls inom parterna'] },
        ],
        attendance: [
          { personId: coordinator.id, status: 'present' },
          { personId: secretary.id, status: 'present' },
          { personId: proposer.id, status: 'excused' },
        ],
        guests: [{ name: 'Gunnar Gäst', organization: 'Almi' }],
        actions: [
          {
            agendaItemId: business.id,
            title: 'Planera kompetensdag',
            ownerPersonId: umeaAdjuster.id,
            ownerOrganizationId: orgs['2480'],
            dueDate: '2027-04-30',
          },
        ],
      };
    });

    // The steps of justering, each checked where a case below is about it.
    async function record(): Promise<any> {
      const recorded = await api('PUT', minutesUrl, 'secretary', content);
      expect(recorded.status).toBe(200);
      return recorded.body;
    }
    /** The agreement names both adjusters; the secretary submits, informing one more address. */
    async function submitToAgreedAdjusters() {
      const agreement = await api('PUT', agreementUrl(), 'coordinator', {
        ...agreementBody,
        adjusters: { region: regionAdjuster.id, municipality: umeaAdjuster.id },
      });
      expect(agreement.status).toBe(200);
      return api('POST', `${minutesUrl}/submit`, 'secretary', { informed: ['Naringsliv@Example.se'] });
    }
    const returnThrough = (link: string) =>
      t.request({
        method: 'POST',
        url: `/minutes-approval/${link}`,
        body: { decision: 'return', comment: returnComment },
      });
    /** Recorded, submitted, returned by Umeå's adjuster through the link: the link, now closed. */
    async function recordSubmitAndReturn(): Promise<string> {
      await record();
      expect((await submitToAgreedAdjusters()).status).toBe(200);
      const link = linkIn(await nthMail(umeaAdjuster, 'Protokoll att justera', 1, 'the approval request'));
      expect((await returnThrough(link)).status).toBe(200);
      return link;
    }
    /** The secretary's fix of the returned minutes, submitted again: the new link to Umeå's adjuster. */
    async function fixAndResubmit(): Promise<{ fixed: any; resubmitted: any; link: string }> {
      const fixed = await api('PUT', minutesUrl, 'secretary', {
        ...content,
        items: [{ ...content.items[0], decisions: [fixedDecision] }, content.items[1]],
      });
      const resubmitted = await api('POST', `${minutesUrl}/submit`, 'secretary', {});
      const mail = await nthMail(umeaAdjuster, 'Protokoll att justera', 2, 'the second approval request');
      return { fixed, resubmitted, link: linkIn(mail) };
    }
    const approveByForm = (link: string) =>
      t.app
        .getHttpAdapter()
        .getInstance()
        .inject({
          method: 'POST',
          url: `/minutes-approval/${link}`,
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          payload: 'decision=approve&comment=',
        });
    /** Returned once, fixed, then approved by the region's adjuster through the API and Umeå's by the form. */
    async function justerad(): Promise<any> {
      await recordSubmitAndReturn();
      const { link } = await fixAndResubmit();
      expect((await api('POST', `${minutesUrl}/approve`, 'regionAdjuster', {})).status).toBe(200);
      expect((await approveByForm(link)).statusCode).toBe(200);
      const locked = (await api('GET', minutesUrl, 'proposer')).body;
      expect(locked.status).toBe('locked');
      return locked;
    }

    it('shows an empty draft with the agenda items to the parties, and refuses to submit it', async () => {
      expect(common.visibility).toBe('restricted');
      const empty = await api('GET', minutesUrl, 'proposer');
      expect(empty.status).toBe(200);
      expect(empty.body).toMatchObject({ status: 'draft', revision: 0, review: null });
      expect(empty.body.items.map((item: any) => item.title)).toEqual(items.map((item: any) => item.title));
      expect((await api('GET', minutesUrl, 'skelleftea')).status).toBe(404);
      const blankPdf = await minutesPdf('proposer');
      expect(blankPdf.statusCode).toBe(200);
      const blankText = pdfText(blankPdf.rawPayload);
      expect(blankText).toContain('UTKAST – ej justerat');
      expect(blankText).toContain('Kommunens näringslivsläge');
      const nothing = await api('POST', `${minutesUrl}/submit`, 'secretary', {
        adjusters: [{ personId: regionAdjuster.id }],
      });
      expect([nothing.status, nothing.body.code]).toEqual([409, 'MINUTES_EMPTY']);
    });

    it('takes minutes from the secretary only, and only of the agenda items, the invited and the parties', async () => {
      expect((await api('PUT', minutesUrl, 'proposer', content)).status).toBe(403);
      expect((await api('PUT', minutesUrl, 'regionAdjuster', content)).status).toBe(403);
      const foreign = await api('PUT', minutesUrl, 'skelleftea', content);
      expect([foreign.status, foreign.body.code]).toEqual([404, 'MEETING_NOT_FOUND']);
      const badItem = await api('PUT', minutesUrl, 'secretary', {
        ...content,
        items: [{ agendaItemId: '00000000-0000-4000-8000-000000000000', notes: 'x' }],
      });
      expect([badItem.status, badItem.body.code]).toEqual([400, 'MINUTES_UNKNOWN_AGENDA_ITEM']);
      const notInvited = await api('PUT', minutesUrl, 'secretary', {
        ...content,
        attendance: [{ personId: skelleftea.id, status: 'present' }],
      });
      expect([notInvited.status, notInvited.body.code]).toEqual([400, 'MINUTES_NOT_INVITED']);
      const badOwner = await api('PUT', minutesUrl, 'secretary', {
        ...content,
        actions: [{ ...content.actions[0], ownerOrganizationId: orgs['24'] }],
      });
      expect([badOwner.status, badOwner.body.code]).toEqual([400, 'MINUTES_INVALID_ACTION_OWNER']);
      const badDate = await api('PUT', minutesUrl, 'secretary', {
        ...content,
        actions: [{ ...content.actions[0], dueDate: '30/4/2027' }],
      });
      expect([badDate.status, badDate.body.code]).toEqual([400, 'VALIDATION_FAILED']);
      const badStatus = await api('PUT', minutesUrl, 'secretary', {
        ...content,
        attendance: [{ personId: coordinator.id, status: 'asleep' }],
      });
      expect(badStatus.status).toBe(400);
    });

    it('records a revision per change: the same content again is no new revision, a stale version 409', async () => {
      const recorded = await api('PUT', minutesUrl, 'secretary', content);
      expect(recorded.status).toBe(200);
      expect(recorded.body).toMatchObject({ status: 'draft', revision: 1 });
      expect(recorded.body.items.find((item: any) => item.agendaItemId === business.id).decisions).toEqual([
        'Regionen bjuder in till en gemensam kompetensdag',
      ]);
      expect(
        recorded.body.attendance.find((entry: any) => entry.personId === regionAdjuster.id).status,
      ).toBeNull();
      const same = await api('PUT', minutesUrl, 'secretary', { ...content, version: recorded.body.version });
      expect(same.body.revision).toBe(1);
      // The texts an edit wrote, before and after, for a readable difference.
      const changed = await api('PUT', minutesUrl, 'secretary', {
        ...content,
        items: [{ ...content.items[0], notes: 'Tre nya etableringar i Umeå.' }, content.items[1]],
      });
      expect(changed.body.revision).toBe(2);
      const revisions = (await api('GET', `${minutesUrl}/revisions`, 'proposer')).body.items;
      expect(revisions.map((revision: any) => revision.texts)).toEqual([
        [
          { itemTitle: business.title, field: 'notes', before: null, after: content.items[0].notes },
          {
            itemTitle: business.title,
            field: 'decisions',
            before: null,
            after: content.items[0].decisions[0],
          },
          { itemTitle: common.title, field: 'decisions', before: null, after: content.items[1].decisions[0] },
        ],
        [
          {
            itemTitle: business.title,
            field: 'notes',
            before: content.items[0].notes,
            after: 'Tre nya etableringar i Umeå.',
          },
        ],
      ]);
      const stale = await api('PUT', minutesUrl, 'secretary', { ...content, version: 99 });
      expect([stale.status, stale.body.code]).toEqual([409, 'MINUTES_VERSION_CONFLICT']);
    });

    it('submits only with adjusters of the parties and a deadline ahead, named in the body or the agreement', async () => {
      await record();
      // The agreement names no adjusters yet, so they are required in the body.
      const missing = await api('POST', `${minutesUrl}/submit`, 'secretary', {});
      expect([missing.status, missing.body.code]).toEqual([400, 'MINUTES_ADJUSTERS_REQUIRED']);
      const foreignAdjuster = await api('POST', `${minutesUrl}/submit`, 'secretary', {
        adjusters: [{ personId: skelleftea.id }],
      });
      expect([foreignAdjuster.status, foreignAdjuster.body.code]).toEqual([400, 'MINUTES_INVALID_ADJUSTER']);
      const pastDeadline = await api('POST', `${minutesUrl}/submit`, 'secretary', {
        adjusters: [{ personId: regionAdjuster.id }],
        deadline: '2020-01-01',
      });
      expect([pastDeadline.status, pastDeadline.body.code]).toEqual([400, 'MINUTES_INVALID_DEADLINE']);
      expect((await api('POST', `${minutesUrl}/submit`, 'proposer', {})).status).toBe(403);

      const submitted = await submitToAgreedAdjusters();
      expect(submitted.status).toBe(200);
      expect(submitted.body.status).toBe('in_review');
      expect(
        submitted.body.review.adjusters.map((adjuster: any) => [adjuster.personId, adjuster.party]),
      ).toEqual([
        [regionAdjuster.id, 'region'],
        [umeaAdjuster.id, 'municipality'],
      ]);
      // The end of a Swedish working day, 14 days on or the first working day after (docs/adr/0008).
      const deadline = DateTime.fromISO(submitted.body.review.deadlineAt, { zone: 'Europe/Stockholm' });
      expect(deadline.toFormat('HH:mm:ss.SSS')).toBe('23:59:59.999');
      const deadlineDays = (deadline.toMillis() - Date.now()) / DAY_MS;
      expect(deadlineDays).toBeGreaterThan(13.99);
      expect(deadlineDays).toBeLessThan(20);
      expect((await api('GET', `/api/meetings/${meetingId}`, 'coordinator')).body.status).toBe('held');
      const toUmea = await nthMail(umeaAdjuster, 'Protokoll att justera', 1, 'the approval request');
      await nthMail(regionAdjuster, 'Protokoll att justera', 1, 'the region adjuster');
      expect(toUmea.parsed.text).toContain('Sara Sekreterare har skickat protokollet');
    });

    it("offers the keepers the parties' people as adjusters, the agreement's pre-chosen", async () => {
      const optionsUrl = `${minutesUrl}/adjuster-options`;
      const none = await api('GET', optionsUrl, 'secretary');
      expect(none.status).toBe(200);
      expect(none.body.defaults).toEqual({ region: null, municipality: null });
      const offered = new Map(none.body.people.map((person: any) => [person.id, person]));
      expect(offered.get(regionAdjuster.id)).toEqual({
        id: regionAdjuster.id,
        name: 'Rolf Regionjusterare',
        organizationId: orgs['24'],
        party: 'region',
      });
      expect(offered.get(umeaAdjuster.id)).toMatchObject({ name: 'Åsa Öberg', party: 'municipality' });
      expect(offered.has(skelleftea.id)).toBe(false);
      const names = none.body.people.map((person: any) => person.name);
      expect(names).toEqual([...names].sort((a: string, b: string) => a.localeCompare(b, 'sv')));

      const agreement = await api('PUT', agreementUrl(), 'coordinator', {
        ...agreementBody,
        adjusters: { region: regionAdjuster.id, municipality: umeaAdjuster.id },
      });
      expect(agreement.status).toBe(200);
      const agreed = await api('GET', optionsUrl, 'umeaSecretary');
      expect(agreed.status).toBe(200);
      expect(agreed.body.defaults).toEqual({ region: regionAdjuster.id, municipality: umeaAdjuster.id });

      expect((await api('GET', optionsUrl, 'proposer')).status).toBe(403);
      expect((await api('GET', optionsUrl, 'regionAdjuster')).status).toBe(403);
      const foreign = await api('GET', optionsUrl, 'skelleftea');
      expect([foreign.status, foreign.body.code]).toEqual([404, 'MEETING_NOT_FOUND']);
    });

    it('under review: no edits, and only the adjusters decide, a return with a comment', async () => {
      await record();
      expect((await submitToAgreedAdjusters()).status).toBe(200);
      const underReview = await api('PUT', minutesUrl, 'secretary', content);
      expect([underReview.status, underReview.body.code]).toEqual([409, 'MINUTES_UNDER_REVIEW']);
      const notAdjuster = await api('POST', `${minutesUrl}/approve`, 'secretary', {});
      expect([notAdjuster.status, notAdjuster.body.code]).toEqual([403, 'FORBIDDEN']);
      const noComment = await api('POST', `${minutesUrl}/return`, 'regionAdjuster', {});
      expect(noComment.status).toBe(400);
      expect((await api('POST', `${minutesUrl}/approve`, 'skelleftea', {})).status).toBe(404);
    });

    it("shows the minutes on the approval link's page without a change; a return by the link reaches the secretary", async () => {
      await record();
      expect((await submitToAgreedAdjusters()).status).toBe(200);
      const link = linkIn(await nthMail(umeaAdjuster, 'Protokoll att justera', 1, 'the approval request'));
      const page = await t.request({ method: 'GET', url: `/minutes-approval/${link}` });
      expect(page.status).toBe(200);
      expect(page.headers['content-type']).toContain('text/html');
      expect(page.text).toContain('Regionen bjuder in till en gemensam kompetensdag');
      expect(page.text).toContain('name="decision" value="return"');
      // The deadline in words, Stockholm's day: the end of a working day.
      const deadline = DateTime.fromISO((await api('GET', minutesUrl, 'secretary')).body.review.deadlineAt, {
        zone: 'Europe/Stockholm',
      });
      expect(page.text).toContain(
        `Justera senast:</strong> ${deadline.setLocale('sv').toFormat('d LLLL yyyy')} kl. 23:59`,
      );
      expect((await api('GET', minutesUrl, 'secretary')).body.review.adjusters[0].decision).toBeNull();
      expect((await t.request({ method: 'GET', url: `/minutes-approval/${'x'.repeat(43)}` })).status).toBe(
        404,
      );
      const missingComment = await t.request({
        method: 'POST',
        url: `/minutes-approval/${link}`,
        body: { decision: 'return' },
      });
      expect(missingComment.status).toBe(400);

      const returned = await returnThrough(link);
      expect(returned.status).toBe(200);
      expect(returned.body.state).toBe('returned');
      const again = await t.request({
        method: 'POST',
        url: `/minutes-approval/${link}`,
        body: { decision: 'approve' },
      });
      expect([again.status, again.body.code]).toEqual([410, 'MINUTES_APPROVAL_LINK_CLOSED']);
      expect((await api('GET', minutesUrl, 'secretary')).body.status).toBe('returned');
      const back = await nthMail(secretary, 'Protokollet har skickats tillbaka', 1, 'the returned minutes');
      expect(back.parsed.text).toContain(returnComment);
      expect(back.parsed.text).toContain('Åsa Öberg');
      expect(back.parsed.text).toContain(`${PUBLIC_URL}/meetings/${meetingId}/minutes`);
    });

    it('sends a new link when fixed minutes are submitted again; a closed link shows its outcome, never the minutes now', async () => {
      const firstLink = await recordSubmitAndReturn();
      const { fixed, resubmitted, link: secondLink } = await fixAndResubmit();
      expect(fixed.body.revision).toBe(2);
      expect(resubmitted.body.review.number).toBe(2);
      expect(secondLink).not.toBe(firstLink);
      const oldLink = await t.request({ method: 'GET', url: `/minutes-approval/${firstLink}` });
      expect(oldLink.status).toBe(200);
      expect(oldLink.text).not.toContain('name="decision"');
      // A closed link shows its outcome, never the minutes as they are now (#12): a forwarded link would
      // otherwise read every later revision.
      expect(oldLink.text).toContain('Tack! Protokollet har skickats tillbaka till sekreteraren.');
      expect(oldLink.text).not.toContain(fixedDecision);
      expect(oldLink.text).not.toContain('Regionen bjuder in till en gemensam kompetensdag');
      const oldLinkJson = await t.request({
        method: 'GET',
        url: `/minutes-approval/${firstLink}`,
        headers: { accept: 'application/json' },
      });
      expect(oldLinkJson.body).toMatchObject({ state: 'returned', minutes: null });
    });

    it('locks the minutes once both adjusters approved, by the API and by the form, and opens their actions', async () => {
      await recordSubmitAndReturn();
      const { link } = await fixAndResubmit();
      // Written in the minutes, the action is listed at once as proposed (#15); the lock opens it.
      const proposed = (await api('GET', minutesUrl, 'secretary')).body.actions[0];
      expect(proposed).toMatchObject({ proposed: true, actionId: expect.any(String) });
      const beforeLock = await api('GET', `/api/actions/${proposed.actionId}`, 'coordinator');
      expect(beforeLock.body).toMatchObject({ title: 'Planera kompetensdag', status: 'proposed' });
      const approvedByApi = await api('POST', `${minutesUrl}/approve`, 'regionAdjuster', {});
      expect(approvedByApi.status).toBe(200);
      expect(approvedByApi.body.status).toBe('in_review');
      const twice = await api('POST', `${minutesUrl}/approve`, 'regionAdjuster', {});
      expect([twice.status, twice.body.code]).toEqual([409, 'MINUTES_ALREADY_DECIDED']);
      const form = await approveByForm(link);
      expect(form.statusCode).toBe(200);
      expect(form.body).toContain('Tack! Du har justerat protokollet.');

      const locked = (await api('GET', minutesUrl, 'proposer')).body;
      expect(locked.status).toBe('locked');
      expect(locked.lockedAt).not.toBeNull();
      expect(locked.actions[0]).toMatchObject({ actionId: proposed.actionId, proposed: false });
      const created = await api('GET', `/api/actions/${locked.actions[0].actionId}`, 'coordinator');
      expect(created.status).toBe(200);
      expect(created.body).toMatchObject({ title: 'Planera kompetensdag', status: 'open' });

      // Locked: edits need a reopen.
      const edit = await api('PUT', minutesUrl, 'secretary', content);
      expect([edit.status, edit.body.code]).toEqual([409, 'MINUTES_LOCKED']);
      const afterLock = await api('POST', `${minutesUrl}/approve`, 'umeaAdjuster', {});
      expect([afterLock.status, afterLock.body.code]).toEqual([409, 'MINUTES_NOT_UNDER_REVIEW']);
    });

    it('prints the locked minutes as a PDF with the decisions, restricted ones included for the parties', async () => {
      await justerad();
      const pdf = await minutesPdf('proposer');
      expect(pdf.statusCode).toBe(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      const bytes = pdf.rawPayload;
      expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
      assertValidPdf(bytes);
      const text = pdfText(bytes);
      expect(text).toContain(fixedDecision);
      expect(text).toContain('Förhandlingsläget hålls inom parterna');
      expect(text).toContain('Planera kompetensdag');
      expect(text).not.toContain('UTKAST');
      // Archival: PDF/A-2b with every font embedded (issue 18 point 3).
      expect(pdfFonts(bytes).filter((font) => !font.embedded)).toEqual([]);
      expect(pdfXmp(bytes)).toMatch(/<pdfaid:part>2<\/pdfaid:part>\s*<pdfaid:conformance>B</);
      expect((await api('GET', `${minutesUrl}.pdf`, 'skelleftea')).status).toBe(404);
    });

    it('distributes the locked minutes once to each participant and informed address; restricted items to the others as their secrecy marking', async () => {
      await justerad();
      const recipients = [coordinator, secretary, proposer, regionAdjuster, umeaAdjuster].map((p) => p.email);
      recipients.push('naringsliv@example.se');
      await eventually(
        () => (recipients.every((address) => distributionsTo(address).length > 0) ? true : undefined),
        'the approved minutes to everyone',
      );
      await sleep(500);
      for (const address of recipients) expect(distributionsTo(address)).toHaveLength(1);
      expect(
        withSubject(`Justerat protokoll: ${title}`).length + withSubject(`Approved minutes: ${title}`).length,
      ).toBe(6);
      const toParty = distributionsTo(secretary.email)[0];
      const toInformed = distributionsTo('naringsliv@example.se')[0];
      const attachment = (mail: ReceivedMail) => {
        const pdfs = mail.parsed.attachments.filter((file) => file.contentType === 'application/pdf');
        expect(pdfs).toHaveLength(1);
        assertValidPdf(pdfs[0].content);
        return pdfText(pdfs[0].content);
      };
      expect(attachment(toParty)).toContain('Förhandlingsläget hålls inom parterna');
      const partial = attachment(toInformed);
      expect(partial).toContain(fixedDecision);
      expect(partial).not.toContain('Förhandlingsläget');
      expect(partial).not.toContain('Gemensamma frågor och beslut');
      expect(partial).toContain('Sekretess enligt 31 kap. 16 § OSL');
      expect(toInformed.parsed.text).toContain('Sekretess enligt 31 kap. 16 § OSL');
      expect(toInformed.parsed.text).toContain('Det här är den offentliga versionen');
      expect(toInformed.parsed.text).not.toContain('Gemensamma frågor och beslut');
    });

    it('reopens locked minutes with a reason into a draft, keeps the history, and keeps the action made at the lock', async () => {
      const statistics = t.app.get(MinutesStatistics);
      const before = await statistics.approvalStats([orgs['2480'], orgs['2482']]);
      const locked = await justerad();
      expect((await api('POST', `${minutesUrl}/reopen`, 'secretary', {})).status).toBe(400);
      expect((await api('POST', `${minutesUrl}/reopen`, 'proposer', { reason: 'x' })).status).toBe(403);
      const reopened = await api('POST', `${minutesUrl}/reopen`, 'secretary', {
        reason: 'Fel datum i beslut 2',
      });
      expect(reopened.body).toMatchObject({ status: 'draft', lockedAt: null });
      expect((await api('POST', `${minutesUrl}/reopen`, 'secretary', { reason: 'igen' })).body.code).toBe(
        'MINUTES_NOT_LOCKED',
      );
      const history = (await api('GET', `${minutesUrl}/revisions`, 'proposer')).body.items;
      expect(history.map((entry: any) => entry.kind)).toEqual([
        'edit',
        'submit',
        'return',
        'edit',
        'submit',
        'approve',
        'approve',
        'lock',
        'reopen',
      ]);
      expect(history[0].actorId).toBe(secretary.id);
      // The municipality's participant reads the region's people by name; each change is data, not English.
      expect(history[0].authorName).toBe('Sara Sekreterare');
      expect(history[0].changes).toContainEqual({
        kind: 'action_added',
        actionTitle: 'Planera kompetensdag',
      });
      expect(history[1].changes).toEqual([
        { kind: 'submitted', adjusterNames: expect.any(Array), deadlineAt: expect.any(String) },
      ]);
      expect(history[2].comment).toBe(returnComment);
      expect(history[3].changes).toEqual([
        { kind: 'decisions_changed', itemTitle: 'Kommunens näringslivsläge', added: 1, removed: 1 },
      ]);
      expect(history[5]).toMatchObject({ kind: 'approve', authorName: expect.any(String), changes: [] });
      expect(history[7].changes).toEqual([{ kind: 'locked', review: 2, actionsCreated: 1 }]);
      expect((await api('GET', `${minutesUrl}/revisions`, 'skelleftea')).status).toBe(404);
      expect(history[8].comment).toBe('Fel datum i beslut 2');
      const draftPdf = await minutesPdf('secretary');
      expect(pdfText(draftPdf.rawPayload)).toContain('UTKAST');
      // The action made at the lock stays as it was.
      const changedAction = await api('PUT', minutesUrl, 'secretary', {
        ...content,
        actions: [{ ...content.actions[0], id: locked.actions[0].id, title: 'Annan titel' }],
      });
      expect([changedAction.status, changedAction.body.code]).toEqual([
        409,
        'MINUTES_ACTION_ALREADY_CREATED',
      ]);

      // Reopened minutes are neither awaiting approval nor approved.
      const stats = await statistics.approvalStats([orgs['2480'], orgs['2482']]);
      const was = (organizationId: string) => before.find((row) => row.organizationId === organizationId)!;
      expect(stats).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            organizationId: orgs['2480'],
            awaitingApproval: was(orgs['2480']).awaitingApproval,
            approved: was(orgs['2480']).approved,
          }),
          expect.objectContaining({
            organizationId: orgs['2482'],
            awaitingApproval: was(orgs['2482']).awaitingApproval,
            approved: was(orgs['2482']).approved,
          }),
        ]),
      );
    });

    it('reminds an adjuster who has not decided, once, with a fresh link', async () => {
      await record();
      const statistics = t.app.get(MinutesStatistics);
      const [before] = await statistics.approvalStats([orgs['2480']]);
      const submitted = await api('POST', `${minutesUrl}/submit`, 'coordinator', {
        adjusters: [{ personId: regionAdjuster.id }, { personId: umeaAdjuster.id }],
        deadline: '2027-12-31',
      });
      expect(submitted.status).toBe(200);
      // Due 48 hours (MINUTES_REMINDER_BEFORE_HOURS) before the deadline, not yet sent.
      const [first] = submitted.body.review.adjusters;
      expect(Date.parse(submitted.body.review.deadlineAt) - Date.parse(first.reminderAt)).toBe(
        48 * 3_600_000,
      );
      expect(first.remindedAt).toBeNull();
      await api('POST', `${minutesUrl}/approve`, 'regionAdjuster', {});
      const rows: Array<{ id: string; person_id: string }> = await db.query(
        `SELECT a.id, a.person_id FROM minutes_adjusters a JOIN minutes_reviews r ON r.id = a.review_id
          WHERE r.meeting_id = $1 AND r.status = 'open'`,
        [meetingId],
      );
      const reminders = t.app.get(AdjusterReminders);
      const decided = rows.find((row) => row.person_id === regionAdjuster.id)!;
      const open = rows.find((row) => row.person_id === umeaAdjuster.id)!;
      expect(await reminders.remind(decided.id)).toBe('skipped');
      expect(await reminders.remind(open.id)).toBe('done');
      expect(await reminders.remind(open.id)).toBe('skipped');
      const afterReminder = (await api('GET', minutesUrl, 'secretary')).body.review.adjusters;
      expect(afterReminder.find((a: any) => a.personId === umeaAdjuster.id).remindedAt).not.toBeNull();
      expect(afterReminder.find((a: any) => a.personId === regionAdjuster.id).remindedAt).toBeNull();
      const reminder = await nthMail(umeaAdjuster, 'Påminnelse: ', 1, 'the reminder');
      const link = linkIn(reminder);
      const page = await t.request({ method: 'GET', url: `/minutes-approval/${link}` });
      expect(page.text).toContain('name="decision" value="approve"');
      const [stats] = await statistics.approvalStats([orgs['2480']]);
      expect(stats).toMatchObject({ awaitingApproval: before.awaitingApproval + 1, overdue: before.overdue });
      expect(mailsAbout(regionAdjuster, 'Påminnelse: ')).toHaveLength(0);
    });
  });

  // Last: its meeting would otherwise be the municipality's next one for the tests above.
  it('keeps the numbers it gave: new and accepted items land before the closing items, which stay last', async () => {
    const start = DateTime.now()
      .setZone('Europe/Stockholm')
      .plus({ days: 60 })
      .set({ hour: 13, minute: 0, second: 0, millisecond: 0 });
    const meetingId = await createMeeting(
      '2480',
      { start: start.toISO()!, end: start.plus({ minutes: 90 }).toISO()! },
      [coordinator, secretary],
      'Samverkansmöte Umeå, numrering',
    );
    const itemsUrl = `/api/meetings/${meetingId}/agenda/items`;
    const proposal = await api('POST', itemsUrl, 'proposer', { title: 'Förslag från kommunen' });
    expect(proposal.body).toMatchObject({ status: 'proposed', number: null });
    const added = await api('POST', itemsUrl, 'secretary', { title: 'Ny punkt' });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ number: 6, closing: false });
    let view = (await agenda(meetingId)).body;
    expect(view.items.slice(-2).map((item: any) => [item.number, item.title, item.closing])).toEqual([
      [6, 'Ny punkt', false],
      [7, 'Övriga frågor', true],
    ]);
    // Accepting the earlier proposal does not renumber the item answered 6.
    const accepted = await api('PATCH', `/api/agenda-items/${proposal.body.id}`, 'coordinator', {
      status: 'accepted',
    });
    expect(accepted.body).toMatchObject({ status: 'accepted', number: 7 });
    view = (await agenda(meetingId)).body;
    expect(view.items.slice(-3).map((item: any) => [item.number, item.title])).toEqual([
      [6, 'Ny punkt'],
      [7, 'Förslag från kommunen'],
      [8, 'Övriga frågor'],
    ]);
    expect(view.items.map((item: any) => item.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    // A keeper may still place an item explicitly, after the closing item too.
    const last = await api('POST', itemsUrl, 'secretary', { title: 'Avslutning', position: 99 });
    expect(last.body.number).toBe(9);

    // Templates say which items close the agenda; those come last.
    const templates = (await api('GET', '/api/agenda-templates', 'coordinator')).body.items;
    const shipped = templates.find((template: any) => template.regionId === null && template.isDefault);
    expect(shipped.items.map((item: any) => item.closing)).toEqual([false, false, false, false, false, true]);
    const misplaced = await api('POST', '/api/agenda-templates', 'coordinator', {
      name: 'Fel ordning',
      items: [
        { title: 'Övriga frågor', type: 'discussion', closing: true },
        { title: 'Läget', type: 'discussion' },
      ],
    });
    expect([misplaced.status, misplaced.body.code]).toEqual([400, 'VALIDATION_FAILED']);
  });

  it('links every email only to pages of the web app or public link pages', () => {
    expect(sink.messages.length).toBeGreaterThan(0);
    expect(linksOffThePages(sink.messages, PUBLIC_URL)).toEqual([]);
  });
});

function isAgendaMail(mail: ReceivedMail): boolean {
  return /^(Uppdaterad dagordning|Dagordning|Updated agenda|Agenda): /.test(mail.parsed.subject ?? '');
}

function isDistribution(mail: ReceivedMail): boolean {
  return /^(Justerat protokoll|Approved minutes): /.test(mail.parsed.subject ?? '');
}
