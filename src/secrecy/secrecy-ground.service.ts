import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import { type AuthenticatedUser, hasRole } from '../common/auth/authenticated-user.js';
import { TransactionService } from '../common/database/transaction.service.js';
import { ForbiddenError } from '../common/errors/domain-error.js';
import { OrganizationService } from '../organization/organization.service.js';
import type {
  CreateSecrecyGroundInput,
  SecrecyGroundFilter,
  SecrecyGroundView,
  UpdateSecrecyGroundInput,
} from './secrecy-ground.dto.js';
import type { SecrecyGroundEntity } from './secrecy-ground.entity.js';
import type { SecrecyMarking } from './secrecy-marking.js';
import { SecrecyErrorCode, SecrecyException } from './secrecy.exception.js';
import { SecrecyGroundRepository } from './secrecy-ground.repository.js';

const ADMINS_ONLY = 'Only an admin manages the secrecy grounds';

/** The item's visibility and marking after a change, as the agenda asks this feature to check it. */
export interface SecrecyChange {
  visibility: 'public' | 'restricted';
  ground: string | null;
  note: string | null;
}

/**
 * The list of secrecy grounds (shipped ones and each region's) and the rule every restricted item follows:
 * it carries a ground from its region's list (docs/adr/0015).
 */
@Injectable()
export class SecrecyGroundService {
  constructor(
    private readonly repository: SecrecyGroundRepository,
    private readonly organizations: OrganizationService,
    private readonly transactions: TransactionService,
    private readonly audit: AuditService,
  ) {}

  /**
   * The marking an item gets: none for a public item (a ground there is refused), the ground for a
   * restricted one (refused without one, or with one not on the region's active list). `unchanged`: the
   * ground the item already has, accepted even if since deactivated.
   */
  async checkMarking(
    regionId: string,
    change: SecrecyChange,
    unchanged?: string | null,
  ): Promise<SecrecyMarking> {
    if (change.visibility === 'public') {
      if (change.ground || change.note) {
        throw new SecrecyException(
          SecrecyErrorCode.GroundWithoutRestriction,
          'A secrecy ground is given only for a restricted item',
          { field: 'secrecyGround' },
        );
      }
      return { ground: null, note: null };
    }
    if (!change.ground) throw SecrecyException.groundRequired();
    if (change.ground !== unchanged) {
      const grounds = await this.repository.findForRegion(regionId, false);
      const match = grounds.find((ground) => sameReference(ground.reference, change.ground!));
      if (!match) {
        throw new SecrecyException(SecrecyErrorCode.GroundUnknown, 'The secrecy ground is not on the list', {
          field: 'secrecyGround',
          ground: change.ground,
        });
      }
      return { ground: match.reference, note: change.note };
    }
    return { ground: change.ground, note: change.note };
  }

  /** Everyone reads their region's list (shipped and own); admins any region's, or every row without a filter. */
  async list(user: AuthenticatedUser, filter: SecrecyGroundFilter): Promise<{ items: SecrecyGroundView[] }> {
    const admin = hasRole(user, 'admin');
    const regionId = admin ? (filter.regionId ?? null) : user.regionId;
    if (!admin && filter.regionId && filter.regionId !== user.regionId) return { items: [] };
    const grounds = await this.repository.findForRegion(regionId, filter.includeInactive);
    return { items: grounds.map(toSecrecyGroundView) };
  }

  async create(user: AuthenticatedUser, input: CreateSecrecyGroundInput): Promise<SecrecyGroundView> {
    if (!hasRole(user, 'admin')) throw new ForbiddenError(ADMINS_ONLY);
    const regionId = input.regionId ?? user.regionId;
    const region = await this.organizations.findById(regionId);
    if (!region || region.kind !== 'region') {
      throw new SecrecyException(SecrecyErrorCode.InvalidRegion, 'regionId must be a region', {
        field: 'regionId',
      });
    }
    const shipped = await this.repository.findForRegion(regionId, true);
    if (shipped.some((ground) => sameReference(ground.reference, input.reference))) {
      throw new SecrecyException(
        SecrecyErrorCode.ReferenceTaken,
        'The list already has a secrecy ground with this reference',
        { field: 'reference' },
      );
    }
    return this.transactions.run(async (manager) => {
      const created = await this.repository.insert({
        regionId,
        reference: input.reference,
        description: input.description,
        position: input.position ?? 100,
      });
      await this.audit.record(manager, {
        actorId: user.personId,
        action: 'secrecy_ground.create',
        entityType: 'secrecy_ground',
        entityId: created.id,
        organizationId: regionId,
        after: auditSummary(created),
      });
      return toSecrecyGroundView(created);
    });
  }

  /** Describe, reorder or (de)activate; the reference stays, since marked items print it. */
  async update(
    user: AuthenticatedUser,
    id: string,
    input: UpdateSecrecyGroundInput,
  ): Promise<SecrecyGroundView> {
    if (!hasRole(user, 'admin')) throw new ForbiddenError(ADMINS_ONLY);
    return this.transactions.run(async (manager) => {
      const ground = await this.repository.findByIdForUpdate(id);
      if (!ground) throw SecrecyException.notFound();
      if (input.version !== undefined && input.version !== ground.version) {
        throw new SecrecyException(
          SecrecyErrorCode.VersionConflict,
          'The secrecy ground was changed by someone else',
          { currentVersion: ground.version },
        );
      }
      const before = auditSummary(ground);
      if (input.description !== undefined) ground.description = input.description;
      if (input.position !== undefined) ground.position = input.position;
      if (input.active !== undefined) ground.active = input.active;
      const saved = await this.repository.save(ground);
      await this.audit.record(manager, {
        actorId: user.personId,
        action: 'secrecy_ground.update',
        entityType: 'secrecy_ground',
        entityId: saved.id,
        organizationId: saved.regionId ?? user.regionId,
        before,
        after: auditSummary(saved),
        onlyChanges: true,
      });
      return toSecrecyGroundView(saved);
    });
  }
}

/** "31 kap. 16 § OSL" and "31 KAP. 16 §  osl" are the same reference. */
function sameReference(a: string, b: string): boolean {
  const key = (value: string) => value.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv');
  return key(a) === key(b);
}

function auditSummary(ground: SecrecyGroundEntity): Record<string, unknown> {
  return {
    regionId: ground.regionId,
    reference: ground.reference,
    description: ground.description,
    position: ground.position,
    active: ground.active,
  };
}

export function toSecrecyGroundView(ground: SecrecyGroundEntity): SecrecyGroundView {
  return {
    id: ground.id,
    regionId: ground.regionId,
    reference: ground.reference,
    description: ground.description,
    active: ground.active,
    position: ground.position,
    version: ground.version,
    createdAt: ground.createdAt.toISOString(),
    updatedAt: ground.updatedAt.toISOString(),
  };
}
