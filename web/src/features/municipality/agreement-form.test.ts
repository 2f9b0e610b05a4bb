import { describe, expect, it } from 'vitest';
import { type AgreementVersion, bodyFromForm, changedParts, formFromAgreement } from './agreement-form';

const REGION_PERSON = '11111111-1111-4111-8111-111111111111';
const MUNICIPALITY_PERSON = '22222222-2222-4222-8222-222222222222';
const SUBSTITUTE = '55555555-5555-4555-8555-555555555555';

function version(overrides: Partial<AgreementVersion> = {}): AgreementVersion {
  return {
    id: '33333333-3333-4333-8333-333333333333',
    organizationId: '44444444-4444-4444-8444-444444444444',
    version: 1,
    current: true,
    cadence: 'P3M',
    cadenceKind: 'duration',
    preferredMode: 'onsite',
    preferredWeekdays: [2, 3],
    blockedDates: [{ from: '2027-02-15', to: '2027-02-19', note: 'Sportlov' }],
    defaultParticipantIds: [REGION_PERSON, MUNICIPALITY_PERSON],
    substitutes: [{ personId: SUBSTITUTE, forPersonId: MUNICIPALITY_PERSON }],
    adjusters: { region: REGION_PERSON, municipality: null },
    expectations: [{ party: 'region', text: 'Återkopplar inom två veckor', metric: 'not_measured' }],
    location: { address: 'Skolgatan 31A', videoUrl: null },
    validFrom: '2026-01-01',
    createdBy: REGION_PERSON,
    createdAt: '2026-01-01T08:00:00.000Z',
    people: [],
    ...overrides,
  };
}

describe('formFromAgreement and bodyFromForm', () => {
  it('gives the first version defaults, based on version 0', () => {
    const form = formFromAgreement(undefined, '2026-12-07');
    expect(bodyFromForm(form, 0)).toEqual({
      cadence: 'P3M',
      preferredMode: 'onsite',
      preferredWeekdays: [],
      blockedDates: [],
      defaultParticipantIds: [],
      substitutes: [],
      adjusters: { region: null, municipality: null },
      expectations: [],
      location: { address: null, videoUrl: null },
      validFrom: '2026-12-07',
      version: 0,
    });
  });

  it('round-trips a version, applying from today, and drops what is left empty', () => {
    const form = formFromAgreement(version(), '2026-12-07');
    form.expectations.push({ party: 'municipality', text: '   ', metric: 'actions_overdue' });
    form.blockedDates.push({ from: '2027-03-01', to: '', note: ' ' });
    form.blockedDates.push({ from: '', to: '', note: 'half a row' });
    form.preferredWeekdays = [5, 1];
    form.videoUrl = '  ';
    form.substitutes.push({ personId: SUBSTITUTE, forPersonId: MUNICIPALITY_PERSON });
    form.substitutes.push({ personId: REGION_PERSON, forPersonId: '' });
    form.substitutes.push({ personId: '', forPersonId: '' });
    expect(bodyFromForm(form, 1)).toEqual({
      cadence: 'P3M',
      preferredMode: 'onsite',
      preferredWeekdays: [1, 5],
      blockedDates: [{ from: '2027-02-15', to: '2027-02-19', note: 'Sportlov' }, { from: '2027-03-01' }],
      defaultParticipantIds: [REGION_PERSON, MUNICIPALITY_PERSON],
      // Each pair once, a row without a person dropped, '' (anyone of the organization) as null.
      substitutes: [
        { personId: SUBSTITUTE, forPersonId: MUNICIPALITY_PERSON },
        { personId: REGION_PERSON, forPersonId: null },
      ],
      adjusters: { region: REGION_PERSON, municipality: null },
      expectations: [{ party: 'region', text: 'Återkopplar inom två veckor', metric: 'not_measured' }],
      location: { address: 'Skolgatan 31A', videoUrl: null },
      validFrom: '2026-12-07',
      version: 1,
    });
  });

  it('keeps a start date in the future', () => {
    expect(formFromAgreement(version({ validFrom: '2027-06-01' }), '2026-12-07').validFrom).toBe(
      '2027-06-01',
    );
  });
});

describe('changedParts', () => {
  it('names the parts a version changed, not the order of lists', () => {
    const before = version();
    const after = version({
      version: 2,
      cadence: 'P6M',
      defaultParticipantIds: [MUNICIPALITY_PERSON, REGION_PERSON],
      expectations: [
        ...before.expectations,
        { party: 'municipality', text: 'Tar med aktuella ärenden', metric: 'not_measured' },
      ],
      createdAt: '2026-12-07T08:00:00.000Z',
    });
    expect(changedParts(after, before)).toEqual(['cadence', 'expectations']);
    expect(changedParts(version({ version: 2, substitutes: [] }), before)).toEqual(['substitutes']);
    expect(changedParts(before, before)).toEqual([]);
  });

  it('counts every part as new in the first version', () => {
    expect(changedParts(version(), undefined)).toContain('cadence');
    expect(changedParts(version(), undefined)).toHaveLength(10);
  });
});
