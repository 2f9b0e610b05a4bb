import { expectationSignal } from './expectation-metrics';

describe('expectationSignal', () => {
  const facts = {
    minutesApproved: 6,
    minutesApprovedWithinDeadline: 5,
    meetingsHeld: 4,
    cadenceStatus: 'ok' as const,
    party: { actionsDue: 10, actionsDoneOnTime: 7, actionsOverdue: 2, questionsOpen: 3 },
  };

  it('reports minutes approved within the deadline as "5 of 6"', () => {
    expect(expectationSignal('minutes_on_time', facts)).toEqual({
      metric: 'minutes_on_time',
      summary: 'Protokoll justerade inom tidsfristen: 5 av 6',
      numerator: 5,
      denominator: 6,
      ratio: 0.83,
    });
  });

  it("reports the party's actions closed on time as a percentage, and its overdue ones", () => {
    expect(expectationSignal('actions_on_time', facts)?.summary).toBe('Åtgärder klara i tid: 70 % (7 av 10)');
    expect(expectationSignal('actions_overdue', facts)).toMatchObject({
      summary: 'Försenade åtgärder: 2',
      numerator: 2,
      denominator: null,
    });
  });

  it("reports meetings held with the cadence status, and the party's open questions", () => {
    expect(expectationSignal('meeting_cadence', { ...facts, cadenceStatus: 'overdue' })?.summary).toBe(
      'Möten hållna senaste 12 månaderna: 4 (takt: försenad)',
    );
    expect(expectationSignal('questions_open', facts)?.summary).toBe('Öppna frågor: 3');
  });

  it('gives no signal when not measured, or before anything was measured', () => {
    expect(expectationSignal('not_measured', facts)).toBeNull();
    expect(expectationSignal('minutes_on_time', { ...facts, minutesApproved: 0 })).toBeNull();
    expect(
      expectationSignal('actions_on_time', { ...facts, party: { ...facts.party, actionsDue: 0 } }),
    ).toBeNull();
  });
});
