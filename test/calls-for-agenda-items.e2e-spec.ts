import { DateTime } from 'luxon';
import { CallsForItems } from '../src/agenda/calls/calls-for-items';
import { addWorkingDays, callForItemsDue, meetingProposalDeadline } from '../src/agenda/proposal-deadline';
import { eventually, sleep } from './helpers/eventually';
import type { CreatedPerson } from './helpers/people-fixtures';
import { AdminSignIn } from './helpers/signed-in-people';
import { type ReceivedMail, SmtpSink } from './helpers/smtp-sink';
import { PUBLIC_URL, type TestApp, apiAs, startTestApp, mailingTo } from './helpers/test-app';

const ZONE = 'Europe/Stockholm';
const CONFIG = { agenda: { proposalWorkingDays: 5, callForItemsWorkingDays: 2 }, timeZone: ZONE };

/**
 * Issue 17, point 5: AGENDA_CALL_FOR_ITEMS_WORKING_DAYS working days before a meeting's proposals close,
 * each of its municipalities' contacts is called for agenda items, once, through the outbox, the worker and
 * a real SMTP server; not for a cancelled meeting; on the new day when the meeting moves.
 */
describe('calls for agenda items', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let orgs: Record<string, string>;
  const tokens: Record<string, string> = {};
  const people: Record<string, CreatedPerson> = {};

  const api = apiAs(() => t, tokens);
  const callsTo = (person: CreatedPerson, title: string): ReceivedMail[] =>
    sink
      .to(person.email)
      .filter((mail) =>
        /^(Har ni punkter till dagordningen\?|Any items for the agenda\?) /.test(mail.parsed.subject ?? ''),
      )
      .filter((mail) => (mail.parsed.subject ?? '').endsWith(title));

  beforeAll(async () => {
    sink = await SmtpSink.start();
    t = await startTestApp(
      mailingTo(sink, {
        PUBLIC_URL,
        AGENDA_PROPOSAL_WORKING_DAYS: '5',
        AGENDA_CALL_FOR_ITEMS_WORKING_DAYS: '2',
      }),
    );
    const admin = await AdminSignIn.start(t, { tokens, people });
    orgs = admin.orgs;
    await admin.people({
      coordinator: { organization: '24', roles: ['coordinator'], name: 'Karin Koordinator' },
      umea: { organization: '2480', roles: ['participant'], name: 'Åsa Öberg' },
      lycksele: { organization: '2481', roles: ['participant'], name: 'Lars Lycksele' },
    });
    const english = await api('PATCH', `/api/people/${people.lycksele.id}`, 'admin', { locale: 'en' });
    expect(english.status).toBe(200);
  });

  afterAll(async () => {
    await t?.close();
    await sink?.stop();
  });

  /**
   * The first working day ahead whose meeting's call is due now and whose proposals are still open: the call
   * for a meeting on that day goes out at the next scan.
   */
  function meetingDayCalledNow(now = new Date()): string {
    let day = DateTime.fromJSDate(now, { zone: ZONE }).toISODate()!;
    for (;;) {
      day = addWorkingDays(day, 1, 'SE');
      const startAt = DateTime.fromISO(`${day}T10:00`, { zone: ZONE }).toUTC().toISO()!;
      const due = callForItemsDue({ startAt: new Date(startAt) }, CONFIG);
      if (due.at <= now && meetingProposalDeadline({ startAt: new Date(startAt) }, CONFIG).closesAt > now)
        return day;
    }
  }

  async function meeting(day: string, hour: string, title: string): Promise<string> {
    const created = await api('POST', '/api/meetings', 'coordinator', {
      title,
      start: DateTime.fromISO(`${day}T${hour}`, { zone: ZONE }).toISO(),
      end: DateTime.fromISO(`${day}T${hour}`, { zone: ZONE }).plus({ minutes: 60 }).toISO(),
      organizationIds: [orgs['2480'], orgs['2481']],
      participants: ['coordinator', 'umea', 'lycksele'].map((key) => ({ personId: people[key].id })),
      status: 'confirmed',
    });
    expect(created.status).toBe(201);
    return created.body.id as string;
  }

  it('calls each municipality once, on the right working day, with the link to propose', async () => {
    const day = meetingDayCalledNow();
    const title = 'Samverkansmöte Umeå och Lycksele, inropet';
    const id = await meeting(day, '10:00', title);
    const startAt = DateTime.fromISO(`${day}T10:00`, { zone: ZONE }).toUTC().toISO()!;
    const due = callForItemsDue({ startAt: new Date(startAt) }, CONFIG);
    const deadline = meetingProposalDeadline({ startAt: new Date(startAt) }, CONFIG);
    expect(due.date).toBe(addWorkingDays(deadline.date, -2, 'SE'));
    const calls = t.app.get(CallsForItems);

    // Not the working day before, nor at 07:59 on the day: nothing is queued and the job would skip.
    const dayBefore = DateTime.fromISO(`${addWorkingDays(due.date, -1, 'SE')}T12:00`, { zone: ZONE });
    expect(await calls.scan(dayBefore.toJSDate())).toBe(0);
    expect(await calls.call(id, due.date, dayBefore.toJSDate())).toBe('skipped');
    const justBefore = DateTime.fromJSDate(due.at).minus({ minutes: 1 }).toJSDate();
    expect(await calls.scan(justBefore)).toBe(0);

    expect(await calls.scan()).toBe(1);
    const [sv] = await eventually(() => {
      const mails = callsTo(people.umea, title);
      return mails.length > 0 ? mails : undefined;
    }, 'the call to Umeå');
    expect(sv.parsed.subject).toBe(`Har ni punkter till dagordningen? ${title}`);
    expect(sv.parsed.text).toContain('från Umeå');
    expect(sv.parsed.text).toContain(DateTime.fromISO(deadline.date).setLocale('sv').toFormat('d LLLL yyyy'));
    expect(sv.parsed.text).toContain(`${PUBLIC_URL}/meetings/${id}/agenda`);
    const [en] = await eventually(() => {
      const mails = callsTo(people.lycksele, title);
      return mails.length > 0 ? mails : undefined;
    }, 'the call to Lycksele, in English');
    expect(en.parsed.subject).toBe(`Any items for the agenda? ${title}`);
    expect(en.parsed.text).toContain('from Lycksele');

    // Exactly once: the job again, or the next scan, sends nothing; the region's coordinator gets none.
    expect(await calls.call(id, due.date)).toBe('skipped');
    expect(await calls.scan()).toBe(0);
    await sleep(500);
    expect(callsTo(people.umea, title)).toHaveLength(1);
    expect(callsTo(people.lycksele, title)).toHaveLength(1);
    expect(callsTo(people.coordinator, title)).toHaveLength(0);
  });

  it('does not call for a cancelled meeting, and follows a meeting that moves', async () => {
    const day = meetingDayCalledNow();
    const cancelledTitle = 'Samverkansmöte, inställt';
    const cancelled = await meeting(day, '13:00', cancelledTitle);
    expect(
      (await api('POST', `/api/meetings/${cancelled}/cancel`, 'coordinator', { reason: 'Krockar' })).status,
    ).toBe(200);
    const movedTitle = 'Samverkansmöte, flyttat';
    const moved = await meeting(day, '14:30', movedTitle);
    const oldDue = callForItemsDue(
      { startAt: DateTime.fromISO(`${day}T14:30`, { zone: ZONE }).toJSDate() },
      CONFIG,
    );
    const later = addWorkingDays(day, 10, 'SE');
    const patched = await api('PATCH', `/api/meetings/${moved}`, 'coordinator', {
      start: DateTime.fromISO(`${later}T14:30`, { zone: ZONE }).toISO(),
      end: DateTime.fromISO(`${later}T15:30`, { zone: ZONE }).toISO(),
    });
    expect(patched.status).toBe(200);
    const newDue = callForItemsDue(
      { startAt: DateTime.fromISO(`${later}T14:30`, { zone: ZONE }).toJSDate() },
      CONFIG,
    );
    expect(newDue.date > oldDue.date).toBe(true);

    const calls = t.app.get(CallsForItems);
    // Neither is due now: one is cancelled, the other's day moved on with it.
    expect(await calls.scan()).toBe(0);
    expect(await calls.call(cancelled, oldDue.date)).toBe('skipped');
    expect(await calls.call(moved, oldDue.date)).toBe('skipped');
    expect(await calls.call(cancelled, oldDue.date, newDue.at)).toBe('skipped');
    // On the new day the moved meeting is called.
    expect(await calls.call(moved, newDue.date, newDue.at)).toBe('done');
    await eventually(() => {
      const mails = callsTo(people.umea, movedTitle);
      return mails.length > 0 ? mails : undefined;
    }, 'the call for the moved meeting');
    await sleep(300);
    expect(callsTo(people.umea, cancelledTitle)).toHaveLength(0);
    expect(callsTo(people.lycksele, cancelledTitle)).toHaveLength(0);
  });
});
