import { Client } from 'pg';

/** Row count and a digest of every row, per table of the public schema. */
export type DatabaseFingerprint = Map<string, { rows: number; digest: string }>;

/**
 * Reads every table of a test database through its own pg client, so that a test can prove a refused
 * request changed nothing at all (not one row, not one audit entry), whatever table a feature adds.
 */
/**
 * Not watched: the migrations' bookkeeping, and overview_model, the overview's read model, which is derived
 * from the other tables and (re)filled when an overview is read (a new local day, or rows not computed yet),
 * so a refused request that only reads may fill it. Every row it holds is computed from the watched tables.
 */
const EXCLUDED_TABLES = ['migrations', 'overview_model'];

export class DatabaseProbe {
  private tables: string[] = [];
  private query = '';

  private constructor(private readonly client: Client) {}

  static async connect(url: string): Promise<DatabaseProbe> {
    const client = new Client({ connectionString: url, application_name: 'samverkan-test-probe' });
    await client.connect();
    const probe = new DatabaseProbe(client);
    await probe.refreshTables();
    return probe;
  }

  /** The tables it reads (migrations bookkeeping and derived read models excluded). */
  get tableNames(): readonly string[] {
    return this.tables;
  }

  async refreshTables(): Promise<void> {
    const { rows } = await this.client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
          AND table_name NOT IN (${EXCLUDED_TABLES.map((name) => `'${name}'`).join(', ')})
        ORDER BY table_name`,
    );
    this.tables = rows.map((row) => row.table_name);
    this.query = this.tables
      .map(
        (table) =>
          `SELECT '${table}' AS name, count(*)::int AS rows,
                  md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest FROM "${table}" t`,
      )
      .join(' UNION ALL ');
  }

  async fingerprint(): Promise<DatabaseFingerprint> {
    const { rows } = await this.client.query<{ name: string; rows: number; digest: string }>(this.query);
    return new Map(rows.map((row) => [row.name, { rows: row.rows, digest: row.digest }]));
  }

  async count(table: string): Promise<number> {
    const { rows } = await this.client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}"`);
    return rows[0].n;
  }

  async sql<T extends Record<string, any>>(text: string, values: unknown[] = []): Promise<T[]> {
    return (await this.client.query<T>(text, values)).rows;
  }

  close(): Promise<void> {
    return this.client.end();
  }
}

/** The tables whose rows differ between two fingerprints, with their counts: empty when nothing changed. */
export function changedTables(before: DatabaseFingerprint, after: DatabaseFingerprint): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  const changed: string[] = [];
  for (const name of names) {
    const a = before.get(name);
    const b = after.get(name);
    if (a?.digest !== b?.digest) changed.push(`${name} (${a?.rows ?? 0} → ${b?.rows ?? 0} rows)`);
  }
  return changed.sort();
}
