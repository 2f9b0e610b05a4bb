import { randomUUID } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { DataSource } from 'typeorm';
import { TransactionService } from '../src/common/database/transaction.service';
import { OutboxService } from '../src/jobs/outbox.service';
import { QueueRegistry } from '../src/jobs/queue-registry';
import { emailSendJobId } from '../src/mail/email-job-id';
import { MailService } from '../src/mail/mail.service';
import type { Locale } from '../src/person/person.entity';
import { type AppContext, startAppContext } from './helpers/app-context';
import { SmtpSink } from './helpers/smtp-sink';
import { type TestApp, startTestApp } from './helpers/test-app';
import { eventually, sleep } from './helpers/eventually';

const MAIL_FROM = 'Samverkan <noreply@samverkan.example.se>';

interface EmailRow {
  id: string;
  message_id: string;
  status: string;
  attempts: number;
  last_error: string | null;
  sent_at: Date | null;
  raw: string;
  subject: string;
}

function address(label: string): string {
  return `${label}-${randomUUID().slice(0, 8)}@mottagare.example.se`;
}

/** Helpers bound to one running app: queue a welcome email the way the people feature does. */
function mailHelpers(app: TestApp) {
  const mail = app.app.get(MailService);
  const transactions = app.app.get(TransactionService);
  const dataSource = app.app.get(DataSource);
  const queueWelcome = (
    to: string,
    locale: Locale = 'sv',
    related: { type: string; id: string } = { type: 'person', id: randomUUID() },
  ) =>
    transactions.run((manager) =>
      mail.queue(manager, {
        template: 'welcome',
        // No personId: recipient_person_id references people (migration 1765400000000), and delivery is
        // the same for an address without a person.
        to: { address: to, name: 'Åsa Öberg', locale },
        data: {
          personName: 'Åsa Öberg',
          organizationName: 'Skellefteå kommun',
          setPasswordUrl: 'https://samverkan.example.se/set-password/x',
          loginEmail: to,
          validDays: '7',
        },
        related,
      }),
    );
  const email = async (id: string): Promise<EmailRow | undefined> => {
    const rows: EmailRow[] = await dataSource.query(`SELECT * FROM emails WHERE id = $1`, [id]);
    return rows[0];
  };
  const emailWhen = (id: string, predicate: (row: EmailRow) => boolean, what: string) =>
    eventually(async () => {
      const row = await email(id);
      return row && predicate(row) ? row : undefined;
    }, what);
  return { mail, transactions, dataSource, queueWelcome, email, emailWhen };
}

describe('mail delivery through outbox, relay, worker and SMTP', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let secondWorker: AppContext;
  let h: ReturnType<typeof mailHelpers>;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    const env = { SMTP_URL: sink.url, JOB_BACKOFF_MS: '100', MAIL_FROM, SEED: 'false' };
    // Role all: the test app runs a relay and a worker; a second context adds another of each.
    t = await startTestApp(env);
    secondWorker = await startAppContext(t.db, {
      ...env,
      APP_ROLE: 'worker',
      QUEUE_PREFIX: t.config.redis.queuePrefix,
    });
    h = mailHelpers(t);
  });

  afterAll(async () => {
    await secondWorker?.close();
    await t?.close();
    await sink?.stop();
  });

  beforeEach(() => sink.setRecipientPolicy(() => undefined));

  it('delivers each email exactly once with two workers and two relays running', async () => {
    const queue = t.app.get(QueueRegistry).get('mail');
    await eventually(async () => ((await queue.getWorkersCount()) >= 2 ? true : undefined), 'two workers');

    const recipients = Array.from({ length: 12 }, (_, i) => address(`once${i}`));
    const queued = await Promise.all(recipients.map((to) => h.queueWelcome(to)));
    await sink.waitForCount(recipients.length);
    for (const { emailId } of queued) await h.emailWhen(emailId, (row) => row.status === 'sent', 'sent');
    // Give both relays many more polls (50 ms) to add anything twice.
    await sleep(750);

    for (const to of recipients) expect(sink.to(to)).toHaveLength(1);
    expect(sink.messages.filter((m) => recipients.includes(m.envelopeTo[0]))).toHaveLength(recipients.length);
    const pending = await h.dataSource.query(
      `SELECT count(*)::int AS n FROM outbox WHERE dispatched_at IS NULL`,
    );
    expect(pending[0].n).toBe(0);
    expect(await queue.getJobCountByTypes('completed')).toBe(recipients.length);

    const row = (await h.email(queued[0].emailId))!;
    expect(row.attempts).toBe(1);
    expect(row.sent_at).toBeInstanceOf(Date);
    const received = sink.to(recipients[0])[0];
    expect(received.envelopeFrom).toBe('noreply@samverkan.example.se');
    expect(received.parsed.messageId).toBe(row.message_id);
    expect(row.message_id).toBe(`<${row.id}@samverkan.example.se>`);
    expect(received.parsed.subject).toBe('Välkommen till Samverkan');
    expect(received.parsed.from?.value).toEqual([
      { name: 'Samverkan', address: 'noreply@samverkan.example.se' },
    ]);
    expect(received.envelopeTo).toEqual([recipients[0]]);
    expect(received.parsed.text).toContain('Ett konto i Samverkan har skapats åt dig hos Skellefteå kommun.');
    expect(received.parsed.text).toContain(`med din e-postadress ${recipients[0]}`);
    expect(received.parsed.html).toContain('<a href="https://samverkan.example.se/set-password/x"');
  });

  it('writes English for a recipient whose locale is en', async () => {
    const to = address('english');
    await h.queueWelcome(to, 'en');
    const [received] = await eventually(() => (sink.to(to).length ? sink.to(to) : undefined), 'arrival');
    expect(received.parsed.subject).toBe('Welcome to Samverkan');
    expect(received.parsed.text).toContain(
      'An account in Samverkan has been created for you at Skellefteå kommun.',
    );
  });

  it('retries a recipient answered with SMTP 451 and then delivers once', async () => {
    const to = address('greylisted');
    let refusals = 0;
    sink.setRecipientPolicy((rcpt) => {
      if (rcpt !== to || refusals > 0) return undefined;
      refusals += 1;
      return { code: 451, message: '4.7.1 Greylisted, try again later' };
    });
    const { emailId } = await h.queueWelcome(to);
    const row = await h.emailWhen(emailId, (r) => r.status === 'sent', 'sent after a retry');
    expect(row.attempts).toBe(2);
    expect(row.last_error).toContain('451');
    expect(sink.recipientAttempts.filter((rcpt) => rcpt === to)).toHaveLength(2);
    expect(sink.to(to)).toHaveLength(1);
  });

  it('fails a recipient answered with SMTP 550 without retrying, and delivers to the others', async () => {
    const rejected = address('unknown');
    const accepted = address('known');
    sink.setRecipientPolicy((rcpt) =>
      rcpt === rejected ? { code: 550, message: '5.1.1 No such user here' } : undefined,
    );
    const meeting = { type: 'meeting', id: randomUUID() };
    const bad = await h.queueWelcome(rejected, 'sv', meeting);
    const good = await h.queueWelcome(accepted, 'en', meeting);
    await h.emailWhen(good.emailId, (r) => r.status === 'sent', 'the other recipient');
    const failed = await h.emailWhen(bad.emailId, (r) => r.status === 'failed', 'failed');
    expect(failed.attempts).toBe(1);
    expect(failed.last_error).toContain('550');
    expect(failed.sent_at).toBeNull();

    // With 100 ms backoff a retry would have come several times over by now.
    await sleep(1000);
    const after = (await h.email(bad.emailId))!;
    expect(after.status).toBe('failed');
    expect(after.attempts).toBe(1);
    expect(sink.recipientAttempts.filter((rcpt) => rcpt === rejected)).toHaveLength(1);
    expect(sink.to(rejected)).toHaveLength(0);
    expect(sink.to(accepted)).toHaveLength(1);
    const job = await t.app
      .get(QueueRegistry)
      .get('mail')
      .getJob(emailSendJobId([bad.emailId]));
    expect(await job?.getState()).toBe('failed');
    expect(job?.attemptsMade).toBe(1);

    const deliveries = await h.mail.deliveries(meeting);
    expect(deliveries.map((d) => [d.id, d.toAddress, d.status, d.attempts])).toEqual([
      [bad.emailId, rejected, 'failed', 1],
      [good.emailId, accepted, 'sent', 1],
    ]);
    expect(deliveries[0]).not.toHaveProperty('raw');
  });

  it('leaves no email, no outbox row and sends nothing when the transaction rolls back', async () => {
    const to = address('rolledback');
    let emailId: string | undefined;
    await expect(
      h.transactions.run(async (manager) => {
        ({ emailId } = await h.mail.queue(manager, {
          template: 'welcome',
          to: { address: to, locale: 'sv' },
          data: {
            personName: 'X',
            organizationName: 'Y',
            setPasswordUrl: 'https://x.example/set-password/x',
            loginEmail: to,
            validDays: '7',
          },
        }));
        throw new Error('the person could not be saved');
      }),
    ).rejects.toThrow('the person could not be saved');
    expect(emailId).toBeDefined();

    // A committed email queued afterwards arrives: the relays and workers have had their chance.
    const barrier = address('barrier');
    await h.queueWelcome(barrier);
    await eventually(() => (sink.to(barrier).length ? true : undefined), 'the committed email');

    expect(await h.email(emailId!)).toBeUndefined();
    const outbox = await h.dataSource.query(`SELECT count(*)::int AS n FROM outbox WHERE job_id = $1`, [
      emailSendJobId([emailId!]),
    ]);
    expect(outbox[0].n).toBe(0);
    expect(sink.recipientAttempts).not.toContain(to);
    expect(sink.to(to)).toHaveLength(0);
  });

  it('sends the same bytes with the same Message-ID when an email is sent again', async () => {
    const to = address('resent');
    const { emailId } = await h.queueWelcome(to);
    const first = (await eventually(() => (sink.to(to).length ? sink.to(to) : undefined), 'first'))[0];
    const stored = await h.emailWhen(emailId, (r) => r.status === 'sent', 'sent');

    // Enqueuing again is idempotent on the job id: no second outbox row.
    const outbox = t.app.get(OutboxService);
    const jobId = emailSendJobId([emailId]);
    expect(
      await h.transactions.run((m) =>
        outbox.enqueue(m, 'mail', 'email.send', { emailIds: [emailId] }, { jobId }),
      ),
    ).toBe(false);

    // Simulate a worker that died after the SMTP server took the message and before the database
    // recorded it, once the job has left Redis: the email is queued again and its job enqueued anew.
    await h.dataSource.query(`UPDATE emails SET status = 'queued', sent_at = NULL WHERE id = $1`, [emailId]);
    await t.app.get(QueueRegistry).get('mail').remove(jobId);
    await h.dataSource.query(`DELETE FROM outbox WHERE job_id = $1`, [jobId]);
    expect(
      await h.transactions.run((m) =>
        outbox.enqueue(m, 'mail', 'email.send', { emailIds: [emailId] }, { jobId }),
      ),
    ).toBe(true);

    const [, second] = await eventually(
      () => (sink.to(to).length >= 2 ? sink.to(to) : undefined),
      'second delivery',
    );
    const again = await h.emailWhen(emailId, (r) => r.status === 'sent', 'sent again');
    expect(again.attempts).toBe(2);
    expect(second.parsed.messageId).toBe(first.parsed.messageId);
    expect(second.parsed.messageId).toBe(stored.message_id);
    expect(second.raw.equals(first.raw)).toBe(true);
    // What the server received is what was rendered and stored, byte for byte.
    expect(first.raw.equals(Buffer.from(stored.raw, 'ascii'))).toBe(true);
  });
});

describe('mail delivery without SMTP_URL', () => {
  let t: TestApp;
  let h: ReturnType<typeof mailHelpers>;

  beforeAll(async () => {
    t = await startTestApp({ SMTP_URL: undefined, MAIL_FROM, SEED: 'false' });
    h = mailHelpers(t);
  });

  afterAll(async () => {
    await t?.close();
  });

  it('writes each email as an .eml file in the outbox folder', async () => {
    const to = address('file');
    const { emailId } = await h.queueWelcome(to);
    const row = await h.emailWhen(emailId, (r) => r.status === 'sent', 'written');
    expect(row.attempts).toBe(1);

    const dir = t.config.mail.outboxDir;
    const raw = await readFile(join(dir, `${emailId}.eml`));
    expect(raw.equals(Buffer.from(row.raw, 'ascii'))).toBe(true);
    const parsed = await simpleParser(raw);
    expect(parsed.messageId).toBe(`<${emailId}@samverkan.example.se>`);
    expect(parsed.subject).toBe('Välkommen till Samverkan');
    expect(parsed.text).toContain('Hej Åsa Öberg,');
    const files = await readdir(dir);
    expect(files.filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(files).toContain(`${emailId}.eml`);
  });
});
