import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import type { components } from '../../../api/schema';
import { adminKeys } from './adminKeys';

export type Organization = components['schemas']['OrganizationResponse'];
export type CreateOrganization = components['schemas']['CreateOrganizationBody'];
export type UpdateOrganization = components['schemas']['UpdateOrganizationBody'];

const PAGE = 200;

/**
 * Every organization the caller can see (the region and its municipalities; for an admin every region's),
 * region first as the API orders them. A deployment holds a few hundred at most, so the pages are read in turn.
 */
export async function fetchAllOrganizations(): Promise<Organization[]> {
  const all: Organization[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await unwrap(api.GET('/api/organizations', { params: { query: { limit: PAGE, offset } } }));
    all.push(...page.items);
    if (page.items.length < PAGE || all.length >= page.total) return all;
  }
}

export function useAllOrganizations(enabled = true) {
  return useQuery({
    queryKey: adminKeys.organizationList,
    queryFn: fetchAllOrganizations,
    staleTime: 5 * 60_000,
    enabled,
  });
}

export function useOrganization(id: string) {
  return useQuery({
    queryKey: adminKeys.organization(id),
    queryFn: () => unwrap(api.GET('/api/organizations/{id}', { params: { path: { id } } })),
  });
}

/** POST /api/organizations (admins). */
export function useCreateOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateOrganization) => unwrap(api.POST('/api/organizations', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminKeys.organizations }),
  });
}

/** PATCH /api/organizations/:id with the version read (409 when someone else changed it). */
export function useUpdateOrganization(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateOrganization) =>
      unwrap(api.PATCH('/api/organizations/{id}', { params: { path: { id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminKeys.organizations }),
  });
}
