import { DomainError } from '../common/errors/domain-error';
import { assertTransition } from './meeting-rules';

function codeOf(work: () => void): string | undefined {
  try {
    work();
    return undefined;
  } catch (error) {
    return error instanceof DomainError ? error.code : 'not a domain error';
  }
}

describe('assertTransition', () => {
  const end = new Date('2027-05-10T09:30:00Z');
  const before = new Date('2027-05-10T09:00:00Z');
  const after = new Date('2027-05-10T10:00:00Z');

  it('allows planned → confirmed and confirmed → held once the meeting is over', () => {
    expect(codeOf(() => assertTransition('planned', 'confirmed', end, before))).toBeUndefined();
    expect(codeOf(() => assertTransition('confirmed', 'held', end, after))).toBeUndefined();
    expect(codeOf(() => assertTransition('confirmed', 'held', end, end))).toBeUndefined();
  });

  it('refuses holding a meeting that has not ended', () => {
    expect(codeOf(() => assertTransition('confirmed', 'held', end, before))).toBe('MEETING_NOT_ENDED');
  });

  it.each([
    ['planned', 'held'],
    ['confirmed', 'planned'],
    ['held', 'confirmed'],
    ['cancelled', 'planned'],
  ] as const)('refuses %s → %s', (from, to) => {
    expect(codeOf(() => assertTransition(from, to, end, after))).toBe('MEETING_INVALID_TRANSITION');
  });
});
