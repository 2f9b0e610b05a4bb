import { describe, expect, it } from 'vitest';
import type { Minutes } from './hooks/useMinutes';
import { actionsByItem, hasMinutes, peopleNamed } from './minutes-view';
import en from './minutes.en.json';
import sv from './minutes.sv.json';

function keys(messages: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? keys(value as Record<string, unknown>, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

const action = (id: string, agendaItemId: string | null) =>
  ({ id, agendaItemId, title: id }) as Minutes['actions'][number];

describe('minutes view', () => {
  it('counts minutes as written once anything was recorded (revision above 0)', () => {
    expect(hasMinutes({ revision: 0 })).toBe(false);
    expect(hasMinutes({ revision: 1 })).toBe(true);
  });

  it('puts actions under their item, and those on no item or an item not shown under null', () => {
    const grouped = actionsByItem({
      items: [{ agendaItemId: 'a' }, { agendaItemId: 'b' }] as Minutes['items'],
      actions: [action('1', 'a'), action('2', null), action('3', 'gone'), action('4', 'a')],
    });
    expect(grouped.get('a')?.map((x) => x.id)).toEqual(['1', '4']);
    expect(grouped.get('b')).toBeUndefined();
    expect(grouped.get(null)?.map((x) => x.id)).toEqual(['2', '3']);
  });

  it('names the people of the attendance and the adjusters', () => {
    const names = peopleNamed({
      attendance: [
        { personId: 'p1', name: 'Ulla', organizationId: null, status: 'present' },
        { personId: 'p2', name: '', organizationId: null, status: null },
      ],
      review: { adjusters: [{ personId: 'p3', name: 'Rune' }] } as Minutes['review'],
    });
    expect([...names]).toEqual([
      ['p1', 'Ulla'],
      ['p3', 'Rune'],
    ]);
  });

  it('has every Swedish text in English too, and a word for every status and revision kind', () => {
    expect(keys(en).sort()).toEqual(keys(sv).sort());
    expect(Object.keys(sv.status).sort()).toEqual(['draft', 'in_review', 'locked', 'returned']);
    expect(Object.keys(sv.revisionKinds).sort()).toEqual([
      'approve',
      'edit',
      'lock',
      'reopen',
      'return',
      'submit',
    ]);
  });
});
