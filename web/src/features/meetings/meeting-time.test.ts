import { describe, expect, it } from 'vitest';
import {
  calendarDays,
  mondayOf,
  shiftAnchor,
  stockholmDate,
  stockholmInstant,
  stockholmTime,
} from './meeting-time';

describe('meeting times in Europe/Stockholm', () => {
  it('turns a Stockholm date and time into the right instant on both sides of summer time', () => {
    expect(stockholmInstant('2027-01-11', '10:00')).toBe('2027-01-11T09:00:00.000Z');
    expect(stockholmInstant('2027-03-29', '10:00')).toBe('2027-03-29T08:00:00.000Z');
    expect(stockholmInstant('2027-03-28', '01:30')).toBe('2027-03-28T00:30:00.000Z');
    expect(stockholmInstant('2027-03-28', '04:00')).toBe('2027-03-28T02:00:00.000Z');
  });

  it('reads an instant back as the Stockholm date and time', () => {
    expect(stockholmDate('2027-03-28T22:30:00Z')).toBe('2027-03-29');
    expect(stockholmTime('2027-03-29T08:00:00Z')).toBe('10:00');
  });

  it('shows whole weeks from Monday for a week and a month', () => {
    expect(mondayOf('2027-09-12')).toBe('2027-09-06');
    const week = calendarDays('week', '2027-09-08');
    expect(week.days).toHaveLength(7);
    expect([week.first, week.last]).toEqual(['2027-09-06', '2027-09-12']);
    const month = calendarDays('month', '2027-02-15');
    expect(month.first).toBe('2027-02-01');
    expect(month.days).toHaveLength(28);
    const september = calendarDays('month', '2027-09-20');
    expect([september.first, september.last]).toEqual(['2027-08-30', '2027-10-03']);
    expect(shiftAnchor('month', '2027-01-31', 1)).toBe('2027-02-01');
    expect(shiftAnchor('week', '2027-01-31', -1)).toBe('2027-01-24');
  });
});
