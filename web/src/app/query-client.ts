import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/errors';
import { authKeys } from '../features/auth/hooks/authKeys';

/** A failure worth another try: no answer, or the service busy or failing; never a 4xx. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

/**
 * Server state for the whole app. A 401 on any call means the session ended (logout elsewhere, password
 * changed, role changed): the person is then treated as signed out and the guard sends them to /login.
 */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error, query) => signedOutOn(error, query.queryKey) }),
    mutationCache: new MutationCache({ onError: (error) => signedOutOn(error) }),
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000, refetchOnWindowFocus: true },
      mutations: { retry: false },
    },
  });
  function signedOutOn(error: unknown, key?: readonly unknown[]) {
    const isMe = key && key.join('/') === authKeys.me.join('/');
    if (!isMe && error instanceof ApiError && error.status === 401) client.setQueryData(authKeys.me, null);
  }
  return client;
}
