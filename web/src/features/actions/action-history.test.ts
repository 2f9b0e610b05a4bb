import { describe, expect, it } from 'vitest';
import { type HistoryEntry, historyChanges, newestFirst } from './action-history';

function entry(occurredAt: string, changes: HistoryEntry['changes']): HistoryEntry {
  return {
    id: occurredAt,
    actorId: null,
    actorName: 'Anna',
    kind: 'updated',
    comment: null,
    occurredAt,
    changes,
  };
}

describe('action history', () => {
  it('puts the status first and words each value as text', () => {
    const changes = historyChanges(
      entry('2026-12-01T10:00:00Z', {
        title: { from: 'A', to: 'B' },
        status: { from: 'open', to: 'done' },
        strategyAreaIds: { from: [], to: ['x', 'y'] },
      }),
    );
    expect(changes).toEqual([
      { field: 'status', from: 'open', to: 'done' },
      { field: 'strategyAreaIds', from: null, to: 'x, y' },
      { field: 'title', from: 'A', to: 'B' },
    ]);
  });

  it('lists the newest entry first', () => {
    const list = newestFirst([entry('2026-12-01T10:00:00Z', {}), entry('2026-12-02T10:00:00Z', {})]);
    expect(list.map((e) => e.occurredAt)).toEqual(['2026-12-02T10:00:00Z', '2026-12-01T10:00:00Z']);
  });
});
