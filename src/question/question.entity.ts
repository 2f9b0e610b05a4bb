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

export const QUESTION_STATUSES = ['open', 'in_progress', 'resolved', 'parked'] as const;
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];
export const OPEN_QUESTION_STATUSES = ['open', 'in_progress'] as const satisfies readonly QuestionStatus[];
export type OpenQuestionStatus = (typeof OPEN_QUESTION_STATUSES)[number];
export const QUESTION_OWNER_KINDS = ['organization', 'external'] as const;
export type QuestionOwnerKind = (typeof QUESTION_OWNER_KINDS)[number];

/**
 * A fråga tracked across meetings and municipalities, owned by a party: the region, a municipality
 * (owner_kind organization) or a named outside actor such as Almi (owner_kind external). One question
 * raised with several municipalities is one row linked to each (question_organizations).
 */
@Entity({ name: 'questions' })
@Index('questions_region_status_idx', ['regionId', 'status'])
export class QuestionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'region_id', type: 'uuid' })
  regionId!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ name: 'owner_kind', type: 'text' })
  ownerKind!: QuestionOwnerKind;

  @Column({ name: 'owner_organization_id', type: 'uuid', nullable: true })
  ownerOrganizationId!: string | null;

  @Column({ name: 'owner_external_name', type: 'text', nullable: true })
  ownerExternalName!: string | null;

  @Column({ name: 'responsible_person_id', type: 'uuid', nullable: true })
  responsiblePersonId!: string | null;

  @Column({ type: 'text', default: 'open' })
  status!: QuestionStatus;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  /** When it was resolved or parked; null while open. */
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}

/** The municipalities (or the region) a question is raised with; each of them sees it. */
@Entity({ name: 'question_organizations' })
@Index('question_organizations_org_idx', ['organizationId', 'questionId'])
export class QuestionOrganizationEntity {
  @PrimaryColumn({ name: 'question_id', type: 'uuid' })
  questionId!: string;

  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;
}

@Entity({ name: 'question_meetings' })
export class QuestionMeetingEntity {
  @PrimaryColumn({ name: 'question_id', type: 'uuid' })
  questionId!: string;

  @PrimaryColumn({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;
}

/** Agenda items of the agenda feature: ids only, no foreign key. */
@Entity({ name: 'question_agenda_items' })
export class QuestionAgendaItemEntity {
  @PrimaryColumn({ name: 'question_id', type: 'uuid' })
  questionId!: string;

  @PrimaryColumn({ name: 'agenda_item_id', type: 'uuid' })
  agendaItemId!: string;
}

@Entity({ name: 'question_actions' })
export class QuestionActionEntity {
  @PrimaryColumn({ name: 'question_id', type: 'uuid' })
  questionId!: string;

  @PrimaryColumn({ name: 'action_id', type: 'uuid' })
  actionId!: string;
}

@Entity({ name: 'question_strategy_areas' })
export class QuestionStrategyAreaEntity {
  @PrimaryColumn({ name: 'question_id', type: 'uuid' })
  questionId!: string;

  @PrimaryColumn({ name: 'strategy_area_id', type: 'uuid' })
  strategyAreaId!: string;
}

export const QUESTION_EVENT_KINDS = ['created', 'updated', 'commented'] as const;
export type QuestionEventKind = (typeof QUESTION_EVENT_KINDS)[number];

/** The history of a question: what changed, by whom, with an optional comment. */
@Entity({ name: 'question_events' })
@Index('question_events_question_idx', ['questionId', 'occurredAt', 'seq'])
export class QuestionEventEntity {
  /** Random: a sequence over every municipality would show each the others' activity. */
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Order of entries written in one transaction (same occurred_at); never shown. */
  @Column({ type: 'bigint', insert: false, update: false, select: true })
  seq!: string;

  @Column({ name: 'question_id', type: 'uuid' })
  questionId!: string;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'text' })
  kind!: QuestionEventKind;

  /** Field → { from, to } for updates; the initial values for `created`. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  changes!: Record<string, { from: unknown; to: unknown }>;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  @CreateDateColumn({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;
}
