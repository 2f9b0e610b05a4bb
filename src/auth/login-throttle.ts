import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { Redis } from 'ioredis';
import { RateLimitedError } from '../common/errors/domain-error.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';

/** Counts one attempt and returns [count, milliseconds left in the window], atomically. */
const COUNT_ATTEMPT = `
local count = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {count, ttl}`;

const MEMORY_PRUNE_AT = 10_000;

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Login attempts per (email, IP) in a fixed window: each attempt counts, a success resets, and once the
 * count passes LOGIN_MAX_ATTEMPTS every attempt answers 429 until the window ends, even with the right
 * password. Counting before the password check means parallel guesses cannot slip past the limit.
 * Counters live in Redis, keyed by hashes (no personal data in Redis); when Redis is unreachable each
 * process counts in memory instead, so login keeps working.
 */
@Injectable()
export class LoginThrottle implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(LoginThrottle.name);
  private readonly redis: Redis;
  private readonly memory = new Map<string, { count: number; resetAt: number }>();
  private usingMemory = false;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
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

  /** Counts an attempt; throws RateLimitedError (429, Retry-After) when over the limit. */
  async registerAttempt(email: string, ip: string): Promise<void> {
    const key = this.key(email, ip);
    const windowMs = this.config.auth.loginWindowSeconds * 1000;
    const [count, leftMs] = await this.countInRedis(key, windowMs).catch(() => {
      this.fallBack('count');
      return this.countInMemory(key, windowMs);
    });
    if (count > this.config.auth.loginMaxAttempts) {
      throw new RateLimitedError(
        'Too many login attempts; try again later',
        Math.max(1, Math.ceil(leftMs / 1000)),
      );
    }
  }

  /** After a successful login. */
  async reset(email: string, ip: string): Promise<void> {
    const key = this.key(email, ip);
    this.memory.delete(key);
    await this.redis.del(key).catch(() => this.fallBack('reset'));
  }

  private key(email: string, ip: string): string {
    return `${this.config.redis.queuePrefix}:login-attempts:${sha256(email.trim().toLowerCase())}:${sha256(ip)}`;
  }

  private async countInRedis(key: string, windowMs: number): Promise<[number, number]> {
    const result = (await this.redis.eval(COUNT_ATTEMPT, 1, key, windowMs)) as [number, number];
    if (this.usingMemory) {
      this.usingMemory = false;
      this.logger.log('Redis reachable again: login throttling counts in Redis');
    }
    return [Number(result[0]), Number(result[1])];
  }

  private countInMemory(key: string, windowMs: number): [number, number] {
    const now = Date.now();
    if (this.memory.size >= MEMORY_PRUNE_AT) {
      for (const [entryKey, entry] of this.memory) if (entry.resetAt <= now) this.memory.delete(entryKey);
      // Still full (many emails sprayed at once): forget the oldest counters rather than grow without bound.
      for (const entryKey of this.memory.keys()) {
        if (this.memory.size < MEMORY_PRUNE_AT / 2) break;
        this.memory.delete(entryKey);
      }
    }
    let entry = this.memory.get(key);
    if (!entry || entry.resetAt <= now) {
      entry = { count: 0, resetAt: now + windowMs };
      this.memory.set(key, entry);
    }
    entry.count += 1;
    return [entry.count, entry.resetAt - now];
  }

  private fallBack(during: string): void {
    if (this.usingMemory) return;
    this.usingMemory = true;
    this.logger.warn({ during }, 'Redis unreachable: login throttling counts in this process only');
  }
}
