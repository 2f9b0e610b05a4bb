import { Select } from '@digdir/designsystemet-react';
import type { Organization } from '../hooks/useOrganizations';
import { groupByRegion } from '../organization-tree';

/** <option>s of organizations, grouped under their region (the region itself first in its group). */
export function OrganizationOptions({ organizations }: { organizations: readonly Organization[] }) {
  return (
    <>
      {groupByRegion(organizations).map(({ region, municipalities }) => (
        <Select.Optgroup key={region?.id ?? 'other'} label={region?.name ?? '–'}>
          {region && <Select.Option value={region.id}>{region.name}</Select.Option>}
          {municipalities.map((municipality) => (
            <Select.Option key={municipality.id} value={municipality.id}>
              {municipality.name}
            </Select.Option>
          ))}
        </Select.Optgroup>
      ))}
    </>
  );
}
