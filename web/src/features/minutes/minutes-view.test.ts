import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { Minutes, MinutesRevision } from './hooks/useMinutes';
import { actionsByItem, changeText, hasMinutes, peopleNamed } from './minutes-view';
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

  it("words each change of a revision in the reader's language; an old stored line stays as it was", async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ resources: { sv: { minutes: sv }, en: { minutes: en } }, lng: 'sv', ns: ['minutes'] });
    const changes: MinutesRevision['changes'] = [
      { kind: 'notes_added', itemTitle: 'Läget' },
      { kind: 'decisions_changed', itemTitle: 'Läget', added: 1, removed: 1 },
      { kind: 'decisions_changed', itemTitle: 'Läget', added: 0, removed: 0 },
      { kind: 'attendance_changed', personName: 'Åsa', from: 'present', to: 'excused' },
      { kind: 'action_changed', actionTitle: 'Lägesbild', fields: ['dueDate', 'ownerPersonId'] },
      { kind: 'text', text: 'item "Läget": notes added' },
    ];
    const words = (language: string) =>
      changes.map((change) => changeText(change, i18n.getFixedT(language, 'minutes'), language));
    expect(words('sv')).toEqual([
      'Punkt ”Läget”: anteckningar tillagda',
      'Punkt ”Läget”: beslut tillagda (1) och borttagna (1)',
      'Punkt ”Läget”: besluten i ny ordning',
      'Närvaro: Åsa – Närvarande → Anmält förhinder',
      'Åtgärd ”Lägesbild”: slutdatum, ansvarig person ändrat',
      'item "Läget": notes added',
    ]);
    expect(words('en')[0]).toBe('Item “Läget”: notes added');
    expect(words('en')[3]).toBe('Attendance: Åsa – Present → Excused');
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
