import { Injectable } from '@nestjs/common';
import { type EntityManager, In, IsNull, QueryFailedError, type SelectQueryBuilder } from 'typeorm';
import type { TenantScope } from '../common/auth/tenant-scope.js';
import type { Page } from '../common/validation/zod-dto.js';
import type { PersonFilter } from './person.dto.js';
import { PersonEntity } from './person.entity.js';
import { PersonException } from './person.exception.js';
import { TransactionService } from '../common/database/transaction.service.js';

export type NewPerson = Pick<
  PersonEntity,
  | 'organizationId'
  | 'name'
  | 'email'
  | 'title'
  | 'phone'
  | 'roles'
  | 'locale'
  | 'loginEnabled'
  | 'passwordHash'
> &
  Partial<Pick<PersonEntity, 'guestMeetingId'>>;

export interface PersonCredentials {
  id: string;
  loginEnabled: boolean;
  passwordHash: string | null;
  credentialsVersion: number;
}

function isEmailUniqueViolation(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: string; constraint?: string };
  return driverError.code === '23505' && driverError.constraint === 'people_email_unique';
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/**
 * The only code that touches the people table. Deleted people are invisible to every method; guests (people
 * invited to one meeting by name and email) to every method but findByIds and the guest methods.
 */
@Injectable()
export class PersonRepository {
  constructor(private readonly tx: TransactionService) {}

  /** The open transaction's manager on this async path, else the DataSource's. */
  private get manager(): EntityManager {
    return this.tx.manager;
  }

  /** Members: not deleted, and not a guest of one meeting (guests never sign in and are in no list). */
  private active(): SelectQueryBuilder<PersonEntity> {
    return this.manager
      .getRepository(PersonEntity)
      .createQueryBuilder('person')
      .where('person.deletedAt IS NULL')
      .andWhere('person.guestMeetingId IS NULL');
  }

  /** The person if not deleted and inside the scope; the scope is applied in SQL. */
  findVisibleById(scope: TenantScope, id: string): Promise<PersonEntity | null> {
    const condition = scope.condition('person.organization_id');
    return this.active()
      .andWhere('person.id = :id', { id })
      .andWhere(condition.sql, condition.parameters)
      .getOne();
  }

  /** As findVisibleById, and locks the row for the rest of the transaction. */
  findVisibleByIdForUpdate(scope: TenantScope, id: string): Promise<PersonEntity | null> {
    const condition = scope.condition('person.organization_id');
    return this.active()
      .andWhere('person.id = :id', { id })
      .andWhere(condition.sql, condition.parameters)
      .setLock('pessimistic_write')
      .getOne();
  }

  /** With the organization: what authentication needs, in one query. */
  findActiveWithOrganization(where: { id: string } | { email: string }): Promise<PersonEntity | null> {
    const query = this.active().innerJoinAndSelect('person.organization', 'organization');
    if ('id' in where) query.andWhere('person.id = :id', { id: where.id });
    else query.andWhere('person.email = :email', { email: where.email });
    return query.getOne();
  }

  async hasPassword(id: string): Promise<boolean> {
    const rows: unknown[] = await this.manager.query(
      `SELECT 1 FROM people WHERE id = $1 AND password_hash IS NOT NULL`,
      [id],
    );
    return rows.length > 0;
  }

  /** With the password hash; inside a transaction, locked for the rest of it. */
  findActiveWithPassword(id: string): Promise<PersonEntity | null> {
    const query = this.active().addSelect('person.passwordHash').andWhere('person.id = :id', { id });
    return this.tx.active ? query.setLock('pessimistic_write').getOne() : query.getOne();
  }

  async findCredentialsByEmail(email: string): Promise<PersonCredentials | null> {
    const person = await this.active()
      .addSelect('person.passwordHash')
      .andWhere('person.email = :email', { email })
      .getOne();
    return person
      ? {
          id: person.id,
          loginEnabled: person.loginEnabled,
          passwordHash: person.passwordHash,
          credentialsVersion: person.credentialsVersion,
        }
      : null;
  }

  /** Members only (not deleted, not guests). */
  findByIds(ids: readonly string[]): Promise<PersonEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.manager.findBy(PersonEntity, {
      id: In([...new Set(ids)]),
      deletedAt: IsNull(),
      guestMeetingId: IsNull(),
    });
  }

  /** Members and guests, not deleted: for the people a meeting names (participants, presenters). */
  findByIdsWithGuests(ids: readonly string[]): Promise<PersonEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.manager.findBy(PersonEntity, { id: In([...new Set(ids)]), deletedAt: IsNull() });
  }

  /** The people of these organizations (not deleted), by name; without access checks. */
  findByOrganizations(organizationIds: readonly string[], limit: number): Promise<PersonEntity[]> {
    if (organizationIds.length === 0) return Promise.resolve([]);
    return this.active()
      .andWhere('person.organization_id IN (:...organizationIds)', { organizationIds: [...organizationIds] })
      .orderBy('person.name', 'ASC')
      .addOrderBy('person.id', 'ASC')
      .take(limit)
      .getMany();
  }

  /** The people of one organization, not deleted nor erased nor one-off guests, by name. */
  findActiveByOrganization(organizationId: string): Promise<PersonEntity[]> {
    return (
      this.active()
        .andWhere('person.organizationId = :organizationId', { organizationId })
        .andWhere('person.erasedAt IS NULL')
        // A one-off guest was invited to one meeting, not to stand in for anyone.
        .andWhere('person.guestMeetingId IS NULL')
        .orderBy('person.name', 'ASC')
        .addOrderBy('person.id', 'ASC')
        .getMany()
    );
  }

  /** The guest of this meeting with this (lower-cased) email, deleted ones left out; locked. */
  findGuestForUpdate(meetingId: string, email: string): Promise<PersonEntity | null> {
    return this.manager.findOne(PersonEntity, {
      where: { guestMeetingId: meetingId, email, deletedAt: IsNull() },
      lock: { mode: 'pessimistic_write' },
    });
  }

  async findPage(scope: TenantScope, filter: PersonFilter): Promise<Page<PersonEntity>> {
    const condition = scope.condition('person.organization_id');
    const query = this.active().andWhere(condition.sql, condition.parameters);
    if (filter.organizationId) {
      query.andWhere('person.organizationId = :organizationId', { organizationId: filter.organizationId });
    }
    if (filter.role) query.andWhere(':role = ANY(person.roles)', { role: filter.role });
    if (filter.q) {
      query.andWhere(`(person.name ILIKE :q ESCAPE '\\' OR person.email ILIKE :q ESCAPE '\\')`, {
        q: `%${escapeLike(filter.q)}%`,
      });
    }
    const [items, total] = await query
      .orderBy('person.name', 'ASC')
      .addOrderBy('person.id', 'ASC')
      .take(filter.limit)
      .skip(filter.offset)
      .getManyAndCount();
    return { items, total, limit: filter.limit, offset: filter.offset };
  }

  async emailTaken(email: string, exceptId?: string): Promise<boolean> {
    const query = this.active().andWhere('person.email = :email', { email });
    if (exceptId) query.andWhere('person.id <> :exceptId', { exceptId });
    return (await query.getCount()) > 0;
  }

  /**
   * Locks every active admin (not deleted, may log in) and returns their ids. Two transactions removing
   * admins therefore run one after the other, and the second sees the first's result.
   */
  async lockActiveAdminIds(): Promise<string[]> {
    const rows = await this.active()
      .select('person.id', 'id')
      .andWhere(`'admin' = ANY(person.roles)`)
      .andWhere('person.loginEnabled = true')
      .orderBy('person.id')
      .setLock('pessimistic_write')
      .getRawMany<{ id: string }>();
    return rows.map((row) => row.id);
  }

  async insert(person: NewPerson): Promise<PersonEntity> {
    try {
      return await this.manager.save(PersonEntity, this.manager.create(PersonEntity, person));
    } catch (error) {
      if (isEmailUniqueViolation(error)) throw PersonException.emailTaken();
      throw error;
    }
  }

  async save(person: PersonEntity): Promise<PersonEntity> {
    try {
      return await this.manager.save(PersonEntity, person);
    } catch (error) {
      if (isEmailUniqueViolation(error)) throw PersonException.emailTaken();
      throw error;
    }
  }
}
