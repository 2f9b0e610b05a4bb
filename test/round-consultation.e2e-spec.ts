import { DateTime } from 'luxon';
import { addWorkingDays } from '../src/agenda/proposal-deadline';
import { RoundConsultations } from '../src/round/consultation/round-consultations';
import { eventually, sleep } from './helpers/eventually';
import { readCalendarEmail } from './helpers/invitation-fixtures';
import { linksOffThePages } from './helpers/email-links';
import type { CreatedPerson } from './helpers/people-fixtures';
import { AdminSignIn, ROUND_PEOPLE } from './helpers/signed-in-people';
import { type ReceivedMail, SmtpSink } from './helpers/smtp-sink';
import { PUBLIC_URL, type TestApp, startTestApp, mailingTo } from './helpers/test-app';

const ZONE = 'Europe/Stockholm';

/**
 * Issue 17, point 4: consult before binding. A round is sent to the municipalities as a proposal; Lycksele
 * asks for another day with alternatives, Umeå accepts; the coordinator sees the answers, moves Lycksele's
 * meeting to its alternative and confirms, and only then does anyone get a calendar invitation. A proposal
 * not answered within ROUND_CONSULTATION_WORKING_DAYS working days counts as accepted and the coordinator is
 * told. Through the real database, the outbox, the worker and a real SMTP server.
 */
describe('consulting the municipalities before a round binds', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let orgs: Record<string, string>;
  const tokens: Record<string, string> = {};
  const people: Record<string, CreatedPerson> = {};

  const api = (method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, who: string, body?: unknown) =>
    t.request({ method, url, token: tokens[who], body });
  const proposalsTo = (person: CreatedPerson): ReceivedMail[] =>
    sink
      .to(person.email)
      .filter((mail) =>
        /^(Förslag till samverkansmöte|Proposed collaboration meeting): /.test(mail.parsed.subject ?? ''),
      );
  const calendarMails = (): ReceivedMail[] =>
    sink.messages.filter((mail) =>
      mail.parsed.attachments.some((part) => part.contentType === 'text/calendar'),
    );
  const linkIn = (mail: ReceivedMail): string => {
    const match = /\/round-proposal\/([A-Za-z0-9_-]{43})/.exec(mail.parsed.text ?? '');
    if (!match) throw new Error('no proposal link');
    return match[1];
  };
  const form = (token: string, fields: Record<string, string>) =>
    t.request({
      method: 'POST',
      url: `/round-proposal/${token}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: Buffer.from(new URLSearchParams(fields).toString()),
    });
  const local = (date: string, time: string) => DateTime.fromISO(`${date}T${time}`, { zone: ZONE });

  beforeAll(async () => {
    sink = await SmtpSink.start();
    t = await startTestApp(
      mailingTo(sink, {
        PUBLIC_URL,
        INVITATION_DEBOUNCE_MS: '100',
        ROUND_CONSULTATION_WORKING_DAYS: '3',
      }),
    );
    const admin = await AdminSignIn.start(t, { tokens, people });
    orgs = admin.orgs;
    await admin.people({
      ...ROUND_PEOPLE,
      lycksele: { organization: '2481', roles: ['participant'], name: 'Lars Lycksele' },
    });
    expect((await api('PATCH', `/api/people/${people.lycksele.id}`, 'admin', { locale: 'en' })).status).toBe(
      200,
    );
    for (const [code, contact] of [
      ['2480', people.umea],
      ['2481', people.lycksele],
    ] as const) {
      const agreement = await api('PUT', `/api/organizations/${orgs[code]}/agreement`, 'coordinator', {
        cadence: 'P3M',
        preferredMode: 'digital',
        defaultParticipantIds: [contact.id, people.team.id],
        location: { videoUrl: `https://meet.example.se/${code}` },
        validFrom: '2026-06-01',
      });
      expect(agreement.status).toBe(200);
    }
  });

  afterAll(async () => {
    await t?.close();
    await sink?.stop();
  });

  async function planRound(name: string, window: { from: string; to: string }): Promise<any> {
    const created = await api('POST', '/api/rounds', 'coordinator', {
      name,
      window,
      organizationIds: [orgs['2480'], orgs['2481']],
      durationMinutes: 90,
      regionalTeam: [people.team.id],
      constraints: {},
    });
    expect(created.status).toBe(201);
    expect(created.body.items.map((item: any) => item.state)).toEqual(['proposed', 'proposed']);
    expect(created.body.consultation).toBeNull();
    return created.body;
  }

  it('sends a proposal, takes the answers, and invites only once the coordinator confirms', async () => {
    const round = await planRound('Vårens omgång', { from: '2027-03-01', to: '2027-03-31' });
    const proposed = await api('POST', `/api/rounds/${round.id}/propose`, 'coordinator', {
      version: round.version,
    });
    expect(proposed.status).toBe(200);
    expect(proposed.body.status).toBe('draft');
    expect(proposed.body.consultation).toMatchObject({ sentBy: people.coordinator.id, expiredAt: null });
    expect(proposed.body.items.map((item: any) => item.answer.state)).toEqual(['pending', 'pending']);
    const again = await api('POST', `/api/rounds/${round.id}/propose`, 'coordinator', {});
    expect([again.status, again.body.code]).toEqual([409, 'ROUND_ALREADY_PROPOSED']);
    // A municipality's person neither sees nor proposes the round.
    expect((await api('POST', `/api/rounds/${round.id}/propose`, 'umea', {})).status).toBe(403);

    const [toLycksele] = await eventually(() => {
      const mails = proposalsTo(people.lycksele);
      return mails.length > 0 ? mails : undefined;
    }, 'the proposal to Lycksele');
    const [toUmea] = await eventually(() => {
      const mails = proposalsTo(people.umea);
      return mails.length > 0 ? mails : undefined;
    }, 'the proposal to Umeå');
    const lyckseleItem = proposed.body.items.find((item: any) => item.organizationId === orgs['2481']);
    const slot = DateTime.fromISO(lyckseleItem.startAt, { zone: ZONE }).setLocale('en');
    expect(toLycksele.parsed.subject).toBe(
      `Proposed collaboration meeting: ${slot.toFormat('cccc d LLLL yyyy')}, ${slot.toFormat('HH:mm')}–${slot.plus({ minutes: 90 }).toFormat('HH:mm')}`,
    );
    expect(toLycksele.parsed.text).toContain('This is not an invitation yet');
    expect(toUmea.parsed.subject).toMatch(/^Förslag till samverkansmöte: /);
    expect(toUmea.parsed.text).toContain('Regionen föreslår');
    expect(linksOffThePages([toLycksele, toUmea], PUBLIC_URL)).toEqual([]);
    // The regional team member is no municipality contact, and nobody has an invitation yet.
    expect(proposalsTo(people.team)).toHaveLength(0);

    const lycksele = linkIn(toLycksele);
    const page = await t.request({ method: 'GET', url: `/round-proposal/${lycksele}` });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.text).toContain('<html lang="en">');
    expect(page.text).toContain('Hello Lars Lycksele!');
    expect(page.text).toContain('Vårens omgång');
    const asJson = await t.request({
      method: 'GET',
      url: `/round-proposal/${lycksele}`,
      headers: { accept: 'application/json' },
    });
    expect(asJson.body).toMatchObject({ state: 'open', organizationName: 'Lycksele', answer: null });
    expect((await t.request({ method: 'GET', url: `/round-proposal/${'x'.repeat(43)}` })).status).toBe(404);

    // Asking for another time needs an alternative or a reason; an alternative in the past is refused.
    const empty = await form(lycksele, { answer: 'other' });
    expect(empty.status).toBe(400);
    expect(empty.text).toContain('role="alert"');
    expect(empty.text).toContain('Give at least one other time');
    const past = await t.request({
      method: 'POST',
      url: `/round-proposal/${lycksele}`,
      body: { answer: 'other', alternative1: '2020-01-01T10:00' },
    });
    expect([past.status, past.body.code]).toEqual([400, 'ROUND_PROPOSAL_ANSWER_INVALID']);

    const alternative = local('2027-03-17', '10:00');
    const asked = await form(lycksele, {
      answer: 'other',
      alternative1: '2027-03-17T10:00',
      alternative2: '2027-03-24T13:00',
      reason: 'Kommunfullmäktige sammanträder den dagen',
    });
    expect(asked.status).toBe(200);
    expect(asked.text).toContain('Thank you! Your answer is saved.');
    expect(asked.text).toContain('You have asked for another time.');
    const accepted = await t.request({
      method: 'POST',
      url: `/round-proposal/${linkIn(toUmea)}`,
      body: { answer: 'accept' },
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body.answer).toMatchObject({ state: 'accepted', byDefault: false });

    // The coordinator sees both answers on the round.
    const seen = await api('GET', `/api/rounds/${round.id}`, 'coordinator');
    const answers = Object.fromEntries(
      seen.body.items.map((item: any) => [item.organizationId, item.answer]),
    );
    expect(answers[orgs['2481']]).toMatchObject({
      state: 'other',
      byDefault: false,
      proposedStartAt: lyckseleItem.startAt,
      alternatives: [
        { startAt: alternative.toUTC().toISO(), startLocal: '2027-03-17T10:00:00+01:00' },
        { startAt: local('2027-03-24', '13:00').toUTC().toISO(), startLocal: '2027-03-24T13:00:00+01:00' },
      ],
      reason: 'Kommunfullmäktige sammanträder den dagen',
      answeredBy: people.lycksele.id,
      answeredByName: 'Lars Lycksele',
    });
    expect(answers[orgs['2480']]).toMatchObject({ state: 'accepted', answeredBy: people.umea.id });

    // Moved through the scheduler's checks, to Lycksele's first alternative; nothing is invited until confirmed.
    const moved = await api('PATCH', `/api/rounds/${round.id}/items/${orgs['2481']}`, 'coordinator', {
      start: alternative.toISO(),
    });
    expect(moved.status).toBe(200);
    const movedItem = moved.body.items.find((item: any) => item.organizationId === orgs['2481']);
    expect(movedItem).toMatchObject({ startAt: alternative.toUTC().toISO(), moved: true });
    expect(movedItem.answer.state).toBe('other');
    await sleep(500);
    expect(calendarMails()).toHaveLength(0);

    const confirmed = await api('POST', `/api/rounds/${round.id}/confirm`, 'coordinator', {
      version: moved.body.version,
    });
    expect(confirmed.status).toBe(200);
    const meetingOf = (organizationId: string) =>
      confirmed.body.items.find((item: any) => item.organizationId === organizationId).meetingId as string;
    const invitationTo = async (person: CreatedPerson, meetingTitle: string) =>
      (
        await eventually(() => {
          const mails = calendarMails().filter(
            (mail) =>
              mail.envelopeTo.includes(person.email) && readCalendarEmail(mail).summary === meetingTitle,
          );
          return mails.length > 0 ? mails : undefined;
        }, `the invitation of ${person.email}`)
      ).map(readCalendarEmail);
    const lyckseleMeeting = (await api('GET', `/api/meetings/${meetingOf(orgs['2481'])}`, 'coordinator'))
      .body;
    const umeaMeeting = (await api('GET', `/api/meetings/${meetingOf(orgs['2480'])}`, 'coordinator')).body;
    for (const [person, meeting] of [
      [people.lycksele, lyckseleMeeting],
      [people.team, lyckseleMeeting],
      [people.umea, umeaMeeting],
      [people.team, umeaMeeting],
    ] as const) {
      const [invitation] = await invitationTo(person, meeting.title);
      expect(invitation).toMatchObject({
        method: 'REQUEST',
        headerMethod: 'REQUEST',
        uid: meeting.uid,
        sequence: 0,
      });
      expect(invitation.startUtc).toBe(new Date(meeting.startAt).toISOString());
    }
    const [lyckseleInvitation] = await invitationTo(people.lycksele, lyckseleMeeting.title);
    expect(lyckseleInvitation.startUtc).toBe(alternative.toUTC().toISO());

    // Once confirmed, the proposal is closed.
    const late = await t.request({
      method: 'POST',
      url: `/round-proposal/${lycksele}`,
      body: { answer: 'accept' },
    });
    expect([late.status, late.body.code]).toEqual([410, 'ROUND_PROPOSAL_LINK_CLOSED']);
    const closedPage = await form(lycksele, { answer: 'accept' });
    expect(closedPage.status).toBe(410);
  });

  it('counts a proposal unanswered for the configured working days as accepted, and tells the coordinator', async () => {
    const round = await planRound('Höstens omgång', { from: '2027-09-06', to: '2027-10-01' });
    const proposed = await api('POST', `/api/rounds/${round.id}/propose`, 'coordinator', {});
    expect(proposed.status).toBe(200);
    const today = DateTime.now().setZone(ZONE).toISODate()!;
    const dueAt = local(addWorkingDays(today, 3, 'SE'), '00:00')
      .plus({ days: 1 })
      .toJSDate();
    expect(proposed.body.consultation.answerDueAt).toBe(dueAt.toISOString());
    const [toUmea] = await eventually(() => {
      const mails = proposalsTo(people.umea).filter((mail) =>
        (mail.parsed.text ?? '').includes('Höstens omgång'),
      );
      return mails.length > 0 ? mails : undefined;
    }, 'the proposal to Umeå');
    expect((await form(linkIn(toUmea), { answer: 'other', reason: 'Vi föredrar en fredag' })).status).toBe(
      200,
    );

    const consultations = t.app.get(RoundConsultations);
    const justBefore = new Date(dueAt.getTime() - 60_000);
    expect(await consultations.expire(round.id, justBefore)).toBe('skipped');
    expect(await consultations.scan(justBefore)).toBe(0);
    expect(await consultations.scan(new Date(dueAt.getTime() + 60_000))).toBeGreaterThanOrEqual(1);
    expect(await consultations.expire(round.id, new Date(dueAt.getTime() + 60_000))).toBe('done');
    expect(await consultations.expire(round.id, new Date(dueAt.getTime() + 120_000))).toBe('skipped');

    const view = (await api('GET', `/api/rounds/${round.id}`, 'coordinator')).body;
    expect(view.consultation.expiredAt).not.toBeNull();
    const answers = Object.fromEntries(view.items.map((item: any) => [item.organizationId, item.answer]));
    expect(answers[orgs['2481']]).toMatchObject({ state: 'accepted', byDefault: true, answeredBy: null });
    expect(answers[orgs['2480']]).toMatchObject({
      state: 'other',
      byDefault: false,
      reason: 'Vi föredrar en fredag',
    });

    const told = await eventually(() => {
      const mails = sink
        .to(people.coordinator.email)
        .filter((mail) => mail.parsed.subject === 'Obesvarade förslag räknas som godtagna: Höstens omgång');
      return mails.length > 0 ? mails : undefined;
    }, 'the email to the coordinator');
    expect(told[0].parsed.text).toContain('inom 3 arbetsdagar');
    expect(told[0].parsed.text).toMatch(/godtagna:\n- Lycksele\n/);
    expect(told[0].parsed.text).toMatch(/Ber om en annan tid:\n- Umeå\n/);
    expect(told[0].parsed.text).toContain(`${PUBLIC_URL}/rounds/${round.id}`);
    await sleep(500);
    expect(
      sink
        .to(people.coordinator.email)
        .filter((mail) => (mail.parsed.subject ?? '').startsWith('Obesvarade')),
    ).toHaveLength(1);
    // Confirming directly stays possible: nothing was booked by the proposal.
    expect(
      calendarMails().filter((mail) => readCalendarEmail(mail).summary.startsWith('Höstens')),
    ).toHaveLength(0);
  });
});
