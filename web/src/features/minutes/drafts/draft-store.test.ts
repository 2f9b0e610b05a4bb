import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { type Draft, draftKey, openDraftStore } from './draft-store';

function draft(personId: string, meetingId: string, part: string, text: string, updatedAt = 1): Draft {
  return {
    key: draftKey(personId, meetingId, part),
    personId,
    meetingId,
    part,
    value: { notes: text, decisions: [] },
    baseVersion: 3,
    seq: 1,
    updatedAt,
    conflict: null,
  };
}

describe('the IndexedDB draft store', () => {
  it('keeps drafts across openings (a reload), per person and meeting, oldest first', async () => {
    const factory = new IDBFactory();
    const first = await openDraftStore(factory);
    await first.put(draft('anna', 'm1', 'item:b', 'Andra punkten', 2));
    await first.put(draft('anna', 'm1', 'item:a', 'Första punkten', 1));
    await first.put(draft('anna', 'm2', 'item:a', 'Ett annat möte'));
    await first.put(draft('bo', 'm1', 'item:a', 'Bos text'));

    const reopened = await openDraftStore(factory);
    const annas = await reopened.list('anna', 'm1');
    expect(annas.map((d) => [d.part, (d.value as { notes: string }).notes])).toEqual([
      ['item:a', 'Första punkten'],
      ['item:b', 'Andra punkten'],
    ]);
    expect((await reopened.list('bo', 'm1')).map((d) => d.part)).toEqual(['item:a']);
    expect(await reopened.list('cecilia', 'm1')).toEqual([]);
  });

  it('replaces a part’s draft and deletes it, leaving the others', async () => {
    const store = await openDraftStore(new IDBFactory());
    await store.put(draft('anna', 'm1', 'item:a', 'först'));
    await store.put(draft('anna', 'm1', 'attendance', 'närvaro'));
    await store.put({ ...draft('anna', 'm1', 'item:a', 'sedan'), seq: 2 });
    let listed = await store.list('anna', 'm1');
    expect(listed).toHaveLength(2);
    expect(listed.find((d) => d.part === 'item:a')).toMatchObject({ seq: 2, value: { notes: 'sedan' } });

    await store.delete(draftKey('anna', 'm1', 'item:a'));
    listed = await store.list('anna', 'm1');
    expect(listed.map((d) => d.part)).toEqual(['attendance']);
  });

  it('keeps a conflict with the colleague’s version', async () => {
    const store = await openDraftStore(new IDBFactory());
    const conflicted = {
      ...draft('anna', 'm1', 'item:a', 'min text'),
      conflict: { value: { notes: 'kollegans text', decisions: ['Beslut'] }, version: 5 },
    };
    await store.put(conflicted);
    expect(await store.list('anna', 'm1')).toEqual([conflicted]);
  });
});
