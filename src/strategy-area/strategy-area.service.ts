import { Injectable } from '@nestjs/common';
import { auditedFields } from '../audit/audit-summary.js';
import { AuditService } from '../audit/audit.service.js';
import { type AuthenticatedUser, hasRole } from '../common/auth/authenticated-user.js';
import { TransactionService } from '../common/database/transaction.service.js';
import { ForbiddenError } from '../common/errors/domain-error.js';
import { OrganizationService } from '../organization/organization.service.js';
import type {
  CreateStrategyAreaInput,
  StrategyAreaFilter,
  StrategyAreaView,
  UpdateStrategyAreaInput,
} from './strategy-area.dto.js';
import type { StrategyAreaEntity } from './strategy-area.entity.js';
import { StrategyAreaErrorCode, StrategyAreaException } from './strategy-area.exception.js';
import { StrategyAreaRepository } from './strategy-area.repository.js';

/** A strategy area as other features need it. */
export interface StrategyAreaRef {
  id: string;
  regionId: string;
  name: string;
  active: boolean;
}

@Injectable()
export class StrategyAreaService {
  constructor(
    private readonly repository: StrategyAreaRepository,
    private readonly organizations: OrganizationService,
    private readonly transactions: TransactionService,
    private readonly audit: AuditService,
  ) {}

  /**
   * For new links: every id must be an active strategy area of `regionId`; others are named as unknown,
   * so another region's list is not revealed. Returns the areas in the order given, without duplicates.
   */
  async assertUsable(regionId: string, ids: readonly string[]): Promise<StrategyAreaRef[]> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return [];
    const byId = new Map((await this.repository.findByIds(unique)).map((area) => [area.id, area]));
    const unknown = unique.filter((id) => {
      const area = byId.get(id);
      return !area || area.regionId !== regionId || !area.active;
    });
    if (unknown.length > 0) throw StrategyAreaException.unknown(unknown);
    return unique.map((id) => toRef(byId.get(id)!));
  }

  /** Without access checks: names for views of things that carry them. */
  async findByIds(ids: readonly string[]): Promise<StrategyAreaRef[]> {
    return (await this.repository.findByIds(ids)).map(toRef);
  }

  /** Every area of a region (inactive ones too), for the overview's coverage. */
  async findByRegion(regionId: string | null): Promise<StrategyAreaRef[]> {
    return (await this.repository.findByRegion(regionId, true)).map(toRef);
  }

  /** Everyone reads their region's list; admins any region's (all regions without a filter). */
  async list(user: AuthenticatedUser, filter: StrategyAreaFilter): Promise<{ items: StrategyAreaView[] }> {
    const regionId = hasRole(user, 'admin') ? (filter.regionId ?? null) : user.regionId;
    if (!hasRole(user, 'admin') && filter.regionId && filter.regionId !== user.regionId) return { items: [] };
    const areas = await this.repository.findByRegion(regionId, filter.includeInactive);
    return { items: areas.map(toStrategyAreaView) };
  }

  async findVisibleById(user: AuthenticatedUser, id: string): Promise<StrategyAreaView> {
    const area = await this.repository.findById(id);
    if (!area || !isVisible(user, area)) throw StrategyAreaException.notFound();
    return toStrategyAreaView(area);
  }

  async create(user: AuthenticatedUser, input: CreateStrategyAreaInput): Promise<StrategyAreaView> {
    if (!hasRole(user, 'admin')) throw new ForbiddenError('Only an admin manages strategy areas');
    const regionId = input.regionId ?? user.regionId;
    const region = await this.organizations.findById(regionId);
    if (!region || region.kind !== 'region') {
      throw new StrategyAreaException(StrategyAreaErrorCode.InvalidRegion, 'regionId must be a region', {
        field: 'regionId',
      });
    }
    return this.transactions.run(async (manager) => {
      const created = await this.repository.insert({
        regionId,
        name: input.name,
        description: input.description ?? null,
        position: input.position ?? 0,
        seeded: false,
      });
      await this.audit.record(manager, {
        actorId: user.personId,
        action: 'strategy_area.create',
        entityType: 'strategy_area',
        entityId: created.id,
        organizationId: regionId,
        after: auditSummary(created),
      });
      return toStrategyAreaView(created);
    });
  }

  /** Rename, describe, reorder or (de)activate; an edited seeded area is no longer marked seeded. */
  async update(
    user: AuthenticatedUser,
    id: string,
    input: UpdateStrategyAreaInput,
  ): Promise<StrategyAreaView> {
    if (!hasRole(user, 'admin')) throw new ForbiddenError('Only an admin manages strategy areas');
    return this.transactions.run(async (manager) => {
      const area = await this.repository.findByIdForUpdate(id);
      if (!area) throw StrategyAreaException.notFound();
      if (input.version !== undefined && input.version !== area.version) {
        throw new StrategyAreaException(
          StrategyAreaErrorCode.VersionConflict,
          'The strategy area was changed by someone else',
          { currentVersion: area.version },
        );
      }
      const before = auditSummary(area);
      if (input.name !== undefined) area.name = input.name;
      if (input.description !== undefined) area.description = input.description;
      if (input.position !== undefined) area.position = input.position;
      if (input.active !== undefined) area.active = input.active;
      if (input.name !== undefined || input.description !== undefined) area.seeded = false;
      const saved = await this.repository.save(area);
      await this.audit.record(manager, {
        actorId: user.personId,
        action: 'strategy_area.update',
        entityType: 'strategy_area',
        entityId: saved.id,
        organizationId: saved.regionId,
        before,
        after: auditSummary(saved),
        onlyChanges: true,
      });
      return toStrategyAreaView(saved);
    });
  }
}

function isVisible(user: AuthenticatedUser, area: StrategyAreaEntity): boolean {
  return hasRole(user, 'admin') || area.regionId === user.regionId;
}

function toRef(area: StrategyAreaEntity): StrategyAreaRef {
  return { id: area.id, regionId: area.regionId, name: area.name, active: area.active };
}

function auditSummary(area: StrategyAreaEntity): Record<string, unknown> {
  return auditedFields(area, ['regionId', 'name', 'description', 'position', 'active']);
}

export function toStrategyAreaView(area: StrategyAreaEntity): StrategyAreaView {
  return {
    id: area.id,
    regionId: area.regionId,
    name: area.name,
    description: area.description,
    active: area.active,
    seeded: area.seeded,
    position: area.position,
    version: area.version,
    createdAt: area.createdAt.toISOString(),
    updatedAt: area.updatedAt.toISOString(),
  };
}
