import type { LoggerService } from '@nestjs/common';
import pino, { type Logger } from 'pino';
import { requestContext } from './request-context.js';

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
const BEARER = /(bearer\s+)[\w.~+/=-]+/gi;
const JWT = /\beyJ[\w-]+\.[\w-]+\.[\w-]+/g;
/** Text that none of the three can match (no `@`, no `bearer`, no `eyJ`) is returned as it is, cheaply. */
const MAY_HOLD_SECRET = /@|bearer|eyJ/i;

/** Removes e-mail addresses and tokens from free text before it reaches a log line. */
export function scrub(text: string): string {
  if (!MAY_HOLD_SECRET.test(text)) return text;
  return text.replace(EMAIL, '[email]').replace(BEARER, '$1[token]').replace(JWT, '[token]');
}

/** Keys whose values never reach a log line, whatever object they sit in. */
export const REDACTED_KEYS: ReadonlySet<string> = new Set([
  'email',
  'password',
  'passwordHash',
  'token',
  'accessToken',
  'authorization',
  'cookie',
  'to',
  'from',
  'cc',
  'bcc',
  'phone',
  'raw',
  'secret',
]);

function scrubValue(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return scrub(value);
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (value instanceof Error) {
    return { type: value.name, message: scrub(value.message), stack: value.stack && scrub(value.stack) };
  }
  if (Array.isArray(value)) return value.map((item) => scrubValue(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
    out[key] = REDACTED_KEYS.has(key) ? '[redacted]' : scrubValue(inner, depth + 1);
  }
  return out;
}

/**
 * The process's logger: JSON lines on stdout. Lines are written without blocking (sonic-boom, not
 * synchronous): lines logged while a write is in flight go out together with the next one, so a busy API
 * makes far fewer system calls than one per request line. Whatever is pending is flushed synchronously
 * when the process exits (pino registers that); only a SIGKILL can lose the last few lines.
 */
export function createRootLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      messageKey: 'msg',
      formatters: { level: (label) => ({ level: label }) },
      mixin: () => {
        const correlationId = requestContext.correlationId();
        return correlationId ? { correlationId } : {};
      },
      hooks: {
        // Every argument passes through scrub, so a careless log call cannot leak an address or token.
        logMethod(args, method) {
          const cleaned = args.map((arg) => scrubValue(arg)) as Parameters<typeof method>;
          method.apply(this, cleaned);
        },
      },
    },
    destination ?? pino.destination({ dest: 1, sync: false }),
  );
}

/** Adapts pino to Nest's LoggerService so framework messages share the same JSON lines. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, ...rest: unknown[]): void {
    this.write('info', message, rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.write('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('trace', message, rest);
  }
  fatal(message: unknown, ...rest: unknown[]): void {
    this.write('fatal', message, rest);
  }

  private write(level: pino.Level, message: unknown, rest: unknown[]): void {
    // Nest passes the context (class name) last; an error stack may come before it.
    const context = typeof rest[rest.length - 1] === 'string' ? (rest.pop() as string) : undefined;
    const fields: Record<string, unknown> = {};
    if (context) fields.context = context;
    if (rest.length > 0 && typeof rest[0] === 'string' && level === 'error') fields.stack = rest.shift();
    if (message instanceof Error) {
      this.logger[level]({ ...fields, err: message }, message.message);
    } else if (typeof message === 'object' && message !== null) {
      this.logger[level]({ ...fields, ...(message as Record<string, unknown>) });
    } else {
      this.logger[level](fields, String(message));
    }
  }
}
