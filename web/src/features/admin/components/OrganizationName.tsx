import { Link as RouterLink } from 'react-router';
import { links } from '../../../app/links';
import type { Organization } from '../hooks/useOrganizations';

/** An organization's name by id, linking to its administration page; the id while the list loads. */
export function OrganizationName({ id, organizations }: { id: string; organizations?: Organization[] }) {
  const organization = organizations?.find((candidate) => candidate.id === id);
  if (!organization) return <>{organizations ? '–' : ''}</>;
  return <RouterLink to={links.adminOrganization(organization.id)}>{organization.name}</RouterLink>;
}
