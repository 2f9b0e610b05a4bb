import { calendarOfWindow, exclusionOf, rangeContains } from './working-calendar.js';
import { DEFAULT_SCHEDULER_CONFIG } from './scheduler-config.js';

const config = DEFAULT_SCHEDULER_CONFIG;
const noBlackouts = { ...config, blackouts: [] };

describe('working calendar', () => {
  it('excludes public holidays and the bank holidays midsommarafton, julafton and nyårsafton', () => {
    expect(exclusionOf('2026-04-03', config)).toEqual({ code: 'HOLIDAY', label: 'långfredagen' });
    expect(exclusionOf('2026-04-06', config)).toEqual({ code: 'HOLIDAY', label: 'annandag påsk' });
    expect(exclusionOf('2026-05-14', config)).toEqual({ code: 'HOLIDAY', label: 'Kristi himmelsfärdsdag' });
    expect(exclusionOf('2026-06-19', config)).toEqual({ code: 'HOLIDAY', label: 'midsommarafton' });
    expect(exclusionOf('2026-12-24', noBlackouts)).toEqual({ code: 'HOLIDAY', label: 'julafton' });
    expect(exclusionOf('2026-12-31', noBlackouts)).toEqual({ code: 'HOLIDAY', label: 'nyårsafton' });
    expect(exclusionOf('2027-06-25', config)).toEqual({ code: 'HOLIDAY', label: 'midsommarafton' });
  });

  it('keeps observances and half days as working days', () => {
    expect(exclusionOf('2026-04-02', config)).toBeNull(); // skärtorsdagen
    expect(exclusionOf('2026-04-30', config)).toBeNull(); // valborgsmässoafton
    expect(exclusionOf('2026-05-25', config)).toBeNull(); // annandag pingst is no longer a holiday
  });

  it('names weekends and blackouts, which recur yearly and may wrap over New Year', () => {
    expect(exclusionOf('2026-09-05', config)).toEqual({ code: 'WEEKEND', label: 'Saturday' });
    expect(exclusionOf('2026-07-15', config)).toEqual({ code: 'BLACKOUT', label: 'Summer' });
    expect(exclusionOf('2027-01-05', config)).toEqual({ code: 'BLACKOUT', label: 'Christmas and New Year' });
    expect(exclusionOf('2026-08-11', config)).toBeNull();
    expect(rangeContains({ from: '12-22', to: '01-06' }, '2026-12-22')).toBe(true);
    expect(rangeContains({ from: '12-22', to: '01-06' }, '2027-01-07')).toBe(false);
    expect(rangeContains({ from: '2026-10-05', to: '2026-10-09' }, '2026-10-09')).toBe(true);
    expect(rangeContains({ from: '2026-10-05', to: '2026-10-09' }, '2027-10-06')).toBe(false);
  });

  it('lists the Easter week with its two holidays', () => {
    const week = calendarOfWindow('2026-03-30', '2026-04-06', config);
    expect(week.filter((day) => day.exclusion === null).map((day) => day.date)).toEqual([
      '2026-03-30',
      '2026-03-31',
      '2026-04-01',
      '2026-04-02',
    ]);
    expect(week.map((day) => day.weekday)).toEqual([1, 2, 3, 4, 5, 6, 7, 1]);
  });
});
