/**
 * The meeting feature's named SQL, for a read model that must join meetings with other features' tables in
 * one statement (the overview's figures: one round trip for a county, ADR 9). Such a read model composes
 * these texts and never names the meeting tables itself (ADR 13): the meeting feature owns the tables, the
 * columns each text answers with, and the rules (what "took place" means). Code that needs meetings one at a
 * time reads them through MeetingReads or MeetingSnapshots instead.
 *
 * Each argument is an SQL expression of the caller's statement (a parameter such as `$2`, a column, a
 * subquery); nothing here is a value, so no input of a user ever reaches these texts.
 */

/** A meeting that took place: held, or confirmed and over by `now` (unless someone cancelled it). */
export function meetingTookPlaceSql(meeting: string, now: string): string {
  const column = (name: string) => (meeting ? `${meeting}.${name}` : name);
  return `(${column('status')} = 'held' OR (${column('status')} = 'confirmed' AND ${column('end_at')} <= ${now}))`;
}

/** The relation (meeting_id, organization_id): the municipalities each meeting is held with. */
export const MEETING_PARTIES_SQL = 'meeting_organizations';

/**
 * Ids of the meetings held with the organizations whose id satisfies `organizationIdIs` (`= :id`,
 * `IN (:...ids)`): for a filter `meeting_id IN (…)` of a list that stays one statement (actions' scope).
 */
export function meetingIdsHeldWithSql(organizationIdIs: string, alias = 'mo'): string {
  return `SELECT ${alias}.meeting_id FROM ${MEETING_PARTIES_SQL} ${alias} WHERE ${alias}.organization_id ${organizationIdIs}`;
}

/**
 * Meetings of region `region` starting at or after `from`, not cancelled, once per municipality of
 * `organizations` (a uuid[]) they are held with: columns org_id, id, status, start_at, end_at, held (took
 * place by `now`).
 */
export function organizationMeetingsFromSql(at: {
  region: string;
  from: string;
  now: string;
  organizations: string;
}): string {
  return `SELECT mo.organization_id AS org_id, m.id, m.status, m.start_at, m.end_at,
         ${meetingTookPlaceSql('m', at.now)} AS held
    FROM meetings m
    JOIN meeting_organizations mo ON mo.meeting_id = m.id
   WHERE m.region_id = ${at.region}
     AND m.start_at >= ${at.from}
     AND m.status <> 'cancelled'
     AND mo.organization_id = ANY(${at.organizations})`;
}

/** Meetings of region `region` starting at or after `from`, not cancelled: id, status, start_at, end_at, held. */
export function regionMeetingsFromSql(at: { region: string; from: string; now: string }): string {
  return `SELECT m.id, m.status, m.start_at, m.end_at,
         ${meetingTookPlaceSql('m', at.now)} AS held
    FROM meetings m
   WHERE m.region_id = ${at.region} AND m.start_at >= ${at.from} AND m.status <> 'cancelled'`;
}

/**
 * The last meeting of `organization` that took place by `now` (at most one row: id, start_at, end_at), each
 * meeting read by its primary key: for a LATERAL join per municipality. The rule of MeetingReads.findLastHeld.
 */
export function lastMeetingOfOrganizationSql(at: { organization: string; now: string }): string {
  return `SELECT m.id, m.start_at, m.end_at
        FROM meeting_organizations mo
        -- Each meeting by its primary key, however small the table (OFFSET 0: planned on its own).
        CROSS JOIN LATERAL (
          SELECT id, start_at, end_at, status FROM meetings WHERE id = mo.meeting_id OFFSET 0
        ) m
       WHERE mo.organization_id = ${at.organization}
         AND ${meetingTookPlaceSql('m', at.now)}
       ORDER BY m.end_at DESC, m.id
       LIMIT 1`;
}

/** The last meeting of region `region` that took place by `now` (at most one row: id, start_at, end_at). */
export function lastMeetingOfRegionSql(at: { region: string; now: string }): string {
  return `SELECT id, start_at, end_at FROM meetings
      WHERE region_id = ${at.region} AND ${meetingTookPlaceSql('', at.now)}
      ORDER BY end_at DESC, id LIMIT 1`;
}
