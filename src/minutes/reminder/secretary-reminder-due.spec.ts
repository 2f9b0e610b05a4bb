import { secretaryReminderDue } from './secretary-reminder-due';

const ZONE = 'Europe/Stockholm';
const due = (end: string, days = 3) => secretaryReminderDue(new Date(end), days, ZONE, 'SE').toISOString();

describe('secretaryReminderDue', () => {
  it('lets the working days pass and reminds at 08:00 local on the next working day', () => {
    // Monday 2 March 2026: Tuesday, Wednesday, Thursday pass; Friday 6 March 08:00 (CET).
    expect(due('2026-03-02T11:30:00+01:00')).toBe('2026-03-06T07:00:00.000Z');
    // Thursday: Friday, Monday, Tuesday pass (the weekend is no working day); Wednesday.
    expect(due('2026-03-05T11:30:00+01:00')).toBe('2026-03-11T07:00:00.000Z');
    expect(due('2026-03-02T11:30:00+01:00', 1)).toBe('2026-03-04T07:00:00.000Z');
  });

  it('skips public holidays and the Swedish eves, in summer time too', () => {
    // Tuesday 22 December 2026: 23rd passes; julafton, juldagen, annandag jul and the weekend are off;
    // 28th and 29th pass; Wednesday 30 December 08:00 (CET).
    expect(due('2026-12-22T15:00:00+01:00')).toBe('2026-12-30T07:00:00.000Z');
    // Wednesday 17 June 2026: Thursday 18th passes, midsommarafton 19th is off, Monday 22nd and Tuesday 23rd
    // pass; Wednesday 24 June 08:00 (CEST).
    expect(due('2026-06-17T11:00:00+02:00')).toBe('2026-06-24T06:00:00.000Z');
  });
});
