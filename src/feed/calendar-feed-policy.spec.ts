import type { AuthenticatedUser } from '../common/auth/authenticated-user.js';
import { mayFollowOrganization, mayFollowPerson } from './calendar-feed-policy.js';

const REGION = { id: 'region', kind: 'region' as const };
const UMEA = { id: 'umea', kind: 'municipality' as const };

function user(overrides: Partial<AuthenticatedUser>): AuthenticatedUser {
  return {
    personId: 'me',
    organizationId: REGION.id,
    organizationKind: 'region',
    regionId: REGION.id,
    roles: ['participant'],
    locale: 'sv',
    ...overrides,
  };
}

describe('calendar feed policy', () => {
  it('lets admins and coordinators follow organizations in their scope', () => {
    for (const roles of [['admin'], ['coordinator']] as const) {
      expect(mayFollowOrganization(user({ roles }), UMEA)).toBe(true);
      expect(mayFollowOrganization(user({ roles }), REGION)).toBe(true);
    }
  });

  it('lets anyone of a municipality follow that municipality, and a region participant nothing', () => {
    const umeaParticipant = user({ organizationId: UMEA.id, organizationKind: 'municipality' });
    expect(mayFollowOrganization(umeaParticipant, UMEA)).toBe(true);
    expect(mayFollowOrganization(umeaParticipant, { id: 'skelleftea', kind: 'municipality' })).toBe(false);
    expect(mayFollowOrganization(user({ roles: ['secretary'] }), UMEA)).toBe(false);
    expect(mayFollowOrganization(user({ roles: ['participant'] }), REGION)).toBe(false);
  });

  it('allows a person feed only of oneself, admins included', () => {
    expect(mayFollowPerson(user({}), 'me')).toBe(true);
    expect(mayFollowPerson(user({}), 'someone-else')).toBe(false);
    expect(mayFollowPerson(user({ roles: ['admin'] }), 'someone-else')).toBe(false);
  });
});
