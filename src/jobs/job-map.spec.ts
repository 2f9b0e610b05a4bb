import type { EntityManager } from 'typeorm';
import { JobHandler, type JobContext, type JobResult } from './job-handler.decorator';
import type { JobProducer } from './job-producer';
import {
  JOB_DEFINITIONS,
  QUEUE_NAMES,
  assertValidJobId,
  isKnownJob,
  jobDefinition,
  jobIdFor,
  jobNamesOf,
} from './job-map';
import type { OutboxService } from './outbox.service';

describe('JobMap', () => {
  it('lists every queue and job at run time', () => {
    expect(QUEUE_NAMES).toEqual([
      'mail',
      'invitations',
      'reminders',
      'rounds',
      'actions',
      'documents',
      'maintenance',
    ]);
    expect(jobNamesOf('mail')).toEqual(['email.send']);
    expect(isKnownJob('mail', 'email.send')).toBe(true);
    expect(isKnownJob('mail', 'email.nope')).toBe(false);
    expect(isKnownJob('nope', 'email.send')).toBe(false);
    expect(isKnownJob('mail', 'toString')).toBe(false);
  });

  it('retries every job more than once with a positive backoff', () => {
    for (const queue of QUEUE_NAMES) {
      for (const name of jobNamesOf(queue)) {
        expect(jobDefinition(queue, name).attempts).toBeGreaterThan(1);
        expect(jobDefinition(queue, name).backoffMs).toBeGreaterThan(0);
      }
    }
    expect(JOB_DEFINITIONS.mail['email.send'].attempts).toBe(10);
  });

  it('names every job once across all queues, so a job id names its job alone', () => {
    const names = QUEUE_NAMES.flatMap((queue) => jobNamesOf(queue));
    expect(new Set(names).size).toBe(names.length);
  });

  it('builds deterministic job ids that BullMQ accepts', () => {
    const id = jobIdFor('email.send', '0b9a1c2e-4d5f-4a6b-8c7d-9e0f1a2b3c4d');
    expect(id).toBe('email.send-0b9a1c2e-4d5f-4a6b-8c7d-9e0f1a2b3c4d');
    expect(jobIdFor('email.send', 'a', 'b')).toBe('email.send-a-b');
    expect(() => assertValidJobId(id)).not.toThrow();
  });

  it.each([['has:colon'], ['12345'], [''], ['space here'], ['x'.repeat(201)]])(
    'refuses the job id %j',
    (jobId) => {
      expect(() => assertValidJobId(jobId)).toThrow(/Invalid job id/);
    },
  );

  it('refuses job id parts BullMQ would reject', () => {
    expect(() => jobIdFor('email.send', 'a:b')).toThrow(/Invalid job id part/);
    expect(() => jobIdFor('email.send')).toThrow(/at least one key/);
  });

  // These lines are checked by `tsc --noEmit` (npm test): each @ts-expect-error fails the type check the
  // day the mistake below it compiles.
  it('rejects wrong job names and payloads at compile time', () => {
    const typeChecksOnly = (outbox: OutboxService, producer: JobProducer, manager: EntityManager): void => {
      void outbox.enqueue(manager, 'mail', 'email.send', { emailIds: ['x'] }, { jobId: 'email.send-x' });
      // @ts-expect-error unknown job name
      void outbox.enqueue(manager, 'mail', 'email.sent', { emailIds: ['x'] }, { jobId: 'email.send-x' });
      // @ts-expect-error unknown queue
      void outbox.enqueue(manager, 'post', 'email.send', { emailIds: ['x'] }, { jobId: 'email.send-x' });
      // @ts-expect-error payload of the wrong shape
      void outbox.enqueue(manager, 'mail', 'email.send', { emailId: 'x' }, { jobId: 'email.send-x' });
      // @ts-expect-error payload with a wrong type
      void producer.add('mail', 'email.send', { emailIds: [42] }, { jobId: 'email.send-x' });
      // @ts-expect-error job id from a job name that does not exist
      jobIdFor('email.sent', 'x');
    };

    class RightHandler {
      @JobHandler('mail', 'email.send')
      handle(payload: { emailIds: string[] }, _context: JobContext): Promise<JobResult> {
        return Promise.resolve(payload.emailIds.length > 0 ? 'done' : 'skipped');
      }
    }
    class WrongPayloadHandler {
      // @ts-expect-error the handler's payload does not match the job's
      @JobHandler('mail', 'email.send')
      handle(payload: { meetingId: number }): Promise<JobResult> {
        return Promise.resolve(payload.meetingId ? 'done' : 'skipped');
      }
    }
    expect(typeof typeChecksOnly).toBe('function');
    expect(new RightHandler()).toBeDefined();
    expect(new WrongPayloadHandler()).toBeDefined();
  });
});
