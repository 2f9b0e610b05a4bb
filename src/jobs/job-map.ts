/**
 * Every job the system runs: queue → job name → payload. Payloads carry ids only (never personal data);
 * the handler reloads what it needs. To add a job: add it here, give it a definition in JOB_DEFINITIONS
 * (the compiler insists), and write one `@JobHandler(queue, name)` method (the worker refuses to start
 * without it).
 */
export interface JobMap {
  mail: {
    /** Sends stored emails queued together (at most EMAILS_PER_SEND_JOB), each on its own terms. */
    'email.send': { emailIds: string[] };
  };
  invitations: {
    /**
     * Renders and queues the invitation emails that meetings' changes call for; `change` is the number of
     * the change that announced each. Meetings announced together share a job (at most 10).
     */
    'invitation.sync': { meetings: Array<{ meetingId: string; change: number }> };
  };
  /** Meeting reminders (until issue 14 on `invitations`: see LEGACY_REMINDER_QUEUE). */
  reminders: {
    /** Scheduler tick: enqueues the meeting reminders that are due. */
    'reminder.enqueue-due': Record<string, never>;
    'reminder.send': { reminderId: string };
  };
  rounds: {
    /** Plans a round queued by POST /api/rounds (large rounds, or when asked), storing progress on it. */
    'round.plan': { roundId: string };
    /** Scheduler tick: queues the expiry of consultations whose answer time is over. */
    'round.consultation-scan': Record<string, never>;
    /** Unanswered proposals of a round sent to the municipalities count as accepted; the coordinator is told. */
    'round.consultation-expire': { roundId: string };
  };
  actions: {
    /** Reminds an action's owner `kind` days before, or on, `dueDate`: the due date it was planned for. */
    'action.remind': { actionId: string; kind: 'before' | 'due'; dueDate: string };
    /** Weekly scheduler tick: queues one digest of overdue actions per owner and per coordinator. */
    'action.digest-scan': Record<string, never>;
    'action.digest-send': { recipientId: string; kind: 'owner' | 'coordinator'; week: string };
  };
  documents: {
    /** Emails the current agenda to the participants; only the job of the latest change sends (debounce). */
    'agenda.send': { meetingId: string; version: number };
    /** Scheduler tick: queues the calls for agenda items that are due. */
    'agenda.call-for-items-scan': Record<string, never>;
    /** Calls the meeting's municipalities for agenda items, once; `date` is the local day it was planned for. */
    'agenda.call-for-items': { meetingId: string; date: string };
    /** Reminds one adjuster before the deadline; skipped once they have decided. */
    'minutes.remind-adjuster': { adjusterId: string };
    /** Emails the locked minutes (PDF attached) to the participants and the informed list, once per lock. */
    'minutes.distribute': { meetingId: string; lock: number };
    /** Scheduler tick: queues a reminder for each meeting that took place without submitted minutes. */
    'minutes.secretary-scan': Record<string, never>;
    /** Reminds the secretary, once per meeting, that its minutes are not submitted yet. */
    'minutes.remind-secretary': { meetingId: string };
    /** Delivers one locked revision's archive package to the registry (ARCHIVE_DELIVERY_URL), once. */
    'archive.deliver': { meetingId: string; revision: number };
  };
  maintenance: {
    /** Daily scheduler tick: retention (gallring) removes what its periods make due (RETENTION_*). */
    'retention.run': Record<string, never>;
  };
}

export type QueueName = keyof JobMap;
export type JobName<Q extends QueueName> = keyof JobMap[Q] & string;
/** A job name of any queue (names are unique across queues). */
export type AnyJobName = { [Q in QueueName]: JobName<Q> }[QueueName];
export type JobPayload<Q extends QueueName, N extends JobName<Q>> = JobMap[Q][N];

/** Any one job of the map, as a discriminated union: lets untyped rows be checked once and then trusted. */
export type AnyJob = {
  [Q in QueueName]: { [N in JobName<Q>]: { queue: Q; name: N; payload: JobPayload<Q, N> } }[JobName<Q>];
}[QueueName];

/** How a job is retried. Backoff is exponential: delay, 2×delay, 4×delay, … */
export interface JobDefinition {
  attempts: number;
  backoffMs: number;
}

type JobDefinitions = { [Q in QueueName]: { [N in JobName<Q>]: JobDefinition } };

/**
 * Queues whose jobs hold a database transaction while they compute (rendering every email of several
 * meetings, PDFs) run at most this many at once per worker process, whatever WORKER_CONCURRENCY says: more
 * would not compute faster on one event loop, only keep database connections from the quick jobs (sending
 * email, the outbox relay) and take turns of the event loop from the SMTP conversations. Invitations: one
 * stream of rendering that yields after every message, so sending goes on at nearly full speed meanwhile
 * (ADR 7). More worker processes add more.
 */
export const QUEUE_CONCURRENCY_LIMITS: Partial<Record<QueueName, number>> = {
  invitations: 1,
  // Each send renders a meeting's reminder emails in a transaction, as invitation.sync renders its emails.
  reminders: 1,
  documents: 2,
};

/** One entry per job of JobMap; a missing or extra entry fails to compile. */
export const JOB_DEFINITIONS = {
  mail: {
    // SMTP 4xx (greylisting, a full mailbox, a server restarting): about 8.5 hours of retries in total.
    'email.send': { attempts: 10, backoffMs: 30_000 },
  },
  invitations: {
    // Database work only (rendering and queuing): a retry helps after a deadlock or a restart.
    'invitation.sync': { attempts: 10, backoffMs: 5_000 },
  },
  reminders: {
    // The next tick comes a minute later anyway.
    'reminder.enqueue-due': { attempts: 2, backoffMs: 1_000 },
    'reminder.send': { attempts: 10, backoffMs: 30_000 },
  },
  rounds: {
    // Database work and a pure computation: a retry helps after a restart or a lost connection.
    'round.plan': { attempts: 3, backoffMs: 5_000 },
    // The next tick comes anyway.
    'round.consultation-scan': { attempts: 2, backoffMs: 5_000 },
    'round.consultation-expire': { attempts: 10, backoffMs: 5_000 },
  },
  actions: {
    // Rendering and queuing an email: a retry helps after a deadlock or a restart.
    'action.remind': { attempts: 10, backoffMs: 30_000 },
    'action.digest-scan': { attempts: 3, backoffMs: 5_000 },
    'action.digest-send': { attempts: 10, backoffMs: 30_000 },
  },
  documents: {
    // Database work and rendering only; the emails have their own retries.
    'agenda.send': { attempts: 10, backoffMs: 5_000 },
    // The next tick comes anyway.
    'agenda.call-for-items-scan': { attempts: 2, backoffMs: 5_000 },
    'agenda.call-for-items': { attempts: 10, backoffMs: 5_000 },
    'minutes.remind-adjuster': { attempts: 10, backoffMs: 5_000 },
    'minutes.distribute': { attempts: 10, backoffMs: 5_000 },
    // The next tick comes anyway.
    'minutes.secretary-scan': { attempts: 2, backoffMs: 5_000 },
    'minutes.remind-secretary': { attempts: 10, backoffMs: 5_000 },
    // A registry down for maintenance or a night: 1 min, 2, 4 … about 17 hours in all.
    'archive.deliver': { attempts: 11, backoffMs: 60_000 },
  },
  maintenance: {
    // Database work in batches: a retry after a restart or a lost connection carries on where it stopped.
    'retention.run': { attempts: 3, backoffMs: 60_000 },
  },
} as const satisfies JobDefinitions;

export const QUEUE_NAMES = Object.keys(JOB_DEFINITIONS) as QueueName[];

export function jobNamesOf<Q extends QueueName>(queue: Q): JobName<Q>[] {
  return Object.keys(JOB_DEFINITIONS[queue]) as JobName<Q>[];
}

export function isKnownJob(queue: string, name: string): boolean {
  return Object.hasOwn(JOB_DEFINITIONS, queue) && Object.hasOwn(JOB_DEFINITIONS[queue as QueueName], name);
}

export function jobDefinition<Q extends QueueName>(queue: Q, name: JobName<Q>): JobDefinition {
  return (JOB_DEFINITIONS[queue] as Record<string, JobDefinition>)[name];
}

const JOB_ID_PART = /^[A-Za-z0-9._-]+$/;

/**
 * The deterministic id of a job: `<job name>-<key>[-<key>…]`, e.g. `email.send-<email uuid>`. BullMQ ignores
 * a job whose id it already holds and the outbox keeps one row per id, so the same change never yields two
 * jobs. BullMQ rejects ':' and integer ids; both are refused here, where the caller can still see it.
 */
export function jobIdFor(name: AnyJobName, ...keys: string[]): string {
  if (keys.length === 0) throw new Error(`A job id needs at least one key (job ${name})`);
  for (const key of keys) {
    if (!JOB_ID_PART.test(key)) throw new Error(`Invalid job id part ${JSON.stringify(key)} (job ${name})`);
  }
  return [name, ...keys].join('-');
}

/** What BullMQ accepts as a custom job id; checked before a job id is stored. */
export function assertValidJobId(jobId: string): void {
  if (!JOB_ID_PART.test(jobId) || /^\d+$/.test(jobId) || jobId.length > 200) {
    throw new Error(`Invalid job id ${JSON.stringify(jobId)}: letters, digits, '.', '_' and '-' only`);
  }
}
