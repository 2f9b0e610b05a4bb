import type { Organization } from './hooks/useOrganizations';

export interface RegionGroup {
  /** Null for municipalities whose region the caller cannot see. */
  region: Organization | null;
  municipalities: Organization[];
}

const byName = (a: Organization, b: Organization) => a.name.localeCompare(b.name, 'sv');

/** Each region followed by its municipalities, both by name (Swedish order: Å, Ä, Ö last). */
export function groupByRegion(organizations: readonly Organization[]): RegionGroup[] {
  const regions = organizations.filter((organization) => organization.kind === 'region').sort(byName);
  const groups: RegionGroup[] = regions.map((region) => ({
    region,
    municipalities: organizations.filter((organization) => organization.parentId === region.id).sort(byName),
  }));
  const known = new Set(regions.map((region) => region.id));
  const orphans = organizations
    .filter((organization) => organization.kind === 'municipality' && !known.has(organization.parentId ?? ''))
    .sort(byName);
  if (orphans.length > 0) groups.push({ region: null, municipalities: orphans });
  return groups;
}
