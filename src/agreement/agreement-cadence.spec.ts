import { nextDueDate, parseCadence } from './agreement-cadence';

describe('parseCadence', () => {
  it.each([
    ['P3M'],
    ['P6W'],
    ['P1Y'],
    ['P90D'],
    ['p2m'],
    ['FREQ=MONTHLY;INTERVAL=3'],
    ['RRULE:FREQ=WEEKLY;BYDAY=TU'],
  ])('accepts %j', (text) => {
    expect(parseCadence(text).ok).toBe(true);
  });

  it.each([
    ['P0D', /between one week and three years/],
    ['P3D', /between one week and three years/],
    ['P4Y', /between one week and three years/],
    ['PT12H', /whole years, months, weeks or days/],
    ['P1M2', /whole years/],
    ['FREQ=DAILY', /FREQ=WEEKLY, MONTHLY or YEARLY/],
    ['INTERVAL=2', /FREQ=WEEKLY, MONTHLY or YEARLY/],
    ['FREQ=MONTHLY;FREQ=YEARLY', /not a valid RRULE part/],
    ['FREQ=MONTHLY;BYSETPOS=1;BYDAY=MO', /not a valid RRULE part: BYSETPOS/],
    ['FREQ=MONTHLY;COUNT=3;UNTIL=20280101', /COUNT or UNTIL/],
    ['FREQ=WEEKLY;BYDAY=1MO', /plain weekdays/],
    ['FREQ=MONTHLY;BYDAY=MO;BYMONTHDAY=1', /BYDAY or BYMONTHDAY/],
    ['FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30', /no existing date/],
    ['FREQ=MONTHLY;BYMONTH=4,6;BYMONTHDAY=-31', /no existing date/],
    ['DTSTART:20270101T000000Z;FREQ=MONTHLY', /without DTSTART/],
    ['FREQ=MONTHLY;TZID=Europe/Stockholm', /without DTSTART or TZID/],
  ])('refuses %j', (text, message) => {
    const parsed = parseCadence(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });

  it('answers quickly for any rule the grammar lets through (no walk to the year 9999)', () => {
    const started = Date.now();
    expect(parseCadence('FREQ=MONTHLY;BYDAY=5FR').ok).toBe(true);
    expect(parseCadence('FREQ=MONTHLY;BYMONTHDAY=-31;BYMONTH=1,2').ok).toBe(true);
    // These match, but years apart: refused as longer than the longest cadence.
    expect(parseCadence('FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29')).toMatchObject({ ok: false });
    expect(parseCadence('FREQ=YEARLY;BYMONTH=2;BYDAY=5MO')).toMatchObject({ ok: false });
    expect(Date.now() - started).toBeLessThan(500);
  });
});

describe('nextDueDate', () => {
  it('gives no due date past 9999-12-31 (found by fuzzing: a round then failed to store its items)', () => {
    expect(nextDueDate('P3M', '9999-12-31', null)).toBeNull();
    expect(nextDueDate('FREQ=MONTHLY;INTERVAL=3', '9999-11-30', null)).toBeNull();
    expect(nextDueDate('P3M', '9999-06-01', null)).toBe('9999-09-01');
  });

  it('adds a duration to the last meeting held, or to valid-from before the first', () => {
    expect(nextDueDate('P3M', '2027-01-01', null)).toBe('2027-04-01');
    expect(nextDueDate('P3M', '2027-01-01', '2027-02-10')).toBe('2027-05-10');
    // Calendar months: 30 November + 3 months is the end of February.
    expect(nextDueDate('P3M', '2026-01-01', '2026-11-30')).toBe('2027-02-28');
    expect(nextDueDate('P6W', '2027-01-01', '2027-03-25')).toBe('2027-05-06');
  });

  it('takes the first RRULE date after the last meeting, the rule anchored at valid-from', () => {
    // Quarterly from 1 January: held in February → due 1 April.
    expect(nextDueDate('FREQ=MONTHLY;INTERVAL=3', '2027-01-01', '2027-02-10')).toBe('2027-04-01');
    // First Tuesday of every second month from January.
    expect(nextDueDate('FREQ=MONTHLY;INTERVAL=2;BYDAY=1TU', '2027-01-01', '2027-01-20')).toBe('2027-03-02');
    // Never held: the first date after valid-from.
    expect(nextDueDate('FREQ=MONTHLY;INTERVAL=3', '2027-01-01', null)).toBe('2027-04-01');
    // Exhausted.
    expect(nextDueDate('FREQ=MONTHLY;COUNT=2', '2027-01-01', '2027-03-01')).toBeNull();
  });

  it('does not depend on the process time zone (floating expansion)', () => {
    // The suite runs under whatever TZ the machine has; these dates are the same under every zone because
    // the rule is expanded in UTC fields only. A DST week is included on purpose.
    expect(nextDueDate('FREQ=WEEKLY;BYDAY=MO', '2027-03-22', '2027-03-26')).toBe('2027-03-29');
    expect(nextDueDate('FREQ=WEEKLY;BYDAY=MO', '2027-10-25', '2027-10-29')).toBe('2027-11-01');
  });
});
