import { Injectable } from '@nestjs/common';
import { type EntityManager, In, QueryFailedError } from 'typeorm';
import type { TenantScope } from '../common/auth/tenant-scope.js';
import type { Page } from '../common/validation/zod-dto.js';
import type { OrganizationFilter } from './organization.dto.js';
import { OrganizationEntity } from './organization.entity.js';
import { OrganizationErrorCode, OrganizationException } from './organization.exception.js';
import { TransactionService } from '../common/database/transaction.service.js';

export type NewOrganization = Pick<
  OrganizationEntity,
  'kind' | 'code' | 'name' | 'unit' | 'parentId' | 'seatTown' | 'seatLat' | 'seatLon' | 'contactEmail'
>;

function isUniqueViolation(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505';
}

/** The only code that touches the organizations table. */
@Injectable()
export class OrganizationRepository {
  constructor(private readonly tx: TransactionService) {}

  /** The open transaction's manager on this async path, else the DataSource's. */
  private get manager(): EntityManager {
    return this.tx.manager;
  }

  findById(id: string): Promise<OrganizationEntity | null> {
    return this.manager.findOneBy(OrganizationEntity, { id });
  }

  findByCodes(codes: readonly string[]): Promise<OrganizationEntity[]> {
    return codes.length === 0
      ? Promise.resolve([])
      : this.manager.findBy(OrganizationEntity, { code: In([...codes]) });
  }

  /** Locks the row for the rest of the transaction (read-modify-write). */
  findByIdForUpdate(id: string): Promise<OrganizationEntity | null> {
    return this.manager.findOne(OrganizationEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  findByIds(ids: readonly string[]): Promise<OrganizationEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.manager.findBy(OrganizationEntity, { id: In([...new Set(ids)]) });
  }

  async findPage(scope: TenantScope, filter: OrganizationFilter): Promise<Page<OrganizationEntity>> {
    const condition = scope.condition('organization.id');
    const query = this.manager
      .getRepository(OrganizationEntity)
      .createQueryBuilder('organization')
      .where(condition.sql, condition.parameters);
    if (filter.kind) query.andWhere('organization.kind = :kind', { kind: filter.kind });
    if (filter.parentId) query.andWhere('organization.parentId = :parentId', { parentId: filter.parentId });
    const [items, total] = await query
      // Regions first, then by SCB code, which groups municipalities under their region.
      .orderBy('organization.kind', 'DESC')
      .addOrderBy('organization.code', 'ASC')
      .take(filter.limit)
      .skip(filter.offset)
      .getManyAndCount();
    return { items, total, limit: filter.limit, offset: filter.offset };
  }

  async insert(organization: NewOrganization): Promise<OrganizationEntity> {
    try {
      return await this.manager.save(
        OrganizationEntity,
        this.manager.create(OrganizationEntity, organization),
      );
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new OrganizationException(
          OrganizationErrorCode.CodeTaken,
          'An organization with this code exists',
          {
            field: 'code',
          },
        );
      }
      throw error;
    }
  }

  save(organization: OrganizationEntity): Promise<OrganizationEntity> {
    return this.manager.save(OrganizationEntity, organization);
  }
}
