import { Logger } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import type { JobContext } from '../jobs/job-handler.decorator';
import { EmailSendJob } from './email-send.job';
import type { EmailRepository, EmailToSend } from './email.repository';
import type { MailTransport } from './mail-transport';

const EMAIL: EmailToSend = { id: 'e1', toAddress: 'a@example.se', raw: Buffer.from('raw'), attempts: 1 };

function context(attempt: number, maxAttempts = 3): JobContext {
  return { jobId: 'email.send-e1', attempt, maxAttempts, isFinalAttempt: attempt >= maxAttempts };
}

function setUp(options: { email?: EmailToSend; failWith?: Error }) {
  const calls: string[] = [];
  const emails = {
    startAttempt: (id: string) => {
      calls.push(`start ${id}`);
      return Promise.resolve(options.email);
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
      return options.failWith ? Promise.reject(options.failWith) : Promise.resolve();
    },
  } as unknown as MailTransport;
  return { job: new EmailSendJob(emails, transport), calls };
}

function smtpError(responseCode: number): Error {
  return Object.assign(new Error(`${responseCode} try later`), { code: 'EENVELOPE', responseCode });
}

describe('EmailSendJob', () => {
  beforeAll(() => Logger.overrideLogger(false));

  it('skips an email that is no longer queued, without sending', async () => {
    const { job, calls } = setUp({});
    await expect(job.handle({ emailId: 'e1' }, context(1))).resolves.toBe('skipped');
    expect(calls).toEqual(['start e1']);
  });

  it('sends the stored bytes and marks the email sent', async () => {
    const { job, calls } = setUp({ email: EMAIL });
    await expect(job.handle({ emailId: 'e1' }, context(1))).resolves.toBe('done');
    expect(calls).toEqual(['start e1', 'deliver raw', 'sent e1']);
  });

  it('records a 4xx and rethrows it for a retry, leaving the email queued', async () => {
    const error = smtpError(451);
    const { job, calls } = setUp({ email: EMAIL, failWith: error });
    await expect(job.handle({ emailId: 'e1' }, context(1))).rejects.toBe(error);
    expect(calls).toEqual(['start e1', 'deliver raw', 'transient e1 EENVELOPE 451 try later']);
  });

  it('fails the email when the last attempt meets a 4xx', async () => {
    const { job, calls } = setUp({ email: EMAIL, failWith: smtpError(451) });
    await expect(job.handle({ emailId: 'e1' }, context(3))).rejects.toThrow('451 try later');
    expect(calls[2]).toBe('failed e1 EENVELOPE 451 try later');
  });

  it('fails the email on a 5xx and stops BullMQ from retrying', async () => {
    const { job, calls } = setUp({ email: EMAIL, failWith: smtpError(550) });
    const outcome = job.handle({ emailId: 'e1' }, context(1));
    await expect(outcome).rejects.toBeInstanceOf(UnrecoverableError);
    await expect(outcome).rejects.toMatchObject({ name: 'UnrecoverableError' });
    expect(calls).toEqual(['start e1', 'deliver raw', 'failed e1 EENVELOPE 550 try later']);
  });
});
