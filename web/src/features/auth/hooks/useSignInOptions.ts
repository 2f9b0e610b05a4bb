import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import type { components } from '../../../api/schema';
import { authKeys } from './authKeys';

export type SignInOptions = components['schemas']['SignInOptionsResponse'];

/** How a person may sign in here (GET /api/auth/sign-in-options): password, and a button per provider. */
export function useSignInOptions() {
  return useQuery({
    queryKey: authKeys.signInOptions,
    queryFn: () => unwrap(api.GET('/api/auth/sign-in-options')),
    staleTime: 5 * 60_000,
  });
}
