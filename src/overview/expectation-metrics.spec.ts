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
      level: 'met',
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

  it('reads each figure against the expectation: met, partly, unmet, or neutral for open questions', () => {
    const level = (metric: Parameters<typeof expectationSignal>[0], changed: object) =>
      expectationSignal(metric, { ...facts, ...changed })?.level;
    const party = (changed: object) => ({ party: { ...facts.party, ...changed } });
    expect(level('minutes_on_time', { minutesApprovedWithinDeadline: 4 })).toBe('partly');
    expect(level('minutes_on_time', { minutesApprovedWithinDeadline: 2 })).toBe('unmet');
    expect(level('actions_on_time', party({ actionsDoneOnTime: 8 }))).toBe('met');
    expect(level('actions_on_time', party({ actionsDoneOnTime: 7 }))).toBe('partly');
    expect(level('actions_on_time', party({ actionsDoneOnTime: 4 }))).toBe('unmet');
    expect(level('actions_overdue', party({ actionsOverdue: 0 }))).toBe('met');
    expect(level('actions_overdue', party({ actionsOverdue: 2 }))).toBe('partly');
    expect(level('actions_overdue', party({ actionsOverdue: 3 }))).toBe('unmet');
    expect(level('meeting_cadence', { cadenceStatus: 'ok' })).toBe('met');
    expect(level('meeting_cadence', { cadenceStatus: 'due' })).toBe('partly');
    expect(level('meeting_cadence', { cadenceStatus: 'overdue' })).toBe('unmet');
    expect(level('questions_open', {})).toBe('neutral');
  });

  it('gives no signal when not measured, or before anything was measured', () => {
    expect(expectationSignal('not_measured', facts)).toBeNull();
    expect(expectationSignal('minutes_on_time', { ...facts, minutesApproved: 0 })).toBeNull();
    expect(
      expectationSignal('actions_on_time', { ...facts, party: { ...facts.party, actionsDue: 0 } }),
    ).toBeNull();
  });
});
