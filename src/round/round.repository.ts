import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Page } from '../common/validation/zod-dto.js';
import type { RoundFilter } from './round.dto.js';
import { RoundEntity, RoundItemEntity, type RoundProgress } from './round.entity.js';

export type NewRound = Omit<
  RoundEntity,
  'id' | 'createdAt' | 'updatedAt' | 'version' | 'items' | 'region' | 'confirmedAt' | 'confirmedBy'
>;
export type NewRoundItem = Omit<RoundItemEntity, 'round' | 'organization'>;

export interface RoundRecord {
  round: RoundEntity;
  items: RoundItemEntity[];
}

/** The only code that touches the rounds and round_items tables. */
@Injectable()
export class RoundRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<RoundRecord | null> {
    const round = await manager.findOneBy(RoundEntity, { id });
    return round ? { round, items: await this.itemsOf(manager, id) } : null;
  }

  /** Locks the round for the rest of the transaction: moves and confirmation queue up behind each other. */
  async findByIdForUpdate(manager: EntityManager, id: string): Promise<RoundRecord | null> {
    const round = await manager.findOne(RoundEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    return round ? { round, items: await this.itemsOf(manager, id) } : null;
  }

  /** Newest first; `regionId` null for every region (admins). */
  async findPage(regionId: string | null, filter: RoundFilter): Promise<Page<RoundEntity>> {
    const query = this.dataSource.getRepository(RoundEntity).createQueryBuilder('round');
    if (regionId) query.where('round.regionId = :regionId', { regionId });
    const [items, total] = await query
      .orderBy('round.createdAt', 'DESC')
      .addOrderBy('round.id', 'ASC')
      .take(filter.limit)
      .skip(filter.offset)
      .getManyAndCount();
    return { items, total, limit: filter.limit, offset: filter.offset };
  }

  insert(manager: EntityManager, round: NewRound): Promise<RoundEntity> {
    return manager.save(RoundEntity, manager.create(RoundEntity, round));
  }

  save(manager: EntityManager, round: RoundEntity): Promise<RoundEntity> {
    return manager.save(RoundEntity, round);
  }

  /** Outside any transaction, so a reader sees it while planning goes on. */
  async updateProgress(id: string, progress: RoundProgress): Promise<void> {
    await this.dataSource.manager.update(RoundEntity, { id }, { progress });
  }

  async replaceItems(
    manager: EntityManager,
    roundId: string,
    items: readonly NewRoundItem[],
  ): Promise<RoundItemEntity[]> {
    await manager.delete(RoundItemEntity, { roundId });
    return this.insertItems(manager, items);
  }

  async insertItems(manager: EntityManager, items: readonly NewRoundItem[]): Promise<RoundItemEntity[]> {
    if (items.length === 0) return [];
    return manager.save(
      RoundItemEntity,
      items.map((item) => manager.create(RoundItemEntity, item)),
    );
  }

  saveItems(manager: EntityManager, items: RoundItemEntity[]): Promise<RoundItemEntity[]> {
    return manager.save(RoundItemEntity, items);
  }

  async deleteItems(roundId: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.delete(RoundItemEntity, { roundId });
  }

  itemsOf(manager: EntityManager, roundId: string): Promise<RoundItemEntity[]> {
    return manager.find(RoundItemEntity, { where: { roundId }, order: { organizationId: 'ASC' } });
  }
}
