import { Injectable } from '@nestjs/common';
import { type EntityManager, In } from 'typeorm';
import { AgendaItemPaperEntity } from './agenda-item-paper.entity.js';
import { TransactionService } from '../../common/database/transaction.service.js';

/** The only code that touches agenda_item_papers. */
@Injectable()
export class PaperRepository {
  constructor(private readonly transactions: TransactionService) {}

  /** The open transaction's manager, else the DataSource's (ADR 13). */
  private get manager(): EntityManager {
    return this.transactions.manager;
  }

  findById(id: string): Promise<AgendaItemPaperEntity | null> {
    return this.manager.findOneBy(AgendaItemPaperEntity, { id });
  }

  /** The papers of a meeting's items, oldest first within an item. */
  findByMeeting(meetingId: string): Promise<AgendaItemPaperEntity[]> {
    return this.manager.find(AgendaItemPaperEntity, {
      where: { meetingId },
      order: { uploadedAt: 'ASC', id: 'ASC' },
    });
  }

  findByItems(itemIds: readonly string[]): Promise<AgendaItemPaperEntity[]> {
    if (itemIds.length === 0) return Promise.resolve([]);
    return this.manager.find(AgendaItemPaperEntity, {
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
