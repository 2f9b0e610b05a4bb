import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { adminKeys } from '../../admin/hooks/adminKeys';

/** POST /api/people/{id}/erase: the person's data erased (GDPR art. 17), with the reason for the audit log. */
export function useErasePerson(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) =>
      unwrap(api.POST('/api/people/{id}/erase', { params: { path: { id } }, body: { reason } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminKeys.people }),
  });
}
