import { useMutation } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/errors';

/**
 * POST /api/guests/personal-data: what is held about a guest of one or more meetings, by the email they were
 * invited with (a POST, so the address never stands in a URL). Audited by the service.
 */
export function useGuestPersonalData() {
  return useMutation({
    mutationFn: (email: string) => unwrap(api.POST('/api/guests/personal-data', { body: { email } })),
  });
}

/** POST /api/guests/personal-data.pdf: the same as one readable PDF (every meeting), in the caller's language. */
export function useGuestPersonalDataPdf() {
  return useMutation({
    mutationFn: (email: string) =>
      unwrap(api.POST('/api/guests/personal-data.pdf', { body: { email }, parseAs: 'blob' })),
  });
}

/** POST /api/guests/erase: every guest record of the address erased (GDPR art. 17), with the reason. */
export function useEraseGuest() {
  return useMutation({
    mutationFn: (body: { email: string; reason: string }) => unwrap(api.POST('/api/guests/erase', { body })),
  });
}
