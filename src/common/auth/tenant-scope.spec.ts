import type { AuthenticatedUser } from './authenticated-user';
import { TenantScope } from './tenant-scope';

const REGION = 'region-24';
const OTHER_REGION = 'region-25';
const UMEA = { id: 'umea', parentId: REGION };
const SKELLEFTEA = { id: 'skelleftea', parentId: REGION };
const LULEA = { id: 'lulea', parentId: OTHER_REGION };
const REGION_ORG = { id: REGION, parentId: null };
const OTHER_REGION_ORG = { id: OTHER_REGION, parentId: null };

function user(overrides: Partial<AuthenticatedUser>): AuthenticatedUser {
  return {
    personId: 'p',
    organizationId: REGION,
    organizationKind: 'region',
    regionId: REGION,
    roles: ['participant'],
    locale: 'sv',
    ...overrides,
  };
}

describe('TenantScope', () => {
  it('gives people of a region the region and its municipalities, nothing of another region', () => {
    const scope = TenantScope.of(user({ roles: ['coordinator'] }));
    expect(scope.kind).toBe('region');
    expect([REGION_ORG, UMEA, SKELLEFTEA].every((org) => scope.includes(org))).toBe(true);
    expect(scope.includes(LULEA)).toBe(false);
    expect(scope.includes(OTHER_REGION_ORG)).toBe(false);
  });

  it('gives people of a municipality only their municipality, whatever their role', () => {
    for (const roles of [['participant'], ['secretary'], ['coordinator']] as const) {
      const scope = TenantScope.of(
        user({ organizationId: UMEA.id, organizationKind: 'municipality', regionId: REGION, roles }),
      );
      expect(scope.includes(UMEA)).toBe(true);
      expect(scope.includes(SKELLEFTEA)).toBe(false);
      expect(scope.includes(REGION_ORG)).toBe(false);
    }
  });

  it('gives admins everything', () => {
    const scope = TenantScope.of(
      user({ organizationId: UMEA.id, organizationKind: 'municipality', roles: ['admin'] }),
    );
    expect([REGION_ORG, UMEA, LULEA, OTHER_REGION_ORG].every((org) => scope.includes(org))).toBe(true);
  });

  it('expresses the same scope as an SQL condition with bound parameters', () => {
    const region = TenantScope.of(user({})).condition('person.organization_id', 'scopeId');
    expect(region.sql).toBe(
      '(person.organization_id = :scopeId OR person.organization_id IN ' +
        '(SELECT scope_org.id FROM organizations scope_org WHERE scope_org.parent_id = :scopeId))',
    );
    expect(region.parameters).toEqual({ scopeId: REGION });
    const municipality = TenantScope.of(
      user({ organizationId: UMEA.id, organizationKind: 'municipality' }),
    ).condition('meeting.organization_id');
    expect(municipality).toEqual({
      sql: 'meeting.organization_id = :tenantScopeOrganizationId',
      parameters: { tenantScopeOrganizationId: UMEA.id },
    });
    expect(TenantScope.unrestricted().condition('x.organization_id')).toEqual({
      sql: 'TRUE',
      parameters: {},
    });
    expect(() => TenantScope.of(user({})).condition('x', 'bad name; --')).toThrow();
  });
});
