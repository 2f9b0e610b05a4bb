import type { AuthenticatedUser } from './authenticated-user';
import { AuthenticatedUserCache } from './authenticated-user-cache';

const COORDINATOR: AuthenticatedUser = {
  personId: 'p1',
  organizationId: 'region-24',
  organizationKind: 'region',
  regionId: 'region-24',
  roles: ['coordinator'],
  locale: 'sv',
};

describe('AuthenticatedUserCache', () => {
  let now = 0;
  const clock = () => now;

  beforeEach(() => {
    now = 1_000;
  });

  function counting(results: Array<AuthenticatedUser | null>): {
    load: () => Promise<AuthenticatedUser | null>;
    calls: () => number;
  } {
    let calls = 0;
    return {
      load: () => Promise.resolve(results[Math.min(calls++, results.length - 1)]),
      calls: () => calls,
    };
  }

  it('serves a loaded caller for the TTL, then loads again', async () => {
    const cache = new AuthenticatedUserCache(2_000, clock);
    const demoted = { ...COORDINATOR, roles: ['participant' as const] };
    const source = counting([COORDINATOR, demoted]);
    expect(await cache.get('id:p1', source.load)).toEqual(COORDINATOR);
    now += 1_999;
    expect((await cache.get('id:p1', source.load))?.roles).toEqual(['coordinator']);
    expect(source.calls()).toBe(1);
    now += 1;
    expect((await cache.get('id:p1', source.load))?.roles).toEqual(['participant']);
    expect(source.calls()).toBe(2);
  });

  it('shares one load among callers arriving together, per key', async () => {
    const cache = new AuthenticatedUserCache(2_000, clock);
    let release!: (user: AuthenticatedUser) => void;
    let calls = 0;
    const load = () => {
      calls += 1;
      return new Promise<AuthenticatedUser>((resolve) => (release = resolve));
    };
    const first = cache.get('id:p1', load);
    const second = cache.get('id:p1', load);
    release(COORDINATOR);
    expect(await Promise.all([first, second])).toEqual([COORDINATOR, COORDINATOR]);
    expect(calls).toBe(1);
    await cache.get('id:p2', () => Promise.resolve({ ...COORDINATOR, personId: 'p2' }));
    expect(calls).toBe(1);
  });

  it('never keeps a refusal or a failed load', async () => {
    const cache = new AuthenticatedUserCache(2_000, clock);
    const source = counting([null, COORDINATOR]);
    expect(await cache.get('id:p1', source.load)).toBeNull();
    expect(await cache.get('id:p1', source.load)).toEqual(COORDINATOR);
    expect(source.calls()).toBe(2);
    await expect(cache.get('id:p3', () => Promise.reject(new Error('database down')))).rejects.toThrow(
      'database down',
    );
    expect(await cache.get('id:p3', () => Promise.resolve(null))).toBeNull();
  });

  it('forgets everyone on clear(), including a load still running', async () => {
    const cache = new AuthenticatedUserCache(2_000, clock);
    const source = counting([COORDINATOR, null]);
    await cache.get('id:p1', source.load);
    cache.clear();
    expect(await cache.get('id:p1', source.load)).toBeNull();

    let release!: (user: AuthenticatedUser) => void;
    const running = cache.get(
      'id:p2',
      () => new Promise<AuthenticatedUser>((resolve) => (release = resolve)),
    );
    cache.clear();
    const after = cache.get('id:p2', () => Promise.resolve(null));
    release(COORDINATOR);
    expect(await running).toEqual(COORDINATOR);
    expect(await after).toBeNull();
  });

  it('hands out a frozen caller, so one request cannot change what the next one sees', async () => {
    const cache = new AuthenticatedUserCache(2_000, clock);
    const user = await cache.get('id:p1', () => Promise.resolve({ ...COORDINATOR, roles: ['coordinator'] }));
    expect(Object.isFrozen(user)).toBe(true);
    expect(Object.isFrozen(user?.roles)).toBe(true);
  });

  it('loads for every request with a TTL of 0', async () => {
    const cache = new AuthenticatedUserCache(0, clock);
    const source = counting([COORDINATOR]);
    await cache.get('id:p1', source.load);
    await cache.get('id:p1', source.load);
    expect(source.calls()).toBe(2);
  });

  it('stays bounded: a full cache drops expired entries, then its oldest', async () => {
    const cache = new AuthenticatedUserCache(2_000, clock, 2);
    const source = counting([COORDINATOR]);
    await cache.get('id:a', source.load);
    await cache.get('id:b', source.load);
    await cache.get('id:c', source.load);
    expect(source.calls()).toBe(3);
    await cache.get('id:c', source.load);
    await cache.get('id:b', source.load);
    expect(source.calls()).toBe(3);
    await cache.get('id:a', source.load);
    expect(source.calls()).toBe(4);
  });
});
