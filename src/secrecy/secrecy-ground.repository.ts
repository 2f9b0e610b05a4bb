import { Injectable } from '@nestjs/common';
import { type EntityManager, QueryFailedError } from 'typeorm';
import { TransactionService } from '../common/database/transaction.service.js';
import { SecrecyGroundEntity } from './secrecy-ground.entity.js';
import { SecrecyErrorCode, SecrecyException } from './secrecy.exception.js';

export type NewSecrecyGround = Pick<
  SecrecyGroundEntity,
  'regionId' | 'reference' | 'description' | 'position'
>;

function referenceTaken(error: unknown): SecrecyException | null {
  if (!(error instanceof QueryFailedError)) return null;
  const driverError = error.driverError as { code?: string; constraint?: string };
  if (driverError.code !== '23505' || driverError.constraint !== 'secrecy_grounds_reference_unique')
    return null;
  return new SecrecyException(
    SecrecyErrorCode.ReferenceTaken,
    'The list already has a secrecy ground with this reference',
    { field: 'reference' },
  );
}

/** The only code that touches secrecy_grounds; inside a transaction, on its connection. */
@Injectable()
export class SecrecyGroundRepository {
  constructor(private readonly tx: TransactionService) {}

  private get manager(): EntityManager {
    return this.tx.manager;
  }

  findById(id: string): Promise<SecrecyGroundEntity | null> {
    return this.manager.findOneBy(SecrecyGroundEntity, { id });
  }

  findByIdForUpdate(id: string): Promise<SecrecyGroundEntity | null> {
    return this.manager.findOne(SecrecyGroundEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** The shipped grounds and those of `regionId` (every region's with null), in the order they are offered. */
  findForRegion(regionId: string | null, includeInactive: boolean): Promise<SecrecyGroundEntity[]> {
    const query = this.manager.getRepository(SecrecyGroundEntity).createQueryBuilder('ground');
    if (regionId) query.andWhere('(ground.regionId IS NULL OR ground.regionId = :regionId)', { regionId });
    if (!includeInactive) query.andWhere('ground.active = true');
    return query
      .orderBy('ground.position')
      .addOrderBy('ground.reference')
      .addOrderBy('ground.regionId', 'ASC', 'NULLS FIRST')
      .getMany();
  }

  async insert(ground: NewSecrecyGround): Promise<SecrecyGroundEntity> {
    try {
      return await this.manager.save(SecrecyGroundEntity, this.manager.create(SecrecyGroundEntity, ground));
    } catch (error) {
      throw referenceTaken(error) ?? error;
    }
  }

  save(ground: SecrecyGroundEntity): Promise<SecrecyGroundEntity> {
    return this.manager.save(SecrecyGroundEntity, ground);
  }
}
