import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A reminder due before a meeting, computed for one SEQUENCE of it: a move drops the unsent ones and
 * computes new ones in the same transaction, so the handler can tell a stale reminder from a current one.
 */
@Entity({ name: 'meeting_reminders' })
@Index('UQ_meeting_reminders_version', ['meetingId', 'offsetCode', 'meetingSequence'], { unique: true })
export class MeetingReminderEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  /** ISO 8601 duration as configured, e.g. P7D. */
  @Column({ name: 'offset_code', type: 'text' })
  offsetCode!: string;

  @Column({ name: 'offset_minutes', type: 'integer' })
  offsetMinutes!: number;

  @Column({ name: 'meeting_sequence', type: 'integer' })
  meetingSequence!: number;

  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt!: Date;

  @Column({ name: 'enqueued_at', type: 'timestamptz', nullable: true })
  enqueuedAt!: Date | null;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
