import { Logger } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import type { JobContext } from '../jobs/job-handler.decorator';
import { MailJobs } from './mail.jobs';
import type { EmailRepository, EmailToSend } from './email.repository';
import type { MailTransport } from './mail-transport';

const EMAIL: EmailToSend = { id: 'e1', toAddress: 'a@example.se', raw: 'raw', attempts: 1 };

function context(attempt: number, maxAttempts = 3): JobContext {
  return { jobId: 'email.send-e1', attempt, maxAttempts, isFinalAttempt: attempt >= maxAttempts };
}

/** The repository and transport as the job sees them: emails by id, and per address how delivery ends. */
function setUp(options: { emails?: EmailToSend[]; failWith?: Record<string, Error> }) {
  const calls: string[] = [];
  const byId = new Map((options.emails ?? []).map((email) => [email.id, email]));
  const emails = {
    startAttempt: (id: string) => {
      calls.push(`start ${id}`);
      return Promise.resolve(byId.get(id));
    },
    markSent: (id: string) => {
      calls.push(`sent ${id}`);
      return Promise.resolve();
    },
    recordTransientFailure: (id: string, error: string) => {
      calls.push(`transient ${id} ${error}`);
      return Promise.resolve();
    },
    markFailed: (id: string, error: string) => {
      calls.push(`failed ${id} ${error}`);
      return Promise.resolve();
    },
  } as unknown as EmailRepository;
  const transport = {
    mode: 'smtp',
    deliver: (email: EmailToSend) => {
      calls.push(`deliver ${email.raw.toString()}`);
      const error = options.failWith?.[email.toAddress];
      return error ? Promise.reject(error) : Promise.resolve();
    },
  } as unknown as MailTransport;
  return { job: new MailJobs(emails, transport), calls };
}

function smtpError(responseCode: number): Error {
  return Object.assign(new Error(`${responseCode} try later`), { code: 'EENVELOPE', responseCode });
}

const other = (id: string, address: string): EmailToSend => ({
  id,
  toAddress: address,
  raw: `raw ${id}`,
  attempts: 1,
});

describe('MailJobs', () => {
  beforeAll(() => Logger.overrideLogger(false));

  it('skips emails that are no longer queued, without sending', async () => {
    const { job, calls } = setUp({});
    await expect(job.handle({ emailIds: ['e1', 'e2'] }, context(1))).resolves.toBe('skipped');
    expect(calls).toEqual(['start e1', 'start e2']);
  });

  it('sends the stored bytes and marks the email sent', async () => {
    const { job, calls } = setUp({ emails: [EMAIL] });
    await expect(job.handle({ emailIds: ['e1'] }, context(1))).resolves.toBe('done');
    expect(calls).toEqual(['start e1', 'deliver raw', 'sent e1']);
  });

  it('sends only the emails of the batch that are still queued', async () => {
    const { job, calls } = setUp({ emails: [other('e2', 'b@example.se')] });
    await expect(job.handle({ emailIds: ['e1', 'e2'] }, context(2))).resolves.toBe('done');
    expect(calls).toEqual(['start e1', 'start e2', 'deliver raw e2', 'sent e2']);
  });

  it('records a 4xx and rethrows it for a retry, leaving the email queued', async () => {
    const error = smtpError(451);
    const { job, calls } = setUp({ emails: [EMAIL], failWith: { 'a@example.se': error } });
    await expect(job.handle({ emailIds: ['e1'] }, context(1))).rejects.toBe(error);
    expect(calls).toEqual(['start e1', 'deliver raw', 'transient e1 EENVELOPE 451 try later']);
  });

  it('fails the email when the last attempt meets a 4xx', async () => {
    const { job, calls } = setUp({ emails: [EMAIL], failWith: { 'a@example.se': smtpError(451) } });
    await expect(job.handle({ emailIds: ['e1'] }, context(3))).rejects.toThrow('451 try later');
    expect(calls[2]).toBe('failed e1 EENVELOPE 451 try later');
  });

  it('fails the email on a 5xx and stops BullMQ from retrying', async () => {
    const { job, calls } = setUp({ emails: [EMAIL], failWith: { 'a@example.se': smtpError(550) } });
    const outcome = job.handle({ emailIds: ['e1'] }, context(1));
    await expect(outcome).rejects.toBeInstanceOf(UnrecoverableError);
    await expect(outcome).rejects.toMatchObject({ name: 'UnrecoverableError' });
    expect(calls).toEqual(['start e1', 'deliver raw', 'failed e1 EENVELOPE 550 try later']);
  });

  it('in a batch, fails a 5xx recipient alone and completes for the others', async () => {
    const { job, calls } = setUp({
      emails: [other('e1', 'bad@example.se'), other('e2', 'good@example.se')],
      failWith: { 'bad@example.se': smtpError(550) },
    });
    await expect(job.handle({ emailIds: ['e1', 'e2'] }, context(1))).resolves.toBe('done');
    expect(calls).toContain('failed e1 EENVELOPE 550 try later');
    expect(calls).toContain('sent e2');
  });

  it('in a batch, retries for a 4xx recipient while the others are sent and not sent again', async () => {
    const greylisted = smtpError(451);
    const { job, calls } = setUp({
      emails: [other('e1', 'later@example.se'), other('e2', 'now@example.se')],
      failWith: { 'later@example.se': greylisted },
    });
    await expect(job.handle({ emailIds: ['e1', 'e2'] }, context(1))).rejects.toBe(greylisted);
    expect(calls).toContain('transient e1 EENVELOPE 451 try later');
    expect(calls).toContain('sent e2');
    expect(calls).not.toContain('sent e1');
  });
});
