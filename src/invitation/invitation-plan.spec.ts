import { type PlanParticipant, planInvitationSends } from './invitation-plan';

const participant = (personId: string, overrides: Partial<PlanParticipant> = {}): PlanParticipant => ({
  personId,
  removed: false,
  lastSequenceSent: null,
  lastMethodSent: null,
  ...overrides,
});
const sent = (sequence: number, method: 'REQUEST' | 'CANCEL' = 'REQUEST') => ({
  lastSequenceSent: sequence,
  lastMethodSent: method,
});

describe('planInvitationSends', () => {
  it('invites everyone of a new meeting with a REQUEST', () => {
    expect(
      planInvitationSends({ sequence: 0, status: 'confirmed' }, [participant('a'), participant('b')]),
    ).toEqual([
      { personId: 'a', method: 'REQUEST', kind: 'invitation' },
      { personId: 'b', method: 'REQUEST', kind: 'invitation' },
    ]);
  });

  it('sends an update to everyone behind the current SEQUENCE, nothing to those up to date', () => {
    const plan = planInvitationSends({ sequence: 2, status: 'confirmed' }, [
      participant('behind', sent(1)),
      participant('current', sent(2)),
      participant('far-behind', sent(0)),
    ]);
    expect(plan).toEqual([
      { personId: 'behind', method: 'REQUEST', kind: 'update' },
      { personId: 'far-behind', method: 'REQUEST', kind: 'update' },
    ]);
  });

  it('sends a CANCEL to a removed participant who had a REQUEST, and nothing to one who never had one', () => {
    const plan = planInvitationSends({ sequence: 1, status: 'confirmed' }, [
      participant('stays', sent(1)),
      participant('removed', { removed: true, ...sent(1) }),
      participant('removed-before-sending', { removed: true }),
      participant('removed-earlier', { removed: true, ...sent(0, 'CANCEL') }),
    ]);
    expect(plan).toEqual([{ personId: 'removed', method: 'CANCEL', kind: 'removed' }]);
  });

  it('invites a participant again after a CANCEL when they are added back', () => {
    expect(
      planInvitationSends({ sequence: 1, status: 'confirmed' }, [participant('back', sent(1, 'CANCEL'))]),
    ).toEqual([{ personId: 'back', method: 'REQUEST', kind: 'invitation' }]);
  });

  it('cancels for everyone who had a REQUEST when the meeting is cancelled', () => {
    const plan = planInvitationSends({ sequence: 3, status: 'cancelled' }, [
      participant('a', sent(2)),
      participant('b', sent(1)),
      participant('never-sent'),
      participant('removed-pending', { removed: true, ...sent(2) }),
      participant('removed-done', { removed: true, ...sent(2, 'CANCEL') }),
    ]);
    expect(plan).toEqual([
      { personId: 'a', method: 'CANCEL', kind: 'cancelled' },
      { personId: 'b', method: 'CANCEL', kind: 'cancelled' },
      { personId: 'removed-pending', method: 'CANCEL', kind: 'cancelled' },
    ]);
  });

  it('is empty once the sends are recorded, so a repeated or stale job sends nothing', () => {
    const meeting = { sequence: 4, status: 'confirmed' as const };
    const first = planInvitationSends(meeting, [participant('a', sent(3)), participant('b')]);
    expect(first).toHaveLength(2);
    const after = [participant('a', sent(4)), participant('b', sent(4))];
    expect(planInvitationSends(meeting, after)).toEqual([]);
    expect(
      planInvitationSends({ sequence: 5, status: 'cancelled' }, [participant('a', sent(5, 'CANCEL'))]),
    ).toEqual([]);
  });

  it('sends nothing about a held meeting', () => {
    expect(
      planInvitationSends({ sequence: 1, status: 'held' }, [participant('a'), participant('b', sent(0))]),
    ).toEqual([]);
  });

  it('never plans an older SEQUENCE than what was sent (plans always carry the current one)', () => {
    // A participant recorded ahead of the meeting (cannot happen, SEQUENCE never decreases) gets nothing.
    expect(planInvitationSends({ sequence: 1, status: 'confirmed' }, [participant('a', sent(2))])).toEqual(
      [],
    );
  });
});
