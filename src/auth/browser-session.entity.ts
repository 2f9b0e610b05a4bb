import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The server side of a browser's `samverkan_session` cookie (docs/adr/0010). The cookie's value is never
 * stored, only its SHA-256. A session counts while it is younger than `expires_at`, was seen within the idle
 * timeout, and its person is not deleted, may log in and still has the credentials version it was opened
 * under.
 */
@Entity({ name: 'browser_sessions' })
@Index('browser_sessions_person_idx', ['personId'])
@Index('browser_sessions_expires_idx', ['expiresAt'])
export class BrowserSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'token_hash', type: 'text', unique: true, select: false })
  tokenHash!: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @Column({ name: 'credentials_version', type: 'integer' })
  credentialsVersion!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'last_seen_at', type: 'timestamptz', default: () => 'now()' })
  lastSeenAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  /** Set when the session was opened through single sign-on (ADR 14): which provider and subject. */
  @Column({ name: 'identity_provider', type: 'text', nullable: true })
  identityProvider!: string | null;

  @Column({ name: 'identity_subject', type: 'text', nullable: true })
  identitySubject!: string | null;

  /** The provider's session id (`sid`), which a back-channel logout names. */
  @Column({ name: 'identity_sid', type: 'text', nullable: true })
  identitySid!: string | null;

  /** The ID token, sent back as `id_token_hint` at RP-initiated logout. */
  @Column({ name: 'id_token', type: 'text', nullable: true, select: false })
  idToken!: string | null;
}
