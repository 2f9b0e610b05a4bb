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

/**
 * `proposed`: written in minutes not yet locked (#15); listed, but not open, overdue or reminded, and changed
 * only through the minutes until they lock (then `open`).
 */
export const ACTION_STATUSES = ['proposed', 'open', 'in_progress', 'done', 'cancelled'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export const OPEN_ACTION_STATUSES = ['open', 'in_progress'] as const satisfies readonly ActionStatus[];
export type OpenActionStatus = (typeof OPEN_ACTION_STATUSES)[number];
export const ACTION_EVENT_KINDS = ['created', 'updated', 'commented'] as const;
export type ActionEventKind = (typeof ACTION_EVENT_KINDS)[number];

export function isOpenStatus(status: ActionStatus): status is OpenActionStatus {
  return status === 'open' || status === 'in_progress';
}

/**
 * An åtgärd: a follow-up owned by one person of one organization, due on a local date. `regionId` is the
 * owner organization's region, stored so the region's lists and overview filter on one column.
 */
@Entity({ name: 'actions' })
@Index('actions_owner_org_status_due_idx', ['ownerOrganizationId', 'status', 'dueDate'])
@Index('actions_region_due_idx', ['regionId', 'dueDate'])
@Index('actions_owner_person_idx', ['ownerPersonId', 'status', 'dueDate'])
@Index('actions_meeting_idx', ['meetingId'])
export class ActionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'region_id', type: 'uuid' })
  regionId!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ name: 'owner_person_id', type: 'uuid' })
  ownerPersonId!: string;

  @Column({ name: 'owner_organization_id', type: 'uuid' })
  ownerOrganizationId!: string;

  /** Local date (YYYY-MM-DD) in the business time zone. */
  @Column({ name: 'due_date', type: 'date' })
  dueDate!: string;

  @Column({ type: 'text', default: 'open' })
  status!: ActionStatus;

  @Column({ name: 'meeting_id', type: 'uuid', nullable: true })
  meetingId!: string | null;

  /** An agenda item of the agenda feature; stored without a foreign key. */
  @Column({ name: 'agenda_item_id', type: 'uuid', nullable: true })
  agendaItemId!: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  /** When it became done or cancelled; null while open (actions_closed_check). */
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}

@Entity({ name: 'action_strategy_areas' })
export class ActionStrategyAreaEntity {
  @PrimaryColumn({ name: 'action_id', type: 'uuid' })
  actionId!: string;

  @PrimaryColumn({ name: 'strategy_area_id', type: 'uuid' })
  strategyAreaId!: string;
}

/** The history of an action: what changed, by whom, with an optional comment. */
@Entity({ name: 'action_events' })
@Index('action_events_action_idx', ['actionId', 'occurredAt', 'seq'])
export class ActionEventEntity {
  /** Random: a sequence over every municipality would show each the others' activity (issue 11). */
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Order of entries written in one transaction (same occurred_at); never shown. */
  @Column({ type: 'bigint', insert: false, update: false, select: true })
  seq!: string;

  @Column({ name: 'action_id', type: 'uuid' })
  actionId!: string;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'text' })
  kind!: ActionEventKind;

  /** Field → { from, to } for updates; the initial values for `created`. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  changes!: Record<string, { from: unknown; to: unknown }>;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  @CreateDateColumn({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;
}

/** Sent-marker of a reminder: one row per (action, kind, due date), unique. */
@Entity({ name: 'action_reminder_deliveries' })
@Index('UQ_action_reminder_deliveries', ['actionId', 'kind', 'dueDate'], { unique: true })
export class ActionReminderDeliveryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'action_id', type: 'uuid' })
  actionId!: string;

  @Column({ type: 'text' })
  kind!: 'before' | 'due';

  @Column({ name: 'due_date', type: 'date' })
  dueDate!: string;

  @Column({ name: 'email_id', type: 'uuid', nullable: true })
  emailId!: string | null;

  @Column({ name: 'sent_at', type: 'timestamptz', default: () => 'now()' })
  sentAt!: Date;
}

/** Sent-marker of a weekly digest: one row per (recipient, kind, ISO week), unique. */
@Entity({ name: 'action_digest_deliveries' })
@Index('UQ_action_digest_deliveries', ['recipientPersonId', 'kind', 'isoWeek'], { unique: true })
export class ActionDigestDeliveryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'recipient_person_id', type: 'uuid' })
  recipientPersonId!: string;

  @Column({ type: 'text' })
  kind!: 'owner' | 'coordinator';

  @Column({ name: 'iso_week', type: 'text' })
  isoWeek!: string;

  @Column({ name: 'action_count', type: 'integer' })
  actionCount!: number;

  @Column({ name: 'email_id', type: 'uuid', nullable: true })
  emailId!: string | null;

  @Column({ name: 'sent_at', type: 'timestamptz', default: () => 'now()' })
  sentAt!: Date;
}
