import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Delivery of a package to the region's registry (ARCHIVE_DELIVERY_URL): `not_configured` when none was
 * configured at the lock, `pending` while the job tries (attempts and the last error say how it goes),
 * `delivered`, or `failed` after the last attempt.
 */
export const ARCHIVE_DELIVERY_STATUSES = ['not_configured', 'pending', 'delivered', 'failed'] as const;
export type ArchiveDeliveryStatus = (typeof ARCHIVE_DELIVERY_STATUSES)[number];

/** The archive package of one locked revision of a meeting's minutes: a zip in the object storage. */
@Entity({ name: 'archive_packages' })
@Index('archive_packages_meeting_revision_idx', ['meetingId', 'revision'], { unique: true })
export class ArchivePackageEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @Column({ name: 'region_id', type: 'uuid' })
  regionId!: string;

  /** The lock's number (minutes.lock_count when it was built): 1, then +1 after each reopen and lock. */
  @Column({ type: 'integer' })
  revision!: number;

  /** The package's id: its root folder in the zip and the METS OBJID. */
  @Column({ name: 'object_id', type: 'text' })
  objectId!: string;

  @Column({ name: 'storage_key', type: 'text' })
  storageKey!: string;

  @Column({
    name: 'size_bytes',
    type: 'bigint',
    transformer: { to: (value: number) => value, from: (value: string) => Number(value) },
  })
  sizeBytes!: number;

  /** Hex SHA-256 of the zip. */
  @Column({ type: 'character', length: 64 })
  sha256!: string;

  @Column({ name: 'locked_at', type: 'timestamptz' })
  lockedAt!: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'delivery_status', type: 'text' })
  deliveryStatus!: ArchiveDeliveryStatus;

  @Column({ name: 'delivery_attempts', type: 'integer', default: 0 })
  deliveryAttempts!: number;

  @Column({ name: 'delivery_last_attempt_at', type: 'timestamptz', nullable: true })
  deliveryLastAttemptAt!: Date | null;

  /** What went wrong last (`HTTP 503`, `ECONNREFUSED`, `timeout`): never a response body. */
  @Column({ name: 'delivery_last_error', type: 'text', nullable: true })
  deliveryLastError!: string | null;

  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt!: Date | null;
}
