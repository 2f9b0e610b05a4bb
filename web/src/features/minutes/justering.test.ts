import { describe, expect, it } from 'vitest';
import {
  adjusterState,
  initialAdjusters,
  reminderState,
  returnComments,
  stockholmToday,
  submitErrorField,
  undecidedAdjuster,
} from './justering';

const adjuster = (
  personId: string,
  decision: 'approved' | 'returned' | null,
  comment: string | null = null,
) => ({
  personId,
  name: `Namn ${personId}`,
  party: 'region' as const,
  decision,
  comment,
  decidedAt: decision ? '2026-12-01T10:00:00.000Z' : null,
  reminderAt: '2026-12-10T10:00:00.000Z',
  remindedAt: null as string | null,
});
const review = (
  status: 'open' | 'returned' | 'approved' | 'superseded',
  adjusters: ReturnType<typeof adjuster>[],
) => ({
  id: 'r',
  number: 1,
  status,
  submittedBy: 's',
  submittedAt: '2026-12-01T09:00:00.000Z',
  deadlineAt: '2026-12-15T22:59:59.999Z',
  closedAt: null,
  adjusters,
});

describe('justering', () => {
  it("starts the form from the agreement's adjusters, a blank choice where it names none", () => {
    expect(initialAdjusters({ defaults: { region: 'a', municipality: null }, people: [] })).toEqual([
      'a',
      '',
    ]);
  });

  it('puts an adjuster or deadline error on its field', () => {
    expect(submitErrorField('MINUTES_INVALID_ADJUSTER')).toBe('adjusters');
    expect(submitErrorField('MINUTES_ADJUSTERS_REQUIRED')).toBe('adjusters');
    expect(submitErrorField('MINUTES_INVALID_DEADLINE')).toBe('deadline');
    expect(submitErrorField('MINUTES_EMPTY')).toBeNull();
  });

  it("gives today's date in Stockholm, not in UTC", () => {
    expect(stockholmToday(new Date('2026-12-07T23:30:00Z'))).toBe('2026-12-08');
    expect(stockholmToday(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
  });

  it('says whether a reminder was sent, is due, or none will go', () => {
    const waiting = adjuster('a', null);
    expect(reminderState(review('open', [waiting]), waiting)).toEqual({
      kind: 'due',
      at: waiting.reminderAt,
    });
    const decided = adjuster('b', 'approved');
    expect(reminderState(review('open', [decided]), decided)).toBeNull();
    expect(reminderState(review('superseded', [waiting]), waiting)).toBeNull();
    const reminded = { ...waiting, remindedAt: '2026-12-10T10:00:05.000Z' };
    expect(reminderState(review('open', [reminded]), reminded)).toEqual({
      kind: 'sent',
      at: '2026-12-10T10:00:05.000Z',
    });
  });

  it('says waiting only while the review is open', () => {
    expect(adjusterState(review('open', []), adjuster('a', null))).toBe('pending');
    expect(adjusterState(review('returned', []), adjuster('a', null))).toBe('undecided');
    expect(adjusterState(review('returned', []), adjuster('a', 'returned'))).toBe('returned');
  });

  it('lists the return comments and finds the undecided adjuster who is signed in', () => {
    const returned = review('returned', [adjuster('a', 'returned', 'Rätta beslutet'), adjuster('b', null)]);
    expect(returnComments(returned)).toEqual([{ name: 'Namn a', comment: 'Rätta beslutet' }]);
    expect(returnComments(null)).toEqual([]);
    expect(undecidedAdjuster(returned, 'b')).toBe(false);
    const open = review('open', [adjuster('a', 'approved'), adjuster('b', null)]);
    expect(undecidedAdjuster(open, 'b')).toBe(true);
    expect(undecidedAdjuster(open, 'a')).toBe(false);
    expect(undecidedAdjuster(open, undefined)).toBe(false);
  });
});
