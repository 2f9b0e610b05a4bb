import { Injectable, Logger } from '@nestjs/common';
import { type JWTVerifyGetKey, createRemoteJWKSet, jwtVerify } from 'jose';
import type { Configuration } from 'openid-client';
import { ServiceUnavailableError, ValidationError } from '../../common/errors/domain-error.js';
import { AuthErrorCode, AuthException } from '../auth.exception.js';
import { SignInError, SignInErrorCode } from './sign-in-error.js';
import type { OidcProviderConfig } from '../../config/oidc-providers.js';
import { BrowserSessionService } from '../browser-session.service.js';
import { OidcProviderRegistry, describe } from './oidc-provider.registry.js';
import { subjectOf } from './provider-claims.js';

const BACKCHANNEL_LOGOUT_EVENT = 'http://schemas.openid.net/event/backchannel-logout';
/** A logout token older than this is refused (it is sent at once). */
const MAX_AGE_SECONDS = 300;

/**
 * OpenID Connect Back-Channel Logout 1.0 (ADR 14): the provider posts a signed logout token when a person
 * signs out there; we end the browser sessions opened from that provider session (`sid`) or, without a sid,
 * every session of the subject.
 */
@Injectable()
export class BackchannelLogoutService {
  private readonly logger = new Logger(BackchannelLogoutService.name);
  private readonly keySets = new Map<string, JWTVerifyGetKey>();

  constructor(
    private readonly registry: OidcProviderRegistry,
    private readonly sessions: BrowserSessionService,
  ) {}

  /**
   * Verifies the logout token and ends its sessions; answers how many ended. Throws VALIDATION_FAILED (400)
   * for a token that is not valid, IDENTITY_PROVIDER_NOT_FOUND (404) for a provider not configured.
   */
  async logOut(providerId: string, logoutToken: string): Promise<{ sessionsEnded: number }> {
    let provider: OidcProviderConfig;
    let configuration: Configuration;
    try {
      provider = this.registry.get(providerId);
      configuration = await this.registry.configuration(provider);
    } catch (error) {
      if (error instanceof SignInError && error.code === SignInErrorCode.UnknownProvider) {
        throw new AuthException(AuthErrorCode.IdentityProviderNotFound);
      }
      throw new ServiceUnavailableError(`the identity provider cannot be reached: ${describe(error)}`);
    }
    const metadata = configuration.serverMetadata();
    if (!metadata.jwks_uri) throw invalid('the provider publishes no keys');
    let keys = this.keySets.get(provider.id);
    if (!keys) {
      keys = createRemoteJWKSet(new URL(metadata.jwks_uri));
      this.keySets.set(provider.id, keys);
    }
    let payload: Record<string, unknown>;
    try {
      ({ payload } = await jwtVerify(logoutToken, keys, {
        issuer: metadata.issuer,
        audience: provider.clientId,
        maxTokenAge: MAX_AGE_SECONDS,
        typ: undefined,
      }));
    } catch (error) {
      this.logger.warn({ provider: provider.id, reason: describe(error) }, 'logout token refused');
      throw invalid('the logout token is not valid');
    }
    const events = payload.events as Record<string, unknown> | undefined;
    if (!events || typeof events !== 'object' || !(BACKCHANNEL_LOGOUT_EVENT in events)) {
      throw invalid('the logout token has no back-channel logout event');
    }
    if ('nonce' in payload) throw invalid('a logout token carries no nonce');
    const sid = typeof payload.sid === 'string' ? payload.sid : undefined;
    const subject = safeSubject(provider, payload);
    if (!sid && !subject) throw invalid('the logout token names neither sid nor sub');
    const sessionsEnded = await this.sessions.endByIdentity(provider.id, { sid, subject });
    this.logger.log({ provider: provider.id, sessionsEnded }, 'back-channel logout');
    return { sessionsEnded };
  }
}

function safeSubject(
  provider: Parameters<typeof subjectOf>[0],
  payload: Record<string, unknown>,
): string | undefined {
  try {
    return subjectOf(provider, payload);
  } catch {
    return undefined;
  }
}

function invalid(message: string): ValidationError {
  return new ValidationError(message);
}
