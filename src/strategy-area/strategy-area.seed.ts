import type { EntityManager } from 'typeorm';

/**
 * Region Västerbotten's regional development strategy (RUS), as a starting list an admin is expected to
 * edit: rename, describe, deactivate or add. Rows are marked `seeded`.
 */
export const VASTERBOTTEN_STRATEGY_AREAS: ReadonlyArray<{ name: string; description: string }> = [
  {
    name: 'Hållbar tillväxt och innovation',
    description: 'Innovation, forskning och omställning till ett hållbart näringsliv.',
  },
  {
    name: 'Kompetensförsörjning',
    description: 'Tillgång till rätt kompetens: utbildning, validering och attraktionskraft för arbetskraft.',
  },
  {
    name: 'Tillgänglighet och infrastruktur',
    description: 'Transporter, digital infrastruktur och tillgänglighet i hela länet.',
  },
  {
    name: 'Attraktiva livsmiljöer',
    description: 'Boende, service, kultur och platser där människor vill leva och verka.',
  },
  {
    name: 'Näringslivsutveckling och entreprenörskap',
    description: 'Företagsklimat, nyföretagande, företagsstöd och etableringar.',
  },
];

/** The region the starting list belongs to (SCB county code of Västerbotten). */
const VASTERBOTTEN_CODE = '24';

/**
 * Seeds the starting list for Region Västerbotten when that region has never had a strategy area.
 * Idempotent: a second run, or a run after an admin has edited or deactivated the list, adds nothing.
 * The region row is locked so two starting processes cannot both seed. Returns how many were added.
 */
export async function seedStrategyAreas(manager: EntityManager): Promise<number> {
  const regions = await manager.query<Array<{ id: string }>>(
    `SELECT id FROM organizations WHERE kind = 'region' AND code = $1 FOR UPDATE`,
    [VASTERBOTTEN_CODE],
  );
  if (regions.length === 0) return 0;
  const regionId = regions[0].id;
  const [{ count }] = await manager.query<Array<{ count: number }>>(
    `SELECT count(*)::int AS count FROM strategy_areas WHERE region_id = $1`,
    [regionId],
  );
  if (count > 0) return 0;
  const areas = VASTERBOTTEN_STRATEGY_AREAS;
  await manager.query(
    `INSERT INTO strategy_areas (region_id, name, description, position, seeded, version)
     SELECT $1, name, description, position, true, 1
       FROM unnest($2::text[], $3::text[], $4::int[]) AS seed(name, description, position)`,
    [regionId, areas.map((area) => area.name), areas.map((area) => area.description), areas.map((_, i) => i)],
  );
  return areas.length;
}
