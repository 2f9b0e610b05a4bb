import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const FEED_KINDS = ['person', 'organization'] as const;
export type FeedKind = (typeof FEED_KINDS)[number];

/**
 * A revocable subscription-feed token (`GET /calendar/:token.ics`). The token is never stored, only its
 * SHA-256; `subject_id` is a person or an organization by `kind`.
 */
@Entity({ name: 'calendar_feed_tokens' })
@Index('calendar_feed_tokens_creator_idx', ['createdBy'])
export class CalendarFeedTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  kind!: FeedKind;

  @Column({ name: 'subject_id', type: 'uuid' })
  subjectId!: string;

  @Column({ name: 'token_hash', type: 'text', unique: true, select: false })
  tokenHash!: string;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt!: Date | null;
}
