import type { EntityManager } from 'typeorm';

/**
 * A join table of people in order (issue 12, docs/adr/0012): `table` has the owner's id in `ownerColumn`,
 * `person_id` and `position`. Table and column names come from code, never from a request.
 */
export interface OrderedPeopleTable {
  table: string;
  ownerColumn: string;
}

/** Stores the owner's people in the order given (a repeated id once, where it first appears). */
export async function insertOrderedPeople(
  manager: EntityManager,
  links: OrderedPeopleTable,
  ownerId: string,
  personIds: readonly string[],
): Promise<string[]> {
  const ids = [...new Set(personIds)];
  if (ids.length > 0) {
    await manager.query(
      `INSERT INTO ${links.table} (${links.ownerColumn}, person_id, position)
       SELECT $1, person_id, n FROM unnest($2::uuid[]) WITH ORDINALITY AS l(person_id, n)`,
      [ownerId, ids],
    );
  }
  return ids;
}

/** Each owner's people in their order; owners without any are absent from the map. */
export async function findOrderedPeople(
  manager: EntityManager,
  links: OrderedPeopleTable,
  ownerIds: readonly string[],
): Promise<Map<string, string[]>> {
  if (ownerIds.length === 0) return new Map();
  const rows = await manager.query<Array<{ owner: string; ids: string[] }>>(
    `SELECT ${links.ownerColumn} AS owner, array_agg(person_id::text ORDER BY position) AS ids
       FROM ${links.table} WHERE ${links.ownerColumn} = ANY($1::uuid[]) GROUP BY ${links.ownerColumn}`,
    [[...ownerIds]],
  );
  return new Map(rows.map((row) => [row.owner, row.ids]));
}
