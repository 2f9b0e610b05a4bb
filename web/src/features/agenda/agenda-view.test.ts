import { describe, expect, it } from 'vitest';
import type { Me } from '../auth/hooks/useMe';
import { canMoveTo, keepsAgenda, movedItems, proposalsOf, templateAdditions, timetable } from './agenda-view';
import en from './agenda.en.json';
import sv from './agenda.sv.json';
import type { AgendaItem } from './hooks/useAgenda';

const REGION = '00000000-0000-4000-8000-000000000001';
const UMEA = '00000000-0000-4000-8000-000000000002';
const OTHER = '00000000-0000-4000-8000-000000000003';
const meeting = { regionId: REGION, organizations: [{ id: UMEA }] };

function me(roles: Me['roles'], organizationId: string): Me {
  return { id: 'me', roles, organizationId } as unknown as Me;
}

let counter = 0;
function item(patch: Partial<AgendaItem>): AgendaItem {
  counter += 1;
  return {
    id: `item-${counter}`,
    title: `Item ${counter}`,
    durationMinutes: 10,
    source: 'template',
    status: 'scheduled',
    proposedBy: null,
    ...patch,
  } as AgendaItem;
}

function keys(messages: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? keys(value as Record<string, unknown>, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

describe('keepsAgenda', () => {
  it('is true for admins and for coordinators and secretaries of either party, as the API decides', () => {
    expect(keepsAgenda(me(['admin'], OTHER), meeting)).toBe(true);
    expect(keepsAgenda(me(['coordinator'], REGION), meeting)).toBe(true);
    expect(keepsAgenda(me(['secretary'], UMEA), meeting)).toBe(true);
  });

  it('is false for participants, and for a coordinator of an organization that is not a party', () => {
    expect(keepsAgenda(me(['participant'], UMEA), meeting)).toBe(false);
    expect(keepsAgenda(me(['participant'], REGION), meeting)).toBe(false);
    expect(keepsAgenda(me(['coordinator'], OTHER), meeting)).toBe(false);
  });
});

describe('timetable', () => {
  it('gives each item the slot after the previous one, from the meeting’s start', () => {
    const items = [
      item({ durationMinutes: 15 }),
      item({ durationMinutes: 0 }),
      item({ durationMinutes: 30 }),
    ];
    expect(
      timetable(items, '2030-05-06T08:00:00.000Z').map(({ startAt, endAt }) => [startAt, endAt]),
    ).toEqual([
      ['2030-05-06T08:00:00.000Z', '2030-05-06T08:15:00.000Z'],
      ['2030-05-06T08:15:00.000Z', '2030-05-06T08:15:00.000Z'],
      ['2030-05-06T08:15:00.000Z', '2030-05-06T08:45:00.000Z'],
    ]);
  });
});

describe('proposalsOf', () => {
  const accepted = item({ source: 'proposal', status: 'accepted', proposedBy: 'anna' });
  const waiting = item({ source: 'proposal', status: 'proposed', proposedBy: 'bo' });
  const declined = item({ source: 'proposal', status: 'declined', proposedBy: 'anna' });
  const agenda = {
    items: [item({}), accepted, item({ source: 'added' })],
    proposals: [declined, waiting],
  };

  it('lists every proposal with its fate: waiting, then accepted, then declined; nothing else', () => {
    expect(proposalsOf(agenda).map((p) => [p.id, p.status])).toEqual([
      [waiting.id, 'proposed'],
      [accepted.id, 'accepted'],
      [declined.id, 'declined'],
    ]);
  });

  it('keeps one person’s proposals', () => {
    expect(proposalsOf(agenda, 'anna').map((p) => p.id)).toEqual([accepted.id, declined.id]);
    expect(proposalsOf(agenda, 'nobody')).toEqual([]);
  });
});

describe('agenda texts', () => {
  it('has every Swedish text in English too, and a word for every item type and fate', () => {
    expect(keys(en).sort()).toEqual(keys(sv).sort());
    expect(Object.keys(sv.types).sort()).toEqual(['decision', 'discussion', 'follow-up', 'information']);
    expect(Object.keys(sv.fate).sort()).toEqual(['accepted', 'declined', 'proposed']);
  });
});

describe('arranging the agenda', () => {
  const order = [
    item({ title: 'Öppnande' }),
    item({ title: 'Läget' }),
    item({ title: 'Övriga frågor', closing: true }),
  ];

  it('moves an item to a number and renumbers, as the API answers', () => {
    const moved = movedItems(order, order[1].id, 1);
    expect(moved.map((entry) => [entry.number, entry.title])).toEqual([
      [1, 'Läget'],
      [2, 'Öppnande'],
      [3, 'Övriga frågor'],
    ]);
  });

  it('keeps closing items last and refuses moves to nowhere', () => {
    expect(canMoveTo(order, order[1].id, 1)).toBe(true);
    expect(canMoveTo(order, order[1].id, 2)).toBe(false);
    expect(canMoveTo(order, order[1].id, 3)).toBe(false);
    expect(canMoveTo(order, order[2].id, 2)).toBe(false);
    expect(canMoveTo(order, order[0].id, 0)).toBe(false);
    expect(canMoveTo(order, 'missing', 1)).toBe(false);
  });

  it("lists a template's items the agenda lacks, by title whatever the case and spacing", () => {
    const entries = [
      { title: 'öppnande' },
      { title: 'Kompetens  försörjning' },
      { title: ' Övriga frågor ' },
    ];
    expect(templateAdditions(entries, order)).toEqual([{ title: 'Kompetens  försörjning' }]);
  });
});
