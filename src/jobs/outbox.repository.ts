import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

/** PostgreSQL channel the outbox notifies on commit, so relays wake without waiting for their next poll. */
export const OUTBOX_CHANNEL = 'samverkan_outbox';

export interface NewOutboxRow {
  queue: string;
  jobName: string;
  payload: Record<string, unknown>;
  jobId: string;
  runAt?: Date;
}

export interface PendingOutboxRow {
  id: string;
  queue: string;
  jobName: string;
  payload: Record<string, unknown>;
  jobId: string;
  runAt: Date;
}

export interface OutboxBacklog {
  pending: number;
  oldestCreatedAt: Date | null;
}

/** The only code that touches the outbox table. */
@Injectable()
export class OutboxRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Inserts a row unless one with the same job id exists; on insert, notifies relays (PostgreSQL delivers
   * the notification at commit, and not at all on rollback). Returns whether a row was inserted.
   */
  async insert(manager: EntityManager, row: NewOutboxRow): Promise<boolean> {
    const inserted: unknown[] = await manager.query(
      `WITH inserted AS (
         INSERT INTO outbox (queue, job_name, payload, job_id, run_at)
         VALUES ($1, $2, $3::jsonb, $4, COALESCE($5::timestamptz, now()))
         ON CONFLICT (job_id) DO NOTHING
         RETURNING id
       )
       SELECT id, pg_notify('${OUTBOX_CHANNEL}', '') FROM inserted`,
      [row.queue, row.jobName, JSON.stringify(row.payload), row.jobId, row.runAt ?? null],
    );
    return inserted.length > 0;
  }

  /**
   * Inserts several rows in one statement, skipping job ids the outbox already holds; notifies relays once
   * (at commit) when any row was inserted. Returns how many were inserted.
   */
  async insertMany(manager: EntityManager, rows: readonly NewOutboxRow[]): Promise<number> {
    if (rows.length === 0) return 0;
    const inserted: Array<{ n: number }> = await manager.query(
      `WITH inserted AS (
         INSERT INTO outbox (queue, job_name, payload, job_id, run_at)
         SELECT queue, job_name, payload, job_id, COALESCE(run_at, now())
           FROM unnest($1::text[], $2::text[], $3::jsonb[], $4::text[], $5::timestamptz[])
                AS r(queue, job_name, payload, job_id, run_at)
         ON CONFLICT (job_id) DO NOTHING
         RETURNING id
       )
       SELECT count(*)::int AS n, CASE WHEN count(*) > 0 THEN pg_notify('${OUTBOX_CHANNEL}', '') END
         FROM inserted`,
      [
        rows.map((row) => row.queue),
        rows.map((row) => row.jobName),
        rows.map((row) => JSON.stringify(row.payload)),
        rows.map((row) => row.jobId),
        rows.map((row) => row.runAt ?? null),
      ],
    );
    return inserted[0].n;
  }

  /**
   * Locks up to `limit` pending rows of the given jobs (`queue/name`) in the caller's transaction; rows
   * another relay holds are skipped, so relays never take the same row.
   */
  async lockPending(manager: EntityManager, jobs: string[], limit: number): Promise<PendingOutboxRow[]> {
    const rows: Array<{
      id: string;
      queue: string;
      job_name: string;
      payload: Record<string, unknown>;
      job_id: string;
      run_at: Date;
    }> = await manager.query(
      `SELECT id, queue, job_name, payload, job_id, run_at
         FROM outbox
        WHERE dispatched_at IS NULL AND queue || '/' || job_name = ANY($1::text[])
        ORDER BY id
        LIMIT $2
        FOR UPDATE SKIP LOCKED`,
      [jobs, limit],
    );
    return rows.map((row) => ({
      id: String(row.id),
      queue: row.queue,
      jobName: row.job_name,
      payload: row.payload,
      jobId: row.job_id,
      runAt: row.run_at,
    }));
  }

  async markDispatched(manager: EntityManager, ids: string[]): Promise<void> {
    await manager.query(`UPDATE outbox SET dispatched_at = now() WHERE id = ANY($1::bigint[])`, [ids]);
  }

  async backlog(): Promise<OutboxBacklog> {
    const [row]: Array<{ pending: string; oldest: Date | null }> = await this.dataSource.query(
      `SELECT count(*) AS pending, min(created_at) AS oldest FROM outbox WHERE dispatched_at IS NULL`,
    );
    return { pending: Number(row.pending), oldestCreatedAt: row.oldest };
  }
}
