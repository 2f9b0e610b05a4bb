import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { MinutesChange } from './minutes-change.js';
import type { AgendaItemType, AgendaItemVisibility } from '../agenda/agenda.entity.js';

/** draft → in_review (submitted) → locked (all approved) or returned (→ edited → in_review …); reopen: locked → draft. */
export const MINUTES_STATUSES = ['draft', 'in_review', 'returned', 'locked'] as const;
export type MinutesStatus = (typeof MINUTES_STATUSES)[number];
export const ATTENDANCE_STATUSES = ['present', 'absent', 'excused'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];
export const ADJUSTER_PARTIES = ['region', 'municipality'] as const;
export type AdjusterParty = (typeof ADJUSTER_PARTIES)[number];
export const ADJUSTER_DECISIONS = ['approved', 'returned'] as const;
export type AdjusterDecision = (typeof ADJUSTER_DECISIONS)[number];
export const REVIEW_STATUSES = ['open', 'approved', 'returned', 'superseded'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];
export const REVISION_KINDS = ['edit', 'submit', 'approve', 'return', 'lock', 'reopen'] as const;
export type RevisionKind = (typeof REVISION_KINDS)[number];

/**
 * A part of the minutes saved on its own (PUT …/minutes/items/:id, …/attendance, …/actions/:id): its version
 * (0 or absent: never written; +1 with every save that changes it), when and by whom it was last changed.
 */
export interface MinutesPartStamp {
  version?: number;
  updatedAt?: string | null;
  updatedBy?: string | null;
}

/** Notes and decisions of one agenda item; title, type and visibility as the agenda had them when written. */
export interface MinutesItem extends MinutesPartStamp {
  agendaItemId: string;
  position: number;
  title: string;
  type: AgendaItemType;
  visibility: AgendaItemVisibility;
  /** A restricted item's legal ground and note as the agenda had them (absent on items written before #18). */
  secrecyGround?: string | null;
  secrecyNote?: string | null;
  /**
   * The entry's own marking, set in the minutes (a discussion that turned confidential, #18): the entry is
   * restricted on this ground whatever its agenda item says; absent or null: it follows the agenda item.
   */
  ownSecrecy?: MinutesSecrecy | null;
  notes: string | null;
  decisions: string[];
}

/** A minutes entry's own secrecy marking: a ground from the region's list and optional free text. */
export interface MinutesSecrecy {
  ground: string;
  note: string | null;
}

export interface MinutesAttendance {
  personId: string;
  name: string;
  organizationId: string | null;
  status: AttendanceStatus;
}

export interface MinutesGuest {
  name: string;
  organization: string | null;
}

/**
 * An action decided at the meeting. `actionId` is its action in /api/actions: `proposed` from when it is
 * written (#15) and open once the minutes lock (`opened`); before #15 it was set only at the lock.
 */
export interface MinutesAction extends MinutesPartStamp {
  id: string;
  agendaItemId: string | null;
  title: string;
  description: string | null;
  ownerPersonId: string;
  ownerOrganizationId: string;
  dueDate: string;
  strategyAreaIds: string[];
  actionId: string | null;
  /**
   * Who wrote the action into the minutes: the action is created in their name when the minutes lock.
   * Absent on actions recorded before it was kept (then the review's submitter is taken).
   */
  addedBy?: string | null;
  /**
   * The minutes locked with it: its action is open, and it stays as it is in the minutes (change it under
   * /api/actions). Absent on actions stored before #15: there `actionId` alone says so.
   */
  opened?: boolean;
}

/**
 * The minutes of one meeting. `regionId` and `organizationIds` copy the meeting's parties so that overviews
 * (approvalStats) need no other feature's tables.
 */
@Entity({ name: 'minutes' })
@Index('minutes_status_idx', ['status'])
export class MinutesEntity {
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @Column({ name: 'region_id', type: 'uuid' })
  regionId!: string;

  @Column({ name: 'organization_ids', type: 'uuid', array: true })
  organizationIds!: string[];

  @Column({ type: 'text', default: 'draft' })
  status!: MinutesStatus;

  /** Rises with every saved change of the content. */
  @Column({ type: 'integer', default: 0 })
  revision!: number;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  items!: MinutesItem[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  attendance!: MinutesAttendance[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  guests!: MinutesGuest[];

  /** The attendance part (attendance and guests): version, when and by whom last changed. */
  @Column({ name: 'attendance_version', type: 'integer', default: 0 })
  attendanceVersion!: number;

  @Column({ name: 'attendance_updated_at', type: 'timestamptz', nullable: true })
  attendanceUpdatedAt!: Date | null;

  @Column({ name: 'attendance_updated_by', type: 'uuid', nullable: true })
  attendanceUpdatedBy!: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  actions!: MinutesAction[];

  /** Email addresses told when the minutes are final (besides the participants). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  informed!: string[];

  @Column({ name: 'submitted_by', type: 'uuid', nullable: true })
  submittedBy!: string | null;

  /** The first submission since the minutes were created or last reopened: approval lead time runs from it. */
  @Column({ name: 'first_submitted_at', type: 'timestamptz', nullable: true })
  firstSubmittedAt!: Date | null;

  @Column({ name: 'locked_at', type: 'timestamptz', nullable: true })
  lockedAt!: Date | null;

  /** How many times the minutes have been locked: distribution happens once per lock. */
  @Column({ name: 'lock_count', type: 'integer', default: 0 })
  lockCount!: number;

  @Column({ name: 'distributed_lock', type: 'integer', nullable: true })
  distributedLock!: number | null;

  @Column({ type: 'bytea', nullable: true, select: false })
  pdf!: Buffer | null;

  /** Without restricted items: for recipients outside the two parties. */
  @Column({ name: 'pdf_public', type: 'bytea', nullable: true, select: false })
  pdfPublic!: Buffer | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}

/** Every change to the minutes and every step of their approval: who, when, what. */
@Entity({ name: 'minutes_revisions' })
@Index('minutes_revisions_meeting_idx', ['meetingId', 'createdAt'])
export class MinutesRevisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  /** The content revision after this step. */
  @Column({ type: 'integer' })
  revision!: number;

  @Column({ type: 'text' })
  kind!: RevisionKind;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  /** What changed, as data (minutes-change.ts); rows written before that hold English lines. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  changes!: (MinutesChange | string)[];

  /** A return comment or a reopen reason. */
  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  /** The content as saved by an edit. */
  @Column({ type: 'jsonb', nullable: true })
  content!: Record<string, unknown> | null;

  /**
   * The part an edit saved (`item:<agendaItemId>`, `attendance`, `action:<id>`): the same person's next save
   * of the same part soon after updates this revision instead of adding one (MinutesHistory.edit).
   */
  @Column({ type: 'text', nullable: true })
  part!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** One submission to the adjusters (justering). A newer submission supersedes an open one. */
@Entity({ name: 'minutes_reviews' })
@Index('minutes_reviews_meeting_idx', ['meetingId', 'number'], { unique: true })
export class MinutesReviewEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @Column({ type: 'integer' })
  number!: number;

  @Column({ type: 'text', default: 'open' })
  status!: ReviewStatus;

  @Column({ type: 'integer' })
  revision!: number;

  @Column({ name: 'submitted_by', type: 'uuid' })
  submittedBy!: string;

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt!: Date;

  @Column({ name: 'deadline_at', type: 'timestamptz' })
  deadlineAt!: Date;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;
}

@Entity({ name: 'minutes_adjusters' })
@Index('minutes_adjusters_review_idx', ['reviewId'])
export class MinutesAdjusterEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'review_id', type: 'uuid' })
  reviewId!: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @Column({ type: 'text' })
  party!: AdjusterParty;

  @Column({ type: 'text', nullable: true })
  decision!: AdjusterDecision | null;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ name: 'reminded_at', type: 'timestamptz', nullable: true })
  remindedAt!: Date | null;
}

/**
 * An approval link (SHA-256 of its random token; the token itself is only in the email). The request and
 * the reminder each carry their own link; both work while the adjuster's review is open.
 */
@Entity({ name: 'minutes_approval_tokens' })
export class MinutesApprovalTokenEntity {
  @PrimaryColumn({ name: 'token_hash', type: 'bytea' })
  tokenHash!: Buffer;

  @Column({ name: 'adjuster_id', type: 'uuid' })
  adjusterId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
