import type { OidcProviderConfig } from '../../config/oidc-providers.js';
import { PERSON_ROLES, type PersonRole } from '../../person/person.entity.js';
import { SignInError, SignInErrorCode } from './sign-in-error.js';

/** An ID token's claims (with the userinfo's, when the provider is configured to read it). */
export type Claims = Record<string, unknown>;

/** The stable subject of the claims: `sub`, or `tid:oid` for Entra ID (the object id in its tenant). */
export function subjectOf(provider: Pick<OidcProviderConfig, 'subjectClaim'>, claims: Claims): string {
  if (provider.subjectClaim === 'oid+tid') {
    const { oid, tid } = claims;
    if (typeof oid !== 'string' || typeof tid !== 'string' || !oid || !tid) {
      throw new SignInError(SignInErrorCode.SignInFailed, 'the ID token has no oid and tid');
    }
    return `${tid}:${oid}`;
  }
  if (typeof claims.sub !== 'string' || !claims.sub) {
    throw new SignInError(SignInErrorCode.SignInFailed, 'the ID token has no sub');
  }
  return claims.sub;
}

/**
 * The verified address a person is first linked by, lower-cased; null when the claim is missing, is not an
 * address, or is not verified where the provider says it must be (email_verified: true).
 */
export function verifiedAddressOf(
  provider: Pick<OidcProviderConfig, 'emailClaim' | 'requireVerifiedEmail'>,
  claims: Claims,
): string | null {
  const value = claims[provider.emailClaim];
  if (typeof value !== 'string') return null;
  const address = value.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address)) return null;
  if (provider.requireVerifiedEmail && claims.email_verified !== true) return null;
  return address;
}

/** What a provider's role mapping grants: roles, and the organization when a rule names one. */
export interface GrantedAccess {
  roles: PersonRole[];
  organizationCode?: string;
}

/**
 * The access the claim's values (group ids or app roles) grant under the provider's role mapping: the union
 * of the matching rules' roles; null when no rule matches. Two matching rules naming different organizations
 * cannot both hold: refused.
 */
export function grantedAccess(
  mapping: NonNullable<OidcProviderConfig['roleMapping']>,
  claims: Claims,
): GrantedAccess | null {
  const raw = claims[mapping.claim];
  const values = new Set(
    (Array.isArray(raw) ? raw : [raw]).filter((value): value is string => typeof value === 'string'),
  );
  const matched = mapping.rules.filter((rule) => values.has(rule.value));
  if (matched.length === 0) return null;
  const organizations = [
    ...new Set(matched.flatMap((rule) => (rule.organization ? [rule.organization] : []))),
  ];
  if (organizations.length > 1) {
    throw new SignInError(SignInErrorCode.SignInFailed, 'the role mapping names two organizations');
  }
  const granted = new Set(matched.flatMap((rule) => rule.roles));
  return { roles: PERSON_ROLES.filter((role) => granted.has(role)), organizationCode: organizations[0] };
}

/** The JIT rule for an address's domain, if any. */
export function jitRuleFor(
  provider: Pick<OidcProviderConfig, 'jit'>,
  address: string,
): OidcProviderConfig['jit'][number] | undefined {
  const domain = address.slice(address.lastIndexOf('@') + 1);
  return provider.jit.find((rule) => rule.domain === domain);
}

/** A display name for a person created just in time: the name claims, else the address. */
export function displayNameOf(claims: Claims, address: string): string {
  const name = typeof claims.name === 'string' ? claims.name.trim() : '';
  if (name) return name.slice(0, 200);
  const given = typeof claims.given_name === 'string' ? claims.given_name.trim() : '';
  const family = typeof claims.family_name === 'string' ? claims.family_name.trim() : '';
  return `${given} ${family}`.trim().slice(0, 200) || address;
}
