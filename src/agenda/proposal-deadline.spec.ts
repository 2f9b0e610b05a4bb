import { addWorkingDays, callForItemsDue, isWorkingDay, proposalDeadline } from './proposal-deadline';

const ZONE = 'Europe/Stockholm';

describe('proposalDeadline', () => {
  it('closes at the end of the fifth working day before the meeting', () => {
    // Tuesday 10 February 2026, 10:00 local: Mon 9, Fri 6, Thu 5, Wed 4, Tue 3 → open through Tue 3.
    const deadline = proposalDeadline(new Date('2026-02-10T09:00:00Z'), 5, ZONE, 'SE');
    expect(deadline.date).toBe('2026-02-03');
    expect(deadline.closesAt.toISOString()).toBe('2026-02-03T23:00:00.000Z');
  });

  it('skips weekends and Swedish holidays, midsommarafton included', () => {
    // Monday 22 June 2026: Fri 19 is midsommarafton; Thu 18, Wed 17, Tue 16, Mon 15, Fri 12.
    const deadline = proposalDeadline(new Date('2026-06-22T08:00:00Z'), 5, ZONE, 'SE');
    expect(deadline.date).toBe('2026-06-12');
    expect(deadline.closesAt.toISOString()).toBe('2026-06-12T22:00:00.000Z');
    expect(isWorkingDay('2026-06-19', 'SE')).toBe(false);
    expect(isWorkingDay('2026-12-24', 'SE')).toBe(false);
    expect(isWorkingDay('2026-06-18', 'SE')).toBe(true);
  });

  it('uses the meeting day in the business time zone, whatever the server zone', () => {
    // 23:30 UTC on 1 March is already Monday 2 March in Stockholm.
    const deadline = proposalDeadline(new Date('2026-03-01T23:30:00Z'), 1, ZONE, 'SE');
    expect(deadline.date).toBe('2026-02-27');
  });

  it('with zero working days, proposals stay open until the meeting starts', () => {
    const start = new Date('2026-02-10T09:00:00Z');
    expect(proposalDeadline(start, 0, ZONE, 'SE').closesAt).toEqual(start);
  });
});

describe('addWorkingDays', () => {
  it('counts Swedish working days either way, skipping weekends and holidays', () => {
    // Thursday 17 December 2026 + 5: Fri 18, Mon 21, Tue 22, Wed 23, then julafton, juldagen, annandag jul
    // and the weekend are off: Mon 28.
    expect(addWorkingDays('2026-12-17', 5, 'SE')).toBe('2026-12-28');
    expect(addWorkingDays('2026-12-28', -5, 'SE')).toBe('2026-12-17');
    expect(addWorkingDays('2026-12-17', 0, 'SE')).toBe('2026-12-17');
  });
});

describe('callForItemsDue', () => {
  it('goes out at 08:00 local, the given working days before the proposal deadline', () => {
    // Meeting Tuesday 10 February 2026: proposals close Tuesday 3 February; 5 working days before: Tue 27 Jan.
    const due = callForItemsDue(
      { startAt: new Date('2026-02-10T09:00:00Z') },
      { agenda: { proposalWorkingDays: 5, callForItemsWorkingDays: 5 }, timeZone: ZONE },
    );
    expect(due.date).toBe('2026-01-27');
    expect(due.at.toISOString()).toBe('2026-01-27T07:00:00.000Z');
  });
});
