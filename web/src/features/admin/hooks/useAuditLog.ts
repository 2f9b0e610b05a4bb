import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import type { components, operations } from '../../../api/schema';
import { adminKeys } from './adminKeys';

export type AuditEntry = components['schemas']['AuditEntryResponse'];
export type AuditQuery = NonNullable<operations['AuditController_list']['parameters']['query']>;

/** GET /api/audit-log (admins), newest first; the previous page stays on screen while the next loads. */
export function useAuditLog(query: AuditQuery) {
  return useQuery({
    queryKey: adminKeys.audit(query),
    queryFn: () => unwrap(api.GET('/api/audit-log', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}
