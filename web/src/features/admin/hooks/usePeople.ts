import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import type { components, operations } from '../../../api/schema';
import { authKeys } from '../../auth/hooks/authKeys';
import { adminKeys } from './adminKeys';

export type Person = components['schemas']['PersonResponse'];
export type PersonRole = Person['roles'][number];
export type CreatePerson = components['schemas']['CreatePersonBody'];
export type UpdatePerson = components['schemas']['UpdatePersonBody'];
export type PeopleQuery = NonNullable<operations['PersonController_list']['parameters']['query']>;

/** GET /api/people: the people in the caller's scope, filtered with the API's own query names. */
export function usePeople(query: PeopleQuery, enabled = true) {
  return useQuery({
    queryKey: adminKeys.peopleList(query),
    queryFn: () => unwrap(api.GET('/api/people', { params: { query } })),
    enabled,
  });
}

/** GET /api/people/:id; outside the caller's scope it answers 404 (the page shows "not found"). */
export function usePerson(id: string) {
  return useQuery({
    queryKey: adminKeys.person(id),
    queryFn: () => unwrap(api.GET('/api/people/{id}', { params: { path: { id } } })),
  });
}

/** POST /api/people; with login enabled, the service emails a welcome with a set-password link. */
export function useCreatePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreatePerson) => unwrap(api.POST('/api/people', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminKeys.people }),
  });
}

/** PATCH /api/people/:id with the version read, so a stale page gets a 409 instead of overwriting. */
export function useUpdatePerson(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdatePerson) =>
      unwrap(api.PATCH('/api/people/{id}', { params: { path: { id } }, body })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: adminKeys.people });
      await queryClient.invalidateQueries({ queryKey: authKeys.me });
    },
  });
}

/** DELETE /api/people/:id (soft: the person leaves every list, their history stays). */
export function useDeletePerson(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/people/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminKeys.people }),
  });
}
