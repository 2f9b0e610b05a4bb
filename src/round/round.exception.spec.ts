import { RoundException } from './round.exception';

describe('RoundException.fromInputErrors', () => {
  it('takes the code of the first error that has its own, and keeps every error in the request’s terms', () => {
    const error = RoundException.fromInputErrors([
      { code: 'INVALID_TIME', path: 'config.workingHours', message: 'start must be before end' },
      { code: 'WINDOW_ENDS_BEFORE_START', path: 'window', message: 'the window ends before it starts' },
      { code: 'INVALID_DATE', path: 'window.firstDate', message: 'needs YYYY-MM-DD' },
    ]);
    expect(error.code).toBe('ROUND_WINDOW_ENDS_BEFORE_START');
    expect(error.kind).toBe('invalid');
    expect(error.message).toBe('the window ends before it starts');
    expect((error.details as { errors: Array<{ path: string }> }).errors.map((e) => e.path)).toEqual([
      'constraints.workingHours',
      'window',
      'window.from',
    ]);
  });

  it.each([
    ['NO_WORKING_DAY_IN_WINDOW', 'ROUND_NO_WORKING_DAY_IN_WINDOW'],
    ['DURATION_EXCEEDS_WORKING_DAY', 'ROUND_DURATION_EXCEEDS_WORKING_DAY'],
    ['WINDOW_TOO_LONG', 'ROUND_INVALID_INPUT'],
    ['INVALID_CONFIG', 'ROUND_INVALID_INPUT'],
  ] as const)('maps %s to %s (400)', (engineCode, code) => {
    const error = RoundException.fromInputErrors([{ code: engineCode, path: 'x', message: 'm' }]);
    expect(error.code).toBe(code);
    expect(error.kind).toBe('invalid');
  });

  it('refuses a moved slot as a conflict listing every broken constraint', () => {
    const error = RoundException.slotRefused([
      { code: 'HOLIDAY', message: '2027-03-26 is Långfredagen', municipalityIds: ['a'], params: {} },
      { code: 'PERSON_BUSY', message: 'Anna is busy', municipalityIds: ['a'], params: {} },
    ]);
    expect(error.code).toBe('ROUND_SLOT_REFUSED');
    expect(error.kind).toBe('conflict');
    expect(error.message).toBe('The slot breaks a constraint: 2027-03-26 is Långfredagen; Anna is busy');
  });
});
