import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { Redis } from 'ioredis';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';

/** Counts one hit and returns [count, milliseconds left in the window], atomically. */
const COUNT_IN_WINDOW = `
local count = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {count, ttl}`;

/** Takes one hit back (never below zero), keeping the window's end. */
const UNCOUNT = `
if tonumber(redis.call('GET', KEYS[1]) or '0') > 0 then redis.call('DECR', KEYS[1]) end
return 0`;

/**
 * One attempt under a growing back-off (see attemptWithBackOff), atomically, on Redis's clock so that every
 * process agrees. Returns [allowed 1|0, milliseconds until the next attempt may start, attempts so far].
 */
const ATTEMPT_WITH_BACK_OFF = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local attempts = tonumber(redis.call('HGET', KEYS[1], 'attempts') or '0')
local blockedUntil = tonumber(redis.call('HGET', KEYS[1], 'until') or '0')
if blockedUntil > now then return {0, blockedUntil - now, attempts} end
attempts = attempts + 1
local lock = 0
if attempts >= tonumber(ARGV[1]) then
  lock = math.floor(math.min(tonumber(ARGV[2]) * 2 ^ (attempts - tonumber(ARGV[1])), tonumber(ARGV[3])))
  blockedUntil = now + lock
end
redis.call('HSET', KEYS[1], 'attempts', attempts, 'until', blockedUntil)
redis.call('PEXPIRE', KEYS[1], lock + tonumber(ARGV[4]))
return {1, 0, attempts}`;

export interface BackOffPolicy {
  /** Attempts before the first lock; the attempt that reaches it is still let through. */
  freeAttempts: number;
  /** The first lock; each further attempt after a lock doubles it… */
  baseMs: number;
  /** …up to this. */
  maxMs: number;
  /** How long the attempts are remembered after the last lock ends (or the last attempt). */
  rememberMs: number;
}

export interface BackOffOutcome {
  allowed: boolean;
  /** When refused: how long until an attempt may start. */
  retryAfterMs: number;
  attempts: number;
}

const MEMORY_PRUNE_AT = 10_000;

interface MemoryEntry {
  count: number;
  blockedUntil: number;
  expiresAt: number;
}

/**
 * Counters for rate limits (login attempts, RSVP answers), in Redis so that every API process counts
 * together. Keys are the caller's to choose and must hold no personal data (hash emails and tokens).
 * When Redis is unreachable each process counts in memory instead, so limits keep working, per process.
 */
@Injectable()
export class RateLimitStore implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(RateLimitStore.name);
  private readonly redis: Redis;
  private readonly memory = new Map<string, MemoryEntry>();
  private usingMemory = false;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.redis = new Redis(config.redis.url, {
      lazyConnect: true,
      // Fail at once while disconnected (and fall back) rather than queue behind a reconnect.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      connectTimeout: 2000,
      commandTimeout: 1000,
    });
    // Without a listener ioredis reports every failed reconnect as an unhandled error.
    this.redis.on('error', () => undefined);
  }

  async onModuleInit(): Promise<void> {
    await this.redis.connect().catch(() => this.fallBack('connect'));
  }

  onModuleDestroy(): void {
    this.redis.disconnect();
  }

  /** Counts a hit in a fixed window starting with the first hit: [count, milliseconds left]. */
  async countInWindow(key: string, windowMs: number): Promise<[number, number]> {
    try {
      const [count, leftMs] = (await this.redis.eval(COUNT_IN_WINDOW, 1, key, windowMs)) as [number, number];
      this.backInRedis();
      return [Number(count), Number(leftMs)];
    } catch {
      this.fallBack('count');
      const now = Date.now();
      const entry = this.memoryEntry(key, now, () => ({
        count: 0,
        blockedUntil: 0,
        expiresAt: now + windowMs,
      }));
      entry.count += 1;
      return [entry.count, entry.expiresAt - now];
    }
  }

  /** Takes back one hit of countInWindow (e.g. an attempt that turned out right). */
  async uncount(key: string): Promise<void> {
    const entry = this.memory.get(key);
    if (entry && entry.count > 0) entry.count -= 1;
    await this.redis.eval(UNCOUNT, 1, key).catch(() => this.fallBack('uncount'));
  }

  async forget(key: string): Promise<void> {
    this.memory.delete(key);
    await this.redis.del(key).catch(() => this.fallBack('forget'));
  }

  /**
   * One attempt under a growing back-off: attempts go through until `freeAttempts`; the one reaching it is
   * let through but locks the key for `baseMs` (so parallel attempts cannot slip past while it is checked),
   * and each attempt after a lock ends locks it twice as long, up to `maxMs`. Attempts while locked are
   * refused and not counted. forget() after a success starts afresh.
   */
  async attemptWithBackOff(key: string, policy: BackOffPolicy): Promise<BackOffOutcome> {
    try {
      const [allowed, retryAfterMs, attempts] = (await this.redis.eval(
        ATTEMPT_WITH_BACK_OFF,
        1,
        key,
        policy.freeAttempts,
        policy.baseMs,
        policy.maxMs,
        policy.rememberMs,
      )) as [number, number, number];
      this.backInRedis();
      return {
        allowed: Number(allowed) === 1,
        retryAfterMs: Number(retryAfterMs),
        attempts: Number(attempts),
      };
    } catch {
      this.fallBack('back-off');
      return this.attemptInMemory(key, policy);
    }
  }

  private attemptInMemory(key: string, policy: BackOffPolicy): BackOffOutcome {
    const now = Date.now();
    const entry = this.memoryEntry(key, now, () => ({ count: 0, blockedUntil: 0, expiresAt: 0 }));
    if (entry.blockedUntil > now) {
      return { allowed: false, retryAfterMs: entry.blockedUntil - now, attempts: entry.count };
    }
    entry.count += 1;
    let lockMs = 0;
    if (entry.count >= policy.freeAttempts) {
      lockMs = Math.floor(Math.min(policy.baseMs * 2 ** (entry.count - policy.freeAttempts), policy.maxMs));
      entry.blockedUntil = now + lockMs;
    }
    entry.expiresAt = now + lockMs + policy.rememberMs;
    return { allowed: true, retryAfterMs: 0, attempts: entry.count };
  }

  /** The live entry of a key (a fresh one when missing or expired); prunes a full map first. */
  private memoryEntry(key: string, now: number, fresh: () => MemoryEntry): MemoryEntry {
    if (this.memory.size >= MEMORY_PRUNE_AT) {
      for (const [entryKey, entry] of this.memory) if (entry.expiresAt <= now) this.memory.delete(entryKey);
      // Still full (many keys sprayed at once): forget the oldest rather than grow without bound.
      for (const entryKey of this.memory.keys()) {
        if (this.memory.size < MEMORY_PRUNE_AT / 2) break;
        this.memory.delete(entryKey);
      }
    }
    let entry = this.memory.get(key);
    if (!entry || entry.expiresAt <= now) {
      entry = fresh();
      this.memory.set(key, entry);
    }
    return entry;
  }

  private backInRedis(): void {
    if (!this.usingMemory) return;
    this.usingMemory = false;
    this.logger.log('Redis reachable again: rate limits count in Redis');
  }

  private fallBack(during: string): void {
    if (this.usingMemory) return;
    this.usingMemory = true;
    this.logger.warn({ during }, 'Redis unreachable: rate limits count in this process only');
  }
}
