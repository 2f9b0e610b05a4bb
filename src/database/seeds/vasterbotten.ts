import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityManager } from 'typeorm';

interface SeedFile {
  region: { name: string; unit: string; code: string; seat: { town: string; lat: number; lon: number } };
  municipalities: Array<{ code: string; name: string; seat: { town: string; lat: number; lon: number } }>;
}

/** config/ sits at the project root, two levels above both src/database/seeds and dist/database/seeds. */
export const SEED_FILE = join(__dirname, '..', '..', '..', 'config', 'vasterbotten.json');

export function readSeedFile(path = SEED_FILE): SeedFile {
  return JSON.parse(readFileSync(path, 'utf8')) as SeedFile;
}

/** Seeds Region Västerbotten and its 15 municipalities when no organization exists. Returns the count added. */
export async function seedOrganizations(manager: EntityManager, path = SEED_FILE): Promise<number> {
  const [{ count }] = await manager.query<
    Array<{
      count: number;
    }>
  >('SELECT count(*)::int AS count FROM organizations');
  if (count > 0) return 0;
  const seed = readSeedFile(path);
  const [region] = await manager.query<Array<{ id: string }>>(
    `INSERT INTO organizations (kind, code, name, unit, seat_town, seat_lat, seat_lon, version)
     VALUES ('region', $1, $2, $3, $4, $5, $6, 1) RETURNING id`,
    [
      seed.region.code,
      seed.region.name,
      seed.region.unit,
      seed.region.seat.town,
      seed.region.seat.lat,
      seed.region.seat.lon,
    ],
  );
  for (const municipality of seed.municipalities) {
    await manager.query(
      `INSERT INTO organizations (kind, code, name, unit, parent_id, seat_town, seat_lat, seat_lon, version)
       VALUES ('municipality', $1, $2, $3, $4, $5, $6, $7, 1)`,
      [
        municipality.code,
        municipality.name,
        'Näringslivskontoret',
        region.id,
        municipality.seat.town,
        municipality.seat.lat,
        municipality.seat.lon,
      ],
    );
  }
  await manager.query(
    `INSERT INTO audit_log (action, entity_type, entity_id, after)
     VALUES ('organization.seed', 'organization', $1, $2)`,
    [region.id, { region: seed.region.name, municipalities: seed.municipalities.length }],
  );
  return 1 + seed.municipalities.length;
}
