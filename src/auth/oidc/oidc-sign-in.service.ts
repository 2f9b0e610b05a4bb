import { Inject, Injectable, Logger } from '@nestjs/common';
import * as oidc from 'openid-client';
import type { AppConfig } from '../../config/app-config.js';
import type { OidcProviderConfig } from '../../config/oidc-providers.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { BrowserSessionService } from '../browser-session.service.js';
import { readCookie, sessionCookie } from '../session-cookie.js';
import { IdentityLinkService } from './identity-link.service.js';
import { OidcProviderRegistry, describe } from './oidc-provider.registry.js';
import type { Claims } from './provider-claims.js';
import { SignInError, SignInErrorCode } from './sign-in-error.js';
import {
  SIGN_IN_STATE_COOKIE,
  SIGN_IN_STATE_SECONDS,
  SignInStateSealer,
  clearedSignInStateCookie,
  safeReturnPath,
  signInStateCookie,
} from './sign-in-state.js';

/** Where a browser goes next, with the cookies to set on the way. */
export interface BrowserRedirect {
  location: string;
  cookies: string[];
}

/** What the provider answers when the person cancels or refuses at its pages. */
const REFUSALS = new Set(['access_denied', 'consent_required', 'interaction_required', 'login_required']);

/**
 * Single sign-on for the web app (ADR 14): the authorization code flow with PKCE, state and nonce through
 * openid-client. The sign-in's secrets travel in a sealed cookie; a sign-in that succeeds opens the same
 * browser session as a password (ADR 10); one that fails lands on the login page with a code the page says
 * in words (never JSON).
 */
@Injectable()
export class OidcSignInService {
  private readonly logger = new Logger(OidcSignInService.name);
  private readonly sealer: SignInStateSealer;

  constructor(
    private readonly registry: OidcProviderRegistry,
    private readonly links: IdentityLinkService,
    private readonly sessions: BrowserSessionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.sealer = new SignInStateSealer(config.auth.jwtSecret);
  }

  /** The providers the login page offers, each with the address that starts its sign-in. */
  signInOptions(): {
    passwordLogin: boolean;
    providers: Array<{ id: string; name: string; signInUrl: string }>;
  } {
    return {
      passwordLogin: this.config.auth.passwordLogin,
      providers: this.registry.list().map((provider) => ({
        id: provider.id,
        name: provider.name,
        signInUrl: `/api/auth/oidc/${provider.id}/login`,
      })),
    };
  }

  /** Sends the browser to the provider's authorization endpoint with a fresh state, nonce and PKCE challenge. */
  async begin(providerId: string, next: unknown): Promise<BrowserRedirect> {
    try {
      const provider = this.registry.get(providerId);
      const configuration = await this.registry.configuration(provider);
      const codeVerifier = oidc.randomPKCECodeVerifier();
      const state = oidc.randomState();
      const nonce = oidc.randomNonce();
      const url = oidc.buildAuthorizationUrl(configuration, {
        redirect_uri: provider.redirectUri,
        scope: provider.scopes.join(' '),
        code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
        state,
        nonce,
      });
      const sealed = this.sealer.seal({
        provider: provider.id,
        state,
        nonce,
        codeVerifier,
        returnTo: safeReturnPath(next),
        expiresAt: Date.now() + SIGN_IN_STATE_SECONDS * 1000,
      });
      return { location: url.href, cookies: [signInStateCookie(sealed, this.secure)] };
    } catch (error) {
      return this.failure(providerId, error, []);
    }
  }

  /**
   * The provider's answer: checks state (the browser's own sign-in), exchanges the code with the PKCE
   * verifier, checks the ID token (signature, issuer, audience, expiry, nonce), finds the person and opens
   * a browser session. The sign-in cookie is cleared whatever happens: a code is used once.
   */
  async complete(
    providerId: string,
    query: Record<string, unknown>,
    cookieHeader: string | undefined,
  ): Promise<BrowserRedirect> {
    const cleared = [clearedSignInStateCookie(this.secure)];
    try {
      const provider = this.registry.get(providerId);
      const callbackUrl = new URL(provider.redirectUri);
      for (const [name, value] of Object.entries(query)) {
        if (typeof value === 'string') callbackUrl.searchParams.set(name, value);
      }
      const error = callbackUrl.searchParams.get('error');
      if (error) {
        throw new SignInError(
          REFUSALS.has(error) ? SignInErrorCode.ConsentRefused : SignInErrorCode.SignInFailed,
          `the provider answered ${error.slice(0, 40)}`,
        );
      }
      const stored = this.sealer.open(readCookie(cookieHeader, SIGN_IN_STATE_COOKIE));
      if (
        !stored ||
        stored.provider !== provider.id ||
        stored.state !== callbackUrl.searchParams.get('state')
      ) {
        throw new SignInError(SignInErrorCode.StateMismatch, stored ? 'state differs' : 'no sign-in state');
      }
      const configuration = await this.registry.configuration(provider);
      const tokens = await oidc.authorizationCodeGrant(configuration, callbackUrl, {
        pkceCodeVerifier: stored.codeVerifier,
        expectedState: stored.state,
        expectedNonce: stored.nonce,
        idTokenExpected: true,
      });
      const claims = await this.claimsOf(provider, configuration, tokens);
      const { person, subject } = await this.links.signInPerson(provider, claims);
      const sessionToken = await this.sessions.open(person.id, person.credentialsVersion, {
        provider: provider.id,
        subject,
        sid: typeof claims.sid === 'string' ? claims.sid : null,
        idToken: tokens.id_token ?? null,
      });
      this.logger.log({ provider: provider.id, personId: person.id }, 'single sign-on');
      return {
        location: `${this.config.http.publicUrl}${stored.returnTo}`,
        cookies: [...cleared, sessionCookie(sessionToken, this.secure)],
      };
    } catch (error) {
      return this.failure(providerId, error, cleared);
    }
  }

  /** Where RP-initiated logout sends the browser for a session opened through a provider, if it offers it. */
  async providerLogoutUrl(identity: { provider: string; idToken: string | null }): Promise<string | null> {
    try {
      const provider = this.registry.get(identity.provider);
      const configuration = await this.registry.configuration(provider);
      if (!configuration.serverMetadata().end_session_endpoint) return null;
      return oidc.buildEndSessionUrl(configuration, {
        post_logout_redirect_uri: `${this.config.http.publicUrl}/login`,
        client_id: provider.clientId,
        ...(identity.idToken ? { id_token_hint: identity.idToken } : {}),
      }).href;
    } catch (error) {
      this.logger.warn({ provider: identity.provider, err: describe(error) }, 'no provider logout');
      return null;
    }
  }

  private async claimsOf(
    provider: OidcProviderConfig,
    configuration: oidc.Configuration,
    tokens: Awaited<ReturnType<typeof oidc.authorizationCodeGrant>>,
  ): Promise<Claims> {
    const idToken = tokens.claims();
    if (!idToken) throw new SignInError(SignInErrorCode.SignInFailed, 'no ID token');
    if (!provider.userinfo) return { ...idToken };
    const userinfo = await oidc.fetchUserInfo(configuration, tokens.access_token, idToken.sub);
    return { ...userinfo, ...idToken };
  }

  private failure(providerId: string, error: unknown, cookies: string[]): BrowserRedirect {
    const code = classify(error);
    this.logger.warn(
      { provider: providerId.slice(0, 40), code, reason: describe(error) },
      'single sign-on refused',
    );
    return { location: `${this.config.http.publicUrl}/login?error=${code}`, cookies };
  }

  private get secure(): boolean {
    return this.config.auth.session.secureCookie;
  }
}

/** The code a failed sign-in shows: the provider's refusals by their kind, a provider that is down apart. */
export function classify(error: unknown): SignInErrorCode {
  if (error instanceof SignInError) return error.code;
  if (error instanceof oidc.AuthorizationResponseError) {
    return REFUSALS.has(error.error) ? SignInErrorCode.ConsentRefused : SignInErrorCode.SignInFailed;
  }
  if (error instanceof oidc.ResponseBodyError) {
    return error.status >= 500 ? SignInErrorCode.ProviderUnavailable : SignInErrorCode.SignInFailed;
  }
  if (isUnreachable(error)) return SignInErrorCode.ProviderUnavailable;
  return SignInErrorCode.SignInFailed;
}

function isUnreachable(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current instanceof Error && depth < 5; depth += 1) {
    if (current.name === 'AbortError' || current.name === 'TimeoutError') return true;
    if (current instanceof TypeError && current.message === 'fetch failed') return true;
    const code = (current as { code?: unknown }).code;
    if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'ETIMEDOUT' || code === 'ECONNRESET')
      return true;
    if (code === 'OAUTH_RESPONSE_IS_NOT_CONFORM') {
      const status = (current.cause as { status?: unknown } | undefined)?.status;
      if (typeof status === 'number' && status >= 500) return true;
    }
    current = current.cause;
  }
  return false;
}
