import { Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user.js';
import type { TenantScope } from '../../common/auth/tenant-scope.js';
import { regionOf } from '../../organization/organization-region.js';
import type { OrganizationView } from '../../organization/organization.dto.js';
import { OrganizationService } from '../../organization/organization.service.js';
import { PersonService } from '../../person/person.service.js';
import type { CreateQuestionInput } from '../question.dto.js';
import type { QuestionEntity } from '../question.entity.js';
import { QuestionErrorCode, QuestionException } from '../question.exception.js';
import type { ResolvedOwner } from './question-update-plan.js';

type Owner = CreateQuestionInput['owner'];

/** The parties of a question the caller may name: its owner, the organizations it is raised with, the responsible person. */
@Injectable()
export class QuestionParties {
  constructor(
    private readonly organizations: OrganizationService,
    private readonly people: PersonService,
  ) {}

  /**
   * The region itself, or an organization inside the caller's scope, may own a question; so may an outside
   * actor by name.
   */
  async resolveOwner(
    user: AuthenticatedUser,
    scope: TenantScope,
    owner: Owner,
  ): Promise<{ organization: OrganizationView | null; externalName: string | null }> {
    if (owner.kind === 'external') return { organization: null, externalName: owner.name };
    const organization = await this.organizations.findById(owner.organizationId);
    if (!organization || !(scope.includes(organization) || organization.id === user.regionId)) {
      throw new QuestionException(
        QuestionErrorCode.InvalidOwner,
        'owner.organizationId is not an organization you can name',
        {
          field: 'owner.organizationId',
        },
      );
    }
    return { organization, externalName: null };
  }

  /** A new owner of a stored question: one the caller may name, of the question's region. */
  async resolveOwnerIn(
    user: AuthenticatedUser,
    scope: TenantScope,
    owner: Owner,
    regionId: string,
  ): Promise<ResolvedOwner> {
    const resolved = await this.resolveOwner(user, scope, owner);
    if (resolved.organization && regionOf(resolved.organization) !== regionId) {
      throw new QuestionException(
        QuestionErrorCode.InvalidOwner,
        'The owner must belong to the question’s region',
        {
          field: 'owner',
        },
      );
    }
    return resolved;
  }

  /** The owning organization of a stored question (null for an outside actor). */
  async ownerOrganization(
    question: Pick<QuestionEntity, 'ownerKind' | 'ownerOrganizationId'>,
  ): Promise<OrganizationView | null> {
    if (question.ownerKind !== 'organization' || !question.ownerOrganizationId) return null;
    return this.organizations.findById(question.ownerOrganizationId);
  }

  /** These organizations, each once, all inside the caller's scope; QUESTION_INVALID_LINK names the others. */
  async resolveOrganizations(scope: TenantScope, ids: readonly string[]): Promise<OrganizationView[]> {
    const unique = [...new Set(ids)];
    const found = await this.organizations.findByIds(unique);
    const byId = new Map(found.map((organization) => [organization.id, organization]));
    const bad = unique.filter((id) => !byId.has(id) || !scope.includes(byId.get(id)!));
    if (bad.length > 0) throw QuestionException.invalidLink('organizationIds', bad);
    return unique.map((id) => byId.get(id)!);
  }

  /** The organizations resolved as above, all of the region: QUESTION_INVALID_LINK names the foreign ones. */
  async resolveOrganizationsIn(
    scope: TenantScope,
    ids: readonly string[],
    regionId: string,
  ): Promise<OrganizationView[]> {
    const linked = await this.resolveOrganizations(scope, ids);
    assertOfRegion(linked, regionId);
    return linked;
  }

  /**
   * The responsible person works in the question's region, and the caller may name them: someone the caller
   * sees (their own organization, or their region's) or a person of the region itself. Another
   * municipality's person answers exactly as an unknown id.
   */
  async assertResponsible(
    user: AuthenticatedUser,
    scope: TenantScope,
    personId: string,
    regionId: string,
  ): Promise<void> {
    const [person] = await this.people.findByIds([personId]);
    const organization = person ? await this.organizations.findById(person.organizationId) : null;
    if (
      !organization ||
      regionOf(organization) !== regionId ||
      !(scope.includes(organization) || organization.id === user.regionId)
    ) {
      throw new QuestionException(
        QuestionErrorCode.InvalidOwner,
        'The responsible person must work in the question’s region',
        {
          field: 'responsiblePersonId',
        },
      );
    }
  }
}

/** QUESTION_INVALID_LINK naming the organizations outside the region. */
export function assertOfRegion(organizations: readonly OrganizationView[], regionId: string): void {
  const foreign = organizations.filter((organization) => regionOf(organization) !== regionId);
  if (foreign.length > 0) {
    throw QuestionException.invalidLink(
      'organizationIds',
      foreign.map((organization) => organization.id),
    );
  }
}
