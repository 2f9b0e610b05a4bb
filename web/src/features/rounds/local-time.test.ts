import { describe, expect, it } from 'vitest';
import { localToIso, splitLocal } from './local-time';

describe('local time of the business zone', () => {
  it('gives Stockholm wall-clock time its winter and summer offset', () => {
    expect(localToIso('2027-01-12', '13:00')).toBe('2027-01-12T13:00:00+01:00');
    expect(localToIso('2027-06-15', '09:30')).toBe('2027-06-15T09:30:00+02:00');
    expect(Date.parse(localToIso('2027-01-12', '13:00'))).toBe(Date.parse('2027-01-12T12:00:00Z'));
  });

  it('settles on the right side of a DST change', () => {
    // Clocks go forward at 02:00 on 28 March 2027 and back at 03:00 on 31 October 2027.
    expect(localToIso('2027-03-28', '09:00')).toBe('2027-03-28T09:00:00+02:00');
    expect(localToIso('2027-03-27', '23:00')).toBe('2027-03-27T23:00:00+01:00');
    expect(localToIso('2027-10-31', '09:00')).toBe('2027-10-31T09:00:00+01:00');
  });

  it('works in another zone too', () => {
    expect(localToIso('2027-01-12', '13:00', 'UTC')).toBe('2027-01-12T13:00:00+00:00');
  });

  it('splits the API local time into date and time', () => {
    expect(splitLocal('2027-01-12T13:00:00+01:00')).toEqual({ date: '2027-01-12', time: '13:00' });
  });
});
