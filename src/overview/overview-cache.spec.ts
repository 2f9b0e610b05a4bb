import { FreshRead, VersionedCache } from './overview-cache';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('FreshRead', () => {
  it('gives each caller a read that started after it called, sharing reads among concurrent callers', async () => {
    const reads: Array<ReturnType<typeof deferred<number>>> = [];
    const fresh = new FreshRead(() => {
      const read = deferred<number>();
      reads.push(read);
      return read.promise;
    });
    const first = fresh.get();
    // These came while the first read ran: it may have started before their writes committed.
    const second = fresh.get();
    const third = fresh.get();
    expect(reads).toHaveLength(1);
    reads[0].resolve(1);
    expect(await first).toBe(1);
    await new Promise((resolve) => setImmediate(resolve));
    expect(reads).toHaveLength(2);
    reads[1].resolve(2);
    expect(await Promise.all([second, third])).toEqual([2, 2]);
    // Idle again: the next caller starts a read at once.
    const fourth = fresh.get();
    expect(reads).toHaveLength(3);
    reads[2].resolve(3);
    expect(await fourth).toBe(3);
  });

  it('lets a failed read fail its callers only; the next callers read again', async () => {
    let calls = 0;
    const fresh = new FreshRead(() => {
      calls += 1;
      return calls === 1 ? Promise.reject(new Error('connection lost')) : Promise.resolve(calls);
    });
    await expect(fresh.get()).rejects.toThrow('connection lost');
    expect(await fresh.get()).toBe(2);
  });
});

describe('VersionedCache', () => {
  const computeOf = (value: string, version: bigint, validUntil: number | null = null) => {
    let calls = 0;
    return {
      compute: () => {
        calls += 1;
        return Promise.resolve({ value: `${value}${calls}`, version, validUntil });
      },
      calls: () => calls,
    };
  };

  it('serves the computed value while the version, the date and the validity hold', async () => {
    const cache = new VersionedCache<string>();
    const a = computeOf('a', 5n, 10_000);
    const need = { version: 5n, today: '2026-12-06', now: 1_000 };
    expect(await cache.get('region', need, a.compute)).toBe('a1');
    expect(await cache.get('region', { ...need, version: 4n }, a.compute)).toBe('a1');
    expect(await cache.get('region', need, a.compute)).toBe('a1');
    expect(a.calls()).toBe(1);
    // A write (version 6), the next day, and a meeting that ended each need a new computation.
    expect(await cache.get('region', { ...need, version: 6n }, a.compute)).toBe('a2');
    expect(await cache.get('region', { ...need, version: 5n, today: '2026-12-07' }, a.compute)).toBe('a3');
    expect(await cache.get('region', { ...need, today: '2026-12-07', now: 10_000 }, a.compute)).toBe('a4');
  });

  it('keys the entry by the version the computation read, when newer than the one asked for', async () => {
    const cache = new VersionedCache<string>();
    const a = computeOf('a', 7n);
    await cache.get('region', { version: 5n, today: 'd', now: 0 }, a.compute);
    expect(await cache.get('region', { version: 7n, today: 'd', now: 0 }, a.compute)).toBe('a1');
    expect(a.calls()).toBe(1);
  });

  it('shares one computation among concurrent callers and drops a failed one', async () => {
    const cache = new VersionedCache<string>();
    const pending = deferred<{ value: string; version: bigint; validUntil: null }>();
    let calls = 0;
    const compute = () => {
      calls += 1;
      return pending.promise;
    };
    const need = { version: 1n, today: 'd', now: 0 };
    const first = cache.get('region', need, compute);
    const second = cache.get('region', need, compute);
    pending.reject(new Error('database down'));
    await expect(first).rejects.toThrow('database down');
    await expect(second).rejects.toThrow('database down');
    expect(calls).toBe(1);
    const ok = () => Promise.resolve({ value: 'ok', version: 1n, validUntil: null });
    expect(await cache.get('region', need, ok)).toBe('ok');
  });
});
