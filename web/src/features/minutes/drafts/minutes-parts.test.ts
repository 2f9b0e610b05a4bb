import { describe, expect, it } from 'vitest';
import {
  actionBody,
  attendanceBody,
  attendanceValue,
  itemBody,
  itemValue,
  mergeDecisions,
  mergeText,
  parsePart,
  partKey,
  sameContent,
} from './minutes-parts';

describe('the parts of the minutes', () => {
  it('names and reads back part keys', () => {
    expect(parsePart(partKey.item('a1'))).toEqual({ kind: 'item', id: 'a1' });
    expect(parsePart(partKey.action('x9'))).toEqual({ kind: 'action', id: 'x9' });
    expect(parsePart(partKey.attendance)).toEqual({ kind: 'attendance' });
    expect(() => parsePart('guests')).toThrow();
  });

  it('sends an item without its empty decision rows, and empty notes as none', () => {
    expect(itemBody({ notes: '  ', decisions: ['Beslut ett ', '', '  '] })).toEqual({
      notes: null,
      decisions: ['Beslut ett'],
    });
    expect(itemBody({ notes: 'Text med mellanslag ', decisions: [] }).notes).toBe('Text med mellanslag ');
    expect(itemValue({ notes: null, decisions: ['B'] })).toEqual({ notes: '', decisions: ['B'] });
  });

  it('holds unrecorded participants out of the attendance and sends only named guests', () => {
    const value = attendanceValue({
      attendance: [
        { personId: 'p1', status: 'present' },
        { personId: 'p2', status: null },
      ],
      guests: [{ name: 'Gun Gäst', organization: null }],
    });
    expect(value).toEqual({
      attendance: [{ personId: 'p1', status: 'present' }],
      guests: [{ name: 'Gun Gäst', organization: '' }],
    });
    expect(
      attendanceBody({
        ...value,
        guests: [
          ...value.guests,
          { name: ' ', organization: 'Skrivs' },
          { name: ' Per ', organization: ' Lrf ' },
        ],
      }).guests,
    ).toEqual([{ name: 'Gun Gäst' }, { name: 'Per', organization: 'Lrf' }]);
  });

  it('sends an action trimmed, without an empty description', () => {
    expect(
      actionBody({
        agendaItemId: null,
        title: ' Lägesbild ',
        description: ' ',
        ownerOrganizationId: 'o',
        ownerPersonId: 'p',
        dueDate: '2027-03-31',
        strategyAreaIds: [],
      }),
    ).toEqual({
      agendaItemId: null,
      title: 'Lägesbild',
      ownerOrganizationId: 'o',
      ownerPersonId: 'p',
      dueDate: '2027-03-31',
      strategyAreaIds: [],
    });
  });

  it('compares values as the server stores them', () => {
    const item = partKey.item('a');
    expect(
      sameContent(item, { notes: 'Text ', decisions: ['B', ''] }, { notes: 'Text', decisions: ['B'] }),
    ).toBe(true);
    expect(sameContent(item, { notes: 'Text', decisions: [] }, { notes: 'Text.', decisions: [] })).toBe(
      false,
    );
    const attendance = partKey.attendance;
    expect(
      sameContent(
        attendance,
        {
          attendance: [
            { personId: 'b', status: 'absent' },
            { personId: 'a', status: 'present' },
          ],
          guests: [{ name: '', organization: '' }],
        },
        {
          attendance: [
            { personId: 'a', status: 'present' },
            { personId: 'b', status: 'absent' },
          ],
          guests: [],
        },
      ),
    ).toBe(true);
    expect(sameContent(partKey.action('x'), null, null)).toBe(true);
  });

  it('starts a merge with their text and the paragraphs only mine has', () => {
    expect(mergeText('Första stycket.\n\nDeras tillägg.', 'Första stycket.\n\nMitt tillägg.')).toBe(
      'Första stycket.\n\nDeras tillägg.\n\nMitt tillägg.',
    );
    expect(mergeDecisions(['A', 'B'], ['B ', 'C', ''])).toEqual(['A', 'B', 'C']);
  });
});
