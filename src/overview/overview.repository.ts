import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  MEETING_PARTIES_SQL,
  lastMeetingOfOrganizationSql,
  lastMeetingOfRegionSql,
  organizationMeetingsFromSql,
  regionMeetingsFromSql,
} from '../meeting/reads/meeting-sql.js';

/** Which regions a county overview covers: one, or (null) every region. */
export interface OverviewScope {
  regionId: string | null;
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

/** An expectation as stored in an agreement: without `metric` it was written before metrics existed. */
export interface StoredExpectation {
  party: string;
  text: string;
  metric?: string;
}

/** Figures of a municipality or of the region itself, as read. */
export interface OverviewFigures {
  meetingsHeldInWindow: number;
  actionsOpen: number;
  actionsOverdue: number;
  actionsDueInWindow: number;
  actionsDoneOnTime: number;
  minutesAwaitingApproval: number;
  minutesApprovedInWindow: number;
  minutesApprovedWithinDeadline: number;
  medianApprovalDays: number | null;
  questionsOpen: number;
  coverage: OverviewCoverageCount[];
}

/** Instants as ISO 8601 UTC strings; `date` is the local date (last: of the end, next: of the start). */
export interface OverviewMeetingRefs {
  lastHeld: { id: string; startAt: string; endAt: string; date: string } | null;
  nextPlanned: { id: string; startAt: string; endAt: string; date: string; status: string } | null;
}

/** One municipality's figures, as read. */
export interface OverviewRow extends OverviewFigures, OverviewMeetingRefs {
  id: string;
  name: string;
  code: string;
  regionId: string;
  agreement: {
    version: number;
    cadence: string;
    validFrom: string;
    expectations: StoredExpectation[];
  } | null;
  /** The region's own actions linked to this municipality's meetings. */
  regionActions: { overdue: number; dueInWindow: number; doneOnTime: number };
  questionsByParty: OverviewPartyCount[];
}

/** The region's own row (its own actions and questions, every meeting) and its county totals. */
export interface OverviewRegionRow extends OverviewFigures, OverviewMeetingRefs {
  id: string;
  name: string;
  code: string;
  /** When the figures change without a write: the end of the next planned or confirmed meeting. */
  validUntil: string | null;
  totals: {
    actionsOpen: number;
    actionsOverdue: number;
    minutesAwaitingApproval: number;
    questionsOpen: number;
    coverage: OverviewCoverageCount[];
  };
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
 * overview costs one round trip instead of one per feature and municipality; the meetings through the
 * meeting feature's named SQL (meeting/reads/meeting-sql.ts, ADR 13). Exported for the benchmark,
 * which runs the very same text through pg.
 *
 * One region's municipalities (the county overview is computed and cached per region, issue 11).
 * Parameters of this and OVERVIEW_REGION_SQL: $1 region id, $2 now, $3 today (local), $4 window start
 * (local date), $5 time zone.
 */
/** ISO 8601 in UTC with milliseconds, as Date.prototype.toISOString writes it. */
const ISO = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;

/** Figures of actions `a` (open, overdue, due in the window and done on time), and the rows they need. */
const ACTION_FIGURES = `count(*) FILTER (WHERE a.status IN ('open', 'in_progress'))::int AS open,
         count(*) FILTER (WHERE a.status IN ('open', 'in_progress') AND a.due_date < $3::date)::int AS overdue,
         count(*) FILTER (WHERE a.due_date >= $4::date AND a.due_date < $3::date)::int AS due_in_window,
         count(*) FILTER (
           WHERE a.status = 'done' AND a.due_date >= $4::date AND a.due_date < $3::date
             AND (a.closed_at AT TIME ZONE $5)::date <= a.due_date
         )::int AS done_on_time`;
const ACTION_ROWS = `(a.status IN ('open', 'in_progress')
          OR (a.status = 'done' AND a.due_date >= $4::date AND a.due_date < $3::date))`;

/**
 * Minutes of the window's meetings `wm` that were approved (locked): lead time from first submission, and
 * whether the approval came by the first review's deadline.
 */
const MINUTES_LEAD = `count(*)::int AS approved,
         count(*) FILTER (WHERE mi.locked_at <= (
           SELECT r.deadline_at FROM minutes_reviews r WHERE r.meeting_id = mi.meeting_id ORDER BY r.number LIMIT 1
         ))::int AS within_deadline,
         percentile_cont(0.5) WITHIN GROUP (
           ORDER BY extract(epoch FROM mi.locked_at - mi.first_submitted_at) / 86400
         ) AS median_days
    FROM window_meetings wm
    -- Per meeting through the primary key (OFFSET 0: not a hash over every region's minutes).
    CROSS JOIN LATERAL (
      SELECT meeting_id, locked_at, first_submitted_at FROM minutes
       WHERE meeting_id = wm.id AND status = 'locked' AND first_submitted_at IS NOT NULL OFFSET 0
    ) mi`;

/** The last held (lh) and next planned (np) meetings as read by toRow and toRegionRow. */
const MEETING_REFS = `lh.id AS last_id, to_char(lh.start_at AT TIME ZONE 'UTC', ${ISO}) AS last_start_at,
       to_char(lh.end_at AT TIME ZONE 'UTC', ${ISO}) AS last_end_at,
       to_char(lh.end_at AT TIME ZONE $5, 'YYYY-MM-DD') AS last_date,
       np.id AS next_id, to_char(np.start_at AT TIME ZONE 'UTC', ${ISO}) AS next_start_at,
       to_char(np.end_at AT TIME ZONE 'UTC', ${ISO}) AS next_end_at,
       to_char(np.start_at AT TIME ZONE $5, 'YYYY-MM-DD') AS next_date, np.status AS next_status`;

export const OVERVIEW_SQL = `
WITH orgs AS MATERIALIZED (
  SELECT o.id, o.name, o.code, o.parent_id
    FROM organizations o
   WHERE o.kind = 'municipality'
     AND o.parent_id = $1::uuid
),
org_ids AS MATERIALIZED (SELECT array_agg(id) AS ids FROM orgs),
window_start AS MATERIALIZED (SELECT ($4::date::timestamp AT TIME ZONE $5) AS at),
-- Every meeting (not cancelled) of the window, which runs from the window start into the future: the
-- last held meeting and the next planned one are among them unless a municipality has not met for a year.
window_meetings AS MATERIALIZED (
  ${organizationMeetingsFromSql({
    region: '$1::uuid',
    from: '(SELECT at FROM window_start)',
    now: '$2',
    organizations: '(SELECT ids FROM org_ids)::uuid[]',
  })}
),
recent_held AS MATERIALIZED (
  SELECT DISTINCT ON (org_id) org_id, id, start_at, end_at
    FROM window_meetings WHERE held
   ORDER BY org_id, end_at DESC, id
),
-- The meeting feature's rule (MeetingReads.findLastHeld); older than the window only for municipalities
-- without a meeting in it.
last_held AS (
  SELECT org_id, id, start_at, end_at FROM recent_held
  UNION ALL
  SELECT o.id, m.id, m.start_at, m.end_at
    FROM orgs o
    JOIN LATERAL (
      ${lastMeetingOfOrganizationSql({ organization: 'o.id', now: '$2' })}
    ) m ON true
   WHERE NOT EXISTS (SELECT 1 FROM recent_held r WHERE r.org_id = o.id)
),
next_planned AS (
  SELECT DISTINCT ON (org_id) org_id, id, start_at, end_at, status
    FROM window_meetings
   WHERE status IN ('planned', 'confirmed') AND end_at > $2
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
         ${ACTION_FIGURES}
    FROM actions a
   WHERE a.owner_organization_id = ANY((SELECT ids FROM org_ids)::uuid[])
     AND ${ACTION_ROWS}
   GROUP BY a.owner_organization_id
),
-- The region's own actions linked to a municipality's meetings: the region's side of that municipality's
-- follow-up (its expectations' signals).
region_action_counts AS (
  SELECT mo.organization_id AS org_id,
         ${ACTION_FIGURES}
    FROM actions a
    JOIN ${MEETING_PARTIES_SQL} mo ON mo.meeting_id = a.meeting_id
   WHERE a.owner_organization_id = $1::uuid
     AND a.meeting_id IS NOT NULL
     AND ${ACTION_ROWS}
     AND mo.organization_id = ANY((SELECT ids FROM org_ids)::uuid[])
   GROUP BY mo.organization_id
),
minutes_awaiting AS (
  SELECT org_id, count(*)::int AS n
    FROM minutes mi CROSS JOIN LATERAL unnest(mi.organization_ids) AS org_id
   WHERE mi.region_id = $1::uuid AND mi.status = 'in_review' AND org_id = ANY((SELECT ids FROM org_ids)::uuid[])
   GROUP BY org_id
),
-- Minutes of the window's meetings that were approved (locked): lead time from first submission, and
-- whether the approval came by the first review's deadline.
minutes_lead AS (
  SELECT wm.org_id, ${MINUTES_LEAD}
   GROUP BY wm.org_id
),
open_questions AS MATERIALIZED (
  SELECT qo.organization_id AS org_id, q.id, q.owner_kind, q.owner_organization_id, q.owner_external_name
    FROM questions q
    JOIN question_organizations qo ON qo.question_id = q.id
   WHERE q.region_id = $1::uuid
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
    -- Per meeting through its index (OFFSET 0: not a hash over every region's agenda items).
    CROSS JOIN LATERAL (
      SELECT strategy_area_ids FROM agenda_items
       WHERE meeting_id = wm.id AND status IN ('accepted', 'scheduled') OFFSET 0
    ) ai
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
    CROSS JOIN LATERAL (
      SELECT strategy_area_id FROM question_strategy_areas WHERE question_id = oq.id OFFSET 0
    ) qs
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
       ${MEETING_REFS},
       coalesce(hw.n, 0) AS meetings_held_in_window,
       ag.version AS agreement_version, ag.cadence, ag.valid_from, ag.expectations,
       coalesce(ac.open, 0) AS actions_open, coalesce(ac.overdue, 0) AS actions_overdue,
       coalesce(ac.due_in_window, 0) AS actions_due_in_window, coalesce(ac.done_on_time, 0) AS actions_done_on_time,
       coalesce(rc.overdue, 0) AS region_actions_overdue, coalesce(rc.due_in_window, 0) AS region_actions_due_in_window,
       coalesce(rc.done_on_time, 0) AS region_actions_done_on_time,
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
  LEFT JOIN region_action_counts rc ON rc.org_id = o.id
  LEFT JOIN minutes_awaiting ma ON ma.org_id = o.id
  LEFT JOIN minutes_lead ml ON ml.org_id = o.id
  LEFT JOIN question_parties qp ON qp.org_id = o.id
  LEFT JOIN coverage cv ON cv.org_id = o.id
 ORDER BY o.code`;

/**
 * The region itself (issue 11): county totals that count each action, question, minutes and agenda item
 * once (a question raised with two municipalities is one question; a joint meeting's items are counted
 * once), the region's own row (its own actions, linked to a municipality's meeting or not, and the
 * questions it owns), and the instant the figures change by themselves: the end of the next planned or
 * confirmed meeting (it becomes the last held).
 */
export const OVERVIEW_REGION_SQL = `
WITH window_start AS MATERIALIZED (SELECT ($4::date::timestamp AT TIME ZONE $5) AS at),
window_meetings AS MATERIALIZED (
  ${regionMeetingsFromSql({ region: '$1::uuid', from: '(SELECT at FROM window_start)', now: '$2' })}
),
last_held AS (
  SELECT id, start_at, end_at FROM (
    (SELECT id, start_at, end_at, 0 AS rank FROM window_meetings WHERE held ORDER BY end_at DESC, id LIMIT 1)
    UNION ALL
    (SELECT id, start_at, end_at, 1 FROM (
      ${lastMeetingOfRegionSql({ region: '$1::uuid', now: '$2' })}
    ) before_window WHERE NOT EXISTS (SELECT 1 FROM window_meetings WHERE held))
  ) found ORDER BY rank LIMIT 1
),
next_planned AS (
  SELECT id, start_at, end_at, status FROM window_meetings
   WHERE status IN ('planned', 'confirmed') AND end_at > $2 ORDER BY start_at, id LIMIT 1
),
all_actions AS (
  SELECT count(*)::int AS open, count(*) FILTER (WHERE due_date < $3::date)::int AS overdue
    FROM actions WHERE region_id = $1::uuid AND status IN ('open', 'in_progress')
),
own_actions AS (
  SELECT ${ACTION_FIGURES}
    FROM actions a
   WHERE a.owner_organization_id = $1::uuid AND ${ACTION_ROWS}
),
minutes_lead AS (
  SELECT ${MINUTES_LEAD}
),
open_questions AS MATERIALIZED (
  SELECT id, owner_kind, owner_organization_id FROM questions
   WHERE region_id = $1::uuid AND status IN ('open', 'in_progress')
),
-- Coverage, each thing once: county (every owner) and the region's own (owner: the region).
coverage_rows AS (
  SELECT area_id, 1 AS items, 0 AS actions, 0 AS questions, false AS own
    FROM window_meetings wm
    -- Per meeting through its index (OFFSET 0: not a hash over every region's agenda items).
    CROSS JOIN LATERAL (
      SELECT strategy_area_ids FROM agenda_items
       WHERE meeting_id = wm.id AND status IN ('accepted', 'scheduled') OFFSET 0
    ) ai
    CROSS JOIN LATERAL unnest(ai.strategy_area_ids) AS area_id
  UNION ALL
  SELECT asa.strategy_area_id, 0, 1, 0, a.owner_organization_id = $1::uuid
    FROM actions a
    CROSS JOIN LATERAL (
      SELECT strategy_area_id FROM action_strategy_areas WHERE action_id = a.id OFFSET 0
    ) asa
   WHERE a.region_id = $1::uuid AND a.created_at >= (SELECT at FROM window_start) AND a.status <> 'cancelled'
  UNION ALL
  SELECT qs.strategy_area_id, 0, 0, 1, oq.owner_kind = 'organization' AND oq.owner_organization_id = $1::uuid
    FROM open_questions oq
    CROSS JOIN LATERAL (
      SELECT strategy_area_id FROM question_strategy_areas WHERE question_id = oq.id OFFSET 0
    ) qs
),
coverage AS (
  SELECT json_agg(json_build_object('areaId', area_id, 'agendaItems', items, 'actions', actions, 'questions', questions)
                  ORDER BY area_id) FILTER (WHERE items + actions + questions > 0) AS county,
         json_agg(json_build_object('areaId', area_id, 'agendaItems', 0, 'actions', own_actions, 'questions', own_questions)
                  ORDER BY area_id) FILTER (WHERE own_actions + own_questions > 0) AS own
    FROM (
      SELECT area_id, sum(items)::int AS items, sum(actions)::int AS actions, sum(questions)::int AS questions,
             sum(actions) FILTER (WHERE own)::int AS own_actions, sum(questions) FILTER (WHERE own)::int AS own_questions
        FROM coverage_rows GROUP BY area_id
    ) c
)
SELECT r.id, r.name, r.code,
       ${MEETING_REFS},
       (SELECT count(*)::int FROM window_meetings WHERE held) AS meetings_held_in_window,
       (SELECT to_char(min(end_at) AT TIME ZONE 'UTC', ${ISO}) FROM window_meetings
         WHERE status IN ('planned', 'confirmed') AND end_at > $2) AS valid_until,
       aa.open AS all_actions_open, aa.overdue AS all_actions_overdue,
       oa.open AS actions_open, oa.overdue AS actions_overdue, oa.due_in_window AS actions_due_in_window,
       oa.done_on_time AS actions_done_on_time,
       (SELECT count(*)::int FROM minutes WHERE region_id = $1::uuid AND status = 'in_review') AS minutes_awaiting,
       coalesce(ml.approved, 0) AS minutes_approved, coalesce(ml.within_deadline, 0) AS minutes_within_deadline,
       ml.median_days,
       (SELECT count(*)::int FROM open_questions) AS all_questions_open,
       (SELECT count(*)::int FROM open_questions
         WHERE owner_kind = 'organization' AND owner_organization_id = $1::uuid) AS questions_open,
       coalesce(cv.county, '[]'::json) AS all_coverage, coalesce(cv.own, '[]'::json) AS coverage
  FROM organizations r
  LEFT JOIN last_held lh ON true
  LEFT JOIN next_planned np ON true
  CROSS JOIN all_actions aa
  CROSS JOIN own_actions oa
  CROSS JOIN minutes_lead ml
  CROSS JOIN coverage cv
 WHERE r.id = $1::uuid AND r.kind = 'region'`;

/** The strategy areas of a region: $1 region id. */
export const OVERVIEW_AREAS_SQL = `
SELECT id, region_id, name, active FROM strategy_areas WHERE region_id = $1::uuid ORDER BY position, name`;

/** The region's change counter (migration 1765010000000): $1 region id. */
export const OVERVIEW_VERSION_SQL = `SELECT version::text AS version FROM overview_versions WHERE region_id = $1::uuid`;

/**
 * Repeatable read: the version, both statements and the areas see one snapshot, so figures are never
 * older than the version they are cached under.
 */
export const OVERVIEW_BEGIN = 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY';
export const OVERVIEW_JIT_OFF = 'SET LOCAL jit = off';

export function overviewParameters(regionId: string, clock: OverviewClock): unknown[] {
  return [regionId, clock.now, clock.today, clock.windowStart, clock.timeZone];
}

type Row = Record<string, unknown>;

function meetingRefs(row: Row): Pick<OverviewRow, 'lastHeld' | 'nextPlanned'> {
  return {
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
  };
}

function actionAndMinuteFigures(row: Row): OverviewFigures {
  return {
    meetingsHeldInWindow: row.meetings_held_in_window as number,
    actionsOpen: row.actions_open as number,
    actionsOverdue: row.actions_overdue as number,
    actionsDueInWindow: row.actions_due_in_window as number,
    actionsDoneOnTime: row.actions_done_on_time as number,
    minutesAwaitingApproval: row.minutes_awaiting as number,
    minutesApprovedInWindow: row.minutes_approved as number,
    minutesApprovedWithinDeadline: row.minutes_within_deadline as number,
    medianApprovalDays: row.median_days === null ? null : Number(row.median_days),
    questionsOpen: row.questions_open as number,
    coverage: row.coverage as OverviewCoverageCount[],
  };
}

/** What a municipality's and the region's rows read alike: who, their meetings and their figures. */
function organizationFields(row: Row) {
  return {
    id: row.id as string,
    name: row.name as string,
    code: row.code as string,
    ...meetingRefs(row),
    ...actionAndMinuteFigures(row),
  };
}

function toRow(row: Row): OverviewRow {
  return {
    ...organizationFields(row),
    regionId: row.region_id as string,
    agreement:
      row.agreement_version === null
        ? null
        : {
            version: row.agreement_version as number,
            cadence: row.cadence as string,
            validFrom: row.valid_from as string,
            expectations: (row.expectations as StoredExpectation[] | null) ?? [],
          },
    regionActions: {
      overdue: row.region_actions_overdue as number,
      dueInWindow: row.region_actions_due_in_window as number,
      doneOnTime: row.region_actions_done_on_time as number,
    },
    questionsByParty: row.question_parties as OverviewPartyCount[],
  };
}

function toRegionRow(row: Row): OverviewRegionRow {
  return {
    ...organizationFields(row),
    validUntil: (row.valid_until as string | null) ?? null,
    totals: {
      actionsOpen: row.all_actions_open as number,
      actionsOverdue: row.all_actions_overdue as number,
      minutesAwaitingApproval: row.minutes_awaiting as number,
      questionsOpen: row.all_questions_open as number,
      coverage: row.all_coverage as OverviewCoverageCount[],
    },
  };
}

/** One region's figures as read in one snapshot, with the version of the region they were read at. */
export interface OverviewRegionRead {
  version: bigint;
  region: OverviewRegionRow | null;
  rows: OverviewRow[];
  areas: OverviewArea[];
}

/**
 * The read model (migration 1765800000000): a region's rows, the region's own first. Each row carries the
 * clock it was computed for; the figures are the row of OVERVIEW_SQL or OVERVIEW_REGION_SQL as JSON.
 */
export const OVERVIEW_MODEL_SQL = `
SELECT kind, today::text AS today, window_start::text AS window_start, window_months, time_zone,
       to_char(valid_until AT TIME ZONE 'UTC', ${ISO}) AS valid_until, figures
  FROM overview_model
 WHERE region_id = $1::uuid
 ORDER BY kind DESC, figures->>'code'`;

/** Recomputes a region's model rows for a clock: $1 region, $2 now, $3 today, $4 window start, $5 window months, $6 time zone. */
export const OVERVIEW_MODEL_REFRESH_SQL = `SELECT overview_model_refresh($1::uuid, $2, $3::date, $4::date, $5::int, $6)`;

/**
 * Stores the statements the writing transactions compute the model with (the API's own, so the figures
 * have one definition); when they changed (a new version of the API), every region's rows are dropped
 * and recomputed by their next read.
 */
export const OVERVIEW_MODEL_STATEMENTS_SQL = `
WITH changed AS (
  INSERT INTO overview_model_statements (name, sql) VALUES ('municipalities', $1), ('region', $2)
  ON CONFLICT (name) DO UPDATE SET sql = excluded.sql WHERE overview_model_statements.sql IS DISTINCT FROM excluded.sql
  RETURNING name
)
DELETE FROM overview_model WHERE EXISTS (SELECT 1 FROM changed)`;

interface ModelRow {
  kind: 'municipality' | 'region';
  today: string;
  window_start: string;
  window_months: number;
  time_zone: string;
  valid_until: string | null;
  figures: Row | null;
}

/** Whether a region's model rows hold for the clock: computed for its date, window and zone, and still valid. */
function holds(rows: readonly ModelRow[], clock: OverviewClock, windowMonths: number): boolean {
  const region = rows.find((row) => row.kind === 'region');
  return (
    region !== undefined &&
    region.today === clock.today &&
    region.window_start === clock.windowStart &&
    region.window_months === windowMonths &&
    region.time_zone === clock.timeZone &&
    (region.valid_until === null || Date.parse(region.valid_until) > clock.now.getTime())
  );
}

/** Reads the overview: its read model, recomputed here only when a new day (or meeting end) outdated it. */
@Injectable()
export class OverviewRepository implements OnApplicationBootstrap {
  constructor(private readonly dataSource: DataSource) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.dataSource.query(OVERVIEW_MODEL_STATEMENTS_SQL, [OVERVIEW_SQL, OVERVIEW_REGION_SQL]);
  }

  /** Every region's change counter (a few dozen rows at most: one per region). */
  async readVersions(): Promise<Map<string, bigint>> {
    const rows = await this.dataSource.query<Array<{ region_id: string; version: string }>>(
      `SELECT region_id, version::text AS version FROM overview_versions`,
    );
    return new Map(rows.map((row) => [row.region_id, BigInt(row.version)]));
  }

  /**
   * One region: its model rows, version and areas in one read-only snapshot (the writing transactions
   * update the rows and the version together). Rows computed for another date or past their validity
   * are recomputed first; a second miss can only come from a writer's clock differing from ours, so the
   * third read takes what the recomputation of this clock left.
   */
  async readRegion(
    regionId: string,
    clock: OverviewClock,
    windowMonths: number,
  ): Promise<OverviewRegionRead> {
    for (let attempt = 1; ; attempt += 1) {
      const read = await this.readModel(regionId);
      if (attempt === 3 || holds(read.model, clock, windowMonths)) {
        const region = read.model.find((row) => row.kind === 'region')?.figures ?? null;
        return {
          version: read.version,
          region: region ? toRegionRow(region) : null,
          rows: read.model.flatMap((row) =>
            row.kind === 'municipality' && row.figures ? [toRow(row.figures)] : [],
          ),
          areas: read.areas,
        };
      }
      await this.dataSource.query(OVERVIEW_MODEL_REFRESH_SQL, [
        regionId,
        clock.now,
        clock.today,
        clock.windowStart,
        windowMonths,
        clock.timeZone,
      ]);
    }
  }

  private async readModel(
    regionId: string,
  ): Promise<{ version: bigint; model: ModelRow[]; areas: OverviewArea[] }> {
    const runner = this.dataSource.createQueryRunner('slave');
    try {
      await runner.query(OVERVIEW_BEGIN);
      const [version] = (await runner.query(OVERVIEW_VERSION_SQL, [regionId])) as Array<{ version: string }>;
      const model = (await runner.query(OVERVIEW_MODEL_SQL, [regionId])) as ModelRow[];
      const areas = (await runner.query(OVERVIEW_AREAS_SQL, [regionId])) as Row[];
      await runner.query('COMMIT');
      return {
        version: BigInt(version?.version ?? 0),
        model,
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
