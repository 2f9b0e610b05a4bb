import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { ActionReminderService } from '../src/action/action-reminder.service';
import { isoWeekOf } from '../src/action/action-schedule';
import { JobProducer } from '../src/jobs/job-producer';
import { QueueRegistry } from '../src/jobs/queue-registry';
import { type AppContext, startAppContext } from './helpers/app-context';
import { type FollowUpCast, createCast, localDate } from './helpers/follow-up-fixtures';
import { createPerson } from './helpers/people-fixtures';
import { linksOffThePages } from './helpers/email-links';
import { type ReceivedMail, SmtpSink } from './helpers/smtp-sink';
import { TEST_ADMIN, type TestApp, startTestApp } from './helpers/test-app';
import { eventually, sleep } from './helpers/eventually';

/**
 * Reminders and digests through a real SMTP server with two workers on the same queues: the test app
 * (role all) and a second worker context. Reminders go out at local hour 0, so a reminder whose day is
 * today is due at once; later ones wait in BullMQ as delayed jobs, which the test promotes.
 */
describe('action reminders and overdue digests (#6)', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let worker: AppContext;
  let cast: FollowUpCast;
  let queue: Queue;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    const env = {
      SMTP_URL: sink.url,
      ACTION_REMINDER_HOUR: '0',
      ACTION_REMINDER_DAYS: '7',
      JOB_BACKOFF_MS: '50',
    };
    t = await startTestApp(env);
    worker = await startAppContext(t.db, {
      ...env,
      APP_ROLE: 'worker',
      QUEUE_PREFIX: t.config.redis.queuePrefix,
    });
    cast = await createCast(t);
    queue = t.app.get(QueueRegistry).get('actions');
  });
  afterAll(async () => {
    await worker?.close();
    await t?.close();
    await sink?.stop();
  });

  const createAction = async (body: Record<string, unknown>, token = cast.coordinator.token) => {
    const response = await t.request({
      method: 'POST',
      url: '/api/actions',
      token,
      body: { ownerPersonId: cast.umeaOwner.id, ownerOrganizationId: cast.orgs['2480'], ...body },
    });
    expect(response.status).toBe(201);
    return response.body as { id: string; version: number };
  };
  const update = (id: string, body: Record<string, unknown>) =>
    t.request({ method: 'PATCH', url: `/api/actions/${id}`, token: cast.coordinator.token, body });
  const mailsAbout = (title: string): ReceivedMail[] =>
    sink.messages.filter(
      (mail) => (mail.parsed.subject ?? '').includes(title) || (mail.parsed.text ?? '').includes(title),
    );
  /** Every delayed reminder job of an action, once the relay has moved it to BullMQ. */
  const delayedJobsOf = (actionId: string, count: number) =>
    eventually(async () => {
      const jobs = (await queue.getDelayed()).filter((job) => job.data.actionId === actionId);
      return jobs.length >= count ? jobs : undefined;
    }, `delayed reminders of ${actionId}`);
  const settled = async () => {
    // Both workers have had their chance to send a duplicate.
    await sleep(1200);
  };

  it('reminds the owner a week ahead and on the due date, exactly once with two workers', async () => {
    const week = await createAction({ title: 'Skicka underlag om kompetensbehov', dueDate: localDate(7) });
    const today = await createAction({ title: 'Svara Tillväxtverket', dueDate: localDate(0) });
    await sink.waitForCount(2);
    await settled();
    const weekMails = mailsAbout('Skicka underlag om kompetensbehov');
    const todayMails = mailsAbout('Svara Tillväxtverket');
    expect(weekMails).toHaveLength(1);
    expect(todayMails).toHaveLength(1);
    // The link opens the action's page in the web app.
    expect(weekMails[0].parsed.text).toContain(`${t.config.http.publicUrl}/actions/${week.id}`);
    expect(todayMails[0].parsed.text).toContain(`${t.config.http.publicUrl}/actions/${today.id}`);
    expect(weekMails[0].envelopeTo).toEqual([cast.umeaOwner.email]);
    expect(weekMails[0].parsed.subject).toBe(
      'Påminnelse: åtgärd förfaller om 7 dagar: Skicka underlag om kompetensbehov',
    );
    expect(weekMails[0].parsed.text).toContain(
      `Om 7 dagar, ${localDate(7)}, är sista dag för en åtgärd du äger.`,
    );
    expect(weekMails[0].parsed.text).toContain('Skicka underlag om kompetensbehov (Umeå)');
    expect(todayMails[0].parsed.subject).toBe('Åtgärd förfaller i dag: Svara Tillväxtverket');

    // The due-date reminder of the first waits for its day; running it now sends the "today" text once.
    const [dueDay] = await delayedJobsOf(week.id, 1);
    expect(dueDay.data).toEqual({ actionId: week.id, kind: 'due', dueDate: localDate(7) });
    expect(dueDay.delay).toBeGreaterThan(5 * 86_400_000);
    const markers = await t.app
      .get(DataSource)
      .query(
        `SELECT kind, due_date::text AS due_date, email_id FROM action_reminder_deliveries WHERE action_id = $1`,
        [week.id],
      );
    expect(markers).toEqual([{ kind: 'before', due_date: localDate(7), email_id: expect.any(String) }]);
    // A second run of an already sent reminder (a retry, another worker) sends nothing.
    const reminders = worker.app.get(ActionReminderService);
    await expect(
      reminders.remind({ actionId: week.id, kind: 'before', dueDate: localDate(7) }),
    ).resolves.toBe('skipped');
    await expect(reminders.remind({ actionId: today.id, kind: 'due', dueDate: localDate(0) })).resolves.toBe(
      'skipped',
    );
    await settled();
    expect(mailsAbout('Skicka underlag om kompetensbehov')).toHaveLength(1);
  });

  it('writes English to an owner who reads English', async () => {
    const english = await createPerson(t, cast.adminToken, {
      organizationId: cast.orgs['2480'],
      roles: ['participant'],
      name: 'Emma English',
    });
    await t.request({
      method: 'PATCH',
      url: `/api/people/${english.id}`,
      token: cast.adminToken,
      body: { locale: 'en' },
    });
    await createAction({ title: 'Book the site visit', dueDate: localDate(0), ownerPersonId: english.id });
    const [mail] = await eventually(() => {
      const found = mailsAbout('Book the site visit');
      return found.length > 0 ? found : undefined;
    }, 'English reminder');
    expect(mail.parsed.subject).toBe('Action due today: Book the site visit');
    expect(mail.parsed.text).toContain('Hello Emma English');
  });

  it('sends nothing for an action closed before its reminder', async () => {
    const before = sink.messages.length;
    const closed = await createAction({ title: 'Stängd innan påminnelsen', dueDate: localDate(9) });
    const cancelled = await createAction({ title: 'Struken innan påminnelsen', dueDate: localDate(8) });
    const jobs = [...(await delayedJobsOf(closed.id, 2)), ...(await delayedJobsOf(cancelled.id, 2))];
    expect((await update(closed.id, { status: 'done', comment: 'Klart tidigt' })).status).toBe(200);
    expect((await update(cancelled.id, { status: 'cancelled' })).status).toBe(200);
    // The reminders' time comes: the handlers run, find the actions closed, and skip.
    for (const job of jobs) await job.promote();
    await eventually(async () => {
      const states = await Promise.all(jobs.map((job) => queue.getJobState(job.id!)));
      return states.every((state) => state === 'completed') ? true : undefined;
    }, 'the promoted reminders to run');
    for (const job of jobs) expect((await queue.getJob(job.id!))?.returnvalue).toBe('skipped');
    await settled();
    expect(sink.messages.length).toBe(before);
  });

  it('moves the reminders with a changed due date', async () => {
    const moved = await createAction({ title: 'Flyttad åtgärd', dueDate: localDate(10) });
    const oldJobs = await delayedJobsOf(moved.id, 2);
    expect((await update(moved.id, { dueDate: localDate(7) })).status).toBe(200);
    const [mail] = await eventually(() => {
      const found = mailsAbout('Flyttad åtgärd');
      return found.length > 0 ? found : undefined;
    }, 'the reminder for the new date');
    expect(mail.parsed.text).toContain(localDate(7));
    // The old date's reminders run and skip: the action is no longer due then.
    for (const job of oldJobs) await job.promote();
    await eventually(async () => {
      const states = await Promise.all(oldJobs.map((job) => queue.getJobState(job.id!)));
      return states.every((state) => state === 'completed') ? true : undefined;
    }, 'the old reminders to run');
    await settled();
    expect(mailsAbout('Flyttad åtgärd')).toHaveLength(1);
  });

  it('sends one weekly digest per owner and per coordinator, grouped by municipality, once', async () => {
    await createAction({ title: 'Försenad Umeå 1', dueDate: localDate(-12) });
    await createAction({ title: 'Försenad Umeå 2', dueDate: localDate(-2) });
    await createAction(
      {
        title: 'Försenad Skellefteå',
        dueDate: localDate(-5),
        ownerPersonId: cast.skellefteaOwner.id,
        ownerOrganizationId: cast.orgs['2482'],
      },
      cast.skellefteaSecretary.token,
    );
    const done = await createAction({ title: 'Klar men sen', dueDate: localDate(-20) });
    await update(done.id, { status: 'done' });
    const secondCoordinator = await createPerson(t, cast.adminToken, {
      organizationId: cast.orgs['24'],
      roles: ['coordinator', 'participant'],
      name: 'Ulf Koordinator',
    });

    // Two ticks in the same week (the scheduler on one worker, a retry on another) and a direct scan.
    const producer = t.app.get(JobProducer);
    await producer.add('actions', 'action.digest-scan', {}, { jobId: 'action.digest-scan-test-1' });
    await producer.add('actions', 'action.digest-scan', {}, { jobId: 'action.digest-scan-test-2' });
    await worker.app.get(ActionReminderService).scanDigests();

    const digests = () =>
      sink.messages.filter((mail) => /vecka \d{4}-W\d{2}/.test(mail.parsed.subject ?? ''));
    await eventually(() => (digests().length >= 5 ? true : undefined), 'five digests');
    await settled();
    const week = isoWeekOf(new Date(), 'Europe/Stockholm');
    const byRecipient = new Map(digests().map((mail) => [mail.envelopeTo[0], mail]));
    expect(digests()).toHaveLength(5);
    // The seeded first admin is a coordinator of the region too.
    expect([...byRecipient.keys()].sort()).toEqual(
      [
        cast.umeaOwner.email,
        cast.skellefteaOwner.email,
        cast.coordinator.email,
        secondCoordinator.email,
        TEST_ADMIN.email,
      ].sort(),
    );

    const owner = byRecipient.get(cast.umeaOwner.email)!;
    expect(owner.parsed.subject).toBe(`Dina försenade åtgärder vecka ${week}: 2 st`);
    expect(owner.parsed.text).toContain(
      `- Försenad Umeå 1 – Örjan Ägare, skulle vara klar ${localDate(-12)} (12 dagar sedan)`,
    );
    expect(owner.parsed.text).not.toContain('Klar men sen');
    // An owner's digest links to their own overdue actions, a coordinator's to the region's.
    expect(owner.parsed.text).toContain(
      `${t.config.http.publicUrl}/actions?ownerPersonId=${cast.umeaOwner.id}&overdue=true`,
    );
    expect(owner.parsed.text).not.toContain('Skellefteå');

    const county = byRecipient.get(cast.coordinator.email)!;
    expect(county.parsed.subject).toBe(`Försenade åtgärder i länet vecka ${week}: 3 st`);
    const text = county.parsed.text ?? '';
    expect(text.indexOf('Skellefteå (1)')).toBeGreaterThan(-1);
    expect(text.indexOf('Umeå (2)')).toBeGreaterThan(text.indexOf('Skellefteå (1)'));
    expect(text.indexOf('Försenad Umeå 1')).toBeLessThan(text.indexOf('Försenad Umeå 2'));
    expect(text).toContain(`${t.config.http.publicUrl}/actions?overdue=true`);

    expect(byRecipient.get(secondCoordinator.email)!.parsed.text).toBe(
      text.replace('Cecilia Koordinator', 'Ulf Koordinator'),
    );

    // The markers hold even when the send runs again outside BullMQ's job-id dedupe.
    const reminders = worker.app.get(ActionReminderService);
    const again = await Promise.all([
      reminders.sendDigest({ recipientId: cast.umeaOwner.id, kind: 'owner', week }),
      t.app.get(ActionReminderService).sendDigest({ recipientId: cast.umeaOwner.id, kind: 'owner', week }),
    ]);
    expect(again).toEqual(['skipped', 'skipped']);
    await expect(
      reminders.sendDigest({ recipientId: cast.umeaOwner.id, kind: 'owner', week: '2020-W01' }),
    ).resolves.toBe('skipped');
    await settled();
    expect(digests()).toHaveLength(5);
    const rows = await t.app
      .get(DataSource)
      .query(`SELECT kind, action_count FROM action_digest_deliveries ORDER BY kind, action_count`);
    expect(rows).toEqual([
      { kind: 'coordinator', action_count: 3 },
      { kind: 'coordinator', action_count: 3 },
      { kind: 'coordinator', action_count: 3 },
      { kind: 'owner', action_count: 1 },
      { kind: 'owner', action_count: 2 },
    ]);
  });

  it('registers the weekly digest scheduler on Mondays at 07:00 Europe/Stockholm', async () => {
    const schedulers = await queue.getJobSchedulers();
    expect(schedulers).toEqual([
      expect.objectContaining({ key: 'action.digest-scan', pattern: '0 7 * * 1', tz: 'Europe/Stockholm' }),
    ]);
  });

  it('links every email only to pages of the web app', () => {
    expect(sink.messages.length).toBeGreaterThan(0);
    expect(linksOffThePages(sink.messages, t.config.http.publicUrl)).toEqual([]);
  });
});
