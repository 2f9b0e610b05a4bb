import { z } from 'zod';
import { createZodDto, pagination, paginated } from '../common/validation/zod-dto.js';

export const auditEntryView = z.object({
  id: z.string(),
  occurredAt: z.iso.datetime(),
  actorId: z.uuid().nullable(),
  actorName: z
    .string()
    .nullable()
    .describe("the actor's name (also of a deleted person); null for the system"),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  entityLabel: z
    .string()
    .nullable()
    .describe(
      'the name or title of what was changed (a person, organization, meeting, action, …), when it has one',
    ),
  organizationId: z.uuid().nullable(),
  organizationName: z.string().nullable(),
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
  correlationId: z.string().nullable(),
});
export type AuditEntryView = z.infer<typeof auditEntryView>;

export class AuditEntryResponse extends createZodDto('AuditEntryResponse', auditEntryView) {}
export class AuditEntryPageResponse extends createZodDto(
  'AuditEntryPageResponse',
  paginated(auditEntryView),
) {}

export class AuditLogQuery extends createZodDto(
  'AuditLogQuery',
  z
    .strictObject({
      entityType: z.string().min(1).max(100).optional(),
      entityId: z.string().min(1).max(200).optional(),
      actorId: z.uuid().optional(),
      from: z.iso.datetime({ offset: true }).optional().describe('inclusive, ISO 8601'),
      to: z.iso.datetime({ offset: true }).optional().describe('exclusive, ISO 8601'),
      ...pagination,
    })
    .refine((query) => !query.from || !query.to || Date.parse(query.from) < Date.parse(query.to), {
      message: 'from must be before to',
      path: ['to'],
    }),
) {}
export type AuditLogFilter = z.infer<typeof AuditLogQuery.schema>;
