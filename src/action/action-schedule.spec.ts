import { daysUntil, isLocalDate, isOverdue, isoWeekOf, localToday, planReminders } from './action-schedule';

const timing = { daysBefore: 7, hour: 8, timeZone: 'Europe/Stockholm' };

describe('planReminders', () => {
  it('plans a reminder a week ahead and one on the due date, at 08:00 local time', () => {
    const now = new Date('2026-03-01T10:00:00Z');
    expect(planReminders('2026-03-20', now, timing)).toEqual([
      { kind: 'before', date: '2026-03-13', runAt: new Date('2026-03-13T07:00:00Z') },
      { kind: 'due', date: '2026-03-20', runAt: new Date('2026-03-20T07:00:00Z') },
    ]);
  });

  it('keeps 08:00 local across the change to summer time', () => {
    const now = new Date('2026-03-01T10:00:00Z');
    // Summer time starts 2026-03-29: CEST is UTC+2.
    expect(planReminders('2026-04-02', now, timing)).toEqual([
      { kind: 'before', date: '2026-03-26', runAt: new Date('2026-03-26T07:00:00Z') },
      { kind: 'due', date: '2026-04-02', runAt: new Date('2026-04-02T06:00:00Z') },
    ]);
  });

  it('leaves out a reminder whose day has passed, and sends today’s at once when its hour has passed', () => {
    const now = new Date('2026-03-10T12:00:00Z');
    expect(planReminders('2026-03-12', now, timing)).toEqual([
      { kind: 'due', date: '2026-03-12', runAt: new Date('2026-03-12T07:00:00Z') },
    ]);
    expect(planReminders('2026-03-17', now, timing)).toEqual([
      { kind: 'before', date: '2026-03-10', runAt: now },
      { kind: 'due', date: '2026-03-17', runAt: new Date('2026-03-17T07:00:00Z') },
    ]);
    expect(planReminders('2026-03-10', now, timing)).toEqual([
      { kind: 'due', date: '2026-03-10', runAt: now },
    ]);
    expect(planReminders('2026-03-09', now, timing)).toEqual([]);
  });

  it('uses the local date, not the UTC one, around midnight', () => {
    // 23:30 UTC on 9 March is 00:30 on 10 March in Stockholm.
    const now = new Date('2026-03-09T23:30:00Z');
    expect(localToday(now, 'Europe/Stockholm')).toBe('2026-03-10');
    expect(planReminders('2026-03-10', now, { ...timing, hour: 0 })).toEqual([
      { kind: 'due', date: '2026-03-10', runAt: now },
    ]);
  });

  it('plans only the due-date reminder with no days before', () => {
    const now = new Date('2026-03-01T10:00:00Z');
    expect(planReminders('2026-03-20', now, { ...timing, daysBefore: 0 }).map((r) => r.kind)).toEqual([
      'due',
    ]);
  });
});

describe('due computations', () => {
  it('calls an open action overdue only after its due date', () => {
    expect(isOverdue({ status: 'open', dueDate: '2026-03-09' }, '2026-03-10')).toBe(true);
    expect(isOverdue({ status: 'in_progress', dueDate: '2026-03-09' }, '2026-03-10')).toBe(true);
    expect(isOverdue({ status: 'open', dueDate: '2026-03-10' }, '2026-03-10')).toBe(false);
    expect(isOverdue({ status: 'done', dueDate: '2026-01-01' }, '2026-03-10')).toBe(false);
    expect(isOverdue({ status: 'cancelled', dueDate: '2026-01-01' }, '2026-03-10')).toBe(false);
  });

  it('counts whole days, across daylight-saving changes', () => {
    expect(daysUntil('2026-03-17', '2026-03-10')).toBe(7);
    expect(daysUntil('2026-03-30', '2026-03-28')).toBe(2);
    expect(daysUntil('2026-03-01', '2026-03-10')).toBe(-9);
    expect(daysUntil('2026-10-26', '2026-10-24')).toBe(2);
  });

  it('names ISO weeks in the business time zone', () => {
    expect(isoWeekOf(new Date('2026-01-05T06:00:00Z'), 'Europe/Stockholm')).toBe('2026-W02');
    // Sunday 23:30 UTC is already Monday in Stockholm.
    expect(isoWeekOf(new Date('2026-01-11T23:30:00Z'), 'Europe/Stockholm')).toBe('2026-W03');
    expect(isoWeekOf(new Date('2027-01-01T12:00:00Z'), 'Europe/Stockholm')).toBe('2026-W53');
  });

  it('accepts only real calendar dates', () => {
    expect(isLocalDate('2026-02-28')).toBe(true);
    expect(isLocalDate('2028-02-29')).toBe(true);
    expect(isLocalDate('2026-02-29')).toBe(false);
    expect(isLocalDate('2026-2-1')).toBe(false);
    expect(isLocalDate('2026-02-01T00:00')).toBe(false);
  });
});
