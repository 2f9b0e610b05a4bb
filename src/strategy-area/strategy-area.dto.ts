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

const name = z.string().trim().min(1).max(120);
const description = z.string().trim().min(1).max(2000);

export const strategyAreaView = z.object({
  id: z.uuid(),
  regionId: z.uuid(),
  name: z.string(),
  description: z.string().nullable(),
  active: z.boolean(),
  /** True for the seeded starting list: the region is expected to edit it. */
  seeded: z.boolean(),
  ...listEntryStamps(),
});
export type StrategyAreaView = z.infer<typeof strategyAreaView>;

export class StrategyAreaResponse extends createZodDto('StrategyAreaResponse', strategyAreaView) {}
export class StrategyAreaListResponse extends createZodDto(
  'StrategyAreaListResponse',
  itemsOf(strategyAreaView),
) {}

export class ListStrategyAreasQuery extends createZodDto(
  'ListStrategyAreasQuery',
  regionListQuery('admins: whose list; others always get their own region'),
) {}
export type StrategyAreaFilter = z.infer<typeof ListStrategyAreasQuery.schema>;

export class CreateStrategyAreaBody extends createZodDto(
  'CreateStrategyAreaBody',
  z.strictObject({
    name,
    description: description.optional(),
    position: listPosition().optional(),
    regionId: regionToCreateIn(),
  }),
) {}
export type CreateStrategyAreaInput = z.infer<typeof CreateStrategyAreaBody.schema>;

export class UpdateStrategyAreaBody extends createZodDto(
  'UpdateStrategyAreaBody',
  changingSomething(
    z.strictObject({
      name: name.optional(),
      description: description.nullable().optional(),
      position: listPosition().optional(),
      active: z.boolean().optional(),
      version: versionToMatch(),
    }),
  ),
) {}
export type UpdateStrategyAreaInput = z.infer<typeof UpdateStrategyAreaBody.schema>;
