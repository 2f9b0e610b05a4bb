import { hasRole } from '../../app/roles';
import type { Me } from '../auth/hooks/useMe';

/**
 * Which organizations' meetings a person may subscribe to, as the API decides it
 * (src/feed/calendar-feed-policy.ts): admins and coordinators any organization they can see; a
 * municipality's people their own municipality; a region's secretaries and participants none (their own
 * meetings only).
 */
export function followableOrganizations<T extends { id: string }>(me: Me, visible: readonly T[]): T[] {
  if (hasRole(me, 'admin', 'coordinator')) return [...visible];
  if (me.organization.kind === 'municipality') return visible.filter((org) => org.id === me.organizationId);
  return [];
}
