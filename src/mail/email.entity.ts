import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const EMAIL_STATUSES = ['queued', 'sent', 'failed'] as const;
export type EmailStatus = (typeof EMAIL_STATUSES)[number];

/** One rendered message to one recipient. Rendered once; every retry sends these exact bytes. */
@Entity({ name: 'emails' })
@Index('emails_related_idx', ['relatedType', 'relatedId'])
@Index('emails_recipient_idx', ['recipientPersonId'])
export class EmailEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'message_id', type: 'text', unique: true })
  messageId!: string;

  @Column({ type: 'text' })
  template!: string;

  @Column({ type: 'text' })
  locale!: string;

  @Column({ name: 'recipient_person_id', type: 'uuid', nullable: true })
  recipientPersonId!: string | null;

  @Column({ name: 'to_address', type: 'text' })
  toAddress!: string;

  @Column({ type: 'text' })
  subject!: string;

  /** The complete RFC 5322 message. */
  /** The complete message, 7-bit ASCII: sent as it is by every attempt. */
  @Column({ type: 'text', select: false })
  raw!: string;

  @Column({ type: 'text', default: 'queued' })
  status!: EmailStatus;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  /** What links this message to the domain, e.g. ('meeting', id) or ('person', id). */
  @Column({ name: 'related_type', type: 'text', nullable: true })
  relatedType!: string | null;

  @Column({ name: 'related_id', type: 'text', nullable: true })
  relatedId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;
}
