import { Injectable } from '@nestjs/common';
import { type EntityManager, QueryFailedError } from 'typeorm';
import { findOrderedPeople, insertOrderedPeople } from '../common/database/ordered-people.js';
import { AgreementEntity } from './agreement.entity.js';
import { AgreementException } from './agreement.exception.js';
import { TransactionService } from '../common/database/transaction.service.js';

export type NewAgreement = Omit<AgreementEntity, 'id' | 'createdAt' | 'organization'>;

const PARTICIPANTS = { table: 'agreement_default_participants', ownerColumn: 'agreement_id' };

function isUniqueViolation(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505';
}

/** The only code that touches the agreements table. */
@Injectable()
export class AgreementRepository {
  constructor(private readonly tx: TransactionService) {}

  /** The open transaction's manager on this async path, else the DataSource's. */
  private get manager(): EntityManager {
    return this.tx.manager;
  }

  async findLatest(organizationId: string): Promise<AgreementEntity | null> {
    const agreement = await this.manager.findOne(AgreementEntity, {
      where: { organizationId },
      order: { version: 'DESC' },
    });
    return (await this.withParticipants(this.manager, agreement ? [agreement] : []))[0] ?? null;
  }

  async findVersion(organizationId: string, version: number): Promise<AgreementEntity | null> {
    const agreement = await this.manager.findOneBy(AgreementEntity, { organizationId, version });
    return (await this.withParticipants(this.manager, agreement ? [agreement] : []))[0] ?? null;
  }

  /** Newest first. */
  async findAllVersions(organizationId: string): Promise<AgreementEntity[]> {
    const agreements = await this.manager.find(AgreementEntity, {
      where: { organizationId },
      order: { version: 'DESC' },
    });
    return this.withParticipants(this.manager, agreements);
  }

  /** The newest version of each organization's agreement, for those that have one. */
  async findLatestByOrganizations(organizationIds: readonly string[]): Promise<AgreementEntity[]> {
    if (organizationIds.length === 0) return [];
    const agreements = await this.manager
      .getRepository(AgreementEntity)
      .createQueryBuilder('agreement')
      .distinctOn(['agreement.organizationId'])
      .where('agreement.organizationId IN (:...ids)', { ids: [...new Set(organizationIds)] })
      .orderBy('agreement.organizationId', 'ASC')
      .addOrderBy('agreement.version', 'DESC')
      .getMany();
    return this.withParticipants(this.manager, agreements);
  }

  /** Two writers racing for the same version number: the second gets AGREEMENT_VERSION_CONFLICT. */
  async insert(manager: EntityManager, agreement: NewAgreement): Promise<AgreementEntity> {
    let saved: AgreementEntity;
    try {
      saved = await manager.save(AgreementEntity, manager.create(AgreementEntity, agreement));
    } catch (error) {
      if (isUniqueViolation(error)) throw AgreementException.versionConflict(agreement.version - 1);
      throw error;
    }
    const ids = await insertOrderedPeople(manager, PARTICIPANTS, saved.id, agreement.defaultParticipantIds);
    saved.defaultParticipantIds = ids;
    return saved;
  }

  /** Fills each agreement's default participants from agreement_default_participants, in their order. */
  private async withParticipants(
    manager: EntityManager,
    agreements: AgreementEntity[],
  ): Promise<AgreementEntity[]> {
    const byAgreement = await findOrderedPeople(
      manager,
      PARTICIPANTS,
      agreements.map((agreement) => agreement.id),
    );
    for (const agreement of agreements) agreement.defaultParticipantIds = byAgreement.get(agreement.id) ?? [];
    return agreements;
  }
}
