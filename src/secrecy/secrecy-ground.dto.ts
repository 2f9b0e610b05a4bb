import { z } from 'zod';
import { createZodDto } from '../common/validation/zod-dto.js';

const reference = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .describe('the provision as the marking prints it, e.g. "31 kap. 16 § OSL"');
const description = z.string().trim().min(1).max(500).describe('a short summary of what it protects');

export const secrecyGroundView = z.object({
  id: z.uuid(),
  /** Null: shipped with the system, offered to every region. */
  regionId: z.uuid().nullable(),
  reference: z.string(),
  description: z.string(),
  active: z.boolean(),
  position: z.number().int(),
  version: z.number().int(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type SecrecyGroundView = z.infer<typeof secrecyGroundView>;

export class SecrecyGroundResponse extends createZodDto('SecrecyGroundResponse', secrecyGroundView) {}
export class SecrecyGroundListResponse extends createZodDto(
  'SecrecyGroundListResponse',
  z.object({ items: z.array(secrecyGroundView) }),
) {}

export class ListSecrecyGroundsQuery extends createZodDto(
  'ListSecrecyGroundsQuery',
  z.strictObject({
    regionId: z
      .uuid()
      .optional()
      .describe("admins: the region whose list (shipped grounds and the region's own); others get their own"),
    includeInactive: z
      .enum(['true', 'false'])
      .default('false')
      .transform((value) => value === 'true'),
  }),
) {}
export type SecrecyGroundFilter = z.infer<typeof ListSecrecyGroundsQuery.schema>;

export class CreateSecrecyGroundBody extends createZodDto(
  'CreateSecrecyGroundBody',
  z.strictObject({
    reference,
    description,
    position: z.number().int().min(0).max(10_000).optional(),
    regionId: z.uuid().optional().describe("the region; defaults to the admin's own region"),
  }),
) {}
export type CreateSecrecyGroundInput = z.infer<typeof CreateSecrecyGroundBody.schema>;

export class UpdateSecrecyGroundBody extends createZodDto(
  'UpdateSecrecyGroundBody',
  z
    .strictObject({
      description: description.optional(),
      position: z.number().int().min(0).max(10_000).optional(),
      active: z.boolean().optional().describe('false: no longer offered; items marked with it keep it'),
      version: z
        .number()
        .int()
        .min(1)
        .optional()
        .describe('when given, the update fails with 409 unless it matches'),
    })
    .refine((body) => Object.keys(body).some((key) => key !== 'version'), { message: 'nothing to change' }),
) {}
export type UpdateSecrecyGroundInput = z.infer<typeof UpdateSecrecyGroundBody.schema>;
