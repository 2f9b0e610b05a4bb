import 'reflect-metadata';
import type { AppConfig } from '../config/app-config.js';
import type { JobSchedule } from './job-producer.js';
import type { JobName, JobPayload, QueueName } from './job-map.js';

export const JOB_HANDLER_METADATA = 'samverkan:job-handler';
export const JOB_REPEAT_METADATA = 'samverkan:job-repeat';

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

/** The result of a scan (a scheduler tick): 'done' when it found work to queue, 'skipped' when none. */
export function scanResult(found: number): JobResult {
  return found > 0 ? 'done' : 'skipped';
}

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

/** A job that repeats on its own: one scheduler id, however many workers upsert it. */
export interface JobRepeat {
  schedulerId: string;
  schedule: (config: AppConfig) => JobSchedule;
}

/**
 * Beside @JobHandler: the job also runs on a schedule (an empty payload). Every worker upserts the same
 * scheduler id when it starts (JobSchedules), so there is one tick a period however many workers run.
 */
export function RepeatJob(schedulerId: string, schedule: (config: AppConfig) => JobSchedule) {
  return <M extends (...args: never[]) => unknown>(
    _target: object,
    _key: string | symbol,
    descriptor: TypedPropertyDescriptor<M>,
  ): void => {
    if (!descriptor.value) throw new Error(`@RepeatJob(${schedulerId}) must decorate a method`);
    const repeat: JobRepeat = { schedulerId, schedule };
    Reflect.defineMetadata(JOB_REPEAT_METADATA, repeat, descriptor.value);
  };
}

export function jobRepeatOf(method: unknown): JobRepeat | undefined {
  if (typeof method !== 'function') return undefined;
  return Reflect.getMetadata(JOB_REPEAT_METADATA, method) as JobRepeat | undefined;
}
