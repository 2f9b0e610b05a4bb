import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/**
 * A legal ground for secrecy (an OSL chapter and section) that a restricted agenda item or minutes entry may
 * carry. `regionId` null: shipped with the system, offered to every region; otherwise added by a region.
 * Never deleted: an admin deactivates one, and items keep the reference they were marked with.
 */
@Entity({ name: 'secrecy_grounds' })
export class SecrecyGroundEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'region_id', type: 'uuid', nullable: true })
  regionId!: string | null;

  /** "31 kap. 16 § OSL": what the marking prints. Unique per region, case-insensitively. */
  @Column({ type: 'text' })
  reference!: string;

  /** A short summary of what the provision protects, for choosing. */
  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ type: 'integer', default: 0 })
  position!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
