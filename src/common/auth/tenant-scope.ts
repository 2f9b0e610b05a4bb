import type { AuthenticatedUser } from './authenticated-user.js';

/** What a tenant scope needs to know about an organization to decide whether it is inside. */
export interface ScopedOrganization {
  id: string;
  parentId: string | null;
}

export interface ScopeCondition {
  sql: string;
  parameters: Record<string, string>;
}

/**
 * Which organizations a caller may see (docs/adr/0003). A person of a region sees the region and every
 * organization whose parent is that region; a person of a municipality sees only that municipality. Admins
 * administer the whole deployment (they create regions and their first people), so they see everything.
 * A person of an external organization sees their own organization (its people, the actions and questions it
 * owns) and, beyond it, only what they take part in: `participantId` names them, and meetings (with their
 * public agenda items) are visible through it (issue 17).
 * Anything outside the scope must answer exactly as a missing id: 404 with the feature's NOT_FOUND code.
 */
export class TenantScope {
  private constructor(
    readonly kind: 'all' | 'region' | 'organization',
    /** The region (kind region) or the organization (kind organization); null for all. */
    readonly organizationId: string | null,
    /** For a person of an external organization: themselves, who see the meetings they take part in. */
    readonly participantId: string | null = null,
  ) {}

  static of(user: AuthenticatedUser): TenantScope {
    if (user.roles.includes('admin')) return new TenantScope('all', null);
    if (user.organizationKind === 'region') return new TenantScope('region', user.organizationId);
    if (user.organizationKind === 'external') {
      return new TenantScope('organization', user.organizationId, user.personId);
    }
    return new TenantScope('organization', user.organizationId);
  }

  /** Everything: for the system itself (workers, schedulers), never for a request. */
  static unrestricted(): TenantScope {
    return new TenantScope('all', null);
  }

  includes(organization: ScopedOrganization): boolean {
    switch (this.kind) {
      case 'all':
        return true;
      case 'region':
        return organization.id === this.organizationId || organization.parentId === this.organizationId;
      case 'organization':
        return organization.id === this.organizationId;
    }
  }

  /**
   * An SQL condition (TypeORM query-builder named parameters) that holds when `column`, an organization id,
   * is inside the scope. Lists filter in SQL with it, never after loading.
   */
  condition(column: string, parameterName = 'tenantScopeOrganizationId'): ScopeCondition {
    if (!/^\w+$/.test(parameterName)) throw new Error(`Bad parameter name ${parameterName}`);
    switch (this.kind) {
      case 'all':
        return { sql: 'TRUE', parameters: {} };
      case 'region':
        return {
          sql:
            `(${column} = :${parameterName} OR ${column} IN ` +
            `(SELECT scope_org.id FROM organizations scope_org WHERE scope_org.parent_id = :${parameterName}))`,
          parameters: { [parameterName]: this.organizationId! },
        };
      case 'organization':
        return {
          sql: `${column} = :${parameterName}`,
          parameters: { [parameterName]: this.organizationId! },
        };
    }
  }
}
