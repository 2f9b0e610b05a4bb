import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatTimeRange } from './format';

describe('dates and times in Europe/Stockholm', () => {
  it('shows an instant in Swedish time with Swedish formats, winter and summer', () => {
    expect(formatDateTime('2026-12-07T12:30:00Z', 'sv')).toBe('2026-12-07 13:30');
    expect(formatDateTime('2026-06-15T07:05:00Z', 'sv')).toBe('2026-06-15 09:05');
  });

  it('keeps the day of an instant near midnight in Stockholm, not in UTC', () => {
    expect(formatDate('2026-12-31T23:30:00Z', 'sv')).toBe('2027-01-01');
  });

  it('shows a plain date as it is', () => {
    expect(formatDate('2026-03-01', 'sv')).toBe('2026-03-01');
    expect(formatDate('2026-03-01', 'en')).toBe('1 Mar 2026');
  });

  it('formats English with the 24-hour clock in Stockholm time', () => {
    expect(formatDateTime('2026-12-07T12:30:00Z', 'en')).toBe('7 Dec 2026, 13:30');
    expect(formatTimeRange('2026-12-07T08:00:00Z', '2026-12-07T09:30:00Z', 'sv')).toBe('09:00–10:30');
  });
});
