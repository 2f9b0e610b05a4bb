import { Logger } from '@nestjs/common';
import { type AppConfig, loadConfig } from '../config/app-config';
import { RateLimitedError } from '../common/errors/domain-error';
import { LoginThrottle } from './login-throttle';

/** Port 1 on loopback: nothing listens, so every Redis call fails at once. */
function configWithoutRedis(): AppConfig {
  return loadConfig({
    NODE_ENV: 'test',
    REDIS_URL: 'redis://127.0.0.1:1',
    LOGIN_MAX_ATTEMPTS: '2',
    LOGIN_WINDOW_SECONDS: '60',
  });
}

describe('LoginThrottle without Redis', () => {
  let throttle: LoginThrottle;
  let warn: jest.SpyInstance;

  beforeEach(async () => {
    warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    throttle = new LoginThrottle(configWithoutRedis());
    await throttle.onModuleInit();
  });
  afterEach(() => {
    throttle.onModuleDestroy();
    warn.mockRestore();
  });

  it('falls back to counting in memory, warns once, and still limits', async () => {
    await throttle.registerAttempt('Anna@Example.se', '10.0.0.1');
    await throttle.registerAttempt('anna@example.se', '10.0.0.1');
    const third = throttle.registerAttempt('anna@example.se', '10.0.0.1');
    await expect(third).rejects.toBeInstanceOf(RateLimitedError);
    const error = (await third.catch((e: unknown) => e)) as RateLimitedError;
    expect(error.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(error.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(JSON.stringify(warn.mock.calls)).not.toContain('anna');
  });

  it('counts each (email, address) pair apart and resets on success', async () => {
    await throttle.registerAttempt('anna@example.se', '10.0.0.1');
    await throttle.registerAttempt('anna@example.se', '10.0.0.1');
    await expect(throttle.registerAttempt('bo@example.se', '10.0.0.1')).resolves.toBeUndefined();
    await expect(throttle.registerAttempt('anna@example.se', '10.0.0.2')).resolves.toBeUndefined();
    await throttle.reset('anna@example.se', '10.0.0.1');
    await expect(throttle.registerAttempt('anna@example.se', '10.0.0.1')).resolves.toBeUndefined();
  });
});
