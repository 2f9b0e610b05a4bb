import { Injectable } from '@nestjs/common';
import { type EntityManager, QueryFailedError } from 'typeorm';
import { findOrderedPeople, insertOrderedPeople } from '../common/database/ordered-people.js';
import { AgreementEntity, type AgreementSubstitute } from './agreement.entity.js';
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
    saved.substitutes = await this.insertSubstitutes(manager, saved.id, agreement.substitutes);
    return saved;
  }

  /**
   * Fills each agreement's default participants from agreement_default_participants and its standing
   * substitutes from agreement_substitutes, in their order.
   */
  private async withParticipants(
    manager: EntityManager,
    agreements: AgreementEntity[],
  ): Promise<AgreementEntity[]> {
    const ids = agreements.map((agreement) => agreement.id);
    const byAgreement = await findOrderedPeople(manager, PARTICIPANTS, ids);
    const substitutes = await this.findSubstitutes(manager, ids);
    for (const agreement of agreements) {
      agreement.defaultParticipantIds = byAgreement.get(agreement.id) ?? [];
      agreement.substitutes = substitutes.get(agreement.id) ?? [];
    }
    return agreements;
  }

  private async insertSubstitutes(
    manager: EntityManager,
    agreementId: string,
    substitutes: readonly AgreementSubstitute[],
  ): Promise<AgreementSubstitute[]> {
    if (substitutes.length > 0) {
      await manager.query(
        `INSERT INTO agreement_substitutes (agreement_id, position, person_id, for_person_id)
         SELECT $1, n, person_id, for_person_id
           FROM unnest($2::uuid[], $3::uuid[]) WITH ORDINALITY AS s(person_id, for_person_id, n)`,
        [
          agreementId,
          substitutes.map((entry) => entry.personId),
          substitutes.map((entry) => entry.forPersonId),
        ],
      );
    }
    return substitutes.map((entry) => ({ ...entry }));
  }

  private async findSubstitutes(
    manager: EntityManager,
    agreementIds: readonly string[],
  ): Promise<Map<string, AgreementSubstitute[]>> {
    const result = new Map<string, AgreementSubstitute[]>();
    if (agreementIds.length === 0) return result;
    const rows = await manager.query<
      Array<{ agreement_id: string; person_id: string; for_person_id: string | null }>
    >(
      `SELECT agreement_id, person_id, for_person_id FROM agreement_substitutes
        WHERE agreement_id = ANY($1::uuid[]) ORDER BY agreement_id, position`,
      [[...agreementIds]],
    );
    for (const row of rows) {
      const list = result.get(row.agreement_id) ?? [];
      list.push({ personId: row.person_id, forPersonId: row.for_person_id });
      result.set(row.agreement_id, list);
    }
    return result;
  }
}
