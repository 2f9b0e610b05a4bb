import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import { AgreementEntity } from './agreement.entity.js';
import { AgreementException } from './agreement.exception.js';

export type NewAgreement = Omit<AgreementEntity, 'id' | 'createdAt' | 'organization'>;

function isUniqueViolation(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505';
}

/** The only code that touches the agreements table. */
@Injectable()
export class AgreementRepository {
  constructor(private readonly dataSource: DataSource) {}

  findLatest(
    organizationId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<AgreementEntity | null> {
    return manager.findOne(AgreementEntity, { where: { organizationId }, order: { version: 'DESC' } });
  }

  findVersion(organizationId: string, version: number): Promise<AgreementEntity | null> {
    return this.dataSource.manager.findOneBy(AgreementEntity, { organizationId, version });
  }

  /** Newest first. */
  findAllVersions(organizationId: string): Promise<AgreementEntity[]> {
    return this.dataSource.manager.find(AgreementEntity, {
      where: { organizationId },
      order: { version: 'DESC' },
    });
  }

  /** The newest version of each organization's agreement, for those that have one. */
  async findLatestByOrganizations(organizationIds: readonly string[]): Promise<AgreementEntity[]> {
    if (organizationIds.length === 0) return [];
    return this.dataSource
      .getRepository(AgreementEntity)
      .createQueryBuilder('agreement')
      .distinctOn(['agreement.organizationId'])
      .where('agreement.organizationId IN (:...ids)', { ids: [...new Set(organizationIds)] })
      .orderBy('agreement.organizationId', 'ASC')
      .addOrderBy('agreement.version', 'DESC')
      .getMany();
  }

  /** Two writers racing for the same version number: the second gets AGREEMENT_VERSION_CONFLICT. */
  async insert(manager: EntityManager, agreement: NewAgreement): Promise<AgreementEntity> {
    try {
      return await manager.save(AgreementEntity, manager.create(AgreementEntity, agreement));
    } catch (error) {
      if (isUniqueViolation(error)) throw AgreementException.versionConflict(agreement.version - 1);
      throw error;
    }
  }
}
