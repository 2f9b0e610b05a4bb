import 'reflect-metadata';
import { Injectable, type Provider } from '@nestjs/common';
import { refusalToStart, startWithProviders } from '../common/testing/discovery-context';
import { type JobContext, JobHandler, type JobResult } from './job-handler.decorator';
import { JobHandlerRegistrationError } from './job-errors';
import { type FoundJobHandler, JobHandlerRegistry, buildHandlerTable } from './job-handler.registry';
import { QUEUE_NAMES, jobNamesOf } from './job-map';

const CONTEXT: JobContext = { jobId: 'email.send-x', attempt: 1, maxAttempts: 3, isFinalAttempt: false };

@Injectable()
class SendsEmail {
  readonly seen: string[] = [];

  @JobHandler('mail', 'email.send')
  handle(payload: { emailIds: string[] }, context: JobContext): Promise<JobResult> {
    this.seen.push(`${payload.emailIds.join(',')}@${context.attempt}`);
    return Promise.resolve('done');
  }
}

@Injectable()
class AlsoSendsEmail {
  @JobHandler('mail', 'email.send')
  send(): Promise<JobResult> {
    return Promise.resolve('skipped');
  }
}

@Injectable()
class HandlesNothing {
  work(): string {
    return 'nothing';
  }
}

/** One handler for every other job of JobMap, so that these tests are about mail/email.send alone. */
@Injectable()
class HandlesOtherJobs {}
for (const queue of QUEUE_NAMES) {
  for (const name of jobNamesOf(queue) as string[]) {
    if (queue === 'mail' && name === 'email.send') continue;
    const descriptor = { value: () => Promise.resolve('skipped'), writable: true, configurable: true };
    (JobHandler as (q: string, n: string) => MethodDecorator)(queue, name)(
      HandlesOtherJobs.prototype,
      name,
      descriptor,
    );
    Object.defineProperty(HandlesOtherJobs.prototype, name, descriptor);
  }
}

/** Starts a Nest application context the way the worker does (init runs onModuleInit). */
function startWorkerWith(providers: Provider[]) {
  return startWithProviders([JobHandlerRegistry, HandlesOtherJobs, ...providers]);
}

function refusal(providers: Provider[]): Promise<JobHandlerRegistrationError> {
  return refusalToStart([JobHandlerRegistry, HandlesOtherJobs, ...providers], JobHandlerRegistrationError);
}

describe('JobHandlerRegistry', () => {
  it('refuses to start when a job of JobMap has no handler', async () => {
    const error = await refusal([HandlesNothing]);
    expect(error.problems).toEqual(['mail/email.send has no handler']);
  });

  it('refuses to start when a job has two handlers, naming both', async () => {
    const error = await refusal([SendsEmail, AlsoSendsEmail]);
    expect(error.problems).toEqual([
      'mail/email.send has 2 handlers: SendsEmail.handle, AlsoSendsEmail.send',
    ]);
  });

  it('starts with exactly one handler per job and calls it on its own instance', async () => {
    const app = await startWorkerWith([SendsEmail, HandlesNothing]);
    try {
      const handler = app.get(JobHandlerRegistry).handlerFor('mail', 'email.send');
      expect(handler?.owner).toBe('SendsEmail.handle');
      await expect(handler?.invoke({ emailIds: ['e1'] }, CONTEXT)).resolves.toBe('done');
      expect(app.get(SendsEmail).seen).toEqual(['e1@1']);
      expect(app.get(JobHandlerRegistry).handlerFor('mail', 'email.other')).toBeUndefined();
    } finally {
      await app.close();
    }
  });
});

describe('buildHandlerTable', () => {
  const handler = (queue: string, name: string, owner: string): FoundJobHandler => ({
    queue,
    name,
    owner,
    invoke: () => Promise.resolve('done'),
  });
  const catalog = { mail: { 'email.send': {} }, calendar: { 'invitation.send': {}, 'reply.read': {} } };

  it('lists every problem at once', () => {
    let caught: unknown;
    try {
      buildHandlerTable(
        [
          handler('mail', 'email.send', 'A.send'),
          handler('mail', 'email.send', 'B.send'),
          handler('calendar', 'invitation.send', 'C.send'),
          handler('mail', 'email.bounce', 'D.bounce'),
        ],
        catalog,
      );
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(JobHandlerRegistrationError);
    expect((caught as JobHandlerRegistrationError).problems).toEqual([
      'D.bounce handles mail/email.bounce, which is not in JobMap',
      'mail/email.send has 2 handlers: A.send, B.send',
      'calendar/reply.read has no handler',
    ]);
    expect((caught as Error).message).toContain('calendar/reply.read has no handler');
  });

  it('maps each job to its one handler', () => {
    const table = buildHandlerTable(
      [
        handler('mail', 'email.send', 'A.send'),
        handler('calendar', 'invitation.send', 'C.send'),
        handler('calendar', 'reply.read', 'C.read'),
      ],
      catalog,
    );
    expect([...table].map(([key, found]) => `${key}=${found.owner}`)).toEqual([
      'mail/email.send=A.send',
      'calendar/invitation.send=C.send',
      'calendar/reply.read=C.read',
    ]);
  });
});
