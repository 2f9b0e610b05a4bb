import { z } from 'zod';

/**
 * The DTO pieces of a region's own ordered list that its admins keep and deactivate instead of deleting
 * (strategy areas, secrecy grounds). Factories, so each DTO gets schemas of its own.
 */

/** Where an entry stands in its list; 0 first. */
export function listPosition() {
  return z.number().int().min(0).max(10_000);
}

/** The region an admin creates an entry for. */
export function regionToCreateIn() {
  return z.uuid().optional().describe("the region; defaults to the admin's own region");
}

/** The query of such a list: whose list (admins), and whether deactivated entries come too. */
export function regionListQuery(regionId: string) {
  return z.strictObject({
    regionId: z.uuid().optional().describe(regionId),
    includeInactive: z
      .enum(['true', 'false'])
      .default('false')
      .transform((value) => value === 'true'),
  });
}

/** The view's last fields: its place, the version to send back with an update, and when. */
export function listEntryStamps() {
  return {
    position: z.number().int(),
    version: z.number().int(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  };
}

/** The answer with the whole list. */
export function itemsOf<View extends z.ZodType>(view: View) {
  return z.object({ items: z.array(view) });
}
