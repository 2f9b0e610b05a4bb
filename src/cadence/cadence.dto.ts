import { z } from 'zod';
import { createZodDto } from '../common/validation/zod-dto.js';
import { CADENCE_STATUSES } from './cadence-status.js';

const meetingRef = z.object({
  meetingId: z.uuid(),
  startAt: z.iso.datetime(),
  endAt: z.iso.datetime(),
  /** Local date in the business time zone. */
  date: z.string(),
});

export const cadenceView = z.object({
  organizationId: z.uuid(),
  organizationName: z.string(),
  agreementVersion: z.number().int().nullable(),
  cadence: z.string().nullable(),
  lastHeld: meetingRef.nullable(),
  nextPlanned: meetingRef.nullable(),
  dueDate: z.string().nullable(),
  daysUntilDue: z.number().int().nullable(),
  status: z.enum(CADENCE_STATUSES),
});
export type CadenceView = z.infer<typeof cadenceView>;

export class CadenceResponse extends createZodDto('CadenceResponse', cadenceView) {}
export class CadenceListResponse extends createZodDto(
  'CadenceListResponse',
  z.object({ today: z.string(), items: z.array(cadenceView) }),
) {}

export class CadenceListQuery extends createZodDto(
  'CadenceListQuery',
  z.strictObject({ status: z.enum(CADENCE_STATUSES).optional() }),
) {}
export type CadenceFilter = z.infer<typeof CadenceListQuery.schema>;
