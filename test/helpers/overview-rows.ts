import type { DataSource } from 'typeorm';

/**
 * Rows of the agenda and minutes features written straight to their tables, for the overview's tests:
 * the overview only reads them (docs/adr/0009).
 */
export async function insertAgendaItem(
  dataSource: DataSource,
  input: { meetingId: string; title: string; strategyAreaIds: string[]; status?: string },
): Promise<string> {
  await dataSource.query(`INSERT INTO agendas (meeting_id) VALUES ($1) ON CONFLICT (meeting_id) DO NOTHING`, [
    input.meetingId,
  ]);
  const [{ position }] = await dataSource.query(
    `SELECT coalesce(max(position), 0) + 1 AS position FROM agenda_items WHERE meeting_id = $1`,
    [input.meetingId],
  );
  const [row] = await dataSource.query(
    `INSERT INTO agenda_items (meeting_id, position, title, type, duration_minutes, strategy_area_ids, status, source, version)
     VALUES ($1, $2, $3, 'discussion', 15, $4::uuid[], $5, 'added', 1) RETURNING id`,
    [input.meetingId, position, input.title, input.strategyAreaIds, input.status ?? 'scheduled'],
  );
  return row.id as string;
}

/**
 * Minutes of a meeting: in review (submitted, not yet approved) or locked (approved) after `leadDays`
 * days, with the first review's deadline `deadlineDays` after submission.
 */
export async function insertMinutes(
  dataSource: DataSource,
  input: {
    meetingId: string;
    regionId: string;
    organizationIds: string[];
    submittedBy: string;
    submittedAt: Date;
    status: 'in_review' | 'locked';
    leadDays?: number;
    deadlineDays?: number;
  },
): Promise<void> {
  const day = 86_400_000;
  const lockedAt =
    input.status === 'locked' ? new Date(input.submittedAt.getTime() + (input.leadDays ?? 7) * day) : null;
  await dataSource.query(
    `INSERT INTO minutes (meeting_id, region_id, organization_ids, status, first_submitted_at, locked_at, submitted_by, version)
     VALUES ($1, $2, $3::uuid[], $4, $5, $6, $7, 1)`,
    [
      input.meetingId,
      input.regionId,
      input.organizationIds,
      input.status,
      input.submittedAt,
      lockedAt,
      input.submittedBy,
    ],
  );
  await dataSource.query(
    `INSERT INTO minutes_reviews (meeting_id, number, status, revision, submitted_by, submitted_at, deadline_at, closed_at)
     VALUES ($1, 1, $2, 1, $3, $4, $5, $6)`,
    [
      input.meetingId,
      input.status === 'locked' ? 'approved' : 'open',
      input.submittedBy,
      input.submittedAt,
      new Date(input.submittedAt.getTime() + (input.deadlineDays ?? 14) * day),
      lockedAt,
    ],
  );
}
