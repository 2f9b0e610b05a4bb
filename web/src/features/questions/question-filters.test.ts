import { describe, expect, it } from 'vitest';
import { ownerFilterChanges, ownerFilterValue, questionQueryFrom } from './question-filters';

const A = '0b6a2f4e-2c1d-4a7e-9f3b-1d2c3b4a5e6f';
const B = '7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f';

describe('questionQueryFrom', () => {
  it('reads the API query names the overview links with', () => {
    const query = questionQueryFrom(
      new URLSearchParams(`organizationId=${A}&ownerOrganizationId=${B}&status=open,in_progress`),
    );
    expect(query).toEqual({
      limit: 100,
      offset: 0,
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
    expect(query).toEqual({ limit: 100, offset: 0, status: ['open'] });
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
