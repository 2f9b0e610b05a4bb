import { approvalDeadline } from './approval-deadline';

const ZONE = 'Europe/Stockholm';

describe('approvalDeadline', () => {
  it('by default ends the local working day MINUTES_APPROVAL_DAYS after submission, not 14 × 24 h later', () => {
    // Sunday 6 December 2026, 21:06 local; 14 days on is Sunday 20 December: Monday 21 is the deadline.
    const deadline = approvalDeadline(new Date('2026-12-06T20:06:00Z'), { approvalDays: 14 }, ZONE, 'SE');
    expect(deadline.date).toBe('2026-12-21');
    expect(deadline.deadlineAt.toISOString()).toBe('2026-12-21T22:59:59.999Z');
  });

  it('counts from the submission’s local day, whatever the server zone', () => {
    // 23:30 UTC on Monday 1 March 2027 is already Tuesday 2 March in Stockholm: +14 = Tuesday 16 March.
    const deadline = approvalDeadline(new Date('2027-03-01T23:30:00Z'), { approvalDays: 14 }, ZONE, 'SE');
    expect(deadline.date).toBe('2027-03-16');
    expect(deadline.deadlineAt.toISOString()).toBe('2027-03-16T22:59:59.999Z');
  });

  it('moves past julafton and the Christmas holidays to the next working day', () => {
    // Submitted Tuesday 10 December 2030: +14 = julafton; 25 and 26 are holidays; Friday 27 is the deadline.
    const byDefault = approvalDeadline(new Date('2030-12-10T09:00:00Z'), { approvalDays: 14 }, ZONE, 'SE');
    expect(byDefault.date).toBe('2030-12-27');
    const chosen = approvalDeadline(
      new Date('2030-12-10T09:00:00Z'),
      { approvalDays: 14, date: '2030-12-24' },
      ZONE,
      'SE',
    );
    expect(chosen).toEqual(byDefault);
  });

  it('keeps a chosen working day and ends it at local midnight, summer time included', () => {
    const deadline = approvalDeadline(
      new Date('2027-06-01T09:00:00Z'),
      { approvalDays: 14, date: '2027-06-10' },
      ZONE,
      'SE',
    );
    expect(deadline).toEqual({ date: '2027-06-10', deadlineAt: new Date('2027-06-10T21:59:59.999Z') });
    // A chosen Saturday moves to Monday.
    expect(
      approvalDeadline(new Date('2031-03-01T09:00:00Z'), { approvalDays: 14, date: '2031-03-08' }, ZONE, 'SE')
        .date,
    ).toBe('2031-03-10');
  });
});
