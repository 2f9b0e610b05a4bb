import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import { userInfo } from 'node:os';
import { z } from 'zod';
import { type OidcProviderConfig, oidcProvidersSchema, toOidcProviderConfigs } from './oidc-providers.js';

export const APP_ROLES = ['api', 'worker', 'all'] as const;
export type AppRole = (typeof APP_ROLES)[number];

/** Local PostgreSQL as the operating-system user, as psql would connect (trust or peer setups). */
const DEFAULT_DATABASE_URL = `postgresql://${encodeURIComponent(userInfo().username)}@127.0.0.1:5432/samverkan`;

const emptyToUndefined = (value: unknown): unknown => (value === '' ? undefined : value);
const optionalString = z.preprocess(emptyToUndefined, z.string().optional());
const port = z.coerce.number().int().min(1).max(65535);
const url = (protocols: string[]) =>
  z.string().refine(
    (value) => {
      try {
        return protocols.includes(new URL(value).protocol);
      } catch {
        return false;
      }
    },
    { message: `must be a URL (${protocols.join(', ')})` },
  );

/** A cron pattern (5 or 6 fields), `fallback` when unset. */
const cronPattern = (fallback: string) =>
  z
    .string()
    .regex(/^\S+( \S+){4,5}$/, `must be a cron pattern such as "${fallback}"`)
    .default(fallback);

/** Every environment variable the service reads, and nothing else reads process.env. */
export const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    APP_ROLE: z.enum(APP_ROLES).default('all'),
    PORT: port.default(3000),
    HOST: z.string().default('0.0.0.0'),
    PUBLIC_URL: z.preprocess(emptyToUndefined, url(['http:', 'https:']).optional()),
    /** Production refuses an http PUBLIC_URL (links in emails) unless this says it is on purpose. */
    ALLOW_INSECURE_PUBLIC_URL: z
      .enum(['true', 'false'])
      .default('false')
      .transform((value) => value === 'true'),
    DATABASE_URL: z.preprocess(
      emptyToUndefined,
      url(['postgres:', 'postgresql:']).default(DEFAULT_DATABASE_URL),
    ),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    REDIS_URL: z.preprocess(emptyToUndefined, url(['redis:', 'rediss:']).default('redis://127.0.0.1:6379')),
    QUEUE_PREFIX: z
      .string()
      .regex(/^[a-z0-9:_-]+$/i)
      .default('samverkan'),
    SMTP_URL: z.preprocess(emptyToUndefined, url(['smtp:', 'smtps:']).optional()),
    SMTP_POOL_SIZE: z.coerce.number().int().min(1).max(50).default(5),
    MAIL_FROM: z.string().default('Samverkan <samverkan@localhost>'),
    MAIL_OUTBOX_DIR: z.string().default('var/outbox'),
    /** The built web app (`npm run build:web`), served at `/`. */
    WEB_DIR: z.string().default('dist/web'),
    JWT_SECRET: optionalString,
    JWT_TTL_SECONDS: z.coerce
      .number()
      .int()
      .min(60)
      .max(30 * 24 * 3600)
      .default(8 * 3600),
    AUTH_ISSUER: z.preprocess(emptyToUndefined, url(['http:', 'https:']).optional()),
    AUTH_JWKS_URL: z.preprocess(emptyToUndefined, url(['http:', 'https:']).optional()),
    AUTH_AUDIENCE: optionalString,
    /** Identity providers for single sign-on in the web app: a JSON array (docs/operations.md, ADR 14). */
    OIDC_PROVIDERS: oidcProvidersSchema,
    /** Email and password sign-in (web app, POST /api/auth/login, Basic for /queues); false: SSO only. */
    PASSWORD_LOGIN: z
      .enum(['true', 'false'])
      .default('true')
      .transform((value) => value === 'true'),
    ADMIN_EMAIL: z.preprocess(emptyToUndefined, z.email().default('admin@samverkan.local')),
    ADMIN_PASSWORD: z.preprocess(emptyToUndefined, z.string().min(12).optional()),
    LOGIN_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(1000).default(5),
    LOGIN_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86400).default(900),
    /** Failed logins from one address (any accounts) per LOGIN_WINDOW_SECONDS before 429. */
    LOGIN_MAX_ATTEMPTS_PER_ADDRESS: z.coerce.number().int().min(1).max(100_000).default(30),
    /** An account's first lock after LOGIN_MAX_ATTEMPTS failures; each further failure doubles it… */
    LOGIN_BACKOFF_SECONDS: z.coerce.number().int().min(1).max(86400).default(60),
    /** …up to this. */
    LOGIN_BACKOFF_MAX_SECONDS: z.coerce
      .number()
      .int()
      .min(1)
      .max(7 * 86400)
      .default(3600),
    /**
     * Which proxies' X-Forwarded-For to believe: unset or `false` none (the client is the socket's peer), a
     * hop count, or the proxies' addresses and CIDR ranges, comma-separated. Never `true`: that believes
     * whatever address a client writes.
     */
    TRUST_PROXY: z.preprocess(
      (value) => (value === undefined || value === '' ? 'false' : value),
      z.string().transform((value, ctx): false | number | string[] => {
        const text = value.trim();
        if (text === 'false') return false;
        if (/^\d+$/.test(text) && Number(text) >= 1 && Number(text) <= 10) return Number(text);
        const entries = text
          .split(',')
          .map((entry) => entry.trim())
          .filter(Boolean);
        const bad = entries.filter((entry) => !isProxyAddress(entry));
        if (entries.length === 0 || bad.length > 0) {
          ctx.addIssue({
            code: 'custom',
            message:
              `must be false, a hop count (1-10) or the proxies' addresses or CIDR ranges, comma-separated` +
              (text === 'true' ? ' (true would believe any address a client writes)' : ''),
          });
          return z.NEVER;
        }
        return entries;
      }),
    ),
    /** How long an API process keeps a token's person (roles, organization) before loading it again; 0: never. */
    AUTH_USER_CACHE_MS: z.coerce.number().int().min(0).max(60_000).default(2_000),
    /** A browser session ends after this many minutes without a request (docs/adr/0010). */
    SESSION_IDLE_MINUTES: z.coerce
      .number()
      .int()
      .min(5)
      .max(7 * 24 * 60)
      .default(480),
    /** A browser session ends this many days after sign-in, however active. */
    SESSION_MAX_DAYS: z.coerce.number().int().min(1).max(90).default(7),
    /** How long the set-password link of a welcome email works. */
    PASSWORD_SET_LINK_HOURS: z.coerce
      .number()
      .int()
      .min(1)
      .max(30 * 24)
      .default(7 * 24),
    /** How long a forgot-password link works. */
    PASSWORD_RESET_LINK_MINUTES: z.coerce
      .number()
      .int()
      .min(5)
      .max(24 * 60)
      .default(60),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    BUSINESS_TIME_ZONE: z
      .string()
      .refine((zone) => Intl.supportedValuesOf('timeZone').includes(zone) || zone === 'UTC', {
        message: 'must be an IANA time zone',
      })
      .default('Europe/Stockholm'),
    DEFAULT_LOCALE: z.enum(['sv', 'en']).default('sv'),
    OUTBOX_POLL_MS: z.coerce.number().int().min(10).max(60000).default(500),
    WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(200).default(10),
    /** Overrides every job's base retry delay (exponential backoff); tests set it small. */
    JOB_BACKOFF_MS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(3_600_000).optional()),
    MIGRATIONS_RUN: z
      .enum(['true', 'false'])
      .default('true')
      .transform((value) => value === 'true'),
    SEED: z
      .enum(['true', 'false'])
      .default('true')
      .transform((value) => value === 'true'),
    /** Inbound iMIP listener (worker role); unset: off. 0 takes a free port (tests). */
    IMIP_SMTP_PORT: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).max(65535).optional()),
    IMIP_SMTP_HOST: z.string().default('127.0.0.1'),
    IMIP_MAX_MESSAGE_BYTES: z.coerce
      .number()
      .int()
      .min(64 * 1024)
      .max(50 * 1024 * 1024)
      .default(2 * 1024 * 1024),
    /** Addresses besides MAIL_FROM's that the listener accepts replies for, comma-separated. */
    IMIP_ACCEPT_ADDRESSES: z.preprocess(
      (value) =>
        typeof value === 'string'
          ? value
              .split(',')
              .map((address) => address.trim())
              .filter(Boolean)
          : value,
      z.array(z.email()).default([]),
    ),
    /** Quiet time after a meeting change before invitations go out: a burst of edits gives one email. */
    INVITATION_DEBOUNCE_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
    /** RSVP links work until this many days after the meeting ends. */
    RSVP_GRACE_DAYS: z.coerce.number().int().min(0).max(365).default(30),
    /** Answers one RSVP or round proposal link may record per RSVP_ANSWER_WINDOW_SECONDS before 429. */
    RSVP_ANSWERS_PER_TOKEN: z.coerce.number().int().min(1).max(10_000).default(10),
    /** Answers through RSVP and proposal links (unknown ones too) per address per RSVP_ANSWER_WINDOW_SECONDS. */
    RSVP_ANSWERS_PER_ADDRESS: z.coerce.number().int().min(1).max(100_000).default(100),
    RSVP_ANSWER_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(600),
    /** Reminder offsets before a meeting's start, ISO 8601 durations, comma-separated (e.g. P7D,P1D,PT2H). */
    MEETING_REMINDER_OFFSETS: z.preprocess(
      (value) =>
        typeof value === 'string'
          ? value
              .split(',')
              .map((code) => code.trim())
              .filter(Boolean)
          : value,
      z
        .array(
          z
            .string()
            .refine(
              (code) => reminderOffsetMinutes(code) !== null,
              'must be ISO 8601 durations such as P7D or PT2H, at most P60D',
            ),
        )
        .refine((codes) => new Set(codes.map(reminderOffsetMinutes)).size === codes.length, 'must not repeat')
        .default(['P7D', 'P1D']),
    ),
    /** How often the worker looks for due reminders. */
    MEETING_REMINDER_SCAN_MS: z.coerce.number().int().min(100).max(3_600_000).default(60_000),
    /** Days before an action's due date that its owner is reminded (and again on the day); 0: only on the day. */
    ACTION_REMINDER_DAYS: z.coerce.number().int().min(0).max(60).default(7),
    /** Local hour (business time zone) at which action reminders go out. */
    ACTION_REMINDER_HOUR: z.coerce.number().int().min(0).max(23).default(8),
    /** When the weekly digest of overdue actions goes out: a cron pattern in the business time zone. */
    ACTION_DIGEST_CRON: cronPattern('0 7 * * 1'),
    /** Quiet time after an agenda change (once published) before the participants get the new agenda. */
    AGENDA_DEBOUNCE_MS: z.coerce.number().int().min(0).max(3_600_000).default(60_000),
    /** Proposals close this many working days (Swedish calendar) before the meeting's day. */
    AGENDA_PROPOSAL_WORKING_DAYS: z.coerce.number().int().min(0).max(30).default(5),
    /** Each municipality's contacts are called for agenda items this many working days before proposals close. */
    AGENDA_CALL_FOR_ITEMS_WORKING_DAYS: z.coerce.number().int().min(1).max(60).default(5),
    /** A round sent as a proposal counts as accepted by a municipality that has not answered in this many working days. */
    ROUND_CONSULTATION_WORKING_DAYS: z.coerce.number().int().min(1).max(60).default(5),
    /** Default time the adjusters have to approve the minutes. */
    MINUTES_APPROVAL_DAYS: z.coerce.number().int().min(1).max(90).default(14),
    /** The reminder to an adjuster goes this long before the deadline. */
    MINUTES_REMINDER_BEFORE_HOURS: z.coerce.number().int().min(1).max(720).default(48),
    /** The largest meeting paper (an agenda item's file) accepted, in megabytes. */
    PAPER_MAX_MB: z.coerce.number().int().min(1).max(5_000).default(25),
    /** Where papers are kept: `filesystem` (PAPER_DIR) or `s3` (an S3-compatible store, S3_* below). */
    PAPER_STORAGE: z.enum(['filesystem', 's3']).default('filesystem'),
    PAPER_DIR: z.string().default('var/papers'),
    /** An S3-compatible endpoint (MinIO, Ceph, a public cloud's); unset: the AWS endpoint of S3_REGION. */
    S3_ENDPOINT: z.preprocess(emptyToUndefined, url(['http:', 'https:']).optional()),
    S3_REGION: z.string().default('us-east-1'),
    S3_BUCKET: optionalString,
    S3_ACCESS_KEY_ID: optionalString,
    S3_SECRET_ACCESS_KEY: optionalString,
    /** Bucket in the path (MinIO and most self-hosted stores) rather than in the host name. */
    S3_FORCE_PATH_STYLE: z
      .enum(['true', 'false'])
      .default('true')
      .transform((value) => value === 'true'),
    /**
     * `when_required`: no checksum trailers on uploads, which stores that do not know aws-chunked bodies
     * (older MinIO, s3rver, some clouds) would keep as part of the file; `when_supported`: the SDK's default.
     */
    S3_CHECKSUMS: z.enum(['when_required', 'when_supported']).default('when_required'),
    /** Retention (gallring, docs/operations.md): stored email bodies are blanked this many days after sending. */
    RETENTION_EMAIL_BODY_DAYS: z.coerce.number().int().min(1).max(36_500).default(90),
    /**
     * RSVP, approval and round proposal links, password links and browser sessions are removed this many days
     * after they end.
     */
    RETENTION_EXPIRED_LINK_DAYS: z.coerce.number().int().min(0).max(36_500).default(30),
    /** Audit entries are removed this many years after they were written (the database refuses under 1). */
    RETENTION_AUDIT_YEARS: z.coerce.number().int().min(1).max(100).default(10),
    /**
     * A guest's name and email (issue 17) become a pseudonym this many days after their meeting ended; at
     * least 30, so the approved minutes still reach them.
     */
    RETENTION_GUEST_DAYS: z.coerce.number().int().min(30).max(36_500).default(180),
    /** When the retention job runs: a cron pattern in the business time zone. */
    RETENTION_CRON: cronPattern('30 3 * * *'),
    /** Rows removed or blanked per statement (each batch its own short transaction). */
    RETENTION_BATCH_SIZE: z.coerce.number().int().min(1).max(100_000).default(1_000),
    /** A person's saves of one part of the minutes this close together make one revision (0: each its own). */
    MINUTES_REVISION_COALESCE_SECONDS: z.coerce.number().int().min(0).max(3600).default(120),
    /**
     * The secretary is reminded when a held meeting's minutes are not submitted this many working days
     * (Swedish calendar) after its day.
     */
    MINUTES_SECRETARY_REMINDER_WORKING_DAYS: z.coerce.number().int().min(1).max(60).default(3),
    /**
     * The region's registry (e-arkiv) that receives each locked minutes' archive package by HTTP POST
     * (docs/operations.md); unset: packages are only downloaded.
     */
    ARCHIVE_DELIVERY_URL: z.preprocess(emptyToUndefined, url(['http:', 'https:']).optional()),
    /** Sent as `Authorization: Bearer <token>` with each delivery. */
    ARCHIVE_DELIVERY_TOKEN: optionalString,
    /** How long one delivery may take before it counts as failed (and is retried). */
    ARCHIVE_DELIVERY_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(3600).default(120),
  })
  .superRefine(
    (env, ctx) => {
      // Runs even when a variable above failed (`when`), so every problem is listed at once; a failed
      // variable's value may then be anything, hence the typeof checks.
      productionProblems(env, ctx);
      crossFieldProblems(env, ctx);
    },
    { when: () => true },
  );

interface EnvProblemContext {
  addIssue(issue: { code: 'custom'; path: string[]; message: string }): void;
}

function productionProblems(env: Partial<Record<string, unknown>>, ctx: EnvProblemContext): void {
  if (env.NODE_ENV !== 'production') return;
  if (!env.JWT_SECRET) {
    ctx.addIssue({ code: 'custom', path: ['JWT_SECRET'], message: 'is required when NODE_ENV=production' });
  }
  if (Array.isArray(env.OIDC_PROVIDERS)) {
    (env.OIDC_PROVIDERS as Array<{ issuer?: unknown }>).forEach((provider, index) => {
      if (typeof provider.issuer === 'string' && provider.issuer.toLowerCase().startsWith('http:')) {
        ctx.addIssue({
          code: 'custom',
          path: ['OIDC_PROVIDERS', String(index), 'issuer'],
          message: 'must be https when NODE_ENV=production',
        });
      }
    });
  }
  if (env.ALLOW_INSECURE_PUBLIC_URL === true) return;
  if (env.PUBLIC_URL === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['PUBLIC_URL'],
      message: 'is required when NODE_ENV=production: the https address people reach the service at',
    });
  } else if (typeof env.PUBLIC_URL === 'string' && env.PUBLIC_URL.toLowerCase().startsWith('http:')) {
    ctx.addIssue({
      code: 'custom',
      path: ['PUBLIC_URL'],
      message:
        'must be https when NODE_ENV=production (links in emails); set ALLOW_INSECURE_PUBLIC_URL=true to allow http',
    });
  }
}

function crossFieldProblems(env: Partial<Record<string, unknown>>, ctx: EnvProblemContext): void {
  if (typeof env.JWT_SECRET === 'string' && env.JWT_SECRET.length < 32) {
    ctx.addIssue({ code: 'custom', path: ['JWT_SECRET'], message: 'must be at least 32 characters' });
  }
  if (env.PAPER_STORAGE === 's3' && !env.S3_BUCKET) {
    ctx.addIssue({ code: 'custom', path: ['S3_BUCKET'], message: 'is required when PAPER_STORAGE=s3' });
  }
  if (Boolean(env.S3_ACCESS_KEY_ID) !== Boolean(env.S3_SECRET_ACCESS_KEY)) {
    ctx.addIssue({
      code: 'custom',
      path: [env.S3_ACCESS_KEY_ID ? 'S3_SECRET_ACCESS_KEY' : 'S3_ACCESS_KEY_ID'],
      message: 'S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY are set together',
    });
  }
  if (Boolean(env.AUTH_ISSUER) !== Boolean(env.AUTH_JWKS_URL)) {
    ctx.addIssue({
      code: 'custom',
      path: [env.AUTH_ISSUER ? 'AUTH_JWKS_URL' : 'AUTH_ISSUER'],
      message: 'AUTH_ISSUER and AUTH_JWKS_URL are set together',
    });
  }
  if (env.ARCHIVE_DELIVERY_TOKEN && !env.ARCHIVE_DELIVERY_URL) {
    ctx.addIssue({
      code: 'custom',
      path: ['ARCHIVE_DELIVERY_URL'],
      message: 'is required when ARCHIVE_DELIVERY_TOKEN is set',
    });
  }
  if (env.PASSWORD_LOGIN === false && Array.isArray(env.OIDC_PROVIDERS) && env.OIDC_PROVIDERS.length === 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['PASSWORD_LOGIN'],
      message: 'false needs at least one provider in OIDC_PROVIDERS, or nobody can sign in',
    });
  }
}

type Env = z.infer<typeof envSchema>;

export interface AppConfig {
  env: Env['NODE_ENV'];
  isProduction: boolean;
  role: AppRole;
  /** trustProxy: whose X-Forwarded-For is believed (false: nobody's; a hop count; proxy addresses/CIDRs). */
  http: { port: number; host: string; publicUrl: string; trustProxy: false | number | string[] };
  /** Where the built web app lives; the api process serves it at `/` when its index.html is there. */
  web: { dir: string };
  database: { url: string; poolSize: number; runMigrations: boolean; seed: boolean };
  redis: { url: string; queuePrefix: string };
  mail: { smtpUrl?: string; smtpPoolSize: number; from: string; outboxDir: string };
  auth: {
    /** Generated per process outside production when JWT_SECRET is unset: tokens then die with the process. */
    jwtSecret: string;
    jwtSecretGenerated: boolean;
    jwtTtlSeconds: number;
    oidc?: { issuer: string; jwksUrl: string; audience?: string };
    /** Single sign-on in the web app (OIDC_PROVIDERS); empty: none. */
    oidcProviders: OidcProviderConfig[];
    /** Whether email and password sign-in is allowed (PASSWORD_LOGIN). */
    passwordLogin: boolean;
    /** Failed logins per account before its back-off starts. */
    loginMaxAttempts: number;
    /** The per-address window, and how long an account's failures are remembered. */
    loginWindowSeconds: number;
    loginMaxAttemptsPerAddress: number;
    loginBackoffSeconds: number;
    loginBackoffMaxSeconds: number;
    /** How long a token's person is kept in the process (AuthenticatedUserCache); 0: loaded per request. */
    userCacheMs: number;
    /** Browser sessions (cookie): idle timeout and absolute lifetime; `Secure` cookie when PUBLIC_URL is https. */
    session: { idleMinutes: number; maxDays: number; secureCookie: boolean };
    /** Emailed set-password (welcome) and reset (forgot password) links. */
    passwordLinks: { setHours: number; resetMinutes: number };
  };
  admin: { email: string; password?: string };
  logLevel: Env['LOG_LEVEL'];
  timeZone: string;
  defaultLocale: 'sv' | 'en';
  jobs: { outboxPollMs: number; concurrency: number; backoffMs?: number };
  /** Inbound iMIP REPLY listener; `port` undefined means off. Addresses lower-cased, MAIL_FROM's not included. */
  imip: { port?: number; host: string; maxMessageBytes: number; acceptAddresses: string[] };
  /** Invitation emails and RSVP links. */
  invitations: {
    debounceMs: number;
    rsvpGraceDays: number;
    /** POST /rsvp/:token limits: per link and per client address, in a window. */
    rsvpAnswers: { perToken: number; perAddress: number; windowSeconds: number };
  };
  /** Meeting reminders: offsets before the start, largest first; how often due ones are looked for. */
  reminders: { offsets: Array<{ code: string; minutes: number }>; scanMs: number };
  /** Action reminders (days before the due date, local hour) and the weekly overdue digest (cron, local). */
  actions: { reminderDaysBefore: number; reminderHour: number; digestCron: string };
  /** Agendas: how long a burst of changes may last before one email goes out; when proposals close. */
  agenda: { debounceMs: number; proposalWorkingDays: number; callForItemsWorkingDays: number };
  /** Rounds sent as a proposal first: working days the municipalities have to answer. */
  rounds: { consultationWorkingDays: number };
  /** Minutes: the adjusters' default deadline and when they are reminded before it. */
  minutes: {
    approvalDays: number;
    reminderBeforeHours: number;
    revisionCoalesceSeconds: number;
    secretaryReminderWorkingDays: number;
  };
  /** Meeting papers: the largest accepted, and where they are stored (docs/operations.md). */
  papers: { maxBytes: number; storage: PaperStorageConfig };
  /** Archive packages: the registry they are delivered to, if any (docs/operations.md, ADR 15). */
  archive: { delivery: { url: string; token: string | null; timeoutMs: number } | null };
  /** Retention (gallring): what the daily job removes and when (docs/operations.md). */
  retention: {
    emailBodyDays: number;
    expiredLinkDays: number;
    auditYears: number;
    guestDays: number;
    cron: string;
    batchSize: number;
  };
}

/** The filesystem (a folder) or an S3-compatible bucket; credentials absent: the SDK's default chain. */
export type PaperStorageConfig =
  | { kind: 'filesystem'; dir: string }
  | {
      kind: 's3';
      endpoint?: string;
      region: string;
      bucket: string;
      credentials?: { accessKeyId: string; secretAccessKey: string };
      forcePathStyle: boolean;
      checksums: 'when_required' | 'when_supported';
    };

export class ConfigValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
}

/** Parses the environment once; throws ConfigValidationError listing every problem at once. */
export function loadConfig(source: Record<string, string | undefined>): AppConfig {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = issue.path.join('.') || '(environment)';
      return `${name}: ${issue.message}`;
    });
    throw new ConfigValidationError(problems);
  }
  const env = parsed.data;
  const port = env.PORT;
  const publicUrl = (env.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/+$/, '');
  return {
    env: env.NODE_ENV,
    isProduction: env.NODE_ENV === 'production',
    role: env.APP_ROLE,
    http: {
      port,
      host: env.HOST,
      publicUrl,
      trustProxy: env.TRUST_PROXY,
    },
    web: { dir: env.WEB_DIR },
    database: {
      url: env.DATABASE_URL,
      poolSize: env.DATABASE_POOL_SIZE,
      runMigrations: env.MIGRATIONS_RUN,
      seed: env.SEED,
    },
    redis: { url: env.REDIS_URL, queuePrefix: env.QUEUE_PREFIX },
    mail: {
      smtpUrl: env.SMTP_URL,
      smtpPoolSize: env.SMTP_POOL_SIZE,
      from: env.MAIL_FROM,
      outboxDir: env.MAIL_OUTBOX_DIR,
    },
    auth: {
      jwtSecret: env.JWT_SECRET ?? randomSecret(),
      jwtSecretGenerated: env.JWT_SECRET === undefined,
      jwtTtlSeconds: env.JWT_TTL_SECONDS,
      oidc:
        env.AUTH_ISSUER && env.AUTH_JWKS_URL
          ? { issuer: env.AUTH_ISSUER, jwksUrl: env.AUTH_JWKS_URL, audience: env.AUTH_AUDIENCE }
          : undefined,
      oidcProviders: toOidcProviderConfigs(env.OIDC_PROVIDERS, publicUrl),
      passwordLogin: env.PASSWORD_LOGIN,
      loginMaxAttempts: env.LOGIN_MAX_ATTEMPTS,
      loginWindowSeconds: env.LOGIN_WINDOW_SECONDS,
      loginMaxAttemptsPerAddress: env.LOGIN_MAX_ATTEMPTS_PER_ADDRESS,
      loginBackoffSeconds: env.LOGIN_BACKOFF_SECONDS,
      loginBackoffMaxSeconds: Math.max(env.LOGIN_BACKOFF_MAX_SECONDS, env.LOGIN_BACKOFF_SECONDS),
      userCacheMs: env.AUTH_USER_CACHE_MS,
      session: {
        idleMinutes: env.SESSION_IDLE_MINUTES,
        maxDays: env.SESSION_MAX_DAYS,
        secureCookie: (env.PUBLIC_URL ?? '').startsWith('https:'),
      },
      passwordLinks: { setHours: env.PASSWORD_SET_LINK_HOURS, resetMinutes: env.PASSWORD_RESET_LINK_MINUTES },
    },
    admin: { email: env.ADMIN_EMAIL.toLowerCase(), password: env.ADMIN_PASSWORD },
    logLevel: env.LOG_LEVEL,
    timeZone: env.BUSINESS_TIME_ZONE,
    defaultLocale: env.DEFAULT_LOCALE,
    jobs: {
      outboxPollMs: env.OUTBOX_POLL_MS,
      concurrency: env.WORKER_CONCURRENCY,
      backoffMs: env.JOB_BACKOFF_MS,
    },
    imip: {
      port: env.IMIP_SMTP_PORT,
      host: env.IMIP_SMTP_HOST,
      maxMessageBytes: env.IMIP_MAX_MESSAGE_BYTES,
      acceptAddresses: env.IMIP_ACCEPT_ADDRESSES.map((address) => address.toLowerCase()),
    },
    invitations: {
      debounceMs: env.INVITATION_DEBOUNCE_MS,
      rsvpGraceDays: env.RSVP_GRACE_DAYS,
      rsvpAnswers: {
        perToken: env.RSVP_ANSWERS_PER_TOKEN,
        perAddress: env.RSVP_ANSWERS_PER_ADDRESS,
        windowSeconds: env.RSVP_ANSWER_WINDOW_SECONDS,
      },
    },
    reminders: {
      offsets: env.MEETING_REMINDER_OFFSETS.map((code) => ({
        code,
        minutes: reminderOffsetMinutes(code)!,
      })).sort((a, b) => b.minutes - a.minutes),
      scanMs: env.MEETING_REMINDER_SCAN_MS,
    },
    actions: {
      reminderDaysBefore: env.ACTION_REMINDER_DAYS,
      reminderHour: env.ACTION_REMINDER_HOUR,
      digestCron: env.ACTION_DIGEST_CRON,
    },
    agenda: {
      debounceMs: env.AGENDA_DEBOUNCE_MS,
      proposalWorkingDays: env.AGENDA_PROPOSAL_WORKING_DAYS,
      callForItemsWorkingDays: env.AGENDA_CALL_FOR_ITEMS_WORKING_DAYS,
    },
    rounds: { consultationWorkingDays: env.ROUND_CONSULTATION_WORKING_DAYS },
    minutes: {
      approvalDays: env.MINUTES_APPROVAL_DAYS,
      reminderBeforeHours: env.MINUTES_REMINDER_BEFORE_HOURS,
      revisionCoalesceSeconds: env.MINUTES_REVISION_COALESCE_SECONDS,
      secretaryReminderWorkingDays: env.MINUTES_SECRETARY_REMINDER_WORKING_DAYS,
    },
    papers: {
      maxBytes: env.PAPER_MAX_MB * 1024 * 1024,
      storage:
        env.PAPER_STORAGE === 's3'
          ? {
              kind: 's3',
              endpoint: env.S3_ENDPOINT,
              region: env.S3_REGION,
              bucket: env.S3_BUCKET!,
              credentials:
                env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY
                  ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY }
                  : undefined,
              forcePathStyle: env.S3_FORCE_PATH_STYLE,
              checksums: env.S3_CHECKSUMS,
            }
          : { kind: 'filesystem', dir: env.PAPER_DIR },
    },
    archive: {
      delivery: env.ARCHIVE_DELIVERY_URL
        ? {
            url: env.ARCHIVE_DELIVERY_URL,
            token: env.ARCHIVE_DELIVERY_TOKEN ?? null,
            timeoutMs: env.ARCHIVE_DELIVERY_TIMEOUT_SECONDS * 1000,
          }
        : null,
    },
    retention: {
      emailBodyDays: env.RETENTION_EMAIL_BODY_DAYS,
      expiredLinkDays: env.RETENTION_EXPIRED_LINK_DAYS,
      auditYears: env.RETENTION_AUDIT_YEARS,
      guestDays: env.RETENTION_GUEST_DAYS,
      cron: env.RETENTION_CRON,
      batchSize: env.RETENTION_BATCH_SIZE,
    },
  };
}

const OFFSET_PATTERN = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/;

/** Minutes of a reminder offset (P7D, P1DT12H, PT30M…); null when malformed, zero or over 60 days. */
export function reminderOffsetMinutes(code: string): number | null {
  const match = OFFSET_PATTERN.exec(code);
  if (!match || code === 'P' || code.endsWith('T')) return null;
  const [weeks, days, hours, minutes] = match.slice(1).map((part) => Number(part ?? 0));
  const total = ((weeks * 7 + days) * 24 + hours) * 60 + minutes;
  return total > 0 && total <= 60 * 24 * 60 ? total : null;
}

const PROXY_RANGE_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

/** An IP address, a CIDR range, or one of the named ranges Fastify knows. */
function isProxyAddress(entry: string): boolean {
  if (PROXY_RANGE_NAMES.includes(entry)) return true;
  const [address, prefix, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128);
}

function randomSecret(): string {
  return randomBytes(48).toString('base64url');
}

/** The one place that reads process.env. */
export function loadConfigFromProcess(): AppConfig {
  return loadConfig(process.env);
}
