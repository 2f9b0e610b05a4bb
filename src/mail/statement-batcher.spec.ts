import { StatementBatcher } from './statement-batcher';

describe('StatementBatcher', () => {
  it('runs the calls of one turn as one statement and gives each its own result', async () => {
    const batches: string[][] = [];
    const batcher = new StatementBatcher<string, number | undefined>((keys) => {
      batches.push(keys);
      return Promise.resolve(new Map(keys.filter((key) => key !== 'gone').map((key) => [key, key.length])));
    }, undefined);
    const results = await Promise.all([
      batcher.call('a'),
      batcher.call('bb'),
      batcher.call('gone'),
      batcher.call('a'),
    ]);
    expect(results).toEqual([1, 2, undefined, 1]);
    expect(batches).toEqual([['a', 'bb', 'gone']]);
    expect(await batcher.call('ccc')).toBe(3);
    expect(batches).toHaveLength(2);
  });

  it('fails every call of a batch whose statement fails, and runs the next batch afresh', async () => {
    let fail = true;
    const batcher = new StatementBatcher<string, string>((keys) => {
      if (fail) return Promise.reject(new Error('deadlock'));
      return Promise.resolve(new Map(keys.map((key) => [key, key])));
    }, '');
    const first = Promise.allSettled([batcher.call('a'), batcher.call('b')]);
    expect((await first).map((result) => result.status)).toEqual(['rejected', 'rejected']);
    fail = false;
    expect(await batcher.call('a')).toBe('a');
  });

  it('flushes at once when a batch is full', async () => {
    const sizes: number[] = [];
    const batcher = new StatementBatcher<number, number>(
      (keys) => {
        sizes.push(keys.length);
        return Promise.resolve(new Map(keys.map((key) => [key, key])));
      },
      -1,
      2,
    );
    await Promise.all([1, 2, 3, 4, 5].map((key) => batcher.call(key)));
    expect(sizes).toEqual([2, 2, 1]);
  });
});
