import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

export const INVITATION_METHODS = ['REQUEST', 'CANCEL'] as const;
export type InvitationMethod = (typeof INVITATION_METHODS)[number];

/**
 * One person's invitation to one meeting: what was last sent to them (method and SEQUENCE, so a stale
 * job finds nothing to do and an older SEQUENCE is never sent after a newer one) and the email that
 * carried it (its delivery state lives in `emails`).
 */
@Entity({ name: 'invitations' })
@Index('invitations_person_idx', ['personId'])
export class InvitationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @Column({ name: 'last_sequence_sent', type: 'integer', nullable: true })
  lastSequenceSent!: number | null;

  @Column({ name: 'last_method_sent', type: 'text', nullable: true })
  lastMethodSent!: InvitationMethod | null;

  @Column({ name: 'last_email_id', type: 'uuid', nullable: true })
  lastEmailId!: string | null;

  @Column({ name: 'last_queued_at', type: 'timestamptz', nullable: true })
  lastQueuedAt!: Date | null;

  /** Set when the person was removed or the meeting cancelled: their RSVP links answer 410. */
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** An RSVP link: only the SHA-256 of the random token is stored. Each invitation email carries a new one. */
@Entity({ name: 'invitation_tokens' })
@Index('invitation_tokens_invitation_idx', ['invitationId'])
export class InvitationTokenEntity {
  @PrimaryColumn({ name: 'token_hash', type: 'bytea' })
  tokenHash!: Buffer;

  @Column({ name: 'invitation_id', type: 'uuid' })
  invitationId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
}

/**
 * Per meeting: how many changes were announced (each writes an invitation.sync job with its number) and
 * which one the emails reflect. A job whose number is below the latest is superseded: only the last job of
 * a burst of edits renders emails, so quick edits give one email per participant.
 */
@Entity({ name: 'invitation_sync_state' })
export class InvitationSyncStateEntity {
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @Column({ name: 'change_counter', type: 'integer', default: 0 })
  changeCounter!: number;

  @Column({ name: 'synced_counter', type: 'integer', default: 0 })
  syncedCounter!: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
