import type { AuthenticatedUser } from '../common/auth/authenticated-user';
import { ForbiddenError } from '../common/errors/domain-error';
import {
  assertMayCreatePeople,
  assertMaySetPassword,
  assertMayUpdate,
  assertRolesAllowed,
  isActiveAdmin,
  mayManage,
} from './person-policy';
import { PersonException } from './person.exception';

function actor(roles: AuthenticatedUser['roles'], personId = 'actor'): AuthenticatedUser {
  return {
    personId,
    organizationId: 'region',
    organizationKind: 'region',
    regionId: 'region',
    roles,
    locale: 'sv',
  };
}

const admin = actor(['admin']);
const coordinator = actor(['coordinator']);
const secretary = actor(['secretary']);

describe('person policy', () => {
  it('lets admins and coordinators add people, nobody else', () => {
    expect(() => assertMayCreatePeople(admin)).not.toThrow();
    expect(() => assertMayCreatePeople(coordinator)).not.toThrow();
    expect(() => assertMayCreatePeople(secretary)).toThrow(ForbiddenError);
    expect(() => assertMayCreatePeople(actor(['participant']))).toThrow(ForbiddenError);
  });

  it('grants admin only by an admin, and coordinator only in a region', () => {
    expect(() => assertRolesAllowed(admin, ['admin'], 'region')).not.toThrow();
    expect(() => assertRolesAllowed(coordinator, ['admin'], 'region')).toThrow(ForbiddenError);
    expect(() => assertRolesAllowed(coordinator, ['coordinator', 'secretary'], 'region')).not.toThrow();
    expect(() => assertRolesAllowed(admin, ['coordinator'], 'municipality')).toThrow(PersonException);
    expect(() => assertRolesAllowed(coordinator, ['secretary', 'participant'], 'municipality')).not.toThrow();
    // Keeping a role someone already has is not granting it.
    expect(() => assertRolesAllowed(coordinator, ['admin', 'secretary'], 'region', ['admin'])).not.toThrow();
  });

  it('keeps coordinators away from admins', () => {
    expect(mayManage(coordinator, { roles: ['participant'] })).toBe(true);
    expect(mayManage(coordinator, { roles: ['admin', 'coordinator'] })).toBe(false);
    expect(mayManage(admin, { roles: ['admin'] })).toBe(true);
    expect(mayManage(secretary, { roles: ['participant'] })).toBe(false);
  });

  it('lets anyone change their own self-service fields and nothing else', () => {
    const self = { id: 'actor', roles: ['secretary'] as const };
    expect(() =>
      assertMayUpdate(secretary, self, { name: 'N', locale: 'en', password: 'x'.repeat(12) }),
    ).not.toThrow();
    expect(() => assertMayUpdate(secretary, self, { name: 'N', version: 3 })).not.toThrow();
    expect(() => assertMayUpdate(secretary, self, { roles: ['secretary', 'coordinator'] })).toThrow(/roles/);
    expect(() => assertMayUpdate(secretary, self, { organizationId: 'x' })).toThrow(ForbiddenError);
    expect(() => assertMayUpdate(secretary, self, { email: 'x@example.se' })).toThrow(ForbiddenError);
    expect(() => assertMayUpdate(secretary, { id: 'other', roles: ['participant'] }, { name: 'N' })).toThrow(
      ForbiddenError,
    );
    expect(() =>
      assertMayUpdate(coordinator, { id: 'other', roles: ['participant'] }, { roles: ['secretary'] }),
    ).not.toThrow();
  });

  it("sets another person's password only as an admin; anyone sets their own (issue 12.4)", () => {
    const otherCoordinator = { id: 'other', roles: ['coordinator'] as const };
    const password = 'x'.repeat(12);
    expect(() => assertMayUpdate(coordinator, otherCoordinator, { password })).toThrow(ForbiddenError);
    expect(() => assertMayUpdate(coordinator, { id: 'other', roles: ['participant'] }, { password })).toThrow(
      /Only an admin/,
    );
    expect(() => assertMayUpdate(admin, otherCoordinator, { password })).not.toThrow();
    expect(() =>
      assertMayUpdate(coordinator, { id: 'actor', roles: ['coordinator'] }, { password }),
    ).not.toThrow();
    // A new person (no id yet): only an admin gives them a password.
    expect(() => assertMaySetPassword(coordinator, null)).toThrow(ForbiddenError);
    expect(() => assertMaySetPassword(admin, null)).not.toThrow();
  });

  it('counts as an active admin only with the role and login', () => {
    expect(isActiveAdmin({ roles: ['admin'], loginEnabled: true })).toBe(true);
    expect(isActiveAdmin({ roles: ['admin'], loginEnabled: false })).toBe(false);
    expect(isActiveAdmin({ roles: ['coordinator'], loginEnabled: true })).toBe(false);
  });
});
