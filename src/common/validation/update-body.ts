import { z } from 'zod';

/**
 * The version an update is based on (optimistic concurrency): optional; when given and not the current one,
 * the update answers 409. `conflict` says how, for the API's description.
 */
export function versionToMatch(conflict = 'the update fails with 409 unless it matches') {
  return z.number().int().min(1).optional().describe(`when given, ${conflict}`);
}

/** An update body must change something besides the version it is based on ('nothing to change'). */
export function changingSomething<Schema extends z.ZodObject>(schema: Schema): Schema {
  return schema.refine((body) => Object.keys(body).some((key) => key !== 'version'), {
    message: 'nothing to change',
  });
}
