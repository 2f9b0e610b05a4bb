import type { AuthenticatedUser } from '../common/auth/authenticated-user';
import { isMeetingKeeper } from './agenda-access';
import { moveTo } from './agenda-items';

const MEETING = { regionId: 'region', organizations: [{ id: 'umea' }] };

function user(organizationId: string, roles: AuthenticatedUser['roles']): AuthenticatedUser {
  return {
    personId: 'p',
    organizationId,
    organizationKind: organizationId === 'region' ? 'region' : 'municipality',
    regionId: 'region',
    roles,
    locale: 'sv',
  };
}

describe('isMeetingKeeper', () => {
  it('lets admins and the two parties’ coordinators and secretaries keep agenda and minutes', () => {
    expect(isMeetingKeeper(user('elsewhere', ['admin']), MEETING)).toBe(true);
    expect(isMeetingKeeper(user('region', ['coordinator']), MEETING)).toBe(true);
    expect(isMeetingKeeper(user('umea', ['secretary']), MEETING)).toBe(true);
  });

  it('refuses participants and people of other municipalities', () => {
    expect(isMeetingKeeper(user('umea', ['participant']), MEETING)).toBe(false);
    expect(isMeetingKeeper(user('region', ['participant']), MEETING)).toBe(false);
    expect(isMeetingKeeper(user('skelleftea', ['secretary']), MEETING)).toBe(false);
  });
});

describe('moveTo', () => {
  const items = ['a', 'b', 'c', 'd'].map((id) => ({ id }));
  const ids = (list: Array<{ id: string }>) => list.map((item) => item.id).join('');

  it('moves an item to a 1-based position, clamped to the list', () => {
    expect(ids(moveTo(items, 'd', 1))).toBe('dabc');
    expect(ids(moveTo(items, 'a', 3))).toBe('bcad');
    expect(ids(moveTo(items, 'b', 99))).toBe('acdb');
    expect(ids(moveTo(items, 'c', 0))).toBe('cabd');
  });

  it('leaves the list as it is for an unknown id', () => {
    expect(ids(moveTo(items, 'x', 1))).toBe('abcd');
  });
});
