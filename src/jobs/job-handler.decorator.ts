import 'reflect-metadata';
import type { JobName, JobPayload, QueueName } from './job-map.js';

export const JOB_HANDLER_METADATA = 'samverkan:job-handler';

/** What a handler knows about the run it is in. */
export interface JobContext {
  jobId: string;
  /** 1 on the first run, 2 on the first retry, … */
  attempt: number;
  maxAttempts: number;
  /** No retry follows if this run throws: the handler records the failure for good. */
  isFinalAttempt: boolean;
}

/** 'skipped': the target moved on (already sent, cancelled, deleted) and nothing was done. */
export type JobResult = 'done' | 'skipped';

export type JobHandlerMethod<Q extends QueueName, N extends JobName<Q>> = (
  payload: JobPayload<Q, N>,
  context: JobContext,
) => Promise<JobResult>;

export interface JobHandlerTarget {
  queue: string;
  name: string;
}

/**
 * Marks a provider method as the handler of one job of JobMap. The method must accept that job's payload;
 * a wrong payload type or job name fails to compile. Exactly one handler per job: the worker refuses to
 * start otherwise. Throw to retry (with the job's backoff); throw PermanentJobError to fail without retry.
 */
export function JobHandler<Q extends QueueName, N extends JobName<Q>>(queue: Q, name: N) {
  return <M extends JobHandlerMethod<Q, N>>(
    _target: object,
    _key: string | symbol,
    descriptor: TypedPropertyDescriptor<M>,
  ): void => {
    if (!descriptor.value) throw new Error(`@JobHandler(${queue}, ${name}) must decorate a method`);
    const target: JobHandlerTarget = { queue, name };
    Reflect.defineMetadata(JOB_HANDLER_METADATA, target, descriptor.value);
  };
}

export function jobHandlerTargetOf(method: unknown): JobHandlerTarget | undefined {
  if (typeof method !== 'function') return undefined;
  return Reflect.getMetadata(JOB_HANDLER_METADATA, method) as JobHandlerTarget | undefined;
}
