import { validateSchedulerInput } from './input-validation.js';
import { planRound } from './planner.js';
import { digitalMunicipality, roundInput } from './scheduler-test-fixtures.js';

const codesOf = (input: Parameters<typeof validateSchedulerInput>[0]) =>
  validateSchedulerInput(input).map((error) => [error.code, error.path]);

describe('validateSchedulerInput', () => {
  it('accepts a valid round', () => {
    expect(validateSchedulerInput(roundInput({ municipalities: [digitalMunicipality('a')] }))).toEqual([]);
  });

  it('refuses a window that ends before it starts', () => {
    expect(codesOf(roundInput({ window: { firstDate: '2026-09-10', lastDate: '2026-09-01' } }))).toEqual([
      ['WINDOW_ENDS_BEFORE_START', 'window'],
    ]);
  });

  it('refuses a window without a working day: a weekend, Christmas, the summer blackout', () => {
    for (const window of [
      { firstDate: '2026-09-05', lastDate: '2026-09-06' },
      { firstDate: '2026-12-24', lastDate: '2026-12-26' },
      { firstDate: '2026-07-01', lastDate: '2026-08-10' },
    ]) {
      expect(codesOf(roundInput({ window }))).toEqual([['NO_WORKING_DAY_IN_WINDOW', 'window']]);
    }
  });

  it('refuses a meeting longer than the working day', () => {
    const errors = validateSchedulerInput(roundInput({ durationMinutes: 421 }));
    expect(errors).toEqual([
      {
        code: 'DURATION_EXCEEDS_WORKING_DAY',
        path: 'durationMinutes',
        message: expect.stringContaining('420'),
      },
    ]);
    expect(validateSchedulerInput(roundInput({ durationMinutes: 420 }))).toEqual([]);
  });

  it('lists every problem at once, with where it is', () => {
    const input = roundInput({
      durationMinutes: 0,
      municipalities: [
        digitalMunicipality('a', {
          seat: { lat: 95, lon: 20 },
          blockedDates: ['2026-02-30'],
          preferredWeekdays: [8],
        }),
        digitalMunicipality('a', { lastMeetingEnd: '2026-09-01T10:00:00' }),
      ],
      busy: [{ personIds: ['x'], start: '2026-09-07T10:00:00Z', end: '2026-09-07T09:00:00Z' }],
      config: { timeZone: 'Mars/Olympus', maxMeetingsPerDay: 0 },
    });
    expect(codesOf(input)).toEqual(
      expect.arrayContaining([
        ['INVALID_DURATION', 'durationMinutes'],
        ['INVALID_COORDINATES', 'municipalities[0].seat'],
        ['INVALID_DATE', 'municipalities[0].blockedDates[0]'],
        ['INVALID_WEEKDAY', 'municipalities[0].preferredWeekdays[0]'],
        ['DUPLICATE_MUNICIPALITY', 'municipalities[1].id'],
        ['INVALID_INSTANT', 'municipalities[1].lastMeetingEnd'],
        ['INVALID_INTERVAL', 'busy[0]'],
        ['INVALID_TIME_ZONE', 'config.timeZone'],
        ['INVALID_CONFIG', 'config.maxMeetingsPerDay'],
      ]),
    );
    expect(validateSchedulerInput(input)).toHaveLength(9);
  });

  it('refuses date-times without an offset: their meaning would depend on the server', () => {
    const input = roundInput({
      busy: [{ personIds: ['x'], start: '2026-09-07T09:00', end: '2026-09-07T10:00:00+02:00' }],
    });
    expect(codesOf(input)).toEqual([['INVALID_INSTANT', 'busy[0].start']]);
  });

  it('refuses bad working hours, travel hours and blackouts', () => {
    const input = roundInput({
      config: {
        workingHours: { start: '16:00', end: '09:00' },
        travelHours: { start: '7', end: '18:00' },
        blackouts: [
          { from: '2026-09-10', to: '2026-09-01' },
          { from: '13-01', to: '01-06' },
        ],
        holidayCountry: 'XX',
      },
    });
    expect(codesOf(input)).toEqual([
      ['INVALID_TIME', 'config.workingHours'],
      ['INVALID_TIME', 'config.travelHours'],
      ['UNKNOWN_HOLIDAY_COUNTRY', 'config.holidayCountry'],
      ['INVALID_DATE', 'config.blackouts[0]'],
      ['INVALID_DATE', 'config.blackouts[1]'],
    ]);
  });

  it('makes planRound return the errors instead of a proposal (nothing is thrown)', () => {
    const result = planRound(roundInput({ window: { firstDate: '2026-09-10', lastDate: '2026-09-01' } }));
    expect(result).toEqual({
      ok: false,
      errors: [expect.objectContaining({ code: 'WINDOW_ENDS_BEFORE_START' })],
    });
  });
});
