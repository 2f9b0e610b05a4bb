import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import type { MeetingMode } from '../meeting/meeting.entity.js';
import { OrganizationEntity } from '../organization/organization.entity.js';

export const CADENCE_KINDS = ['duration', 'rrule'] as const;
export type CadenceKind = (typeof CADENCE_KINDS)[number];
export const PARTIES = ['region', 'municipality'] as const;
export type Party = (typeof PARTIES)[number];

export interface BlockedDateRange {
  from: string;
  to: string;
  note: string | null;
}

/**
 * What measures an expectation (issue 11, docs/adr/0009 lists what each counts): the writer of the
 * expectation chooses one the data supports, or `not_measured`. The party's own figures are used where
 * the metric is about a party (actions, questions); meetings and minutes are joint.
 */
export const EXPECTATION_METRICS = [
  'meeting_cadence',
  'minutes_on_time',
  'actions_on_time',
  'actions_overdue',
  'questions_open',
  'not_measured',
] as const;
export type ExpectationMetric = (typeof EXPECTATION_METRICS)[number];

export interface Expectation {
  party: Party;
  text: string;
  /** Absent in expectations written before metrics existed: read as `not_measured`. */
  metric?: ExpectationMetric;
}

/**
 * One version of a municipality's samverkansöverenskommelse. Versions are immutable: a change inserts the
 * next version, so every earlier one stays readable. The current agreement is the highest version.
 */
export interface AgreementSubstitute {
  personId: string;
  forPersonId: string | null;
}

@Entity({ name: 'agreements' })
@Index('agreements_organization_version_unique', ['organizationId', 'version'], { unique: true })
export class AgreementEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Relation<OrganizationEntity>;

  /** 1, 2, 3 … per organization. */
  @Column({ type: 'integer' })
  version!: number;

  /** An ISO 8601 duration (P3M) or an RRULE (FREQ=MONTHLY;INTERVAL=3), as given. */
  @Column({ type: 'text' })
  cadence!: string;

  @Column({ name: 'cadence_kind', type: 'text' })
  cadenceKind!: CadenceKind;

  @Column({ name: 'preferred_mode', type: 'text' })
  preferredMode!: MeetingMode;

  /** ISO weekdays, 1 = Monday. */
  @Column({ name: 'preferred_weekdays', type: 'integer', array: true, default: () => "'{}'" })
  preferredWeekdays!: number[];

  /** Local dates (inclusive ranges) the municipality cannot meet; the scheduler keeps off them. */
  @Column({ name: 'blocked_dates', type: 'jsonb', default: () => "'[]'" })
  blockedDates!: BlockedDateRange[];

  /**
   * People of either side who attend by default (person ids, in order). Not a column: the rows of
   * agreement_default_participants, each with its foreign key; AgreementRepository reads and writes them.
   */
  defaultParticipantIds!: string[];

  /**
   * Standing substitutes (ersättare), in order: each a person who may be sent in the place of
   * `forPersonId` (a default participant), or of anyone of their own organization when that is null. Not a
   * column: the rows of agreement_substitutes; AgreementRepository reads and writes them.
   */
  substitutes!: AgreementSubstitute[];

  @Column({ name: 'region_adjuster_id', type: 'uuid', nullable: true })
  regionAdjusterId!: string | null;

  @Column({ name: 'municipality_adjuster_id', type: 'uuid', nullable: true })
  municipalityAdjusterId!: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  expectations!: Expectation[];

  @Column({ name: 'location_address', type: 'text', nullable: true })
  locationAddress!: string | null;

  @Column({ name: 'video_url', type: 'text', nullable: true })
  videoUrl!: string | null;

  /** Local date (YYYY-MM-DD) from which this version applies. */
  @Column({ name: 'valid_from', type: 'date' })
  validFrom!: string;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
