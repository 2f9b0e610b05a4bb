import { Injectable } from '@nestjs/common';
import { auditedFields } from '../audit/audit-summary.js';
import { AuditService } from '../audit/audit.service.js';
import { type AuthenticatedUser, hasRole } from '../common/auth/authenticated-user.js';
import { TenantScope } from '../common/auth/tenant-scope.js';
import { TransactionService } from '../common/database/transaction.service.js';
import { ForbiddenError } from '../common/errors/domain-error.js';
import type { Page } from '../common/validation/zod-dto.js';
import type {
  CreateOrganizationInput,
  OrganizationFilter,
  OrganizationView,
  UpdateOrganizationInput,
} from './organization.dto.js';
import type { OrganizationEntity } from './organization.entity.js';
import { OrganizationErrorCode, OrganizationException } from './organization.exception.js';
import { OrganizationRepository } from './organization.repository.js';

@Injectable()
export class OrganizationService {
  constructor(
    private readonly repository: OrganizationRepository,
    private readonly transactions: TransactionService,
    private readonly audit: AuditService,
  ) {}

  async list(user: AuthenticatedUser, filter: OrganizationFilter): Promise<Page<OrganizationView>> {
    const page = await this.repository.findPage(TenantScope.of(user), filter);
    return { ...page, items: page.items.map(toOrganizationView) };
  }

  /** The organization if the caller may see it; otherwise ORGANIZATION_NOT_FOUND, as for a missing id. */
  async findVisibleById(user: AuthenticatedUser, id: string): Promise<OrganizationView> {
    const organization = await this.repository.findById(id);
    if (!organization || !TenantScope.of(user).includes(organization)) throw OrganizationException.notFound();
    return toOrganizationView(organization);
  }

  /** Without access checks: for workers and for features that checked scope already. */
  async findById(id: string): Promise<OrganizationView | null> {
    const organization = await this.repository.findById(id);
    return organization ? toOrganizationView(organization) : null;
  }

  /** Without access checks, by SCB code (configuration names organizations by code). */
  async findByCodes(codes: readonly string[]): Promise<OrganizationView[]> {
    return (await this.repository.findByCodes(codes)).map(toOrganizationView);
  }

  /** Without access checks; inside a transaction pass its manager, or the read takes a second pool connection. */
  async findByIds(ids: readonly string[]): Promise<OrganizationView[]> {
    return (await this.repository.findByIds(ids)).map(toOrganizationView);
  }

  async create(user: AuthenticatedUser, input: CreateOrganizationInput): Promise<OrganizationView> {
    if (!hasRole(user, 'admin')) throw new ForbiddenError('Only an admin creates organizations');
    return this.transactions.run(async (manager) => {
      if (input.kind !== 'region') {
        const parent = input.parentId ? await this.repository.findById(input.parentId) : null;
        if (!parent || parent.kind !== 'region') {
          throw new OrganizationException(OrganizationErrorCode.InvalidParent, 'parentId must be a region', {
            field: 'parentId',
          });
        }
        if (!input.code.startsWith(parent.code)) {
          throw new OrganizationException(
            OrganizationErrorCode.InvalidParent,
            `A ${input.kind}'s code starts with its region's code`,
            { field: 'code', regionCode: parent.code },
          );
        }
      }
      const created = await this.repository.insert({
        kind: input.kind,
        code: input.code,
        name: input.name,
        unit: input.unit ?? null,
        parentId: input.kind === 'region' ? null : input.parentId!,
        seatTown: input.seat?.town ?? null,
        seatLat: input.seat?.lat ?? null,
        seatLon: input.seat?.lon ?? null,
        contactEmail: input.contactEmail ?? null,
      });
      await this.audit.record(manager, {
        actorId: user.personId,
        action: 'organization.create',
        entityType: 'organization',
        entityId: created.id,
        organizationId: created.id,
        after: auditSummary(created),
      });
      return toOrganizationView(created);
    });
  }

  /**
   * Admins change any organization; a region's coordinator changes that region's municipalities and external
   * organizations.
   */
  async update(
    user: AuthenticatedUser,
    id: string,
    input: UpdateOrganizationInput,
  ): Promise<OrganizationView> {
    return this.transactions.run(async (manager) => {
      const organization = await this.repository.findByIdForUpdate(id);
      if (!organization || !TenantScope.of(user).includes(organization))
        throw OrganizationException.notFound();
      if (!mayUpdate(user, organization)) {
        throw new ForbiddenError('Only an admin, or a coordinator of its region, changes this organization');
      }
      if (input.version !== undefined && input.version !== organization.version) {
        throw new OrganizationException(
          OrganizationErrorCode.VersionConflict,
          'The organization was changed by someone else',
          { currentVersion: organization.version },
        );
      }
      const before = auditSummary(organization);
      if (input.name !== undefined) organization.name = input.name;
      if (input.unit !== undefined) organization.unit = input.unit;
      if (input.contactEmail !== undefined) organization.contactEmail = input.contactEmail;
      if (input.seat !== undefined) {
        organization.seatTown = input.seat?.town ?? null;
        organization.seatLat = input.seat?.lat ?? null;
        organization.seatLon = input.seat?.lon ?? null;
      }
      const saved = await this.repository.save(organization);
      await this.audit.record(manager, {
        actorId: user.personId,
        action: 'organization.update',
        entityType: 'organization',
        entityId: saved.id,
        organizationId: saved.id,
        before,
        after: auditSummary(saved),
        onlyChanges: true,
      });
      return toOrganizationView(saved);
    });
  }
}

function mayUpdate(user: AuthenticatedUser, organization: OrganizationEntity): boolean {
  if (hasRole(user, 'admin')) return true;
  return (
    hasRole(user, 'coordinator') &&
    user.organizationKind === 'region' &&
    organization.kind !== 'region' &&
    organization.parentId === user.organizationId
  );
}

function auditSummary(organization: OrganizationEntity): Record<string, unknown> {
  const seat = { town: organization.seatTown, lat: organization.seatLat, lon: organization.seatLon };
  return {
    ...auditedFields(organization, ['kind', 'code', 'name', 'unit', 'parentId', 'contactEmail']),
    seat,
  };
}

export function toOrganizationView(organization: OrganizationEntity): OrganizationView {
  const hasSeat =
    organization.seatTown !== null || organization.seatLat !== null || organization.seatLon !== null;
  return {
    id: organization.id,
    kind: organization.kind,
    code: organization.code,
    name: organization.name,
    unit: organization.unit,
    parentId: organization.parentId,
    seat: hasSeat
      ? { town: organization.seatTown, lat: organization.seatLat, lon: organization.seatLon }
      : null,
    contactEmail: organization.contactEmail,
    version: organization.version,
    createdAt: organization.createdAt.toISOString(),
    updatedAt: organization.updatedAt.toISOString(),
  };
}
