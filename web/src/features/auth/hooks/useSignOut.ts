import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { authKeys } from './authKeys';

/**
 * DELETE /api/auth/session ends the server-side session; nothing of the person stays in the cache. After a
 * single sign-on it answers the provider's end-session address (providerLogoutUrl), where the browser goes
 * next to sign out there too.
 */
export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/auth/session')),
    onSettled: () => {
      queryClient.clear();
      queryClient.setQueryData(authKeys.me, null);
    },
  });
}
