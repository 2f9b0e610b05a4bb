import { createHmac } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { RateLimitedError } from '../common/errors/domain-error.js';
import { rateLimitAddress } from '../common/rate-limit/client-address.js';
import { type BackOffPolicy, RateLimitStore } from '../common/rate-limit/rate-limit-store.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';

const TOO_MANY = 'Too many login attempts; try again later';

/**
 * Limits password guessing wherever a password is checked (POST /api/auth/login, Basic auth on /docs and
 * /queues, browser sessions), with two counters that neither rotating addresses nor rotating accounts get
 * past:
 * - per account: LOGIN_MAX_ATTEMPTS attempts, then a lock of LOGIN_BACKOFF_SECONDS that doubles with each
 *   further failure up to LOGIN_BACKOFF_MAX_SECONDS, from any address;
 * - per address (an IPv6 /64; every non-address in one bucket): LOGIN_MAX_ATTEMPTS_PER_ADDRESS attempts
 *   per LOGIN_WINDOW_SECONDS, whatever the accounts.
 *
 * Use: `check(account, address)` before the password is checked (it counts the attempt, so parallel
 * guesses cannot slip past, and throws RateLimitedError → 429 with Retry-After), then `recordFailure` or
 * `recordSuccess` (which takes the attempt back and clears the account's failures). The address is the
 * request's (`request.ip`, which honours TRUST_PROXY only). Redis keys and log lines name the account by
 * a keyed hash, never the email; failures and refusals are logged with the address.
 */
@Injectable()
export class LoginThrottle {
  private readonly logger = new Logger(LoginThrottle.name);
  private readonly hashKey: Buffer;
  private readonly accountPolicy: BackOffPolicy;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly store: RateLimitStore,
  ) {
    // A key of its own, derived from the secret every API process shares: the same account hashes alike in
    // every process, and a leaked log or Redis dump cannot be matched against a list of emails.
    this.hashKey = createHmac('sha256', config.auth.jwtSecret).update('samverkan login throttle').digest();
    const auth = config.auth;
    this.accountPolicy = {
      freeAttempts: auth.loginMaxAttempts,
      baseMs: auth.loginBackoffSeconds * 1000,
      maxMs: auth.loginBackoffMaxSeconds * 1000,
      rememberMs: auth.loginWindowSeconds * 1000,
    };
  }

  /** Counts an attempt for this account from this address; throws RateLimitedError when over a limit. */
  async check(account: string, address: string | undefined): Promise<void> {
    const accountHash = this.accountHash(account);
    const bucket = rateLimitAddress(address);
    const addressKey = this.addressKey(bucket);
    const [fromAddress, addressLeftMs] = await this.store.countInWindow(
      addressKey,
      this.config.auth.loginWindowSeconds * 1000,
    );
    if (fromAddress > this.config.auth.loginMaxAttemptsPerAddress) {
      this.refuse('address', bucket, accountHash, addressLeftMs);
    }
    const outcome = await this.store.attemptWithBackOff(this.accountKey(accountHash), this.accountPolicy);
    if (!outcome.allowed) {
      // Refused without a password check: not an attempt from this address.
      await this.store.uncount(addressKey);
      this.refuse('account', bucket, accountHash, outcome.retryAfterMs);
    }
  }

  /** After a wrong password (or an unknown or disabled account) that check() let through. */
  recordFailure(account: string, address: string | undefined): void {
    this.logger.warn({
      msg: 'login failed',
      address: rateLimitAddress(address),
      accountHash: this.accountHash(account).slice(0, 16),
    });
  }

  /** After a right password: the attempt does not count, the account's failures are forgotten. */
  async recordSuccess(account: string, address: string | undefined): Promise<void> {
    await Promise.all([
      this.store.forget(this.accountKey(this.accountHash(account))),
      this.store.uncount(this.addressKey(rateLimitAddress(address))),
    ]);
  }

  private refuse(limit: 'account' | 'address', address: string, accountHash: string, leftMs: number): never {
    const retryAfterSeconds = Math.max(1, Math.ceil(leftMs / 1000));
    this.logger.warn({
      msg: 'login refused: too many attempts',
      limit,
      address,
      accountHash: accountHash.slice(0, 16),
      retryAfterSeconds,
    });
    throw new RateLimitedError(TOO_MANY, retryAfterSeconds);
  }

  private accountHash(account: string): string {
    return createHmac('sha256', this.hashKey).update(account.trim().toLowerCase()).digest('hex');
  }

  private accountKey(accountHash: string): string {
    return `${this.config.redis.queuePrefix}:login-attempts:account:${accountHash}`;
  }

  private addressKey(bucket: string): string {
    const addressHash = createHmac('sha256', this.hashKey).update(bucket).digest('hex');
    return `${this.config.redis.queuePrefix}:login-attempts:address:${addressHash}`;
  }
}
