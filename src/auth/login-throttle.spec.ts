import { Logger } from '@nestjs/common';
import { type AppConfig, loadConfig } from '../config/app-config';
import { RateLimitedError } from '../common/errors/domain-error';
import { RateLimitStore } from '../common/rate-limit/rate-limit-store';
import { LoginThrottle } from './login-throttle';

/** Port 1 on loopback: nothing listens, so every Redis call fails at once and the store counts in memory. */
function configWithoutRedis(overrides: Record<string, string> = {}): AppConfig {
  return loadConfig({
    NODE_ENV: 'test',
    REDIS_URL: 'redis://127.0.0.1:1',
    JWT_SECRET: 'unit-test-secret-that-is-long-enough-012345',
    LOGIN_MAX_ATTEMPTS: '2',
    LOGIN_WINDOW_SECONDS: '600',
    LOGIN_MAX_ATTEMPTS_PER_ADDRESS: '5',
    LOGIN_BACKOFF_SECONDS: '60',
    LOGIN_BACKOFF_MAX_SECONDS: '240',
    ...overrides,
  });
}

async function retryAfter(attempt: Promise<void>): Promise<number | 'allowed'> {
  try {
    await attempt;
    return 'allowed';
  } catch (error) {
    if (error instanceof RateLimitedError) return error.retryAfterSeconds;
    throw error;
  }
}

describe('LoginThrottle (Redis unreachable: counted in memory)', () => {
  const start = Date.parse('2026-03-02T09:00:00Z');
  let store: RateLimitStore;
  let throttle: LoginThrottle;
  let warn: jest.SpyInstance;

  beforeEach(async () => {
    // Only the clock is faked: the failing Redis calls and promises run as usual.
    jest.useFakeTimers({
      now: start,
      doNotFake: ['nextTick', 'queueMicrotask', 'setImmediate', 'setTimeout'],
    });
    warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const config = configWithoutRedis();
    store = new RateLimitStore(config);
    await store.onModuleInit();
    throttle = new LoginThrottle(config, store);
  });
  afterEach(() => {
    store.onModuleDestroy();
    warn.mockRestore();
    jest.useRealTimers();
  });

  const advance = (seconds: number) => jest.setSystemTime(Date.now() + seconds * 1000);

  it('locks an account whatever address the attempts come from, longer after each further failure', async () => {
    expect(await retryAfter(throttle.check('anna@example.se', '198.51.100.1'))).toBe('allowed');
    expect(await retryAfter(throttle.check('Anna@Example.se', '198.51.100.2'))).toBe('allowed');
    expect(await retryAfter(throttle.check('anna@example.se', '198.51.100.3'))).toBe(60);
    advance(59);
    expect(await retryAfter(throttle.check('anna@example.se', '2001:db8::1'))).toBe(1);
    advance(1);
    expect(await retryAfter(throttle.check('anna@example.se', '198.51.100.4'))).toBe('allowed');
    expect(await retryAfter(throttle.check('anna@example.se', '198.51.100.5'))).toBe(120);
    advance(120);
    expect(await retryAfter(throttle.check('anna@example.se', '198.51.100.6'))).toBe('allowed');
    expect(await retryAfter(throttle.check('anna@example.se', '198.51.100.7'))).toBe(240);
    advance(240);
    expect(await retryAfter(throttle.check('anna@example.se', '198.51.100.8'))).toBe('allowed');
    // LOGIN_BACKOFF_MAX_SECONDS caps it.
    expect(await retryAfter(throttle.check('anna@example.se', '198.51.100.9'))).toBe(240);
    // Another account is not affected.
    expect(await retryAfter(throttle.check('bo@example.se', '198.51.100.1'))).toBe('allowed');
  });

  it('forgets an account’s failures after a success', async () => {
    await throttle.check('anna@example.se', '198.51.100.1');
    await throttle.check('anna@example.se', '198.51.100.1');
    await throttle.recordSuccess('anna@example.se', '198.51.100.1');
    expect(await retryAfter(throttle.check('anna@example.se', '198.51.100.1'))).toBe('allowed');
    expect(await retryAfter(throttle.check('anna@example.se', '198.51.100.1'))).toBe('allowed');
    expect(await retryAfter(throttle.check('anna@example.se', '198.51.100.1'))).toBe(60);
  });

  it('limits one address whatever accounts it tries, and counts no success against it', async () => {
    await throttle.check('ok@example.se', '203.0.113.9');
    await throttle.recordSuccess('ok@example.se', '203.0.113.9');
    for (let i = 0; i < 5; i += 1) {
      expect(await retryAfter(throttle.check(`user${i}@example.se`, '203.0.113.9'))).toBe('allowed');
    }
    expect(await retryAfter(throttle.check('user5@example.se', '203.0.113.9'))).toBe(600);
    // An IPv6 neighbour in the same /64 shares the counter; a forged non-address shares one too.
    for (let i = 0; i < 5; i += 1) await throttle.check(`v6-${i}@example.se`, `2001:db8:0:1::${i + 1}`);
    expect(await retryAfter(throttle.check('v6-x@example.se', '2001:db8:0:1::ffff'))).toBe(600);
    for (let i = 0; i < 5; i += 1) await throttle.check(`forged-${i}@example.se`, `forged-${i}`);
    expect(await retryAfter(throttle.check('forged-x@example.se', 'yet-another'))).toBe(600);
    advance(600);
    expect(await retryAfter(throttle.check('user5@example.se', '203.0.113.9'))).toBe('allowed');
  });

  it('logs failures and refusals with the address and a hash of the account, never the email', async () => {
    await throttle.check('anna@example.se', '198.51.100.1');
    throttle.recordFailure('anna@example.se', '198.51.100.1');
    await throttle.check('anna@example.se', '198.51.100.1');
    throttle.recordFailure('anna@example.se', '198.51.100.1');
    await throttle.check('anna@example.se', '198.51.100.1').catch(() => undefined);
    const lines = warn.mock.calls.map(([line]) => line as Record<string, unknown>);
    const failures = lines.filter((line) => line.msg === 'login failed');
    const refusals = lines.filter((line) => line.msg === 'login refused: too many attempts');
    expect(failures).toHaveLength(2);
    expect(refusals).toEqual([expect.objectContaining({ limit: 'account', retryAfterSeconds: 60 })]);
    for (const line of [...failures, ...refusals]) {
      expect(line.address).toBe('198.51.100.1');
      expect(line.accountHash).toMatch(/^[0-9a-f]{16}$/);
      expect(line.accountHash).toBe(failures[0].accountHash);
    }
    expect(JSON.stringify(warn.mock.calls)).not.toMatch(/anna/i);
    // The fallback to memory is said once.
    expect(JSON.stringify(warn.mock.calls).match(/Redis unreachable/g)).toHaveLength(1);
  });
});
