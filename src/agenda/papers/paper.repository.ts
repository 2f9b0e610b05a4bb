import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import { AgendaItemPaperEntity } from './agenda-item-paper.entity.js';

/** The only code that touches agenda_item_papers. */
@Injectable()
export class PaperRepository {
  constructor(private readonly dataSource: DataSource) {}

  private manager(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  findById(id: string, manager?: EntityManager): Promise<AgendaItemPaperEntity | null> {
    return this.manager(manager).findOneBy(AgendaItemPaperEntity, { id });
  }

  /** The papers of a meeting's items, oldest first within an item. */
  findByMeeting(meetingId: string, manager?: EntityManager): Promise<AgendaItemPaperEntity[]> {
    return this.manager(manager).find(AgendaItemPaperEntity, {
      where: { meetingId },
      order: { uploadedAt: 'ASC', id: 'ASC' },
    });
  }

  findByItems(itemIds: readonly string[], manager?: EntityManager): Promise<AgendaItemPaperEntity[]> {
    if (itemIds.length === 0) return Promise.resolve([]);
    return this.manager(manager).find(AgendaItemPaperEntity, {
      where: { agendaItemId: In([...itemIds]) },
      order: { uploadedAt: 'ASC', id: 'ASC' },
    });
  }

  async insert(manager: EntityManager, paper: AgendaItemPaperEntity): Promise<AgendaItemPaperEntity> {
    return manager.save(AgendaItemPaperEntity, paper);
  }

  async delete(manager: EntityManager, id: string): Promise<void> {
    await manager.delete(AgendaItemPaperEntity, { id });
  }
}
