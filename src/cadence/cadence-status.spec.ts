import { evaluateCadence } from './cadence-status';

const agreement = { cadence: 'P90D', validFrom: '2027-01-01' };

describe('evaluateCadence', () => {
  it('is no_agreement without an agreement', () => {
    expect(
      evaluateCadence({
        agreement: null,
        lastHeldDate: '2027-01-01',
        nextPlannedDate: null,
        today: '2027-02-01',
      }),
    ).toEqual({ dueDate: null, daysUntilDue: null, status: 'no_agreement' });
  });

  it('is ok until 30 days before the due date, due from then, overdue after it', () => {
    const at = (today: string) =>
      evaluateCadence({ agreement, lastHeldDate: '2027-01-10', nextPlannedDate: null, today });
    // Due 2027-04-10.
    expect(at('2027-03-10')).toEqual({ dueDate: '2027-04-10', daysUntilDue: 31, status: 'ok' });
    expect(at('2027-03-11')).toMatchObject({ daysUntilDue: 30, status: 'due' });
    expect(at('2027-04-10')).toMatchObject({ daysUntilDue: 0, status: 'due' });
    expect(at('2027-04-11')).toMatchObject({ daysUntilDue: -1, status: 'overdue' });
  });

  it('is ok when a meeting is planned on or before the due date, still overdue once it has passed', () => {
    const facts = { agreement, lastHeldDate: '2027-01-10', today: '2027-04-01' };
    expect(evaluateCadence({ ...facts, nextPlannedDate: '2027-04-10' }).status).toBe('ok');
    expect(evaluateCadence({ ...facts, nextPlannedDate: '2027-04-11' }).status).toBe('due');
    expect(evaluateCadence({ ...facts, today: '2027-04-12', nextPlannedDate: '2027-04-20' }).status).toBe(
      'overdue',
    );
  });

  it('counts from valid-from when nothing was held, and is ok when an RRULE has no date left', () => {
    expect(
      evaluateCadence({ agreement, lastHeldDate: null, nextPlannedDate: null, today: '2027-04-02' }),
    ).toMatchObject({ dueDate: '2027-04-01', status: 'overdue' });
    expect(
      evaluateCadence({
        agreement: { cadence: 'FREQ=MONTHLY;COUNT=1', validFrom: '2027-01-01' },
        lastHeldDate: '2027-02-01',
        nextPlannedDate: null,
        today: '2027-06-01',
      }),
    ).toEqual({ dueDate: null, daysUntilDue: null, status: 'ok' });
  });
});
