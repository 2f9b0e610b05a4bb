import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { importJWK } from 'jose';
import * as oidc from 'openid-client';
import { type AppConfig, ConfigValidationError } from '../../config/app-config.js';
import type { OidcProviderConfig } from '../../config/oidc-providers.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { OrganizationKind } from '../../organization/organization.entity.js';
import { OrganizationService } from '../../organization/organization.service.js';
import { SignInError, SignInErrorCode } from './sign-in-error.js';

export interface ConfiguredOrganization {
  id: string;
  code: string;
  kind: OrganizationKind;
}

/**
 * The identity providers of OIDC_PROVIDERS (ADR 14): checks at start that every organization they name
 * exists and may hold the roles they grant (every problem listed), and discovers each provider's metadata
 * on first use. A failed discovery is not kept, so a provider that was down is asked again next time.
 */
@Injectable()
export class OidcProviderRegistry implements OnModuleInit {
  private readonly providers: Map<string, OidcProviderConfig>;
  private readonly organizationsByCode = new Map<string, ConfiguredOrganization>();
  private readonly configurations = new Map<string, Promise<oidc.Configuration>>();

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly organizations: OrganizationService,
  ) {
    this.providers = new Map(config.auth.oidcProviders.map((provider) => [provider.id, provider]));
  }

  async onModuleInit(): Promise<void> {
    const providers = [...this.providers.values()];
    const codes = new Set(
      providers.flatMap((provider) => [
        ...provider.organizations.filter((code) => code !== '*'),
        ...provider.jit.map((rule) => rule.organization),
        ...(provider.roleMapping?.rules ?? []).flatMap((rule) =>
          rule.organization ? [rule.organization] : [],
        ),
      ]),
    );
    for (const organization of await this.organizations.findByCodes([...codes])) {
      this.organizationsByCode.set(organization.code, organization);
    }
    const problems = providers.flatMap((provider, index) => this.problemsOf(provider, index));
    if (problems.length > 0) throw new ConfigValidationError(problems);
  }

  list(): OidcProviderConfig[] {
    return [...this.providers.values()];
  }

  get(id: string): OidcProviderConfig {
    const provider = this.providers.get(id);
    if (!provider) throw new SignInError(SignInErrorCode.UnknownProvider, 'no such provider');
    return provider;
  }

  organization(code: string): ConfiguredOrganization | undefined {
    return this.organizationsByCode.get(code);
  }

  /** The provider's discovered configuration; PROVIDER_UNAVAILABLE when it cannot be reached. */
  configuration(provider: OidcProviderConfig): Promise<oidc.Configuration> {
    let configuration = this.configurations.get(provider.id);
    if (!configuration) {
      configuration = this.discover(provider);
      this.configurations.set(provider.id, configuration);
      configuration.catch(() => this.configurations.delete(provider.id));
    }
    return configuration;
  }

  private async discover(provider: OidcProviderConfig): Promise<oidc.Configuration> {
    const clientAuthentication = provider.privateKeyJwk
      ? oidc.PrivateKeyJwt({
          key: await privateKeyOf(provider.privateKeyJwk),
          kid: provider.privateKeyJwk.kid,
        })
      : undefined;
    try {
      return await oidc.discovery(
        new URL(provider.issuer),
        provider.clientId,
        provider.privateKeyJwk
          ? { token_endpoint_auth_method: 'private_key_jwt' }
          : { client_secret: provider.clientSecret },
        clientAuthentication,
        {
          timeout: provider.timeoutSeconds,
          // An http issuer is refused in production by the configuration; tests run one on loopback.
          execute: provider.issuer.startsWith('http:') ? [oidc.allowInsecureRequests] : [],
        },
      );
    } catch (error) {
      throw new SignInError(SignInErrorCode.ProviderUnavailable, `discovery failed: ${describe(error)}`);
    }
  }

  private problemsOf(provider: OidcProviderConfig, index: number): string[] {
    const at = `OIDC_PROVIDERS.${index}`;
    const problems: string[] = [];
    const known = (code: string, path: string): ConfiguredOrganization | undefined => {
      const organization = this.organizationsByCode.get(code);
      if (!organization) problems.push(`${at}.${path}: no organization has the code "${code}"`);
      return organization;
    };
    const allowed = (code: string, path: string) => {
      if (!provider.organizations.includes('*') && !provider.organizations.includes(code)) {
        problems.push(`${at}.${path}: "${code}" is not among the provider's organizations`);
      }
    };
    provider.organizations.forEach((code, i) => code !== '*' && known(code, `organizations.${i}`));
    provider.jit.forEach((rule, i) => {
      const organization = known(rule.organization, `jit.${i}.organization`);
      allowed(rule.organization, `jit.${i}.organization`);
      if (organization && organization.kind !== 'region' && rule.roles.includes('coordinator')) {
        problems.push(`${at}.jit.${i}.roles: only people of a region can be coordinators`);
      }
    });
    provider.roleMapping?.rules.forEach((rule, i) => {
      if (!rule.organization) return;
      const organization = known(rule.organization, `roleMapping.rules.${i}.organization`);
      allowed(rule.organization, `roleMapping.rules.${i}.organization`);
      if (organization && organization.kind !== 'region' && rule.roles.includes('coordinator')) {
        problems.push(`${at}.roleMapping.rules.${i}.roles: only people of a region can be coordinators`);
      }
    });
    return problems;
  }
}

async function privateKeyOf(jwk: NonNullable<OidcProviderConfig['privateKeyJwk']>): Promise<CryptoKey> {
  const key = await importJWK(jwk, jwk.alg ?? (jwk.kty === 'RSA' ? 'RS256' : 'ES256'));
  if (key instanceof Uint8Array) throw new Error('privateKeyJwk must be an RSA or EC private key');
  return key;
}

/** An error's name and message, for the log: never a token or a claim. */
export function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  return `${error.name}${typeof code === 'string' ? ` ${code}` : ''}: ${error.message}`;
}
