import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { authKeys } from './authKeys';

/** POST /api/auth/password/forgot: always 202, whether the address is known or not. */
export function useRequestPasswordLink() {
  return useMutation({
    mutationFn: (email: string) => unwrap(api.POST('/api/auth/password/forgot', { body: { email } })),
  });
}

/** What an emailed password link is for (`set` for a new person, `reset`), and whose account. */
export function usePasswordToken(token: string) {
  return useQuery({
    queryKey: authKeys.passwordToken(token),
    queryFn: () => unwrap(api.GET('/api/auth/password/tokens/{token}', { params: { path: { token } } })),
    staleTime: Infinity,
  });
}

/** Sets the password through the single-use link; the person's other sessions end. */
export function useSetPassword(token: string) {
  return useMutation({
    mutationFn: (password: string) =>
      unwrap(
        api.POST('/api/auth/password/tokens/{token}', { params: { path: { token } }, body: { password } }),
      ),
  });
}
