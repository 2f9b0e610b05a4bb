import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { authKeys } from './authKeys';

/** POST /api/auth/session: the service sets the httpOnly session cookie; the answer is the person. */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: { email: string; password: string }) =>
      unwrap(api.POST('/api/auth/session', { body: credentials })),
    onSuccess: (me) => {
      queryClient.clear();
      queryClient.setQueryData(authKeys.me, me);
    },
  });
}
