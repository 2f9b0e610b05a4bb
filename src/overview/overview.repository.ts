import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Which municipalities an overview covers: one region's, all, or one municipality. */
export interface OverviewScope {
  /** Only this region's municipalities; null: every region. */
  regionId: string | null;
  /** Only this municipality; null: all of the region(s). */
  organizationId: string | null;
}

/** The instants and dates an overview is computed for (business time zone). */
export interface OverviewClock {
  now: Date;
  /** Today's local date. */
  today: string;
  /** First local date of the look-back window (coverage, lead times, on-time rates). */
  windowStart: string;
  timeZone: string;
}

export interface OverviewCoverageCount {
  areaId: string;
  agendaItems: number;
  actions: number;
  questions: number;
}

export interface OverviewPartyCount {
  kind: 'organization' | 'external';
  organizationId: string | null;
  name: string;
  count: number;
}

/** One municipality's figures, as read. */
export interface OverviewRow {
  id: string;
  name: string;
  code: string;
  regionId: string;
  /** Instants as ISO 8601 UTC strings; `date` is the local date (last: of the end, next: of the start). */
  lastHeld: { id: string; startAt: string; endAt: string; date: string } | null;
  nextPlanned: { id: string; startAt: string; endAt: string; date: string; status: string } | null;
  meetingsHeldInWindow: number;
  agreement: {
    version: number;
    cadence: string;
    validFrom: string;
    expectations: Array<{ party: string; text: string }>;
  } | null;
  actionsOpen: number;
  actionsOverdue: number;
  actionsDueInWindow: number;
  actionsDoneOnTime: number;
  minutesAwaitingApproval: number;
  minutesApprovedInWindow: number;
  minutesApprovedWithinDeadline: number;
  medianApprovalDays: number | null;
  questionsOpen: number;
  questionsByParty: OverviewPartyCount[];
  coverage: OverviewCoverageCount[];
}

export interface OverviewArea {
  id: string;
  regionId: string;
  name: string;
  active: boolean;
}

/**
 * The overview read model: one statement over meetings, agreements, actions, questions, agenda items and
 * minutes (docs/adr/0009). Tables of other features are only read, here and nowhere else, so the county
 * overview costs one round trip instead of one per feature and municipality. Exported for the benchmark,
 * which runs the very same text through pg.
 *
 * Parameters: $1 region id or null, $2 municipality id or null, $3 now, $4 today (local), $5 window start
 * (local date), $6 time zone.
 */
/** ISO 8601 in UTC with milliseconds, as Date.prototype.toISOString writes it. */
const ISO = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;

export const OVERVIEW_SQL = `
WITH orgs AS MATERIALIZED (
  SELECT o.id, o.name, o.code, o.parent_id
    FROM organizations o
   WHERE o.kind = 'municipality'
     AND ($1::uuid IS NULL OR o.parent_id = $1::uuid)
     AND ($2::uuid IS NULL OR o.id = $2::uuid)
),
org_ids AS MATERIALIZED (SELECT array_agg(id) AS ids, array_agg(DISTINCT parent_id) AS regions FROM orgs),
window_start AS MATERIALIZED (SELECT ($5::date::timestamp AT TIME ZONE $6) AS at),
-- Every meeting (not cancelled) of the window, which runs from the window start into the future: the
-- last held meeting and the next planned one are among them unless a municipality has not met for a year.
window_meetings AS MATERIALIZED (
  SELECT mo.organization_id AS org_id, m.id, m.status, m.start_at, m.end_at,
         (m.status = 'held' OR (m.status = 'confirmed' AND m.end_at <= $3)) AS held
    FROM meetings m
    JOIN meeting_organizations mo ON mo.meeting_id = m.id
   WHERE m.region_id = ANY((SELECT regions FROM org_ids)::uuid[])
     AND m.start_at >= (SELECT at FROM window_start)
     AND m.status <> 'cancelled'
     AND mo.organization_id = ANY((SELECT ids FROM org_ids)::uuid[])
),
recent_held AS MATERIALIZED (
  SELECT DISTINCT ON (org_id) org_id, id, start_at, end_at
    FROM window_meetings WHERE held
   ORDER BY org_id, end_at DESC, id
),
-- The same rule as the meetings feature (MeetingRepository.findLastHeld); older than the window only for
-- municipalities without a meeting in it.
last_held AS (
  SELECT org_id, id, start_at, end_at FROM recent_held
  UNION ALL
  SELECT o.id, m.id, m.start_at, m.end_at
    FROM orgs o
    JOIN LATERAL (
      SELECT m.id, m.start_at, m.end_at
        FROM meeting_organizations mo
        -- Each meeting by its primary key, however small the table (OFFSET 0: planned on its own).
        CROSS JOIN LATERAL (
          SELECT id, start_at, end_at, status FROM meetings WHERE id = mo.meeting_id OFFSET 0
        ) m
       WHERE mo.organization_id = o.id
         AND (m.status = 'held' OR (m.status = 'confirmed' AND m.end_at <= $3))
       ORDER BY m.end_at DESC, m.id
       LIMIT 1
    ) m ON true
   WHERE NOT EXISTS (SELECT 1 FROM recent_held r WHERE r.org_id = o.id)
),
next_planned AS (
  SELECT DISTINCT ON (org_id) org_id, id, start_at, end_at, status
    FROM window_meetings
   WHERE status IN ('planned', 'confirmed') AND end_at > $3
   ORDER BY org_id, start_at, id
),
held_in_window AS (
  SELECT org_id, count(*)::int AS n FROM window_meetings WHERE held GROUP BY org_id
),
agreement AS (
  SELECT o.id AS org_id, a.version, a.cadence, a.valid_from::text AS valid_from, a.expectations
    FROM orgs o
    JOIN LATERAL (
      SELECT version, cadence, valid_from, expectations FROM agreements
       WHERE organization_id = o.id ORDER BY version DESC LIMIT 1
    ) a ON true
),
action_counts AS (
  SELECT a.owner_organization_id AS org_id,
         count(*) FILTER (WHERE a.status IN ('open', 'in_progress'))::int AS open,
         count(*) FILTER (WHERE a.status IN ('open', 'in_progress') AND a.due_date < $4::date)::int AS overdue,
         count(*) FILTER (WHERE a.due_date >= $5::date AND a.due_date < $4::date)::int AS due_in_window,
         count(*) FILTER (
           WHERE a.status = 'done' AND a.due_date >= $5::date AND a.due_date < $4::date
             AND (a.closed_at AT TIME ZONE $6)::date <= a.due_date
         )::int AS done_on_time
    FROM actions a
   WHERE a.owner_organization_id = ANY((SELECT ids FROM org_ids)::uuid[])
     AND (a.status IN ('open', 'in_progress')
          OR (a.status = 'done' AND a.due_date >= $5::date AND a.due_date < $4::date))
   GROUP BY a.owner_organization_id
),
minutes_awaiting AS (
  SELECT org_id, count(*)::int AS n
    FROM minutes mi CROSS JOIN LATERAL unnest(mi.organization_ids) AS org_id
   WHERE mi.status = 'in_review' AND org_id = ANY((SELECT ids FROM org_ids)::uuid[])
   GROUP BY org_id
),
-- Minutes of the window's meetings that were approved (locked): lead time from first submission, and
-- whether the approval came by the first review's deadline.
minutes_lead AS (
  SELECT wm.org_id,
         count(*)::int AS approved,
         count(*) FILTER (WHERE mi.locked_at <= (
           SELECT r.deadline_at FROM minutes_reviews r WHERE r.meeting_id = mi.meeting_id ORDER BY r.number LIMIT 1
         ))::int AS within_deadline,
         percentile_cont(0.5) WITHIN GROUP (
           ORDER BY extract(epoch FROM mi.locked_at - mi.first_submitted_at) / 86400
         ) AS median_days
    FROM window_meetings wm
    JOIN minutes mi ON mi.meeting_id = wm.id
   WHERE mi.status = 'locked' AND mi.first_submitted_at IS NOT NULL
   GROUP BY wm.org_id
),
open_questions AS MATERIALIZED (
  SELECT qo.organization_id AS org_id, q.id, q.owner_kind, q.owner_organization_id, q.owner_external_name
    FROM questions q
    JOIN question_organizations qo ON qo.question_id = q.id
   WHERE q.region_id = ANY((SELECT regions FROM org_ids)::uuid[])
     AND q.status IN ('open', 'in_progress')
     AND qo.organization_id = ANY((SELECT ids FROM org_ids)::uuid[])
),
question_parties AS (
  SELECT oq.org_id,
         json_agg(json_build_object(
           'kind', oq.owner_kind, 'organizationId', oq.owner_organization_id,
           'name', coalesce(owner.name, oq.owner_external_name), 'count', oq.n
         ) ORDER BY oq.n DESC, coalesce(owner.name, oq.owner_external_name)) AS parties,
         sum(oq.n)::int AS total
    FROM (
      SELECT org_id, owner_kind, owner_organization_id, owner_external_name, count(*)::int AS n
        FROM open_questions GROUP BY 1, 2, 3, 4
    ) oq
    LEFT JOIN organizations owner ON owner.id = oq.owner_organization_id
   GROUP BY oq.org_id
),
coverage_rows AS (
  SELECT wm.org_id, area_id, 1 AS items, 0 AS actions, 0 AS questions
    FROM window_meetings wm
    JOIN agenda_items ai ON ai.meeting_id = wm.id AND ai.status IN ('accepted', 'scheduled')
    CROSS JOIN LATERAL unnest(ai.strategy_area_ids) AS area_id
  UNION ALL
  SELECT a.owner_organization_id, asa.strategy_area_id, 0, 1, 0
    FROM actions a
    -- Per action through the primary key (OFFSET 0 keeps the planner from hashing the whole table).
    CROSS JOIN LATERAL (
      SELECT strategy_area_id FROM action_strategy_areas WHERE action_id = a.id OFFSET 0
    ) asa
   WHERE a.owner_organization_id = ANY((SELECT ids FROM org_ids)::uuid[])
     AND a.created_at >= (SELECT at FROM window_start)
     AND a.status <> 'cancelled'
  UNION ALL
  SELECT oq.org_id, qs.strategy_area_id, 0, 0, 1
    FROM open_questions oq
    JOIN question_strategy_areas qs ON qs.question_id = oq.id
),
coverage AS (
  SELECT org_id,
         json_agg(json_build_object('areaId', area_id, 'agendaItems', items, 'actions', actions, 'questions', questions)
                  ORDER BY area_id) AS areas
    FROM (
      SELECT org_id, area_id, sum(items)::int AS items, sum(actions)::int AS actions, sum(questions)::int AS questions
        FROM coverage_rows GROUP BY org_id, area_id
    ) c
   GROUP BY org_id
)
SELECT o.id, o.name, o.code, o.parent_id AS region_id,
       lh.id AS last_id, to_char(lh.start_at AT TIME ZONE 'UTC', ${ISO}) AS last_start_at,
       to_char(lh.end_at AT TIME ZONE 'UTC', ${ISO}) AS last_end_at,
       to_char(lh.end_at AT TIME ZONE $6, 'YYYY-MM-DD') AS last_date,
       np.id AS next_id, to_char(np.start_at AT TIME ZONE 'UTC', ${ISO}) AS next_start_at,
       to_char(np.end_at AT TIME ZONE 'UTC', ${ISO}) AS next_end_at,
       to_char(np.start_at AT TIME ZONE $6, 'YYYY-MM-DD') AS next_date, np.status AS next_status,
       coalesce(hw.n, 0) AS meetings_held_in_window,
       ag.version AS agreement_version, ag.cadence, ag.valid_from, ag.expectations,
       coalesce(ac.open, 0) AS actions_open, coalesce(ac.overdue, 0) AS actions_overdue,
       coalesce(ac.due_in_window, 0) AS actions_due_in_window, coalesce(ac.done_on_time, 0) AS actions_done_on_time,
       coalesce(ma.n, 0) AS minutes_awaiting,
       coalesce(ml.approved, 0) AS minutes_approved, coalesce(ml.within_deadline, 0) AS minutes_within_deadline,
       ml.median_days,
       coalesce(qp.total, 0) AS questions_open, coalesce(qp.parties, '[]'::json) AS question_parties,
       coalesce(cv.areas, '[]'::json) AS coverage
  FROM orgs o
  LEFT JOIN last_held lh ON lh.org_id = o.id
  LEFT JOIN next_planned np ON np.org_id = o.id
  LEFT JOIN held_in_window hw ON hw.org_id = o.id
  LEFT JOIN agreement ag ON ag.org_id = o.id
  LEFT JOIN action_counts ac ON ac.org_id = o.id
  LEFT JOIN minutes_awaiting ma ON ma.org_id = o.id
  LEFT JOIN minutes_lead ml ON ml.org_id = o.id
  LEFT JOIN question_parties qp ON qp.org_id = o.id
  LEFT JOIN coverage cv ON cv.org_id = o.id
 ORDER BY o.code`;

/** The strategy areas of the regions an overview covers: $1 region id or null (all). */
export const OVERVIEW_AREAS_SQL = `
SELECT id, region_id, name, active FROM strategy_areas
 WHERE ($1::uuid IS NULL OR region_id = $1::uuid)
 ORDER BY region_id, position, name`;

export const OVERVIEW_BEGIN = 'BEGIN READ ONLY';
export const OVERVIEW_JIT_OFF = 'SET LOCAL jit = off';

export function overviewParameters(scope: OverviewScope, clock: OverviewClock): unknown[] {
  return [scope.regionId, scope.organizationId, clock.now, clock.today, clock.windowStart, clock.timeZone];
}

type Row = Record<string, unknown>;

function toRow(row: Row): OverviewRow {
  return {
    id: row.id as string,
    name: row.name as string,
    code: row.code as string,
    regionId: row.region_id as string,
    lastHeld: row.last_id
      ? {
          id: row.last_id as string,
          startAt: row.last_start_at as string,
          endAt: row.last_end_at as string,
          date: row.last_date as string,
        }
      : null,
    nextPlanned: row.next_id
      ? {
          id: row.next_id as string,
          startAt: row.next_start_at as string,
          endAt: row.next_end_at as string,
          date: row.next_date as string,
          status: row.next_status as string,
        }
      : null,
    meetingsHeldInWindow: row.meetings_held_in_window as number,
    agreement:
      row.agreement_version === null
        ? null
        : {
            version: row.agreement_version as number,
            cadence: row.cadence as string,
            validFrom: row.valid_from as string,
            expectations: (row.expectations as Array<{ party: string; text: string }>) ?? [],
          },
    actionsOpen: row.actions_open as number,
    actionsOverdue: row.actions_overdue as number,
    actionsDueInWindow: row.actions_due_in_window as number,
    actionsDoneOnTime: row.actions_done_on_time as number,
    minutesAwaitingApproval: row.minutes_awaiting as number,
    minutesApprovedInWindow: row.minutes_approved as number,
    minutesApprovedWithinDeadline: row.minutes_within_deadline as number,
    medianApprovalDays: row.median_days === null ? null : Number(row.median_days),
    questionsOpen: row.questions_open as number,
    questionsByParty: row.question_parties as OverviewPartyCount[],
    coverage: row.coverage as OverviewCoverageCount[],
  };
}

/** Reads the overview; touches no table for writing. */
@Injectable()
export class OverviewRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Both statements in one read-only transaction with JIT compilation off: the county-wide plan costs
   * enough to trigger it, and compiling took longer (about 300 ms for 290 municipalities) than running.
   */
  async read(
    scope: OverviewScope,
    clock: OverviewClock,
  ): Promise<{ rows: OverviewRow[]; areas: OverviewArea[] }> {
    const runner = this.dataSource.createQueryRunner('slave');
    try {
      await runner.query(OVERVIEW_BEGIN);
      await runner.query(OVERVIEW_JIT_OFF);
      const rows = (await runner.query(OVERVIEW_SQL, overviewParameters(scope, clock))) as Row[];
      const areas = (await runner.query(OVERVIEW_AREAS_SQL, [scope.regionId])) as Row[];
      await runner.query('COMMIT');
      return {
        rows: rows.map(toRow),
        areas: areas.map((area) => ({
          id: area.id as string,
          regionId: area.region_id as string,
          name: area.name as string,
          active: area.active as boolean,
        })),
      };
    } catch (error) {
      await runner.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }
}
