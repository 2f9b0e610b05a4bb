import { UnrecoverableError } from 'bullmq';

/** Thrown by a handler when retrying cannot help (SMTP 5xx, a malformed payload): the job fails at once. */
export class PermanentJobError extends UnrecoverableError {
  constructor(message: string) {
    super(message);
    // BullMQ recognises the class or the name 'UnrecoverableError'; keep the name it checks for.
    this.name = 'UnrecoverableError';
  }
}

/** The worker's job handlers do not match JobMap: a missing, duplicated or unknown handler. */
export class JobHandlerRegistrationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Job handlers do not match JobMap:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'JobHandlerRegistrationError';
  }
}
