import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A file attached to an agenda item (a meeting paper, handling); its bytes are in the object storage. */
@Entity({ name: 'agenda_item_papers' })
@Index('agenda_item_papers_item_idx', ['agendaItemId', 'uploadedAt'])
export class AgendaItemPaperEntity {
  /** Chosen by the service before the object is stored: the storage key names it. */
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'agenda_item_id', type: 'uuid' })
  agendaItemId!: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  /** The file's name as uploaded (shown and given back on download, never used as a path). */
  @Column({ name: 'original_name', type: 'text' })
  originalName!: string;

  /** Decided from the content (magic bytes), not from the name or the client's Content-Type. */
  @Column({ name: 'media_type', type: 'text' })
  mediaType!: string;

  @Column({
    name: 'size_bytes',
    type: 'bigint',
    transformer: { to: (value: number) => value, from: (value: string) => Number(value) },
  })
  sizeBytes!: number;

  @Column({ type: 'character', length: 64 })
  sha256!: string;

  @Column({ name: 'storage_key', type: 'text' })
  storageKey!: string;

  @Column({ name: 'uploaded_by', type: 'uuid', nullable: true })
  uploadedBy!: string | null;

  @Column({ name: 'uploaded_at', type: 'timestamptz' })
  uploadedAt!: Date;
}
