import { SingleFlightCache } from './overview-cache';

describe('SingleFlightCache', () => {
  let now = 0;
  const clock = () => now;

  beforeEach(() => {
    now = 1_000;
  });

  it('shares one computation among concurrent callers of the same key', async () => {
    const cache = new SingleFlightCache<string>(2_000, clock);
    let calls = 0;
    let release!: (value: string) => void;
    const compute = () => {
      calls += 1;
      return new Promise<string>((resolve) => (release = resolve));
    };
    const first = cache.get('region-24', compute);
    const second = cache.get('region-24', compute);
    release('overview');
    expect(await Promise.all([first, second])).toEqual(['overview', 'overview']);
    expect(calls).toBe(1);
  });

  it('serves a computed value for the TTL, then the old one while one refresh runs', async () => {
    const cache = new SingleFlightCache<number>(2_000, clock);
    let calls = 0;
    let release!: () => void;
    const compute = () => {
      calls += 1;
      const value = calls;
      return calls === 1
        ? Promise.resolve(value)
        : new Promise<number>((resolve) => (release = () => resolve(value)));
    };
    expect(await cache.get('k', compute)).toBe(1);
    now += 1_999;
    expect(await cache.get('k', compute)).toBe(1);
    now += 1;
    // Expired: a refresh starts; callers meanwhile get the previous value, and only one refresh runs.
    expect(await cache.get('k', compute)).toBe(1);
    expect(await cache.get('k', compute)).toBe(1);
    expect(calls).toBe(2);
    release();
    await Promise.resolve();
    await Promise.resolve();
    expect(await cache.get('k', compute)).toBe(2);
    expect(calls).toBe(2);
  });

  it('drops the old value when a refresh fails', async () => {
    const cache = new SingleFlightCache<string>(2_000, clock);
    await cache.get('k', () => Promise.resolve('old'));
    now += 2_000;
    expect(await cache.get('k', () => Promise.reject(new Error('database down')))).toBe('old');
    await Promise.resolve();
    await Promise.resolve();
    expect(await cache.get('k', () => Promise.resolve('new'))).toBe('new');
  });

  it('keeps keys apart (one region never gets another’s overview)', async () => {
    const cache = new SingleFlightCache<string>(2_000, clock);
    expect(await cache.get('region-24', () => Promise.resolve('24'))).toBe('24');
    expect(await cache.get('region-25', () => Promise.resolve('25'))).toBe('25');
    expect(await cache.get('region-24', () => Promise.resolve('x'))).toBe('24');
  });

  it('does not keep a failure', async () => {
    const cache = new SingleFlightCache<string>(2_000, clock);
    await expect(cache.get('k', () => Promise.reject(new Error('database down')))).rejects.toThrow(
      'database down',
    );
    expect(await cache.get('k', () => Promise.resolve('ok'))).toBe('ok');
  });

  it('caches and shares nothing with a TTL of 0', async () => {
    const cache = new SingleFlightCache<number>(0, clock);
    let calls = 0;
    const compute = () => Promise.resolve(++calls);
    await Promise.all([cache.get('k', compute), cache.get('k', compute)]);
    expect(calls).toBe(2);
  });

  it('stays bounded', async () => {
    const cache = new SingleFlightCache<number>(2_000, clock, 3);
    for (let i = 0; i < 10; i++) await cache.get(`k${i}`, () => Promise.resolve(i));
    expect((cache as unknown as { entries: Map<string, unknown> }).entries.size).toBeLessThanOrEqual(3);
  });
});
