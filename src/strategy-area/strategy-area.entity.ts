import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/**
 * A priority of the regional development strategy (RUS-område) of one region. Items, actions and questions
 * carry them. Never deleted once used: an admin deactivates one instead, and old links keep their meaning.
 */
@Entity({ name: 'strategy_areas' })
export class StrategyAreaEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'region_id', type: 'uuid' })
  regionId!: string;

  /** Unique per region, case-insensitively (strategy_areas_region_name_unique). */
  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  /** Added by the seed as an editable starting point, not chosen by the region. */
  @Column({ type: 'boolean', default: false })
  seeded!: boolean;

  @Column({ type: 'integer', default: 0 })
  position!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
