import { describe, expect, it } from 'vitest';
import type { Me } from '../auth/hooks/useMe';
import {
  isLocalDate,
  newActionBody,
  newActionErrors,
  ownerOrganizations,
  type NewActionForm,
} from './new-action';

const ORG = '0b8f5c1e-1d2a-4c3b-9e4f-5a6b7c8d9e0f';
const PERSON = '1c8f5c1e-1d2a-4c3b-9e4f-5a6b7c8d9e0f';
const FORM: NewActionForm = {
  title: '  Ta fram rutin  ',
  description: '',
  ownerOrganizationId: ORG,
  ownerPersonId: PERSON,
  dueDate: '2027-03-31',
  strategyAreaId: '',
  meetingId: '',
};

describe('newActionErrors', () => {
  it('passes a complete form', () => {
    expect(newActionErrors(FORM)).toEqual({});
  });
  it('names each missing or wrong field', () => {
    expect(
      newActionErrors({ ...FORM, title: '   ', ownerOrganizationId: '', ownerPersonId: '', dueDate: '' }),
    ).toEqual({
      title: 'new.titleRequired',
      ownerOrganizationId: 'new.organizationRequired',
      ownerPersonId: 'new.personRequired',
      dueDate: 'new.dueDateRequired',
    });
    expect(newActionErrors({ ...FORM, title: 'x'.repeat(301), dueDate: '2026-02-30' })).toEqual({
      title: 'new.titleTooLong',
      dueDate: 'new.dueDateInvalid',
    });
  });
});

describe('isLocalDate', () => {
  it('knows the calendar', () => {
    expect(isLocalDate('2028-02-29')).toBe(true);
    expect(isLocalDate('2027-02-29')).toBe(false);
    expect(isLocalDate('31/03/2027')).toBe(false);
  });
});

describe('newActionBody', () => {
  it('trims and leaves out empty optional fields', () => {
    expect(newActionBody(FORM)).toEqual({
      title: 'Ta fram rutin',
      ownerOrganizationId: ORG,
      ownerPersonId: PERSON,
      dueDate: '2027-03-31',
      strategyAreaIds: [],
    });
    expect(
      newActionBody({ ...FORM, description: ' Beskrivning ', strategyAreaId: 'a', meetingId: 'm' }),
    ).toMatchObject({
      description: 'Beskrivning',
      strategyAreaIds: ['a'],
      meetingId: 'm',
    });
  });
});

describe('ownerOrganizations', () => {
  const municipalities = [
    { id: 'u', name: 'Umeå' },
    { id: 's', name: 'Skellefteå' },
  ];
  it('offers the region its municipalities and a municipality only itself', () => {
    const region = { organizationId: 'r', organization: { name: 'Region', kind: 'region' } } as unknown as Me;
    expect(ownerOrganizations(region, municipalities).map((o) => o.id)).toEqual(['r', 'u', 's']);
    const umea = {
      organizationId: 'u',
      organization: { name: 'Umeå', kind: 'municipality' },
    } as unknown as Me;
    expect(ownerOrganizations(umea, municipalities)).toEqual([{ id: 'u', name: 'Umeå' }]);
  });
  it("adds the outside organisations for the region's staff, never for a municipality's people", () => {
    const externals = [{ id: 'a', name: 'Almi Nord', kind: 'external' }];
    const region = { organizationId: 'r', organization: { name: 'Region', kind: 'region' } } as unknown as Me;
    expect(ownerOrganizations(region, municipalities, externals)).toEqual([
      { id: 'r', name: 'Region' },
      { id: 'u', name: 'Umeå' },
      { id: 's', name: 'Skellefteå' },
      { id: 'a', name: 'Almi Nord' },
    ]);
    const umea = {
      organizationId: 'u',
      organization: { name: 'Umeå', kind: 'municipality' },
    } as unknown as Me;
    expect(ownerOrganizations(umea, municipalities, externals).map((o) => o.id)).toEqual(['u']);
  });
});
