import { DateTime } from 'luxon';
import { isWorkingDay } from '../src/agenda/proposal-deadline';
import { eventually, sleep } from './helpers/eventually';
import { readCalendarEmail } from './helpers/invitation-fixtures';
import type { CreatedPerson } from './helpers/people-fixtures';
import { AdminSignIn } from './helpers/signed-in-people';
import { type ReceivedMail, SmtpSink } from './helpers/smtp-sink';
import { type TestApp, apiAs, startTestApp, mailingTo } from './helpers/test-app';

const ZONE = 'Europe/Stockholm';
const DAY_MS = 86_400_000;

/**
 * Issue 11, points 6–9: minutes that can be corrected after a reopen, justering only of a meeting that has
 * started (and the meeting held once its minutes come after its end), one working-day rule for the
 * adjusters' deadline, and actions created in the name of who wrote them into the minutes.
 */
describe('minutes: corrections, held meetings, deadlines and authors', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let orgs: Record<string, string>;
  let secretary: CreatedPerson;
  let umeaSecretary: CreatedPerson;
  let regionAdjuster: CreatedPerson;
  let umeaAdjuster: CreatedPerson;
  let owner: CreatedPerson;
  const tokens: Record<string, string> = {};

  const api = apiAs(() => t, tokens);
  const calendarMailsTo = (person: CreatedPerson, uid: string): ReceivedMail[] =>
    sink
      .to(person.email)
      .filter((mail) => mail.parsed.attachments.some((part) => part.contentType === 'text/calendar'))
      .filter((mail) => readCalendarEmail(mail).uid === uid);

  beforeAll(async () => {
    sink = await SmtpSink.start();
    t = await startTestApp(
      mailingTo(sink, {
        INVITATION_DEBOUNCE_MS: '0',
      }),
    );
    const signIn = await AdminSignIn.start(t, { tokens });
    orgs = signIn.orgs;
    await signIn.person('coordinator', '24', ['coordinator'], 'Karin Koordinator');
    secretary = await signIn.person('secretary', '24', ['secretary'], 'Sara Sekreterare');
    umeaSecretary = await signIn.person('umeaSecretary', '2480', ['secretary'], 'Ulla Umeå');
    regionAdjuster = await signIn.person('regionAdjuster', '24', ['participant'], 'Rolf Regionjusterare');
    umeaAdjuster = await signIn.person('umeaAdjuster', '2480', ['participant'], 'Åsa Öberg');
    owner = await signIn.person('owner', '2480', ['participant'], 'Olle Ägare');
    const agreement = await api('PUT', `/api/organizations/${orgs['2480']}/agreement`, 'coordinator', {
      cadence: 'P3M',
      preferredMode: 'digital',
      adjusters: { region: regionAdjuster.id, municipality: umeaAdjuster.id },
      validFrom: '2026-01-01',
    });
    expect(agreement.status).toBe(200);
  });

  afterAll(async () => {
    await t?.close();
    await sink?.stop();
  });

  async function createMeeting(start: Date, end: Date, title: string): Promise<string> {
    const response = await api('POST', '/api/meetings', 'coordinator', {
      title,
      start: start.toISOString(),
      end: end.toISOString(),
      organizationIds: [orgs['2480']],
      participants: [secretary, umeaSecretary, regionAdjuster, umeaAdjuster].map((person) => ({
        personId: person.id,
      })),
      status: 'confirmed',
    });
    expect(response.status).toBe(201);
    return response.body.id as string;
  }

  async function contentFor(meetingId: string) {
    const agenda = await api('GET', `/api/meetings/${meetingId}/agenda`, 'secretary');
    const business = agenda.body.items.find((item: any) => item.title === 'Kommunens näringslivsläge');
    return {
      items: [{ agendaItemId: business.id, notes: 'Två nya etableringar.', decisions: ['Kompetensdag'] }],
      attendance: [{ personId: secretary.id, status: 'present' }],
      guests: [],
      actions: [
        {
          agendaItemId: business.id,
          title: 'Planera kompetensdag',
          description: 'Tillsammans med Almi.',
          ownerPersonId: owner.id,
          ownerOrganizationId: orgs['2480'],
          dueDate: '2031-04-30',
        },
      ],
    };
  }

  it('refuses to submit the minutes of a meeting that has not started', async () => {
    const start = new Date(Date.now() + 30 * DAY_MS);
    const meetingId = await createMeeting(start, new Date(start.getTime() + 90 * 60_000), 'Kommande möte');
    const url = `/api/meetings/${meetingId}/minutes`;
    // Notes may be prepared beforehand …
    expect((await api('PUT', url, 'secretary', await contentFor(meetingId))).status).toBe(200);
    // … but justering waits for the meeting.
    const early = await api('POST', `${url}/submit`, 'secretary', {});
    expect([early.status, early.body.code]).toEqual([409, 'MINUTES_MEETING_NOT_STARTED']);
    expect(early.body.details).toEqual({ startAt: start.toISOString() });
    const minutes = await api('GET', url, 'secretary');
    expect([minutes.body.status, minutes.body.review]).toEqual(['draft', null]);
    expect((await api('GET', `/api/meetings/${meetingId}`, 'secretary')).body.status).toBe('confirmed');
  });

  it('marks the meeting held when its minutes are submitted after its end, without a calendar email', async () => {
    const start = DateTime.now().setZone(ZONE).minus({ days: 3 }).set({ hour: 10, minute: 0, second: 0 });
    const meetingId = await createMeeting(
      start.toJSDate(),
      start.plus({ minutes: 90 }).toJSDate(),
      'Hållet möte',
    );
    const people = [secretary, umeaSecretary, regionAdjuster, umeaAdjuster];
    const before = (await api('GET', `/api/meetings/${meetingId}`, 'secretary')).body;
    await eventually(
      () => (people.every((person) => calendarMailsTo(person, before.uid).length === 1) ? true : undefined),
      'the invitations',
    );
    const url = `/api/meetings/${meetingId}/minutes`;
    expect((await api('PUT', url, 'umeaSecretary', await contentFor(meetingId))).status).toBe(200);
    const submitted = await api('POST', `${url}/submit`, 'umeaSecretary', {});
    expect(submitted.status).toBe(200);
    const after = (await api('GET', `/api/meetings/${meetingId}`, 'secretary')).body;
    expect(after).toMatchObject({ status: 'held', sequence: before.sequence + 1 });
    // A held meeting is history: no calendar traffic about it (docs/adr/0005, invitation plan).
    await eventually(
      () =>
        [regionAdjuster, umeaAdjuster].every((person) =>
          sink.to(person.email).some((mail) => mail.parsed.subject === 'Protokoll att justera: Hållet möte'),
        )
          ? true
          : undefined,
      'the approval requests',
    );
    await sleep(1000);
    for (const person of people) {
      const calendars = calendarMailsTo(person, before.uid);
      expect(calendars).toHaveLength(1);
      expect(readCalendarEmail(calendars[0]).sequence).toBe(before.sequence);
    }
  });

  it('marks a meeting held when minutes submitted during it lock after its end', async () => {
    const start = new Date(Date.now() - 2 * 3_600_000);
    const meetingId = await createMeeting(start, new Date(Date.now() + 3_600_000), 'Pågående möte');
    const url = `/api/meetings/${meetingId}/minutes`;
    expect((await api('PUT', url, 'secretary', await contentFor(meetingId))).status).toBe(200);
    expect((await api('POST', `${url}/submit`, 'secretary', {})).status).toBe(200);
    expect((await api('GET', `/api/meetings/${meetingId}`, 'secretary')).body.status).toBe('confirmed');
    // The meeting ends (it ended early, as recorded) before the adjusters approve.
    const ended = await api('PATCH', `/api/meetings/${meetingId}`, 'coordinator', {
      end: new Date(Date.now() - 60_000).toISOString(),
    });
    expect([ended.status, ended.body.status]).toEqual([200, 'confirmed']);
    expect((await api('POST', `${url}/approve`, 'regionAdjuster', {})).status).toBe(200);
    expect((await api('POST', `${url}/approve`, 'umeaAdjuster', {})).body.status).toBe('locked');
    expect((await api('GET', `/api/meetings/${meetingId}`, 'secretary')).body.status).toBe('held');
  });

  it('sets the approval deadline at the end of a Swedish working day, with or without a date', async () => {
    const start = DateTime.now().setZone(ZONE).minus({ days: 5 }).set({ hour: 13, minute: 0, second: 0 });
    const meetingId = await createMeeting(start.toJSDate(), start.plus({ hours: 1 }).toJSDate(), 'Frist');
    const url = `/api/meetings/${meetingId}/minutes`;
    expect((await api('PUT', url, 'secretary', await contentFor(meetingId))).status).toBe(200);

    const submittedOn = DateTime.now().setZone(ZONE).toISODate()!;
    const byDefault = await api('POST', `${url}/submit`, 'secretary', {});
    expect(byDefault.status).toBe(200);
    const deadline = DateTime.fromISO(byDefault.body.review.deadlineAt, { zone: ZONE });
    // The end of the local day …
    expect(deadline.toFormat('HH:mm:ss.SSS')).toBe('23:59:59.999');
    // … of the first working day on or after 14 days from the day of submission.
    const earliest = DateTime.fromISO(submittedOn, { zone: ZONE }).plus({ days: 14 });
    const date = deadline.toISODate()!;
    expect(date >= earliest.toISODate()!).toBe(true);
    expect(isWorkingDay(date, 'SE')).toBe(true);
    for (let day = earliest; day.toISODate()! < date; day = day.plus({ days: 1 }))
      expect(isWorkingDay(day.toISODate()!, 'SE')).toBe(false);
    const [request] = await eventually(() => {
      const mails = sink
        .to(umeaAdjuster.email)
        .filter((mail) => (mail.parsed.subject ?? '').startsWith('Protokoll att justera: Frist'));
      return mails.length ? mails : undefined;
    }, 'the approval request');
    expect(request.parsed.text).toContain(`kl. 23:59`);

    // A chosen date ends that day; julafton (then the Christmas holidays) moves on to the next working day.
    const chosen = await api('POST', `${url}/submit`, 'secretary', { deadline: '2030-12-20' });
    expect(chosen.body.review.deadlineAt).toBe('2030-12-20T22:59:59.999Z');
    const holiday = await api('POST', `${url}/submit`, 'secretary', { deadline: '2030-12-24' });
    expect(holiday.body.review.deadlineAt).toBe('2030-12-27T22:59:59.999Z');
    const past = await api('POST', `${url}/submit`, 'secretary', { deadline: '2020-01-03' });
    expect([past.status, past.body.code]).toEqual([400, 'MINUTES_INVALID_DEADLINE']);
  });

  /** Minutes of a meeting eight days ago written by `author`, submitted by the region's secretary, locked. */
  async function lockedMinutes(title: string, daysAgo: number, author: string) {
    const start = DateTime.now()
      .setZone(ZONE)
      .minus({ days: daysAgo })
      .set({ hour: 10, minute: 0, second: 0 });
    const meetingId = await createMeeting(start.toJSDate(), start.plus({ minutes: 90 }).toJSDate(), title);
    const url = `/api/meetings/${meetingId}/minutes`;
    const content = await contentFor(meetingId);
    const written = await api('PUT', url, author, content);
    expect(written.status).toBe(200);
    expect((await api('POST', `${url}/submit`, 'secretary', {})).status).toBe(200);
    expect((await api('POST', `${url}/approve`, 'regionAdjuster', {})).status).toBe(200);
    const locked = await api('POST', `${url}/approve`, 'umeaAdjuster', {});
    expect(locked.body.status).toBe('locked');
    return { url, content, written: written.body, locked: locked.body };
  }

  it('creates the action in the name of the secretary who wrote it, not of the last adjuster', async () => {
    // The municipality's secretary writes the action; the region's secretary submits; adjusters approve.
    const { locked } = await lockedMinutes('Åtgärdens upphov', 8, 'umeaSecretary');
    const action = await api('GET', `/api/actions/${locked.actions[0].actionId}`, 'secretary');
    expect(action.status).toBe(200);
    expect(action.body.createdBy).toBe(umeaSecretary.id);
    expect(action.body.history[0]).toMatchObject({ actorId: umeaSecretary.id });
    expect(locked.actions[0].addedBy).toBe(umeaSecretary.id);
  });

  it('takes the same body again after a reopen, and a corrected note', async () => {
    const { url, content, written, locked } = await lockedMinutes('Rättas', 9, 'secretary');
    const actionId = locked.actions[0].actionId;
    const reopened = await api('POST', `${url}/reopen`, 'secretary', { reason: 'Fel i anteckningarna' });
    expect(reopened.body.status).toBe('draft');
    // The body exactly as saved before: no change, no conflict.
    const same = await api('PUT', url, 'secretary', content);
    expect([same.status, same.body.code]).toEqual([200, undefined]);
    expect(same.body.revision).toBe(written.revision);
    // With the action's id and one note corrected: a new revision; the action stays the one created.
    const corrected = await api('PUT', url, 'umeaSecretary', {
      ...content,
      items: [{ ...content.items[0], notes: 'Tre nya etableringar.' }],
      actions: [{ ...content.actions[0], id: locked.actions[0].id }],
    });
    expect([corrected.status, corrected.body.code]).toEqual([200, undefined]);
    expect(corrected.body.revision).toBe(written.revision + 1);
    expect(corrected.body.actions[0]).toMatchObject({ actionId, addedBy: secretary.id });
    // The action itself still changes only under /api/actions.
    const changed = await api('PUT', url, 'secretary', {
      ...content,
      actions: [{ ...content.actions[0], id: locked.actions[0].id, dueDate: '2031-05-31' }],
    });
    expect([changed.status, changed.body.code]).toEqual([409, 'MINUTES_ACTION_ALREADY_CREATED']);
  });
});
