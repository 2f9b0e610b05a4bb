import { z } from 'zod';
import { createZodDto } from '../../common/validation/zod-dto.js';
import { ARCHIVE_DELIVERY_STATUSES } from './archive-package.entity.js';

export const archivePackageView = z.object({
  revision: z.number().int().describe('the lock’s number: 1, then +1 for each lock after a reopen'),
  objectId: z.string().describe('the package’s id: its root folder in the zip and the METS OBJID'),
  lockedAt: z.iso.datetime(),
  createdAt: z.iso.datetime(),
  sizeBytes: z.number().int(),
  sha256: z.string().describe('hex SHA-256 of the zip'),
  /** Where it downloads: GET /api/meetings/{id}/archive-packages/{revision}. */
  url: z.string(),
  delivery: z.object({
    status: z
      .enum(ARCHIVE_DELIVERY_STATUSES)
      .describe('not_configured: no registry was configured when the minutes locked'),
    attempts: z.number().int(),
    lastAttemptAt: z.iso.datetime().nullable(),
    lastError: z.string().nullable().describe('e.g. "HTTP 503", "ECONNREFUSED", "timeout"'),
    deliveredAt: z.iso.datetime().nullable(),
  }),
});
export type ArchivePackageView = z.infer<typeof archivePackageView>;

export const archivePackagesView = z.object({
  /** Whether a registry (ARCHIVE_DELIVERY_URL) receives new packages. */
  deliveryConfigured: z.boolean(),
  items: z.array(archivePackageView),
});
export type ArchivePackagesView = z.infer<typeof archivePackagesView>;

export class ArchivePackagesResponse extends createZodDto('ArchivePackagesResponse', archivePackagesView) {}

export class ArchivePackageParams extends createZodDto(
  'ArchivePackageParams',
  z.strictObject({ id: z.uuid(), revision: z.coerce.number().int().min(1).max(1_000_000) }),
) {}
