import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import type { Page } from '../common/validation/zod-dto.js';
import type { RoundFilter } from './round.dto.js';
import { findOrderedPeople, insertOrderedPeople } from '../common/database/ordered-people.js';
import { RoundEntity, RoundItemEntity, type RoundProgress } from './round.entity.js';
import { TransactionService } from '../common/database/transaction.service.js';

export type NewRound = Omit<
  RoundEntity,
  'id' | 'createdAt' | 'updatedAt' | 'version' | 'items' | 'region' | 'confirmedAt' | 'confirmedBy'
>;
export type NewRoundItem = Omit<RoundItemEntity, 'round' | 'organization'>;

export interface RoundRecord {
  round: RoundEntity;
  items: RoundItemEntity[];
}

const TEAM = { table: 'round_regional_team', ownerColumn: 'round_id' };

/** The only code that touches the rounds and round_items tables (and their people: team, participants). */
@Injectable()
export class RoundRepository {
  constructor(private readonly tx: TransactionService) {}

  /** The open transaction's manager on this async path, else the DataSource's. */
  private get manager(): EntityManager {
    return this.tx.manager;
  }

  async findById(id: string): Promise<RoundRecord | null> {
    const round = await this.manager.findOneBy(RoundEntity, { id });
    if (!round) return null;
    await this.withTeams(this.manager, [round]);
    return { round, items: await this.itemsOf(this.manager, id) };
  }

  /** Locks the round for the rest of the transaction: moves and confirmation queue up behind each other. */
  async findByIdForUpdate(manager: EntityManager, id: string): Promise<RoundRecord | null> {
    const round = await manager.findOne(RoundEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!round) return null;
    await this.withTeams(manager, [round]);
    return { round, items: await this.itemsOf(manager, id) };
  }

  /** Newest first; `regionId` null for every region (admins). */
  async findPage(regionId: string | null, filter: RoundFilter): Promise<Page<RoundEntity>> {
    const query = this.manager.getRepository(RoundEntity).createQueryBuilder('round');
    if (regionId) query.where('round.regionId = :regionId', { regionId });
    const [items, total] = await query
      .orderBy('round.createdAt', 'DESC')
      .addOrderBy('round.id', 'ASC')
      .take(filter.limit)
      .skip(filter.offset)
      .getManyAndCount();
    await this.withTeams(this.manager, items);
    return { items, total, limit: filter.limit, offset: filter.offset };
  }

  async insert(manager: EntityManager, round: NewRound): Promise<RoundEntity> {
    const saved = await manager.save(RoundEntity, manager.create(RoundEntity, round));
    const team = await insertOrderedPeople(manager, TEAM, saved.id, round.regionalTeam);
    saved.regionalTeam = team;
    return saved;
  }

  save(manager: EntityManager, round: RoundEntity): Promise<RoundEntity> {
    return manager.save(RoundEntity, round);
  }

  /** Outside any transaction, so a reader sees it while planning goes on. */
  async updateProgress(id: string, progress: RoundProgress): Promise<void> {
    await this.manager.update(RoundEntity, { id }, { progress });
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
    const saved = await manager.save(
      RoundItemEntity,
      items.map((item) => manager.create(RoundItemEntity, item)),
    );
    await this.writeParticipants(manager, items, saved);
    return saved;
  }

  async saveItems(manager: EntityManager, items: RoundItemEntity[]): Promise<RoundItemEntity[]> {
    const participants = items.map((item) => ({ ...item }));
    const saved = await manager.save(RoundItemEntity, items);
    await manager.query(
      `DELETE FROM round_item_participants WHERE round_id = ANY($1::uuid[]) AND organization_id = ANY($2::uuid[])`,
      [[...new Set(items.map((item) => item.roundId))], items.map((item) => item.organizationId)],
    );
    await this.writeParticipants(manager, participants, saved);
    return saved;
  }

  async deleteItems(roundId: string): Promise<void> {
    await this.manager.delete(RoundItemEntity, { roundId });
  }

  async itemsOf(manager: EntityManager, roundId: string): Promise<RoundItemEntity[]> {
    const items = await manager.find(RoundItemEntity, {
      where: { roundId },
      order: { organizationId: 'ASC' },
    });
    const rows = await manager.query<Array<{ organization_id: string; ids: string[] }>>(
      `SELECT organization_id, array_agg(person_id::text ORDER BY position) AS ids
         FROM round_item_participants WHERE round_id = $1 GROUP BY organization_id`,
      [roundId],
    );
    const byOrganization = new Map(rows.map((row) => [row.organization_id, row.ids]));
    for (const item of items) item.participantIds = byOrganization.get(item.organizationId) ?? [];
    return items;
  }

  /** Stores each item's participants (in order) and puts them back on the saved entities. */
  private async writeParticipants(
    manager: EntityManager,
    items: ReadonlyArray<Pick<RoundItemEntity, 'roundId' | 'organizationId' | 'participantIds'>>,
    saved: RoundItemEntity[],
  ): Promise<void> {
    const rows = items.flatMap((item) =>
      [...new Set(item.participantIds)].map((personId, index) => ({ item, personId, position: index + 1 })),
    );
    if (rows.length > 0) {
      await manager.query(
        `INSERT INTO round_item_participants (round_id, organization_id, person_id, position)
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::int[])`,
        [
          rows.map((row) => row.item.roundId),
          rows.map((row) => row.item.organizationId),
          rows.map((row) => row.personId),
          rows.map((row) => row.position),
        ],
      );
    }
    saved.forEach((entity, index) => {
      entity.participantIds = [...new Set(items[index].participantIds)];
    });
  }

  /** Fills each round's regional team from round_regional_team, in its order. */
  private async withTeams(manager: EntityManager, rounds: RoundEntity[]): Promise<void> {
    const byRound = await findOrderedPeople(
      manager,
      TEAM,
      rounds.map((round) => round.id),
    );
    for (const round of rounds) round.regionalTeam = byRound.get(round.id) ?? [];
  }
}
