import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In, QueryFailedError } from 'typeorm';
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

/** The only code that touches strategy_areas. */
@Injectable()
export class StrategyAreaRepository {
  constructor(private readonly dataSource: DataSource) {}

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<StrategyAreaEntity | null> {
    return manager.findOneBy(StrategyAreaEntity, { id });
  }

  findByIdForUpdate(manager: EntityManager, id: string): Promise<StrategyAreaEntity | null> {
    return manager.findOne(StrategyAreaEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  findByIds(
    ids: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<StrategyAreaEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return manager.findBy(StrategyAreaEntity, { id: In([...new Set(ids)]) });
  }

  findByRegion(regionId: string | null, includeInactive: boolean): Promise<StrategyAreaEntity[]> {
    const query = this.dataSource.getRepository(StrategyAreaEntity).createQueryBuilder('area');
    if (regionId) query.andWhere('area.regionId = :regionId', { regionId });
    if (!includeInactive) query.andWhere('area.active = true');
    return query.orderBy('area.regionId').addOrderBy('area.position').addOrderBy('area.name').getMany();
  }

  async insert(manager: EntityManager, area: NewStrategyArea): Promise<StrategyAreaEntity> {
    try {
      return await manager.save(StrategyAreaEntity, manager.create(StrategyAreaEntity, area));
    } catch (error) {
      if (isNameTaken(error)) throw nameTaken();
      throw error;
    }
  }

  async save(manager: EntityManager, area: StrategyAreaEntity): Promise<StrategyAreaEntity> {
    try {
      return await manager.save(StrategyAreaEntity, area);
    } catch (error) {
      if (isNameTaken(error)) throw nameTaken();
      throw error;
    }
  }
}
