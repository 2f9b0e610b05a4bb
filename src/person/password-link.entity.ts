import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const PASSWORD_LINK_PURPOSES = ['set', 'reset'] as const;
/** `set`: the welcome email's link for a new person; `reset`: the answer to "forgot password". */
export type PasswordLinkPurpose = (typeof PASSWORD_LINK_PURPOSES)[number];

/**
 * An emailed set-password or reset link (`PUBLIC_URL/set-password/<token>`): single use, expiring. The token
 * is never stored, only its SHA-256 (docs/adr/0010).
 */
@Entity({ name: 'password_links' })
@Index('password_links_person_idx', ['personId'])
export class PasswordLinkEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'token_hash', type: 'text', unique: true, select: false })
  tokenHash!: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @Column({ type: 'text' })
  purpose!: PasswordLinkPurpose;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  /** When it was used, or voided by a later link or password change. */
  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt!: Date | null;
}
