import { DateTime } from 'luxon';
import { SecretaryReminders } from '../src/minutes/reminder/secretary-reminders';
import { eventually, sleep } from './helpers/eventually';
import type { CreatedPerson } from './helpers/people-fixtures';
import { AdminSignIn, MINUTES_PEOPLE } from './helpers/signed-in-people';
import { type ReceivedMail, SmtpSink } from './helpers/smtp-sink';
import { PUBLIC_URL, type TestApp, apiAs, startTestApp, mailingTo } from './helpers/test-app';

const DAY_MS = 86_400_000;

/**
 * Issue 15: the secretary is reminded, once, when a meeting that took place has no submitted minutes
 * MINUTES_SECRETARY_REMINDER_WORKING_DAYS working days later — through the outbox, the worker and a real
 * SMTP server.
 */
describe("the secretary's reminder of minutes not submitted", () => {
  let sink: SmtpSink;
  let t: TestApp;
  let orgs: Record<string, string>;
  const tokens: Record<string, string> = {};
  const people: Record<string, CreatedPerson> = {};
  let fixtures = 0;

  const api = apiAs(() => t, tokens);
  const overdueMails = (person: CreatedPerson, title: string): ReceivedMail[] =>
    sink
      .to(person.email)
      .filter((mail) => (mail.parsed.subject ?? '').endsWith(`: ${title}`))
      .filter((mail) => /^(Påminnelse: protokollet|Reminder: the minutes)/.test(mail.parsed.subject ?? ''));

  beforeAll(async () => {
    sink = await SmtpSink.start();
    t = await startTestApp(
      mailingTo(sink, {
        PUBLIC_URL,
        MINUTES_SECRETARY_REMINDER_WORKING_DAYS: '2',
      }),
    );
    const admin = await AdminSignIn.start(t, { tokens, people });
    orgs = admin.orgs;
    await admin.people({
      ...MINUTES_PEOPLE,
    });
    const english = await api('PATCH', `/api/people/${people.colleague.id}`, 'admin', { locale: 'en' });
    expect(english.status).toBe(200);
  });

  afterAll(async () => {
    await t?.close();
    await sink?.stop();
  });

  /** A meeting of Umeå that ended `daysAgo` days ago (created ahead, then moved into the past). */
  async function meetingEnded(daysAgo: number): Promise<{ id: string; title: string }> {
    fixtures += 1;
    const title = `Samverkansmöte Umeå, påminnelse ${fixtures}`;
    const created = await api('POST', '/api/meetings', 'coordinator', {
      title,
      start: `2027-06-${String(fixtures).padStart(2, '0')}T10:00:00+02:00`,
      end: `2027-06-${String(fixtures).padStart(2, '0')}T11:30:00+02:00`,
      organizationIds: [orgs['2480']],
      participants: ['coordinator', 'secretary', 'colleague', 'umea'].map((key) => ({
        personId: people[key].id,
      })),
      status: 'confirmed',
    });
    expect(created.status).toBe(201);
    const end = DateTime.fromMillis(Date.now() - daysAgo * DAY_MS);
    const moved = await api('PATCH', `/api/meetings/${created.body.id}`, 'coordinator', {
      start: end.minus({ minutes: 90 }).toUTC().toISO(),
      end: end.toUTC().toISO(),
    });
    expect(moved.status).toBe(200);
    return { id: created.body.id, title };
  }

  it('reminds the secretaries of a meeting without minutes once, in their language, with a link to the minutes', async () => {
    const forgotten = await meetingEnded(12);
    const justOver = await meetingEnded(0.05);
    const reminders = t.app.get(SecretaryReminders);
    expect(await reminders.scan()).toBeGreaterThanOrEqual(1);
    const [sv] = await eventually(() => {
      const mails = overdueMails(people.secretary, forgotten.title);
      return mails.length > 0 ? mails : undefined;
    }, 'the reminder to the secretary');
    expect(sv.parsed.subject).toBe(
      `Påminnelse: protokollet är inte skickat till justering: ${forgotten.title}`,
    );
    expect(sv.parsed.text).toContain('för 2 arbetsdagar sedan');
    expect(sv.parsed.text).toContain(`${PUBLIC_URL}/meetings/${forgotten.id}/minutes`);
    const [en] = await eventually(() => {
      const mails = overdueMails(people.colleague, forgotten.title);
      return mails.length > 0 ? mails : undefined;
    }, 'the reminder to the other secretary, in English');
    expect(en.parsed.subject).toBe(`Reminder: the minutes have not been submitted: ${forgotten.title}`);
    expect(en.parsed.text).toContain(`${PUBLIC_URL}/meetings/${forgotten.id}/minutes`);

    // Once per meeting: the job again, or the next scan, sends nothing.
    expect(await reminders.remind(forgotten.id)).toBe('skipped');
    await reminders.scan();
    await sleep(500);
    expect(overdueMails(people.secretary, forgotten.title)).toHaveLength(1);
    // Not the coordinator, nor the municipality's participant; not yet for a meeting that just ended.
    expect(overdueMails(people.coordinator, forgotten.title)).toHaveLength(0);
    expect(overdueMails(people.umea, forgotten.title)).toHaveLength(0);
    expect(await reminders.remind(justOver.id)).toBe('skipped');
    expect(overdueMails(people.secretary, justOver.title)).toHaveLength(0);
  });

  it('reminds whoever wrote in the minutes, and nobody once they are submitted', async () => {
    const written = await meetingEnded(10);
    const submitted = await meetingEnded(11);
    const items = (await api('GET', `/api/meetings/${written.id}/agenda`, 'coordinator')).body.items;
    const notes = { notes: 'Påbörjat', decisions: [], baseVersion: 0 };
    expect(
      (await api('PUT', `/api/meetings/${written.id}/minutes/items/${items[0].id}`, 'colleague', notes))
        .status,
    ).toBe(200);
    const submittedItems = (await api('GET', `/api/meetings/${submitted.id}/agenda`, 'coordinator')).body
      .items;
    const url = `/api/meetings/${submitted.id}/minutes`;
    expect((await api('PUT', `${url}/items/${submittedItems[0].id}`, 'secretary', notes)).status).toBe(200);
    const submit = await api('POST', `${url}/submit`, 'secretary', {
      adjusters: [{ personId: people.coordinator.id }],
    });
    expect(submit.status).toBe(200);

    const reminders = t.app.get(SecretaryReminders);
    expect(await reminders.remind(submitted.id)).toBe('skipped');
    expect(await reminders.remind(written.id)).toBe('done');
    const [mail] = await eventually(() => {
      const mails = overdueMails(people.colleague, written.title);
      return mails.length > 0 ? mails : undefined;
    }, 'the reminder to the one who wrote');
    expect(mail.parsed.text).toContain(`${PUBLIC_URL}/meetings/${written.id}/minutes`);
    await sleep(300);
    expect(overdueMails(people.secretary, written.title)).toHaveLength(0);
    expect(overdueMails(people.secretary, submitted.title)).toHaveLength(0);
  });
});
