import { Injectable } from '@nestjs/common';
import type { OidcProviderConfig } from '../../config/oidc-providers.js';
import type { OrganizationKind } from '../../organization/organization.entity.js';
import type { PersonRole } from '../../person/person.entity.js';
import { PersonService, type SignInPerson } from '../../person/person.service.js';
import { OidcProviderRegistry } from './oidc-provider.registry.js';
import { PersonIdentityRepository } from './person-identity.repository.js';
import {
  type Claims,
  type GrantedAccess,
  displayNameOf,
  grantedAccess,
  jitRuleFor,
  subjectOf,
  verifiedAddressOf,
} from './provider-claims.js';
import { SignInError, SignInErrorCode } from './sign-in-error.js';

/**
 * Who signs in (ADR 14): the person linked to the provider's subject; at the first sign-in, the person with
 * the verified address (then linked), or one created just in time for a configured domain. With a role
 * mapping, the provider's groups or app roles decide roles and organization at every sign-in, and a mapping
 * that grants nothing switches the login off (ending every session through the credentials version).
 */
@Injectable()
export class IdentityLinkService {
  constructor(
    private readonly people: PersonService,
    private readonly identities: PersonIdentityRepository,
    private readonly registry: OidcProviderRegistry,
  ) {}

  async signInPerson(
    provider: OidcProviderConfig,
    claims: Claims,
  ): Promise<{ person: SignInPerson; subject: string }> {
    const subject = subjectOf(provider, claims);
    const granted = provider.roleMapping ? grantedAccess(provider.roleMapping, claims) : undefined;
    let identity = await this.identities.findBySubject(provider.id, subject);
    let person = identity ? await this.people.findForSignIn({ id: identity.personId }) : null;
    let linkedNow = false;
    if (!person) {
      person = await this.firstSignIn(provider, claims, granted);
      linkedNow = true;
    }

    const organization = this.targetOrganization(provider, person, granted);
    if (granted === null || (granted && rolesFor(granted, organization.kind).length === 0)) {
      // The mapping no longer grants access: the person loses it, with every session and token.
      if (identity && person.loginEnabled) {
        await this.people.applyProviderAccess(person.id, null, provider.id);
        await this.identities.markRevoked(identity.id);
      }
      throw new SignInError(SignInErrorCode.AccessRevoked, 'the role mapping grants nothing');
    }
    if (granted) {
      const mayEnable = linkedNow || identity?.revokedAt !== null;
      if (!person.loginEnabled && !mayEnable) {
        throw new SignInError(SignInErrorCode.AccessRevoked, 'login switched off in Samverkan');
      }
      person = await this.people.applyProviderAccess(
        person.id,
        { organizationId: organization.id, roles: rolesFor(granted, organization.kind), enableLogin: true },
        provider.id,
      );
    } else if (!person.loginEnabled) {
      throw new SignInError(SignInErrorCode.AccessRevoked, 'login switched off in Samverkan');
    }
    identity ??= await this.identities.link(provider.id, subject, person.id);
    await this.identities.recordSignIn(identity.id);
    return { person, subject };
  }

  /** The first sign-in of a subject: by verified address, else just in time. Links only what passes. */
  private async firstSignIn(
    provider: OidcProviderConfig,
    claims: Claims,
    granted: GrantedAccess | null | undefined,
  ): Promise<SignInPerson> {
    const address = verifiedAddressOf(provider, claims);
    if (!address) throw new SignInError(SignInErrorCode.NotLinked, 'no verified address to link by');
    const existing = await this.people.findForSignIn({ email: address });
    if (existing) {
      // A second subject of the same provider with this address (an account re-created, an address given
      // to someone else) is not linked on its own: an admin sees to it.
      if (await this.identities.personHasIdentity(provider.id, existing.id)) {
        throw new SignInError(SignInErrorCode.NotLinked, 'the person is linked to another subject');
      }
      this.assertAllowed(provider, this.organizationCode(existing, granted));
      return existing;
    }
    const rule = jitRuleFor(provider, address);
    if (!rule) throw new SignInError(SignInErrorCode.NotLinked, 'no person with the address, no JIT domain');
    if (granted === null)
      throw new SignInError(SignInErrorCode.AccessRevoked, 'the role mapping grants nothing');
    const organization = this.registry.organization(granted?.organizationCode ?? rule.organization)!;
    const roles = granted ? rolesFor(granted, organization.kind) : rule.roles;
    return this.people.createFromSignIn({
      organizationId: organization.id,
      name: displayNameOf(claims, address),
      email: address,
      roles: roles.length > 0 ? roles : rule.roles,
      provider: provider.id,
    });
  }

  private organizationCode(person: SignInPerson, granted: GrantedAccess | null | undefined): string {
    return granted?.organizationCode ?? person.organizationCode;
  }

  /** The organization the person belongs to after this sign-in; refused when the provider may not sign it in. */
  private targetOrganization(
    provider: OidcProviderConfig,
    person: SignInPerson,
    granted: GrantedAccess | null | undefined,
  ): { id: string; kind: OrganizationKind } {
    const code = this.organizationCode(person, granted);
    this.assertAllowed(provider, code);
    return granted?.organizationCode
      ? this.registry.organization(code)!
      : { id: person.organizationId, kind: person.organizationKind };
  }

  private assertAllowed(provider: OidcProviderConfig, organizationCode: string): void {
    if (!provider.organizations.includes('*') && !provider.organizations.includes(organizationCode)) {
      throw new SignInError(SignInErrorCode.OrganizationNotAllowed, 'the organization is not the provider’s');
    }
  }
}

/** Coordinators belong to a region: a mapping without an organization cannot make a municipality's person one. */
function rolesFor(granted: GrantedAccess, kind: OrganizationKind): PersonRole[] {
  return kind === 'region' ? granted.roles : granted.roles.filter((role) => role !== 'coordinator');
}
