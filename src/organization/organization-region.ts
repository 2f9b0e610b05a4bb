import type { OrganizationView } from './organization.dto.js';

/** The region an organization belongs to: itself for a region, its parent for a municipality. */
export function regionOf(organization: Pick<OrganizationView, 'id' | 'kind' | 'parentId'>): string {
  return organization.kind === 'region' ? organization.id : organization.parentId!;
}
