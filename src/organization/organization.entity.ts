import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/**
 * `external`: an outside organisation (Almi, Arbetsförmedlingen, Länsstyrelsen…) registered under the region
 * that works with it; its people are invited to meetings and see only what they take part in (issue 17).
 */
export const ORGANIZATION_KINDS = ['region', 'municipality', 'external'] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

@Entity({ name: 'organizations' })
export class OrganizationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  kind!: OrganizationKind;

  /**
   * SCB code: two digits for a region (län), four for a municipality; for an external organization its
   * region's code, a dash and its organisationsnummer (`24-202100-2114`).
   */
  @Column({ type: 'text', unique: true })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  /** The unit that takes part, e.g. "Regional utveckling" or "Näringslivskontoret". */
  @Column({ type: 'text', nullable: true })
  unit!: string | null;

  /** A municipality's or an external organization's region; null for a region. */
  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => OrganizationEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id' })
  parent?: Relation<OrganizationEntity> | null;

  @Column({ name: 'seat_town', type: 'text', nullable: true })
  seatTown!: string | null;

  @Column({ name: 'seat_lat', type: 'double precision', nullable: true })
  seatLat!: number | null;

  @Column({ name: 'seat_lon', type: 'double precision', nullable: true })
  seatLon!: number | null;

  /** A functional mailbox of the organization, if any. */
  @Column({ name: 'contact_email', type: 'text', nullable: true })
  contactEmail!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
