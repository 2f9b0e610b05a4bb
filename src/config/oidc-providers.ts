import { z } from 'zod';
import { PERSON_ROLES } from '../person/person.entity.js';

/**
 * OIDC_PROVIDERS: the identity providers people sign in with (issue 16, docs/adr/0014), a JSON array.
 * Parsed here with the rest of the environment, so every problem of every provider is listed at start.
 * Organizations are named by their code (SCB code: "24" the region, "2482" Skellefteå); that those codes
 * exist is checked against the database when the service starts (OidcProviderRegistry).
 */
const roles = z.array(z.enum(PERSON_ROLES)).min(1);
const organizationCode = z.string().min(1).max(40);
const domain = z
  .string()
  .transform((value) => value.trim().toLowerCase().replace(/^@/, ''))
  .pipe(z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'must be an email domain such as skelleftea.se'));

const httpUrl = z.string().refine((value) => {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}, 'must be an http(s) URL');

/** A private JWK (RSA or EC) for private_key_jwt client authentication. */
const privateJwk = z.looseObject({
  kty: z.enum(['RSA', 'EC']),
  kid: z.string().min(1),
  d: z.string().min(1, 'must be a private key (d)'),
  alg: z.string().optional(),
});

export const oidcProviderSchema = z
  .object({
    /** In URLs (/api/auth/oidc/<id>/callback) and the identities table: never renamed once in use. */
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'must be lower-case letters, digits and hyphens'),
    /** On the login page's button: "Logga in med <name>". */
    name: z.string().trim().min(1).max(80),
    /** Discovery reads <issuer>/.well-known/openid-configuration. */
    issuer: httpUrl,
    clientId: z.string().min(1),
    clientSecret: z.string().min(1).optional(),
    privateKeyJwk: privateJwk.optional(),
    scopes: z
      .array(z.string().regex(/^\S+$/))
      .default(['openid', 'email', 'profile'])
      .refine((scopes) => scopes.includes('openid'), 'must include openid'),
    /** Which claim holds the address a person is first linked by. */
    emailClaim: z.enum(['email', 'preferred_username', 'upn']).default('email'),
    /**
     * Whether the address must come with email_verified: true. Defaults to true for `email`; Entra ID's
     * upn and preferred_username are addresses of the tenant itself, so false there.
     */
    requireVerifiedEmail: z.boolean().optional(),
    /** The stable subject: `sub`, or Entra ID's object id with its tenant (`oid+tid`). */
    subjectClaim: z.enum(['sub', 'oid+tid']).default('sub'),
    /** The organizations (codes) whose people may sign in through this provider; ["*"] for any. */
    organizations: z.array(organizationCode).min(1),
    /** Just-in-time creation: a verified address in one of these domains creates a person there. */
    jit: z
      .array(z.object({ domain, organization: organizationCode, roles: roles.default(['participant']) }))
      .default([]),
    /**
     * Roles from the provider: the claim's values (group ids, app roles) that grant roles, and optionally
     * the organization. With a mapping, a sign-in that matches no rule loses the person's access.
     */
    roleMapping: z
      .object({
        claim: z.string().min(1).default('groups'),
        rules: z
          .array(z.object({ value: z.string().min(1), roles, organization: organizationCode.optional() }))
          .min(1),
      })
      .optional(),
    /** Also read the userinfo endpoint (claims the ID token leaves out). */
    userinfo: z.boolean().default(false),
    /** Seconds to wait for the provider before its page says it is unavailable. */
    timeoutSeconds: z.number().int().min(1).max(60).default(10),
  })
  .strict()
  .superRefine((provider, ctx) => {
    if (Boolean(provider.clientSecret) === Boolean(provider.privateKeyJwk)) {
      ctx.addIssue({
        code: 'custom',
        path: ['clientSecret'],
        message: 'give exactly one of clientSecret and privateKeyJwk',
      });
    }
    if (provider.organizations.includes('*') && provider.organizations.length > 1) {
      ctx.addIssue({ code: 'custom', path: ['organizations'], message: '"*" stands alone' });
    }
  });

export type OidcProviderConfig = Omit<z.infer<typeof oidcProviderSchema>, 'requireVerifiedEmail'> & {
  requireVerifiedEmail: boolean;
  /** Where the provider sends the browser back to. */
  redirectUri: string;
};

/** The JSON of OIDC_PROVIDERS, as the env schema's preprocess step: bad JSON is one listed problem. */
export const oidcProvidersSchema = z
  .preprocess((value, ctx) => {
    if (value === undefined || value === '') return [];
    if (typeof value !== 'string') return value;
    try {
      return JSON.parse(value) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'must be a JSON array of providers (see docs/operations.md)' });
      return z.NEVER;
    }
  }, z.array(oidcProviderSchema))
  .superRefine((providers, ctx) => {
    const seen = new Set<string>();
    providers.forEach((provider, index) => {
      if (seen.has(provider.id)) {
        ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `"${provider.id}" is used twice` });
      }
      seen.add(provider.id);
    });
  });

/** The providers with their defaults and redirect URIs under PUBLIC_URL. */
export function toOidcProviderConfigs(
  providers: z.infer<typeof oidcProvidersSchema>,
  publicUrl: string,
): OidcProviderConfig[] {
  return providers.map((provider) => ({
    ...provider,
    requireVerifiedEmail: provider.requireVerifiedEmail ?? provider.emailClaim === 'email',
    jit: provider.jit.map((rule) => ({ ...rule })),
    redirectUri: `${publicUrl}/api/auth/oidc/${provider.id}/callback`,
  }));
}
