import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import type { Language } from '../../../app/i18n';
import { authKeys } from './authKeys';

/** PATCH /api/me { locale }: the person's language, kept in their profile (and used for their emails). */
export function useSaveLocale() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (locale: Language) => unwrap(api.PATCH('/api/me', { body: { locale } })),
    onSuccess: (me) => queryClient.setQueryData(authKeys.me, me),
  });
}
