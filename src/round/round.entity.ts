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
import type { MeetingMode } from '../meeting/meeting.entity.js';
import { OrganizationEntity } from '../organization/organization.entity.js';
import type {
  Attendance,
  ConstraintCode,
  PlacementReason,
  Proposal,
  SchedulerConfig,
  SchedulerInput,
  SchedulerInputError,
  UnplacedMunicipality,
} from './scheduler/index.js';

/**
 * planning: queued for (or running on) the worker; draft: proposed, the coordinator may move slots;
 * confirmed: the meetings exist; failed: the worker could not plan (see `failure`).
 */
export const ROUND_STATUSES = ['planning', 'draft', 'confirmed', 'failed'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];
export const ROUND_PHASES = ['queued', 'planning', 'storing', 'done', 'failed'] as const;
export type RoundPhase = (typeof ROUND_PHASES)[number];
export const ROUND_ITEM_STATES = ['proposed', 'unplaced', 'confirmed'] as const;
export type RoundItemState = (typeof ROUND_ITEM_STATES)[number];

export interface RoundProgress {
  phase: RoundPhase;
  /** Municipalities handled so far, out of `total`. */
  done: number;
  total: number;
}

/** The constraint overrides the coordinator gave (time zone and office come from configuration). */
export type RoundConstraints = Partial<
  Pick<
    SchedulerConfig,
    | 'workingHours'
    | 'travelHours'
    | 'maxMeetingsPerDay'
    | 'maxStopsPerTrip'
    | 'blackouts'
    | 'minGapDays'
    | 'slotMinutes'
    | 'roadFactor'
    | 'averageSpeedKmh'
    | 'travelBufferMinutes'
    | 'allowChaining'
  >
>;

/** One samverkansomgång of a region: the scheduler's input as planned, its proposal, and each municipality's item. */
@Entity({ name: 'rounds' })
@Index('rounds_region_created_idx', ['regionId', 'createdAt'])
export class RoundEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'region_id', type: 'uuid' })
  regionId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_id' })
  region?: Relation<OrganizationEntity>;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  status!: RoundStatus;

  @Column({ name: 'window_first', type: 'date' })
  windowFirst!: string;

  @Column({ name: 'window_last', type: 'date' })
  windowLast!: string;

  @Column({ name: 'duration_minutes', type: 'integer' })
  durationMinutes!: number;

  /** The mode asked for every municipality; null: each agreement's preferred mode. */
  @Column({ type: 'text', nullable: true })
  mode!: MeetingMode | null;

  /**
   * People of the region who attend every meeting, in order (the first chairs). Not a column: the rows of
   * round_regional_team, each with its foreign key; RoundRepository reads and writes them.
   */
  regionalTeam!: string[];

  @Column({ type: 'jsonb', default: () => "'{}'" })
  constraints!: RoundConstraints;

  /** Diarienummer in the region's registry; the meetings the round creates start with it. */
  @Column({ name: 'case_number', type: 'text', nullable: true })
  caseNumber!: string | null;

  /**
   * The scheduler's input as built from the database when the round was asked for. Moves and confirmation
   * check against it, with the busy times re-read from the meetings as they are then.
   */
  @Column({ type: 'jsonb' })
  input!: SchedulerInput;

  /** The engine's proposal (meetings, trips, unplaced, totals); null while planning. */
  @Column({ type: 'jsonb', nullable: true })
  proposal!: Proposal | null;

  @Column({ type: 'jsonb' })
  progress!: RoundProgress;

  @Column({ type: 'jsonb', nullable: true })
  failure!: { errors: SchedulerInputError[] } | { message: string } | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ name: 'confirmed_by', type: 'uuid', nullable: true })
  confirmedBy!: string | null;

  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true })
  confirmedAt!: Date | null;

  @OneToMany(() => RoundItemEntity, (item) => item.round)
  items?: Relation<RoundItemEntity[]>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}

/** One municipality of a round: its proposed slot with reasons, or why it could not be placed. */
@Entity({ name: 'round_items' })
export class RoundItemEntity {
  @PrimaryColumn({ name: 'round_id', type: 'uuid' })
  roundId!: string;

  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => RoundEntity, (round) => round.items, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id' })
  round?: Relation<RoundEntity>;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Relation<OrganizationEntity>;

  @Column({ type: 'text' })
  state!: RoundItemState;

  @Column({ type: 'text' })
  mode!: MeetingMode;

  @Column({ name: 'start_at', type: 'timestamptz', nullable: true })
  startAt!: Date | null;

  @Column({ name: 'end_at', type: 'timestamptz', nullable: true })
  endAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  attendance!: Attendance | null;

  @Column({ name: 'trip_id', type: 'text', nullable: true })
  tripId!: string | null;

  @Column({ name: 'travel_minutes_before', type: 'integer', default: 0 })
  travelMinutesBefore!: number;

  @Column({ name: 'travel_minutes_after', type: 'integer', default: 0 })
  travelMinutesAfter!: number;

  /** Not a column: the rows of round_item_participants (foreign keys to people); see RoundRepository. */
  participantIds!: string[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  reasons!: PlacementReason[];

  /** For an unplaced municipality: the constraint that blocked it, with the engine's explanation. */
  @Column({ name: 'blocked_by', type: 'text', nullable: true })
  blockedBy!: ConstraintCode | null;

  @Column({ name: 'blocked_message', type: 'text', nullable: true })
  blockedMessage!: string | null;

  @Column({ name: 'blocked_details', type: 'jsonb', nullable: true })
  blockedDetails!: UnplacedMunicipality['details'] | null;

  /** When the agreement's cadence makes the next meeting due (at planning time). */
  @Column({ name: 'due_date', type: 'date', nullable: true })
  dueDate!: string | null;

  /** The coordinator moved this slot by hand. */
  @Column({ type: 'boolean', default: false })
  moved!: boolean;

  @Column({ name: 'meeting_id', type: 'uuid', nullable: true })
  meetingId!: string | null;
}
