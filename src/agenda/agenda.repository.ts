import { Injectable } from '@nestjs/common';
import { type EntityManager, In, IsNull } from 'typeorm';
import {
  AgendaEntity,
  AgendaItemEntity,
  AgendaTemplateEntity,
  type CarriedOverSnapshot,
  RoundAgendaTemplateEntity,
} from './agenda.entity.js';
import { TransactionService } from '../common/database/transaction.service.js';

export type NewAgendaItem = Omit<AgendaItemEntity, 'id' | 'createdAt' | 'updatedAt' | 'version'>;
export type NewAgendaTemplate = Pick<
  AgendaTemplateEntity,
  'regionId' | 'name' | 'isDefault' | 'items' | 'createdBy'
>;

/** The only code that touches the agenda tables. */
@Injectable()
export class AgendaRepository {
  constructor(private readonly transactions: TransactionService) {}

  /** The open transaction's manager, else the DataSource's (ADR 13). */
  private get manager(): EntityManager {
    return this.transactions.manager;
  }

  // ---------- templates ----------

  /** Templates of these regions and the shipped ones; null lists every template (admins). */
  findTemplates(regionIds: readonly string[] | null): Promise<AgendaTemplateEntity[]> {
    const where =
      regionIds === null
        ? {}
        : [{ regionId: IsNull() }, ...(regionIds.length ? [{ regionId: In([...regionIds]) }] : [])];
    return this.manager.find(AgendaTemplateEntity, {
      where,
      order: { isDefault: 'DESC', name: 'ASC', id: 'ASC' },
    });
  }

  findTemplate(id: string): Promise<AgendaTemplateEntity | null> {
    return this.manager.findOneBy(AgendaTemplateEntity, { id });
  }

  /** The region's default template, else the shipped default. */
  async findDefaultTemplate(manager: EntityManager, regionId: string): Promise<AgendaTemplateEntity | null> {
    const own = await manager.findOneBy(AgendaTemplateEntity, { regionId, isDefault: true });
    return own ?? manager.findOneBy(AgendaTemplateEntity, { regionId: IsNull(), isDefault: true });
  }

  async insertTemplate(manager: EntityManager, template: NewAgendaTemplate): Promise<AgendaTemplateEntity> {
    if (template.isDefault) {
      // One default per region (agenda_templates_default_unique): the new one takes over.
      await manager
        .createQueryBuilder()
        .update(AgendaTemplateEntity)
        .set({ isDefault: false })
        .where(template.regionId === null ? 'region_id IS NULL' : 'region_id = :regionId', {
          regionId: template.regionId,
        })
        .andWhere('is_default')
        .execute();
    }
    return manager.save(AgendaTemplateEntity, manager.create(AgendaTemplateEntity, template));
  }

  findRoundTemplateId(manager: EntityManager, roundId: string): Promise<string | null> {
    return manager.findOneBy(RoundAgendaTemplateEntity, { roundId }).then((row) => row?.templateId ?? null);
  }

  async setRoundTemplate(manager: EntityManager, roundId: string, templateId: string): Promise<void> {
    await manager.query(
      `INSERT INTO round_agenda_templates (round_id, template_id) VALUES ($1, $2)
       ON CONFLICT (round_id) DO UPDATE SET template_id = EXCLUDED.template_id`,
      [roundId, templateId],
    );
  }

  // ---------- agendas ----------

  findAgenda(meetingId: string): Promise<AgendaEntity | null> {
    return this.manager.findOneBy(AgendaEntity, { meetingId });
  }

  /** Locks the agenda for the rest of the transaction: item changes of one meeting queue up. */
  findAgendaForUpdate(manager: EntityManager, meetingId: string): Promise<AgendaEntity | null> {
    return manager.findOne(AgendaEntity, { where: { meetingId }, lock: { mode: 'pessimistic_write' } });
  }

  /** Creates the agenda unless it exists; true when this call created it (and so must add its items). */
  async insertAgendaIfMissing(
    manager: EntityManager,
    meetingId: string,
    templateId: string | null,
  ): Promise<boolean> {
    const rows: Array<{ meeting_id: string }> = await manager.query(
      `INSERT INTO agendas (meeting_id, template_id) VALUES ($1, $2)
       ON CONFLICT (meeting_id) DO NOTHING RETURNING meeting_id`,
      [meetingId, templateId],
    );
    return rows.length === 1;
  }

  /** Agendas for several meetings in one statement; returns the meetings whose agenda it created. */
  async insertAgendasIfMissing(
    manager: EntityManager,
    agendas: ReadonlyArray<{ meetingId: string; templateId: string | null }>,
  ): Promise<string[]> {
    if (agendas.length === 0) return [];
    const rows: Array<{ meeting_id: string }> = await manager.query(
      `INSERT INTO agendas (meeting_id, template_id)
       SELECT * FROM unnest($1::uuid[], $2::uuid[])
       ON CONFLICT (meeting_id) DO NOTHING RETURNING meeting_id`,
      [agendas.map((agenda) => agenda.meetingId), agendas.map((agenda) => agenda.templateId)],
    );
    return rows.map((row) => row.meeting_id);
  }

  async markChanged(manager: EntityManager, agenda: AgendaEntity): Promise<number> {
    agenda.contentVersion += 1;
    await manager.update(
      AgendaEntity,
      { meetingId: agenda.meetingId },
      { contentVersion: agenda.contentVersion, updatedAt: new Date() },
    );
    return agenda.contentVersion;
  }

  async markPublished(manager: EntityManager, meetingId: string, by: string): Promise<void> {
    await manager.update(AgendaEntity, { meetingId }, { publishedAt: new Date(), publishedBy: by });
  }

  async markSent(
    manager: EntityManager,
    meetingId: string,
    version: number,
    carriedOver: CarriedOverSnapshot | null,
  ): Promise<void> {
    await manager.update(
      AgendaEntity,
      { meetingId },
      { sentVersion: version, sentAt: new Date(), carriedOver },
    );
  }

  // ---------- items ----------

  findItems(meetingId: string): Promise<AgendaItemEntity[]> {
    return this.manager.find(AgendaItemEntity, {
      where: { meetingId },
      order: { position: 'ASC', createdAt: 'ASC' },
    });
  }

  findItem(id: string): Promise<AgendaItemEntity | null> {
    return this.manager.findOneBy(AgendaItemEntity, { id });
  }

  async insertItems(manager: EntityManager, items: NewAgendaItem[]): Promise<AgendaItemEntity[]> {
    if (items.length === 0) return [];
    return manager.save(
      AgendaItemEntity,
      items.map((item) => manager.create(AgendaItemEntity, item)),
    );
  }

  /**
   * Like insertItems without reading the rows back, one statement for any number (the new agendas of a
   * round): template items only, so fields a template cannot set keep their defaults.
   */
  async insertTemplateItems(manager: EntityManager, items: readonly NewAgendaItem[]): Promise<void> {
    if (items.length === 0) return;
    const column = <K extends keyof NewAgendaItem>(key: K) => items.map((item) => item[key]);
    await manager.query(
      `INSERT INTO agenda_items (meeting_id, position, title, description, type, presenter_party,
                                 duration_minutes, visibility, status, source, closing, version)
       SELECT *, 1 FROM unnest($1::uuid[], $2::int[], $3::text[], $4::text[], $5::text[], $6::text[],
                               $7::int[], $8::text[], $9::text[], $10::text[], $11::boolean[])`,
      [
        column('meetingId'),
        column('position'),
        column('title'),
        column('description'),
        column('type'),
        column('presenterParty'),
        column('durationMinutes'),
        column('visibility'),
        column('status'),
        column('source'),
        column('closing'),
      ],
    );
  }

  saveItem(manager: EntityManager, item: AgendaItemEntity): Promise<AgendaItemEntity> {
    return manager.save(AgendaItemEntity, item);
  }

  async deleteItem(manager: EntityManager, id: string): Promise<void> {
    await manager.delete(AgendaItemEntity, { id });
  }

  /** Writes positions 1…n in the given order (only rows whose position changes). */
  async renumber(manager: EntityManager, ordered: readonly AgendaItemEntity[]): Promise<void> {
    for (const [index, item] of ordered.entries()) {
      if (item.position === index + 1) continue;
      item.position = index + 1;
      await manager.update(AgendaItemEntity, { id: item.id }, { position: item.position });
    }
  }

  /** The ids of the region's coordinators and secretaries who may sign in (the agenda's keepers there). */
  async findRegionKeeperIds(manager: EntityManager, regionId: string): Promise<string[]> {
    const rows: Array<{ id: string }> = await manager.query(
      `SELECT id FROM people
        WHERE organization_id = $1 AND deleted_at IS NULL AND login_enabled
          AND roles && ARRAY['coordinator', 'secretary']::text[]
        ORDER BY name, id`,
      [regionId],
    );
    return rows.map((row) => row.id);
  }

  // ---------- calls for items ----------

  /** Of these meetings, the ones whose municipalities were called for items already. */
  async findCalledForItems(meetingIds: readonly string[]): Promise<Set<string>> {
    if (meetingIds.length === 0) return new Set();
    const rows: Array<{ meeting_id: string }> = await this.manager.query(
      `SELECT meeting_id FROM agenda_calls_for_items WHERE meeting_id = ANY($1::uuid[])`,
      [[...new Set(meetingIds)]],
    );
    return new Set(rows.map((row) => row.meeting_id));
  }

  /** Records the meeting's call for items; false when it was made already (exactly once per meeting). */
  async claimCallForItems(manager: EntityManager, meetingId: string, callDate: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO agenda_calls_for_items (meeting_id, call_date) VALUES ($1, $2)
       ON CONFLICT (meeting_id) DO NOTHING RETURNING meeting_id`,
      [meetingId, callDate],
    );
    return rows.length > 0;
  }
}
