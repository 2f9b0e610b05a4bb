import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { draftKey, memoryDraftStore } from './draft-store';
import { MinutesSync, type SendResult, type SyncOptions } from './minutes-sync';

interface Sent {
  part: string;
  value: unknown;
  baseVersion: number | null;
  answer: (result: SendResult) => void;
}

/** A server whose answers the test gives by hand, one request at a time. */
function fakeServer() {
  const sent: Sent[] = [];
  const send: SyncOptions['send'] = (part, value, baseVersion) =>
    new Promise<SendResult>((answer) => sent.push({ part, value, baseVersion, answer }));
  return { sent, send };
}

const notes = (text: string) => ({ notes: text, decisions: [] as string[] });

async function settle() {
  // Let the store's promise chain and the sync's awaits run (no timers advanced).
  for (let i = 0; i < 20; i++) await Promise.resolve();
}

describe('the minutes autosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function setup(overrides: Partial<SyncOptions> = {}) {
    const store = memoryDraftStore();
    const server = fakeServer();
    const saved: Array<[string, unknown, number]> = [];
    const sync = new MinutesSync({
      store,
      personId: 'anna',
      meetingId: 'm1',
      send: server.send,
      onSaved: (part, value, version) => saved.push([part, value, version]),
      delayMs: 1_500,
      retryMs: [2_000, 5_000],
      ...overrides,
    });
    return { store, server, saved, sync };
  }

  it('keeps each keystroke in the store at once and sends 1.5 s after typing stops', async () => {
    const { store, server, sync } = setup();
    sync.edit('item:a', notes('Mö'), 4);
    await vi.advanceTimersByTimeAsync(1_000);
    sync.edit('item:a', notes('Mötet öppnades'), 4);
    await sync.persisted();
    expect([...store.records.values()].map((d) => d.value)).toEqual([notes('Mötet öppnades')]);
    expect(sync.snapshot().status).toBe('saving');

    await vi.advanceTimersByTimeAsync(1_400);
    expect(server.sent).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(100);
    expect(server.sent.map((s) => [s.part, s.value, s.baseVersion])).toEqual([
      ['item:a', notes('Mötet öppnades'), 4],
    ]);
  });

  it('writes a burst of keystrokes to a slow store once, the newest text, in order with other parts', async () => {
    const { store, sync } = setup();
    const puts: string[] = [];
    const put = store.put.bind(store);
    store.put = async (draft) => {
      puts.push(`${draft.part}=${(draft.value as { notes: string }).notes}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
      return put(draft);
    };
    for (const text of ['M', 'Mö', 'Möt', 'Möte']) sync.edit('item:a', notes(text), 1);
    sync.edit('item:b', notes('B'), 1);
    sync.edit('item:a', notes('Mötet'), 1);
    await vi.advanceTimersByTimeAsync(500);
    await sync.persisted();
    expect(puts).toEqual(['item:a=Mötet', 'item:b=B']);
    sync.edit('item:a', notes('Mötet öppnades'), 1);
    await vi.advanceTimersByTimeAsync(100);
    await sync.persisted();
    expect(puts).toEqual(['item:a=Mötet', 'item:b=B', 'item:a=Mötet öppnades']);
    expect(store.records.get(draftKey('anna', 'm1', 'item:a'))?.value).toEqual(notes('Mötet öppnades'));
  });

  it('deletes the draft once the server has exactly its text, and says saved', async () => {
    const { store, server, saved, sync } = setup();
    sync.edit('item:a', notes('Klart'), 4);
    await vi.advanceTimersByTimeAsync(1_500);
    server.sent[0].answer({ kind: 'saved', version: 5 });
    await settle();
    expect(saved).toEqual([['item:a', notes('Klart'), 5]]);
    expect(store.records.size).toBe(0);
    expect(sync.snapshot()).toMatchObject({ status: 'saved', pending: 0 });
  });

  it('sends text typed while a save was on the way afterwards, against the version that save returned', async () => {
    const { store, server, sync } = setup();
    sync.edit('item:a', notes('Första'), 4);
    await vi.advanceTimersByTimeAsync(1_500);
    sync.edit('item:a', notes('Första meningen'), 4);
    server.sent[0].answer({ kind: 'saved', version: 5 });
    await settle();
    // Not deleted: the store still has the newer text, now based on version 5.
    expect([...store.records.values()]).toMatchObject([{ value: notes('Första meningen'), baseVersion: 5 }]);
    await vi.advanceTimersByTimeAsync(1_500);
    expect(server.sent[1]).toMatchObject({ value: notes('Första meningen'), baseVersion: 5 });
    server.sent[1].answer({ kind: 'saved', version: 6 });
    await settle();
    expect(store.records.size).toBe(0);
  });

  it('keeps a draft of a new edit on the version it started from until the server has it', async () => {
    const { server, sync } = setup();
    sync.edit('item:a', notes('a'), 4);
    sync.edit('item:a', notes('ab'), 9); // the page refetched meanwhile: the edit still started from 4
    await vi.advanceTimersByTimeAsync(1_500);
    expect(server.sent[0].baseVersion).toBe(4);
  });

  it('offline: keeps the drafts, says so, retries with a pause and at once when the browser is online again', async () => {
    const { store, server, sync } = setup();
    const statuses: string[] = [];
    sync.subscribe((s) => statuses.push(s.status));
    sync.edit('item:a', notes('Punkt ett'), 1);
    sync.edit('item:b', notes('Punkt två'), 1);
    await vi.advanceTimersByTimeAsync(1_500);
    server.sent[0].answer({ kind: 'offline' });
    await settle();
    expect(sync.snapshot()).toMatchObject({ status: 'offline', pending: 2 });
    expect(server.sent).toHaveLength(1); // the round stops: no use sending item b
    expect(store.records.size).toBe(2);

    await vi.advanceTimersByTimeAsync(2_000);
    expect(server.sent).toHaveLength(2);
    server.sent[1].answer({ kind: 'offline' });
    await settle();
    sync.setOnline(false);
    expect(sync.snapshot().status).toBe('offline');
    sync.setOnline(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(server.sent).toHaveLength(3);
    server.sent[2].answer({ kind: 'saved', version: 2 });
    await settle();
    expect(server.sent[3].part).toBe('item:b');
    server.sent[3].answer({ kind: 'saved', version: 2 });
    await settle();
    expect(sync.snapshot().status).toBe('saved');
    expect(store.records.size).toBe(0);
    expect(statuses).toContain('offline');
    expect(statuses.at(-1)).toBe('saved');
  });

  it('a reload: a new sync reads the drafts left in the store and sends them at once', async () => {
    const { store, server, sync } = setup();
    sync.edit('item:a', notes('Skrivet före omladdningen'), 7);
    await sync.persisted();
    sync.dispose(); // the page went away before the send

    const later = new MinutesSync({ store, personId: 'anna', meetingId: 'm1', send: server.send });
    const snapshot = await later.load();
    expect(snapshot).toMatchObject({ status: 'saving', pending: 1 });
    expect(snapshot.drafts.get('item:a')?.value).toEqual(notes('Skrivet före omladdningen'));
    await vi.advanceTimersByTimeAsync(0);
    expect(server.sent).toHaveLength(1);
    expect(server.sent[0]).toMatchObject({ value: notes('Skrivet före omladdningen'), baseVersion: 7 });
  });

  it('another person signing in on the same tablet neither sees nor sends the drafts', async () => {
    const { store, server, sync } = setup();
    sync.edit('item:a', notes('Annas text'), 1);
    await sync.persisted();
    sync.dispose();
    const bo = new MinutesSync({ store, personId: 'bo', meetingId: 'm1', send: server.send });
    expect((await bo.load()).pending).toBe(0);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(server.sent).toHaveLength(0);
  });

  it('signed out: keeps the drafts, tells the app once, and sends them after signing in again', async () => {
    const onSignedOut = vi.fn();
    const { store, server, sync } = setup({ onSignedOut });
    sync.edit('item:a', notes('Mitt i en mening'), 2);
    await vi.advanceTimersByTimeAsync(1_500);
    server.sent[0].answer({ kind: 'signedOut' });
    await settle();
    expect(onSignedOut).toHaveBeenCalledTimes(1);
    expect(sync.snapshot().status).toBe('signedOut');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(server.sent).toHaveLength(1); // no retries without a session
    expect(store.records.size).toBe(1);

    sync.retryNow();
    await vi.advanceTimersByTimeAsync(0);
    server.sent[1].answer({ kind: 'saved', version: 3 });
    await settle();
    expect(sync.snapshot().status).toBe('saved');
    expect(store.records.size).toBe(0);
  });

  describe('a conflict (a colleague saved the part meanwhile)', () => {
    async function conflicted(extra: Partial<SyncOptions> = {}) {
      const setupResult = setup(extra);
      const { server, sync } = setupResult;
      sync.edit('item:a', notes('Min version'), 4);
      sync.edit('item:b', notes('Annan punkt'), 4);
      await vi.advanceTimersByTimeAsync(1_500);
      server.sent[0].answer({ kind: 'conflict', value: notes('Kollegans version'), version: 6 });
      await settle();
      return setupResult;
    }

    it('is never sent over the colleague’s text; the other parts still go out', async () => {
      const { store, server, sync } = await conflicted();
      expect(sync.snapshot().status).toBe('conflict');
      expect(sync.snapshot().conflicts).toMatchObject([
        {
          part: 'item:a',
          value: notes('Min version'),
          conflict: { value: notes('Kollegans version'), version: 6 },
        },
      ]);
      expect(server.sent[1].part).toBe('item:b');
      server.sent[1].answer({ kind: 'saved', version: 5 });
      await settle();
      await vi.advanceTimersByTimeAsync(60_000);
      expect(server.sent).toHaveLength(2);
      // Kept in the store with both versions (a reload shows it again).
      expect([...store.records.values()]).toMatchObject([{ part: 'item:a', conflict: { version: 6 } }]);
      // Typing on keeps the conflict.
      sync.edit('item:a', notes('Min version, längre'), 6);
      await vi.advanceTimersByTimeAsync(5_000);
      expect(server.sent).toHaveLength(2);
      expect(sync.snapshot().conflicts[0].value).toEqual(notes('Min version, längre'));
    });

    it('keep mine: sent against the colleague’s version', async () => {
      const { server, sync } = await conflicted();
      server.sent[1].answer({ kind: 'saved', version: 5 });
      await settle();
      sync.resolve('item:a', { kind: 'mine' });
      await vi.advanceTimersByTimeAsync(0);
      expect(server.sent[2]).toMatchObject({ part: 'item:a', value: notes('Min version'), baseVersion: 6 });
    });

    it('a merged text: sent against the colleague’s version', async () => {
      const { server, sync } = await conflicted();
      server.sent[1].answer({ kind: 'saved', version: 5 });
      await settle();
      sync.resolve('item:a', { kind: 'merged', value: notes('Kollegans version. Min version') });
      await vi.advanceTimersByTimeAsync(0);
      expect(server.sent[2]).toMatchObject({
        value: notes('Kollegans version. Min version'),
        baseVersion: 6,
      });
      server.sent[2].answer({ kind: 'saved', version: 7 });
      await settle();
      expect(sync.snapshot().status).toBe('saved');
    });

    it('take theirs: the draft is dropped and the page shows their version', async () => {
      const { store, server, saved, sync } = await conflicted();
      server.sent[1].answer({ kind: 'saved', version: 5 });
      await settle();
      sync.resolve('item:a', { kind: 'theirs' });
      await sync.persisted();
      expect(saved).toContainEqual(['item:a', notes('Kollegans version'), 6]);
      expect(store.records.size).toBe(0);
      await vi.advanceTimersByTimeAsync(5_000);
      expect(server.sent).toHaveLength(2);
    });
  });

  it('a refusal that will not pass by itself waits for the next edit; a passing one is retried', async () => {
    const { server, sync } = setup();
    sync.edit('item:a', notes('x'.repeat(10)), 1);
    await vi.advanceTimersByTimeAsync(1_500);
    server.sent[0].answer({ kind: 'failed', code: 'VALIDATION_FAILED', message: 'För lång', retry: false });
    await settle();
    expect(sync.snapshot()).toMatchObject({ status: 'failed', error: { code: 'VALIDATION_FAILED' } });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(server.sent).toHaveLength(1);

    sync.edit('item:a', notes('kortare'), 1);
    expect(sync.snapshot().status).toBe('saving');
    await vi.advanceTimersByTimeAsync(1_500);
    server.sent[1].answer({ kind: 'failed', code: 'HTTP_503', retry: true });
    await settle();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(server.sent).toHaveLength(3);
  });
});
