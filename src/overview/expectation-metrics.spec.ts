import { expectationMetric, expectationSignal } from './expectation-metrics';

describe('expectationMetric', () => {
  it.each([
    ['Protokollet justeras inom två veckor efter mötet', 'minutes_on_time'],
    ['Minnesanteckningar skickas ut inom en vecka', 'minutes_on_time'],
    ['Minutes are approved within 14 days', 'minutes_on_time'],
    ['Åtgärder genomförs till utsatt datum', 'actions_on_time'],
    ['Kommunen återrapporterar sina uppdrag', 'actions_on_time'],
    ['Regionen ger återkoppling på inkomna frågor inom en månad', 'questions_answered'],
    ['Vi ses varje kvartal', 'meeting_cadence'],
    ['Samverkansmöte hålls två gånger per termin', 'meeting_cadence'],
    ['We meet every quarter', 'meeting_cadence'],
    ['Näringslivskontoret bjuder in två lokala företag per år', null],
  ])('%s → %s', (text, metric) => {
    expect(expectationMetric(text)).toBe(metric);
  });
});

describe('expectationSignal', () => {
  const facts = {
    minutesApproved: 6,
    minutesApprovedWithinDeadline: 5,
    actionsDue: 10,
    actionsDoneOnTime: 7,
    meetingsHeld: 4,
    cadenceStatus: 'ok' as const,
    questionsOpen: 3,
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

  it('reports actions closed on time as a percentage', () => {
    expect(expectationSignal('actions_on_time', facts)?.summary).toBe('Åtgärder klara i tid: 70 % (7 av 10)');
  });

  it('reports meetings held and the cadence status', () => {
    expect(expectationSignal('meeting_cadence', { ...facts, cadenceStatus: 'overdue' })?.summary).toBe(
      'Möten hållna senaste 12 månaderna: 4; takt: försenad',
    );
  });

  it('gives no signal before anything was measured', () => {
    expect(expectationSignal('minutes_on_time', { ...facts, minutesApproved: 0 })).toBeNull();
    expect(expectationSignal('actions_on_time', { ...facts, actionsDue: 0 })).toBeNull();
  });
});
