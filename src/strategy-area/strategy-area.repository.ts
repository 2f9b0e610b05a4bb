import { Injectable } from '@nestjs/common';
import { type EntityManager, In, QueryFailedError } from 'typeorm';
import { TransactionService } from '../common/database/transaction.service.js';
import { StrategyAreaEntity } from './strategy-area.entity.js';
import { StrategyAreaErrorCode, StrategyAreaException } from './strategy-area.exception.js';

export type NewStrategyArea = Pick<
  StrategyAreaEntity,
  'regionId' | 'name' | 'description' | 'position' | 'seeded'
>;

function isNameTaken(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: string; constraint?: string };
  return driverError.code === '23505' && driverError.constraint === 'strategy_areas_region_name_unique';
}

function nameTaken(): StrategyAreaException {
  return new StrategyAreaException(
    StrategyAreaErrorCode.NameTaken,
    'The region has a strategy area with this name',
    { field: 'name' },
  );
}

/** The only code that touches strategy_areas; inside a transaction, on its connection. */
@Injectable()
export class StrategyAreaRepository {
  constructor(private readonly tx: TransactionService) {}

  private get manager(): EntityManager {
    return this.tx.manager;
  }

  findById(id: string): Promise<StrategyAreaEntity | null> {
    return this.manager.findOneBy(StrategyAreaEntity, { id });
  }

  /** Locks the row for the rest of the caller's transaction. */
  findByIdForUpdate(id: string): Promise<StrategyAreaEntity | null> {
    return this.manager.findOne(StrategyAreaEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  findByIds(ids: readonly string[]): Promise<StrategyAreaEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.manager.findBy(StrategyAreaEntity, { id: In([...new Set(ids)]) });
  }

  findByRegion(regionId: string | null, includeInactive: boolean): Promise<StrategyAreaEntity[]> {
    const query = this.manager.getRepository(StrategyAreaEntity).createQueryBuilder('area');
    if (regionId) query.andWhere('area.regionId = :regionId', { regionId });
    if (!includeInactive) query.andWhere('area.active = true');
    return query.orderBy('area.regionId').addOrderBy('area.position').addOrderBy('area.name').getMany();
  }

  async insert(area: NewStrategyArea): Promise<StrategyAreaEntity> {
    try {
      return await this.manager.save(StrategyAreaEntity, this.manager.create(StrategyAreaEntity, area));
    } catch (error) {
      if (isNameTaken(error)) throw nameTaken();
      throw error;
    }
  }

  async save(area: StrategyAreaEntity): Promise<StrategyAreaEntity> {
    try {
      return await this.manager.save(StrategyAreaEntity, area);
    } catch (error) {
      if (isNameTaken(error)) throw nameTaken();
      throw error;
    }
  }
}
