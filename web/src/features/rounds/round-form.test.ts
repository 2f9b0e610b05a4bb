import { describe, expect, it } from 'vitest';
import {
  dueBy,
  emptyRoundForm,
  noneHasAgreement,
  roundBody,
  validateRoundForm,
  type RoundForm,
} from './round-form';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const P = '00000000-0000-4000-8000-0000000000f1';

function filled(overrides: Partial<RoundForm> = {}): RoundForm {
  return {
    ...emptyRoundForm('2027-01-11', (key) => `label:${key}`),
    name: 'Vårens samverkan',
    to: '2027-02-26',
    organizationIds: [A, B],
    regionalTeam: [P],
    ...overrides,
  };
}

describe('round form', () => {
  it('starts with the scheduler defaults shown', () => {
    const form = emptyRoundForm('2027-01-11', (key) => `label:${key}`);
    expect(form).toMatchObject({
      from: '2027-01-11',
      durationMinutes: '120',
      workingStart: '09:00',
      workingEnd: '16:00',
      maxMeetingsPerDay: '2',
      minGapDays: '30',
      allowChaining: true,
    });
    expect(form.blackouts).toEqual([
      { from: '07-01', to: '08-10', label: 'label:summer' },
      { from: '12-22', to: '01-06', label: 'label:christmas' },
    ]);
  });

  it('accepts a complete form and names each wrong field', () => {
    expect(validateRoundForm(filled(), 0)).toEqual({});
    expect(
      validateRoundForm(
        filled({
          name: ' ',
          to: '2027-01-01',
          organizationIds: [],
          regionalTeam: [],
          durationMinutes: '10',
          workingEnd: '08:00',
          maxMeetingsPerDay: '0',
          blackouts: [{ from: '7-1', to: '08-10', label: '' }],
        }),
        0,
      ),
    ).toEqual({
      name: 'required',
      to: 'toBeforeFrom',
      organizationIds: 'pickOne',
      regionalTeam: 'pickPerson',
      durationMinutes: 'duration',
      workingEnd: 'endBeforeStart',
      maxMeetingsPerDay: 'perDay',
      blackout0: 'blackout',
    });
    expect(validateRoundForm(filled({ selection: 'due', organizationIds: [] }), 2)).toEqual({});
    expect(validateRoundForm(filled({ selection: 'due', organizationIds: [] }), 0)).toEqual({
      organizationIds: 'noneDue',
    });
    expect(validateRoundForm(filled({ travelStart: '08:00' }), 0)).toEqual({ travelEnd: 'time' });
  });

  it('sends the picked municipalities with every constraint as shown', () => {
    expect(roundBody(filled({ mode: 'onsite', travelStart: '07:00', travelEnd: '18:00' }))).toEqual({
      name: 'Vårens samverkan',
      window: { from: '2027-01-11', to: '2027-02-26' },
      organizationIds: [A, B],
      onlyDue: false,
      durationMinutes: 120,
      mode: 'onsite',
      regionalTeam: [P],
      constraints: {
        workingHours: { start: '09:00', end: '16:00' },
        travelHours: { start: '07:00', end: '18:00' },
        maxMeetingsPerDay: 2,
        minGapDays: 30,
        travelBufferMinutes: 15,
        allowChaining: true,
        blackouts: [
          { from: '07-01', to: '08-10', label: 'label:summer' },
          { from: '12-22', to: '01-06', label: 'label:christmas' },
        ],
      },
    });
  });

  it('sends onlyDue instead of a list for "those due", each agreement’s mode when none is chosen, and background', () => {
    const body = roundBody(filled({ selection: 'due', background: true, blackouts: [] }));
    expect(body).not.toHaveProperty('organizationIds');
    expect(body).not.toHaveProperty('mode');
    expect(body).toMatchObject({
      onlyDue: true,
      background: true,
      constraints: { travelHours: null, blackouts: [] },
    });
  });

  it('finds those due by the window’s end, like the API', () => {
    const items = [
      { organizationId: 'a', dueDate: '2027-01-20' },
      { organizationId: 'b', dueDate: '2027-02-26' },
      { organizationId: 'c', dueDate: '2027-03-01' },
      { organizationId: 'd', dueDate: null },
    ];
    expect(dueBy(items, '2027-02-26').map((item) => item.organizationId)).toEqual(['a', 'b']);
    expect(dueBy(items, '')).toEqual([]);
  });

  it('knows when nobody can be due: no municipality has an agreement', () => {
    expect(noneHasAgreement([{ status: 'no_agreement' }, { status: 'no_agreement' }])).toBe(true);
    expect(noneHasAgreement([{ status: 'no_agreement' }, { status: 'ok' }])).toBe(false);
  });
});
