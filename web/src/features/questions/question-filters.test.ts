import { describe, expect, it } from 'vitest';
import type { Me } from '../auth/hooks/useMe';
import { ownerFilterChanges, ownerFilterValue, ownerOptions, questionQueryFrom } from './question-filters';

const A = '0b6a2f4e-2c1d-4a7e-9f3b-1d2c3b4a5e6f';
const B = '7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f';

describe('questionQueryFrom', () => {
  it('reads the API query names the overview links with', () => {
    const query = questionQueryFrom(
      new URLSearchParams(`organizationId=${A}&ownerOrganizationId=${B}&status=open,in_progress`),
    );
    expect(query).toEqual({
      organizationId: A,
      ownerOrganizationId: B,
      status: ['open', 'in_progress'],
    });
  });

  it('keeps the responsible person, strategy area and external owners', () => {
    const query = questionQueryFrom(
      new URLSearchParams(`responsiblePersonId=${A}&strategyAreaId=${B}&ownerKind=external`),
    );
    expect(query).toMatchObject({ responsiblePersonId: A, strategyAreaId: B, ownerKind: 'external' });
  });

  it('drops values the API would refuse', () => {
    const query = questionQueryFrom(
      new URLSearchParams(
        'organizationId=umea&status=closed,open,open&ownerKind=someone&responsiblePersonId=me',
      ),
    );
    expect(query).toEqual({ status: ['open'] });
  });
});

describe('owner filter', () => {
  it('is one select standing for two API names', () => {
    expect(ownerFilterValue({ ownerKind: 'external' })).toBe('external');
    expect(ownerFilterValue({ ownerOrganizationId: A })).toBe(A);
    expect(ownerFilterValue({})).toBe('');
    expect(ownerFilterChanges('external')).toEqual({ ownerKind: 'external', ownerOrganizationId: null });
    expect(ownerFilterChanges(A)).toEqual({ ownerKind: null, ownerOrganizationId: A });
    expect(ownerFilterChanges('')).toEqual({ ownerKind: null, ownerOrganizationId: null });
  });
});

describe('ownerOptions', () => {
  const region = { id: A, name: 'Region Västerbotten', kind: 'region' as const, parentId: null };
  const umea = { id: B, name: 'Umeå', kind: 'municipality' as const, parentId: A };
  const me = (organization: typeof region | typeof umea) =>
    ({ organizationId: organization.id, organization }) as unknown as Me;

  it('gives the region its municipalities and a municipality itself and its region', () => {
    expect(ownerOptions(me(region), [{ id: B, name: 'Umeå' }], 'Regionen')).toEqual([
      { id: A, name: 'Region Västerbotten' },
      { id: B, name: 'Umeå' },
    ]);
    expect(ownerOptions(me(umea), [], 'Regionen')).toEqual([
      { id: B, name: 'Umeå' },
      { id: A, name: 'Regionen' },
    ]);
  });

  it("adds the outside organisations for the region's staff once they are read, never for a municipality", () => {
    const almi = [{ id: 'x', name: 'Almi Nord', kind: 'external', code: '24-556043-8000' }];
    expect(ownerOptions(me(region), [{ id: B, name: 'Umeå' }], 'Regionen', almi)).toEqual([
      { id: A, name: 'Region Västerbotten' },
      { id: B, name: 'Umeå' },
      { id: 'x', name: 'Almi Nord' },
    ]);
    expect(ownerOptions(me(umea), [], 'Regionen', almi).map((o) => o.id)).toEqual([B, A]);
  });
});
