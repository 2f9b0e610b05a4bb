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

export const AGENDA_ITEM_TYPES = ['information', 'discussion', 'decision', 'follow-up'] as const;
export type AgendaItemType = (typeof AGENDA_ITEM_TYPES)[number];
export const PRESENTING_PARTIES = ['region', 'municipality'] as const;
export type PresentingParty = (typeof PRESENTING_PARTIES)[number];
export const AGENDA_ITEM_VISIBILITIES = ['public', 'restricted'] as const;
export type AgendaItemVisibility = (typeof AGENDA_ITEM_VISIBILITIES)[number];
/** proposed → accepted | declined (municipality proposals); scheduled: put on the agenda by its keepers. */
export const AGENDA_ITEM_STATUSES = ['proposed', 'accepted', 'declined', 'scheduled'] as const;
export type AgendaItemStatus = (typeof AGENDA_ITEM_STATUSES)[number];
/** template: from the agenda template; proposal: proposed by a participant; carry-over: moved from an earlier meeting; added: by the agenda's keepers. */
export const AGENDA_ITEM_SOURCES = ['template', 'proposal', 'carry-over', 'added'] as const;
export type AgendaItemSource = (typeof AGENDA_ITEM_SOURCES)[number];

/** Items with these statuses are on the agenda; the others wait for a decision or were declined. */
export const ON_AGENDA_STATUSES: readonly AgendaItemStatus[] = ['accepted', 'scheduled'];

export interface AgendaTemplateItem {
  title: string;
  description: string | null;
  type: AgendaItemType;
  durationMinutes: number;
  presentingParty: PresentingParty | null;
  /**
   * A closing item ("Övriga frågor"): items added to the agenda later land before the closing items, which
   * stay last. Absent in templates stored before it was kept: false.
   */
  closing?: boolean;
}

export interface AgendaLink {
  url: string;
  label: string | null;
}

/**
 * An ordered list of standing items. `regionId` null: shipped with the system for every region. At most one
 * default per region (and one shipped default): agenda_templates_default_unique.
 */
@Entity({ name: 'agenda_templates' })
export class AgendaTemplateEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'region_id', type: 'uuid', nullable: true })
  regionId!: string | null;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'is_default', type: 'boolean', default: false })
  isDefault!: boolean;

  @Column({ type: 'jsonb' })
  items!: AgendaTemplateItem[];

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}

/** The template a round's meetings get their agendas from. */
@Entity({ name: 'round_agenda_templates' })
export class RoundAgendaTemplateEntity {
  @PrimaryColumn({ name: 'round_id', type: 'uuid' })
  roundId!: string;

  @Column({ name: 'template_id', type: 'uuid' })
  templateId!: string;
}

/**
 * A meeting's agenda. `contentVersion` rises with every change of what the agenda shows; once published,
 * each rise schedules an agenda.send job and `sentVersion` records what the participants last received.
 */
@Entity({ name: 'agendas' })
export class AgendaEntity {
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @Column({ name: 'template_id', type: 'uuid', nullable: true })
  templateId!: string | null;

  @Column({ name: 'content_version', type: 'integer', default: 1 })
  contentVersion!: number;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ name: 'published_by', type: 'uuid', nullable: true })
  publishedBy!: string | null;

  @Column({ name: 'sent_version', type: 'integer', nullable: true })
  sentVersion!: number | null;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  /** Open actions and questions as last sent: what a past meeting's agenda showed. */
  @Column({ name: 'carried_over', type: 'jsonb', nullable: true })
  carriedOver!: CarriedOverSnapshot | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

export interface CarriedOverAction {
  id: string;
  title: string;
  ownerPersonId: string;
  ownerName: string;
  ownerOrganizationId: string;
  dueDate: string | null;
  status: string;
}

export interface CarriedOverQuestion {
  id: string;
  title: string;
  owningParty: string;
  status: string;
}

export interface CarriedOverSnapshot {
  actions: CarriedOverAction[];
  questions: CarriedOverQuestion[];
}

@Entity({ name: 'agenda_items' })
@Index('agenda_items_meeting_position_idx', ['meetingId', 'position'])
export class AgendaItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  /** 1, 2, 3 … within the meeting, every item counted. */
  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'text' })
  type!: AgendaItemType;

  @Column({ name: 'presenter_person_id', type: 'uuid', nullable: true })
  presenterPersonId!: string | null;

  @Column({ name: 'presenter_party', type: 'text', nullable: true })
  presenterParty!: PresentingParty | null;

  @Column({ name: 'duration_minutes', type: 'integer' })
  durationMinutes!: number;

  @Column({ name: 'strategy_area_ids', type: 'uuid', array: true, default: () => "'{}'" })
  strategyAreaIds!: string[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  links!: AgendaLink[];

  @Column({ type: 'text', default: 'public' })
  visibility!: AgendaItemVisibility;

  /**
   * A restricted item's legal ground (an OSL reference from the region's list, as chosen then), printed in the
   * public version instead of its content; null on a public item (agenda_items_secrecy_check).
   */
  @Column({ name: 'secrecy_ground', type: 'text', nullable: true })
  secrecyGround!: string | null;

  /** Optional free text with the ground (which part is secret, until when), for the parties only. */
  @Column({ name: 'secrecy_note', type: 'text', nullable: true })
  secrecyNote!: string | null;

  /** From a template's closing item: new items land before it, so it stays last (docs/adr/0008). */
  @Column({ type: 'boolean', default: false })
  closing!: boolean;

  @Column({ type: 'text' })
  status!: AgendaItemStatus;

  @Column({ type: 'text' })
  source!: AgendaItemSource;

  @Column({ name: 'proposed_by', type: 'uuid', nullable: true })
  proposedBy!: string | null;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy!: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ name: 'decision_reason', type: 'text', nullable: true })
  decisionReason!: string | null;

  /** The item of an earlier meeting this one continues. */
  @Column({ name: 'carried_from_item_id', type: 'uuid', nullable: true })
  carriedFromItemId!: string | null;

  /** Set when the item was moved on to the next meeting (the item stays here, unfinished). */
  @Column({ name: 'moved_to_meeting_id', type: 'uuid', nullable: true })
  movedToMeetingId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
