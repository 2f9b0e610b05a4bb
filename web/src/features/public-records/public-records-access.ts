import { hasRole } from '../../app/roles';
import type { Me } from '../auth/hooks/useMe';

/**
 * Who answers a public records request: coordinators (only a region's people are) and admins, as the API's
 * @Roles on /api/public-records; the API scopes it to the caller's region and still decides.
 */
export function mayReleasePublicRecords(me: Me): boolean {
  return hasRole(me, 'admin', 'coordinator');
}
