import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import {
  type JobContext,
  type JobRepeat,
  type JobResult,
  jobHandlerTargetOf,
  jobRepeatOf,
} from './job-handler.decorator.js';
import { JobHandlerRegistrationError } from './job-errors.js';
import { JOB_DEFINITIONS, type QueueName } from './job-map.js';

/** A handler found on a provider: which job, and the bound method. */
export interface FoundJobHandler {
  queue: string;
  name: string;
  /** `ClassName.method`, for messages. */
  owner: string;
  invoke: (payload: unknown, context: JobContext) => Promise<JobResult>;
  /** Set by @RepeatJob: the job also runs on this schedule. */
  repeat?: JobRepeat;
}

type JobCatalog = Record<string, Record<string, unknown>>;

function key(queue: string, name: string): string {
  return `${queue}/${name}`;
}

/**
 * Checks the handlers against the job catalog: every job has exactly one handler and every handler
 * belongs to a known job. Lists every problem at once.
 */
export function buildHandlerTable(
  found: FoundJobHandler[],
  catalog: JobCatalog = JOB_DEFINITIONS,
): Map<string, FoundJobHandler> {
  const byJob = new Map<string, FoundJobHandler[]>();
  const problems: string[] = [];
  for (const handler of found) {
    if (!Object.hasOwn(catalog, handler.queue) || !Object.hasOwn(catalog[handler.queue], handler.name)) {
      problems.push(`${handler.owner} handles ${key(handler.queue, handler.name)}, which is not in JobMap`);
      continue;
    }
    const list = byJob.get(key(handler.queue, handler.name)) ?? [];
    list.push(handler);
    byJob.set(key(handler.queue, handler.name), list);
  }
  const table = new Map<string, FoundJobHandler>();
  for (const [queue, jobs] of Object.entries(catalog)) {
    for (const name of Object.keys(jobs)) {
      const handlers = byJob.get(key(queue, name)) ?? [];
      if (handlers.length === 0) problems.push(`${key(queue, name)} has no handler`);
      else if (handlers.length > 1) {
        problems.push(
          `${key(queue, name)} has ${handlers.length} handlers: ${handlers.map((h) => h.owner).join(', ')}`,
        );
      } else table.set(key(queue, name), handlers[0]);
    }
  }
  if (problems.length > 0) throw new JobHandlerRegistrationError(problems);
  return table;
}

/**
 * Finds every `@JobHandler` method among the application's providers when the worker starts and refuses
 * to start (throws from onModuleInit) unless each job of JobMap has exactly one.
 */
@Injectable()
export class JobHandlerRegistry implements OnModuleInit {
  private readonly logger = new Logger(JobHandlerRegistry.name);
  private table = new Map<string, FoundJobHandler>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
  ) {}

  onModuleInit(): void {
    this.table = buildHandlerTable(this.discover());
    this.logger.log({ msg: 'job handlers registered', handlers: [...this.table.keys()] });
  }

  /** The handlers whose jobs repeat on a schedule (@RepeatJob). */
  repeating(): FoundJobHandler[] {
    return [...this.table.values()].filter((handler) => handler.repeat);
  }

  handlerFor(queue: QueueName, name: string): FoundJobHandler | undefined {
    return this.table.get(key(queue, name));
  }

  private discover(): FoundJobHandler[] {
    const found: FoundJobHandler[] = [];
    const seen = new Set<object>();
    for (const wrapper of this.discovery.getProviders()) {
      const instance: unknown = wrapper.instance;
      if (!instance || typeof instance !== 'object' || seen.has(instance)) continue;
      seen.add(instance);
      const prototype = Object.getPrototypeOf(instance) as object | null;
      for (const method of this.scanner.getAllMethodNames(prototype)) {
        const fn: unknown = (instance as Record<string, unknown>)[method];
        const target = jobHandlerTargetOf(fn);
        if (!target) continue;
        const owner = `${instance.constructor.name}.${method}`;
        if (!wrapper.isDependencyTreeStatic()) {
          throw new JobHandlerRegistrationError([`${owner}: job handlers must be singleton providers`]);
        }
        const repeat = jobRepeatOf(fn);
        found.push({
          ...target,
          ...(repeat ? { repeat } : {}),
          owner,
          invoke: (payload, context) =>
            (fn as (p: unknown, c: JobContext) => Promise<JobResult>).call(instance, payload, context),
        });
      }
    }
    return found;
  }
}
