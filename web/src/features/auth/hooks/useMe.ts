import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { isApiError, unwrap } from '../../../api/errors';
import type { components } from '../../../api/schema';
import { authKeys } from './authKeys';

export type Me = components['schemas']['MeResponse'];

/** The signed-in person (GET /api/me), or null when signed out (401). */
export function useMe() {
  return useQuery({
    queryKey: authKeys.me,
    queryFn: async (): Promise<Me | null> => {
      try {
        return await unwrap(api.GET('/api/me'));
      } catch (error) {
        if (isApiError(error, 401)) return null;
        throw error;
      }
    },
    staleTime: 60_000,
  });
}
