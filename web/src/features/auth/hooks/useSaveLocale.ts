import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import type { Language } from '../../../app/i18n';
import { authKeys } from './authKeys';

/**
 * PATCH /api/me { locale }: the person's language, kept in their profile (and used for their emails). The
 * service words its messages (a round's placement reasons, a refusal) in the saved language, so every
 * other cached answer is read again once it is saved.
 */
export function useSaveLocale() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (locale: Language) => unwrap(api.PATCH('/api/me', { body: { locale } })),
    onSuccess: (me) => {
      queryClient.setQueryData(authKeys.me, me);
      return queryClient.invalidateQueries({
        predicate: (query) => query.queryKey.join('/') !== authKeys.me.join('/'),
      });
    },
  });
}
