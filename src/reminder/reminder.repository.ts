import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export interface ReminderRecord {
  id: string;
  meetingId: string;
  offsetCode: string;
  meetingSequence: number;
  dueAt: Date;
  sentAt: Date | null;
}

export interface NewReminder {
  meetingId: string;
  offsetCode: string;
  offsetMinutes: number;
  meetingSequence: number;
  dueAt: Date;
}

type Row = Record<string, unknown>;

function toReminder(row: Row): ReminderRecord {
  return {
    id: row.id as string,
    meetingId: row.meeting_id as string,
    offsetCode: row.offset_code as string,
    meetingSequence: row.meeting_sequence as number,
    dueAt: row.due_at as Date,
    sentAt: row.sent_at as Date | null,
  };
}

/** The only code that touches meeting_reminders. */
@Injectable()
export class ReminderRepository {
  /** Drops the reminders not sent yet (sent ones stay as history). */
  async deleteUnsent(manager: EntityManager, meetingIds: readonly string[]): Promise<void> {
    if (meetingIds.length === 0) return;
    await manager.query(
      `DELETE FROM meeting_reminders WHERE meeting_id = ANY($1::uuid[]) AND sent_at IS NULL`,
      [[...new Set(meetingIds)]],
    );
  }

  /** New reminders; those of a version that exists already stay as they are. One statement for any number. */
  async insert(manager: EntityManager, reminders: readonly NewReminder[]): Promise<void> {
    if (reminders.length === 0) return;
    await manager.query(
      `INSERT INTO meeting_reminders (meeting_id, offset_code, offset_minutes, meeting_sequence, due_at)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::int[], $4::int[], $5::timestamptz[])
       ON CONFLICT (meeting_id, offset_code, meeting_sequence) DO NOTHING`,
      [
        reminders.map((reminder) => reminder.meetingId),
        reminders.map((reminder) => reminder.offsetCode),
        reminders.map((reminder) => reminder.offsetMinutes),
        reminders.map((reminder) => reminder.meetingSequence),
        reminders.map((reminder) => reminder.dueAt),
      ],
    );
  }

  /** Due reminders nobody has enqueued, locked (several workers skip each other's rows). */
  async lockDue(manager: EntityManager, limit: number): Promise<ReminderRecord[]> {
    const rows: Row[] = await manager.query(
      `SELECT id, meeting_id, offset_code, meeting_sequence, due_at, sent_at FROM meeting_reminders
        WHERE sent_at IS NULL AND enqueued_at IS NULL AND due_at <= now()
        ORDER BY due_at LIMIT $1
        FOR UPDATE SKIP LOCKED`,
      [limit],
    );
    return rows.map(toReminder);
  }

  async markEnqueued(manager: EntityManager, ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await manager.query(`UPDATE meeting_reminders SET enqueued_at = now() WHERE id = ANY($1::uuid[])`, [ids]);
  }

  async lock(manager: EntityManager, id: string): Promise<ReminderRecord | null> {
    const rows: Row[] = await manager.query(
      `SELECT id, meeting_id, offset_code, meeting_sequence, due_at, sent_at FROM meeting_reminders
        WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return rows[0] ? toReminder(rows[0]) : null;
  }

  async markSent(manager: EntityManager, id: string): Promise<void> {
    await manager.query(`UPDATE meeting_reminders SET sent_at = now() WHERE id = $1`, [id]);
  }

  /** For tests and the overview: the reminders of a meeting, oldest version first. */
  async findByMeeting(manager: EntityManager, meetingId: string): Promise<ReminderRecord[]> {
    const rows: Row[] = await manager.query(
      `SELECT id, meeting_id, offset_code, meeting_sequence, due_at, sent_at FROM meeting_reminders
        WHERE meeting_id = $1 ORDER BY meeting_sequence, due_at`,
      [meetingId],
    );
    return rows.map(toReminder);
  }
}
