import { type MinutesContent, diffMinutes, itemTextChanges } from './minutes-diff';

const EMPTY: MinutesContent = { items: [], attendance: [], guests: [], actions: [] };
const ITEM = {
  agendaItemId: 'i1',
  position: 1,
  title: 'Kommunens näringslivsläge',
  type: 'information' as const,
  visibility: 'public' as const,
  notes: null,
  decisions: [],
};
const ACTION = {
  id: 'a1',
  agendaItemId: 'i1',
  title: 'Lägesbild',
  description: null,
  ownerPersonId: 'p1',
  ownerOrganizationId: 'o1',
  dueDate: '2027-03-01',
  strategyAreaIds: [],
  actionId: null,
};

describe('diffMinutes', () => {
  it('is empty when nothing changed', () => {
    const content = { ...EMPTY, items: [ITEM], actions: [ACTION] };
    expect(diffMinutes(content, structuredClone(content))).toEqual([]);
  });

  it('names each item, person, guest and action that changed', () => {
    const before: MinutesContent = {
      items: [{ ...ITEM, notes: 'Gammal', decisions: ['A'] }],
      attendance: [{ personId: 'p1', name: 'Åsa', organizationId: 'o1', status: 'present' }],
      guests: [{ name: 'Gäst Ett', organization: null }],
      actions: [ACTION, { ...ACTION, id: 'a2', title: 'Borttagen' }],
    };
    const after: MinutesContent = {
      items: [{ ...ITEM, notes: 'Ny', decisions: ['A', 'B'] }],
      attendance: [
        { personId: 'p1', name: 'Åsa', organizationId: 'o1', status: 'excused' },
        { personId: 'p2', name: 'Bo', organizationId: 'o1', status: 'absent' },
      ],
      guests: [{ name: 'Gäst Två', organization: 'Almi' }],
      actions: [
        { ...ACTION, dueDate: '2027-04-01' },
        { ...ACTION, id: 'a3', title: 'Ny åtgärd' },
      ],
    };
    expect(diffMinutes(before, after)).toEqual([
      { kind: 'notes_changed', itemTitle: 'Kommunens näringslivsläge' },
      { kind: 'decisions_changed', itemTitle: 'Kommunens näringslivsläge', added: 1, removed: 0 },
      { kind: 'attendance_changed', personName: 'Åsa', from: 'present', to: 'excused' },
      { kind: 'attendance_recorded', personName: 'Bo', status: 'absent' },
      { kind: 'guest_added', guestName: 'Gäst Två' },
      { kind: 'guest_removed', guestName: 'Gäst Ett' },
      { kind: 'action_changed', actionTitle: 'Lägesbild', fields: ['dueDate'] },
      { kind: 'action_added', actionTitle: 'Ny åtgärd' },
      { kind: 'action_removed', actionTitle: 'Borttagen' },
    ]);
  });

  it('reports notes added to an item that had none', () => {
    expect(
      diffMinutes({ ...EMPTY, items: [ITEM] }, { ...EMPTY, items: [{ ...ITEM, notes: 'Text' }] }),
    ).toEqual([{ kind: 'notes_added', itemTitle: 'Kommunens näringslivsläge' }]);
  });
});

describe('itemTextChanges', () => {
  const OTHER = { ...ITEM, agendaItemId: 'i2', title: 'Övriga frågor' };

  it('gives the notes and decisions an edit changed, before and after, decisions one a line', () => {
    const before = { ...EMPTY, items: [{ ...ITEM, notes: 'Två etableringar.', decisions: ['A'] }, OTHER] };
    const after = {
      ...EMPTY,
      items: [{ ...ITEM, notes: 'Tre etableringar.', decisions: ['A', 'B'] }, OTHER],
    };
    expect(itemTextChanges(before, after)).toEqual([
      { itemTitle: ITEM.title, field: 'notes', before: 'Två etableringar.', after: 'Tre etableringar.' },
      { itemTitle: ITEM.title, field: 'decisions', before: 'A', after: 'A\nB' },
    ]);
  });

  it('starts from nothing, and gives the texts of an item gone from the minutes', () => {
    const first = { ...EMPTY, items: [{ ...ITEM, notes: 'Ŋuolla' }] };
    expect(itemTextChanges(null, first)).toEqual([
      { itemTitle: ITEM.title, field: 'notes', before: null, after: 'Ŋuolla' },
    ]);
    expect(itemTextChanges(first, EMPTY)).toEqual([
      { itemTitle: ITEM.title, field: 'notes', before: 'Ŋuolla', after: null },
    ]);
    expect(itemTextChanges(first, structuredClone(first))).toEqual([]);
  });
});
