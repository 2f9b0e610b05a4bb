/**
 * A generated ten-year history for the overview benchmark, written with set-based SQL (seconds, not
 * minutes): per municipality a meeting a quarter (40 back, one confirmed and one planned ahead, now and
 * then a cancelled one), six agenda items each with strategy areas, minutes approved after 3–20 days (the
 * latest ones of some municipalities still in review), five actions per meeting (old ones done, mostly on
 * time, some late or cancelled; recent ones open, some overdue), a question every other meeting (old ones
 * resolved), three people and a current agreement with written expectations.
 */
import type { Client } from 'pg';

/** Regions and municipalities beyond Västerbotten: 20 more regions, 275 municipalities (290 in all). */
export async function addSwedishRegions(client: Client, count = 20, municipalities = 275): Promise<void> {
  const codes = [
    '01',
    '03',
    '04',
    '05',
    '06',
    '07',
    '08',
    '09',
    '10',
    '12',
    '13',
    '14',
    '17',
    '18',
    '19',
    '20',
    '21',
    '22',
    '23',
    '25',
  ];
  let left = municipalities;
  for (let r = 0; r < count; r++) {
    const code = codes[r];
    const [region] = (
      await client.query<{ id: string }>(
        `INSERT INTO organizations (kind, code, name, unit, version) VALUES ('region', $1, $2, 'Regional utveckling', 1)
         RETURNING id`,
        [code, `Region ${code}`],
      )
    ).rows;
    const here = Math.round(left / (count - r));
    left -= here;
    await client.query(
      `INSERT INTO organizations (kind, code, name, unit, parent_id, version)
       SELECT 'municipality', $1 || lpad(g::text, 2, '0'), 'Kommun ' || $1 || lpad(g::text, 2, '0'),
              'Näringslivskontoret', $2, 1
         FROM generate_series(1, $3::int) g`,
      [code, region.id, here],
    );
    await client.query(
      `INSERT INTO strategy_areas (region_id, name, position, version)
       SELECT $1, 'Strategiområde ' || g, g, 1 FROM generate_series(1, 5) g`,
      [region.id],
    );
  }
}

/** The history of every municipality of these regions, ending `now`. */
export async function generateHistory(
  client: Client,
  regionIds: readonly string[],
  now: Date,
): Promise<void> {
  const q = (sql: string, params: unknown[] = []) => client.query(sql, params);
  await q(
    `CREATE TEMP TABLE bench_orgs ON COMMIT DROP AS
    SELECT o.id, o.code, o.name, o.parent_id AS region_id, abs(hashtext(o.code)) AS h,
           (SELECT array_agg(id ORDER BY position, name) FROM strategy_areas s WHERE s.region_id = o.parent_id) AS areas
      FROM organizations o WHERE o.kind = 'municipality' AND o.parent_id = ANY($1::uuid[])`,
    [regionIds],
  );
  await q(`CREATE TEMP TABLE bench_people ON COMMIT DROP AS
    SELECT gen_random_uuid() AS id, o.id AS org_id, g AS n FROM bench_orgs o, generate_series(0, 2) g`);
  await q(`INSERT INTO people (id, organization_id, name, email, roles, locale, login_enabled, version)
    SELECT p.id, p.org_id, 'Person ' || o.code || '-' || p.n, 'p' || p.n || '.' || o.code || '@bench.example.se',
           '{participant}', 'sv', false, 1
      FROM bench_people p JOIN bench_orgs o ON o.id = p.org_id`);
  await q(
    `INSERT INTO agreements (organization_id, version, cadence, cadence_kind, preferred_mode, expectations, valid_from)
    SELECT id, 1, 'P3M', 'duration', 'hybrid',
           '[{"party":"region","text":"Protokollet justeras inom två veckor efter mötet"},
             {"party":"municipality","text":"Åtgärder genomförs till utsatt datum"},
             {"party":"region","text":"Vi ses varje kvartal"}]'::jsonb,
           ($1::timestamptz - interval '10 years')::date
      FROM bench_orgs`,
    [now],
  );

  // Meetings: quarter q back (q = -1 and -2 are ahead), at 10:00 on a day that varies per municipality.
  await q(
    `CREATE TEMP TABLE bench_meetings ON COMMIT DROP AS
    SELECT gen_random_uuid() AS id, o.id AS org_id, o.region_id, o.code, o.h, o.areas, g AS q,
           date_trunc('day', $1::timestamptz) + interval '10 hours' + ((-g * 91 - (o.h % 60)) * interval '1 day') AS start_at,
           CASE WHEN g = -2 THEN 'planned' WHEN g = -1 THEN 'confirmed'
                WHEN (o.h + g) % 23 = 7 THEN 'cancelled' ELSE 'held' END AS status
      FROM bench_orgs o, generate_series(-2, 39) g`,
    [now],
  );
  await q(`INSERT INTO meetings (id, uid, sequence, region_id, title, start_at, end_at, status, mode, version)
    SELECT id, id::text || '@bench.samverkan', 0, region_id, 'Samverkansmöte ' || code, start_at,
           start_at + interval '90 minutes', status, 'digital', 1
      FROM bench_meetings`);
  await q(
    `INSERT INTO meeting_organizations (meeting_id, organization_id) SELECT id, org_id FROM bench_meetings`,
  );

  // Agendas: six items each, one or two strategy areas.
  await q(`INSERT INTO agendas (meeting_id) SELECT id FROM bench_meetings WHERE status <> 'cancelled'`);
  await q(`INSERT INTO agenda_items (meeting_id, position, title, type, duration_minutes, strategy_area_ids, status, source, version)
    SELECT m.id, k, 'Punkt ' || k, 'discussion', 15,
           CASE WHEN k % 3 = 0 THEN ARRAY[m.areas[1 + (m.h + k) % 5], m.areas[1 + (m.h + k + 2) % 5]]
                ELSE ARRAY[m.areas[1 + (m.h + k) % 5]] END,
           CASE WHEN k = 6 AND m.q % 4 = 0 THEN 'declined' ELSE 'scheduled' END, 'added', 1
      FROM bench_meetings m, generate_series(1, 6) k
     WHERE m.status <> 'cancelled'`);

  // Minutes of held meetings: approved after 3–20 days; the latest of every third municipality in review.
  await q(`INSERT INTO minutes (meeting_id, region_id, organization_ids, status, first_submitted_at, locked_at, version)
    SELECT m.id, m.region_id, ARRAY[m.org_id],
           CASE WHEN m.q = 0 AND m.h % 3 = 0 THEN 'in_review' ELSE 'locked' END,
           m.start_at + interval '2 days',
           CASE WHEN m.q = 0 AND m.h % 3 = 0 THEN NULL
                ELSE m.start_at + interval '2 days' + ((3 + (m.h + m.q) % 18) * interval '1 day') END, 1
      FROM bench_meetings m WHERE m.status = 'held'`);
  await q(`INSERT INTO minutes_reviews (meeting_id, number, status, revision, submitted_by, submitted_at, deadline_at, closed_at)
    SELECT mi.meeting_id, 1, CASE WHEN mi.status = 'locked' THEN 'approved' ELSE 'open' END, 1,
           (SELECT id FROM bench_people p WHERE p.org_id = mi.organization_ids[1] AND p.n = 0),
           mi.first_submitted_at, mi.first_submitted_at + interval '14 days', mi.locked_at
      FROM minutes mi JOIN bench_meetings m ON m.id = mi.meeting_id`);

  // Actions: five per held meeting.
  await q(`CREATE TEMP TABLE bench_actions ON COMMIT DROP AS
    SELECT gen_random_uuid() AS id, m.id AS meeting_id, m.org_id, m.region_id, m.areas, m.h, k,
           (SELECT p.id FROM bench_people p WHERE p.org_id = m.org_id AND p.n = k % 3) AS owner_id,
           (m.start_at + ((30 + k * 15) * interval '1 day'))::date AS due_date,
           m.start_at AS created_at,
           (m.h + m.q * 5 + k) % 20 AS r
      FROM bench_meetings m, generate_series(1, 5) k WHERE m.status = 'held'`);
  await q(
    `INSERT INTO actions (id, region_id, title, owner_person_id, owner_organization_id, due_date, status,
                                meeting_id, closed_at, created_at, updated_at, version)
    SELECT a.id, a.region_id, 'Åtgärd ' || a.k, a.owner_id, a.org_id, a.due_date, s.status, a.meeting_id,
           CASE s.status WHEN 'done' THEN a.due_date::timestamptz + (CASE WHEN a.r < 4 THEN 10 ELSE -3 END) * interval '1 day'
                         WHEN 'cancelled' THEN a.due_date::timestamptz ELSE NULL END,
           a.created_at, a.created_at, 1
      FROM bench_actions a
      CROSS JOIN LATERAL (SELECT CASE
        WHEN a.due_date < ($1::timestamptz - interval '60 days')::date
          THEN CASE WHEN a.r = 19 THEN 'cancelled' WHEN a.r = 18 THEN 'open' ELSE 'done' END
        WHEN a.r % 3 = 0 THEN 'in_progress' ELSE 'open' END AS status) s`,
    [now],
  );
  await q(`INSERT INTO action_strategy_areas (action_id, strategy_area_id)
    SELECT id, areas[1 + (h + k) % 5] FROM bench_actions`);
  await q(`INSERT INTO action_events (action_id, kind, changes, occurred_at)
    SELECT id, 'created', '{}'::jsonb, created_at FROM bench_actions`);

  // Questions: one every other held meeting, owned by the region, the municipality or an outside actor.
  await q(`CREATE TEMP TABLE bench_questions ON COMMIT DROP AS
    SELECT gen_random_uuid() AS id, m.org_id, m.region_id, m.areas, m.h, m.q, m.start_at
      FROM bench_meetings m WHERE m.status = 'held' AND m.q % 2 = 0`);
  await q(`INSERT INTO questions (id, region_id, title, owner_kind, owner_organization_id, owner_external_name, status,
                                  closed_at, created_at, updated_at, version)
    SELECT b.id, b.region_id, 'Fråga ' || b.q,
           CASE WHEN b.q % 6 = 4 THEN 'external' ELSE 'organization' END,
           CASE WHEN b.q % 6 = 4 THEN NULL WHEN b.q % 6 = 2 THEN b.org_id ELSE b.region_id END,
           CASE WHEN b.q % 6 = 4 THEN (ARRAY['Almi', 'Arbetsförmedlingen', 'Tillväxtverket'])[1 + b.h % 3] END,
           CASE WHEN b.q < 8 THEN 'open' WHEN b.q % 10 = 0 THEN 'parked' ELSE 'resolved' END,
           CASE WHEN b.q < 8 THEN NULL ELSE b.start_at + interval '120 days' END, b.start_at, b.start_at, 1
      FROM bench_questions b`);
  await q(
    `INSERT INTO question_organizations (question_id, organization_id) SELECT id, org_id FROM bench_questions`,
  );
  await q(`INSERT INTO question_strategy_areas (question_id, strategy_area_id)
    SELECT id, areas[1 + (h + q) % 5] FROM bench_questions`);
}

/** Row counts of the tables the overview reads. */
export async function tableCounts(client: Client): Promise<Record<string, number>> {
  const tables = ['organizations', 'meetings', 'agenda_items', 'minutes', 'actions', 'questions'];
  const counts: Record<string, number> = {};
  for (const table of tables) {
    counts[table] = Number((await client.query(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);
  }
  return counts;
}
