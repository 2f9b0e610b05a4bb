import { z } from 'zod';
import {
  itemsOf,
  listEntryStamps,
  listPosition,
  regionListQuery,
  regionToCreateIn,
} from '../common/validation/region-list.js';
import { changingSomething, versionToMatch } from '../common/validation/update-body.js';
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
  ...listEntryStamps(),
});
export type SecrecyGroundView = z.infer<typeof secrecyGroundView>;

export class SecrecyGroundResponse extends createZodDto('SecrecyGroundResponse', secrecyGroundView) {}
export class SecrecyGroundListResponse extends createZodDto(
  'SecrecyGroundListResponse',
  itemsOf(secrecyGroundView),
) {}

export class ListSecrecyGroundsQuery extends createZodDto(
  'ListSecrecyGroundsQuery',
  regionListQuery(
    "admins: the region whose list (shipped grounds and the region's own); others get their own",
  ),
) {}
export type SecrecyGroundFilter = z.infer<typeof ListSecrecyGroundsQuery.schema>;

export class CreateSecrecyGroundBody extends createZodDto(
  'CreateSecrecyGroundBody',
  z.strictObject({
    reference,
    description,
    position: listPosition().optional(),
    regionId: regionToCreateIn(),
  }),
) {}
export type CreateSecrecyGroundInput = z.infer<typeof CreateSecrecyGroundBody.schema>;

export class UpdateSecrecyGroundBody extends createZodDto(
  'UpdateSecrecyGroundBody',
  changingSomething(
    z.strictObject({
      description: description.optional(),
      position: listPosition().optional(),
      active: z.boolean().optional().describe('false: no longer offered; items marked with it keep it'),
      version: versionToMatch(),
    }),
  ),
) {}
export type UpdateSecrecyGroundInput = z.infer<typeof UpdateSecrecyGroundBody.schema>;
