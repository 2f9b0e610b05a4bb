import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { OrganizationEntity } from '../organization/organization.entity.js';
import { PersonEntity } from '../person/person.entity.js';

export const MEETING_STATUSES = ['planned', 'confirmed', 'held', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];
export const MEETING_MODES = ['onsite', 'digital', 'hybrid'] as const;
export type MeetingMode = (typeof MEETING_MODES)[number];
export const PARTICIPANT_ROLES = ['chair', 'required', 'optional'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];
export const PARTSTATS = ['NEEDS-ACTION', 'ACCEPTED', 'TENTATIVE', 'DECLINED', 'DELEGATED'] as const;
export type Partstat = (typeof PARTSTATS)[number];

/**
 * One samverkansmöte with one or more municipalities. `uid` is its calendar UID for life; `sequence` is the
 * iCalendar SEQUENCE, starting at 0 and rising by exactly 1 on each change of time, place or status.
 */
@Entity({ name: 'meetings' })
@Index('meetings_region_start_idx', ['regionId', 'startAt'])
@Index('meetings_start_idx', ['startAt'])
@Index('meetings_round_idx', ['roundId'])
export class MeetingEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text', unique: true })
  uid!: string;

  @Column({ type: 'integer', default: 0 })
  sequence!: number;

  /** The region that runs the meeting: its staff see it, whichever municipalities take part. */
  @Column({ name: 'region_id', type: 'uuid' })
  regionId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_id' })
  region?: Relation<OrganizationEntity>;

  /** The round that planned it, if any (FK_meetings_round, ON DELETE SET NULL). */
  @Column({ name: 'round_id', type: 'uuid', nullable: true })
  roundId!: string | null;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ name: 'start_at', type: 'timestamptz' })
  startAt!: Date;

  @Column({ name: 'end_at', type: 'timestamptz' })
  endAt!: Date;

  @Column({ type: 'text', default: 'planned' })
  status!: MeetingStatus;

  @Column({ type: 'text', default: 'digital' })
  mode!: MeetingMode;

  @Column({ name: 'location_address', type: 'text', nullable: true })
  locationAddress!: string | null;

  @Column({ name: 'video_url', type: 'text', nullable: true })
  videoUrl!: string | null;

  /** Diarienummer in the region's registry; a round's meetings start with the round's. */
  @Column({ name: 'case_number', type: 'text', nullable: true })
  caseNumber!: string | null;

  @Column({ name: 'cancel_reason', type: 'text', nullable: true })
  cancelReason!: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @OneToMany(() => MeetingOrganizationEntity, (link) => link.meeting)
  organizations?: Relation<MeetingOrganizationEntity[]>;

  @OneToMany(() => MeetingParticipantEntity, (participant) => participant.meeting)
  participants?: Relation<MeetingParticipantEntity[]>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}

/** The municipalities (or other organizations) a meeting is with. */
@Entity({ name: 'meeting_organizations' })
@Index('meeting_organizations_org_idx', ['organizationId', 'meetingId'])
export class MeetingOrganizationEntity {
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => MeetingEntity, (meeting) => meeting.organizations, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: Relation<MeetingEntity>;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Relation<OrganizationEntity>;
}

/**
 * A person invited to a meeting, with their answer (PARTSTAT). A removed participant keeps the row with
 * `removed_at` set, so the calendar CANCEL for them can be sent and the history stays.
 */
@Entity({ name: 'meeting_participants' })
@Index('meeting_participants_person_idx', ['personId', 'meetingId'])
export class MeetingParticipantEntity {
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @PrimaryColumn({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @ManyToOne(() => MeetingEntity, (meeting) => meeting.participants, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: Relation<MeetingEntity>;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id' })
  person?: Relation<PersonEntity>;

  @Column({ type: 'text', default: 'required' })
  role!: ParticipantRole;

  @Column({ type: 'text', default: 'NEEDS-ACTION' })
  partstat!: Partstat;

  @Column({ name: 'responded_at', type: 'timestamptz', nullable: true })
  respondedAt!: Date | null;

  @Column({ name: 'response_comment', type: 'text', nullable: true })
  responseComment!: string | null;

  @Column({ name: 'added_at', type: 'timestamptz', default: () => 'now()' })
  addedAt!: Date;

  @Column({ name: 'removed_at', type: 'timestamptz', nullable: true })
  removedAt!: Date | null;

  /** The colleague this participant sent in their place (their PARTSTAT is then DELEGATED). */
  @Column({ name: 'delegated_to_person_id', type: 'uuid', nullable: true })
  delegatedToPersonId!: string | null;

  /** The participant this one stands in for (a substitute, ersättare). */
  @Column({ name: 'delegated_from_person_id', type: 'uuid', nullable: true })
  delegatedFromPersonId!: string | null;
}
