import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { OrganizationEntity } from '../organization/organization.entity.js';

export const PERSON_ROLES = ['admin', 'coordinator', 'secretary', 'participant'] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];
export const LOCALES = ['sv', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

@Entity({ name: 'people' })
@Index('people_organization_idx', ['organizationId'])
export class PersonEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Relation<OrganizationEntity>;

  @Column({ type: 'text' })
  name!: string;

  /** Stored lower-cased; unique among people not deleted (people_email_unique, see the migration). */
  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text', nullable: true })
  title!: string | null;

  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  @Column({ type: 'text', array: true, default: () => "'{participant}'" })
  roles!: PersonRole[];

  @Column({ type: 'text', default: 'sv' })
  locale!: Locale;

  @Column({ name: 'login_enabled', type: 'boolean', default: false })
  loginEnabled!: boolean;

  @Column({ name: 'password_hash', type: 'text', nullable: true, select: false })
  passwordHash!: string | null;

  /**
   * Rises with every password change, disable, deletion, role or organization change: bearer tokens and
   * browser sessions carry the version they were issued under and end when it moves on (issue 12.4).
   */
  @Column({ name: 'credentials_version', type: 'integer', default: 0 })
  credentialsVersion!: number;

  /**
   * Set for a guest: invited by name and email to this one meeting (issue 17). A guest belongs to the
   * meeting's region only for the foreign key, is never a party of it, never signs in and is in no list.
   */
  @Column({ name: 'guest_meeting_id', type: 'uuid', nullable: true })
  guestMeetingId!: string | null;

  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;

  /** When the person's data was erased (GDPR art. 17): the name is a pseudonym, contact data and login gone. */
  @Column({ name: 'erased_at', type: 'timestamptz', nullable: true })
  erasedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
