import type { IncomingHttpHeaders } from 'node:http';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { type AuthenticatedUser, hasRole } from '../common/auth/authenticated-user.js';
import { verifyPassword } from '../common/auth/password.js';
import { DomainError, RateLimitedError, UnauthenticatedError } from '../common/errors/domain-error.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { PersonCredentials } from '../person/person.repository.js';
import { OrganizationService } from '../organization/organization.service.js';
import { PersonService } from '../person/person.service.js';
import { AccessTokenService } from './access-token.service.js';
import type {
  AccessTokenView,
  ForgotPasswordView,
  MeView,
  PasswordLinkView,
  UpdateMeInput,
} from './auth.dto.js';
import { AuthErrorCode, AuthException } from './auth.exception.js';
import { LoginThrottle } from './login-throttle.js';
import { BrowserSessionService } from './browser-session.service.js';
import type { SignOutView } from './oidc/oidc.dto.js';
import { OidcSignInService } from './oidc/oidc-sign-in.service.js';
import { assertSameOriginRequest, readSessionCookie } from './session-cookie.js';

/** What a request brings to be authenticated: its method (for the CSRF check) and headers. */
export interface RequestCredentials {
  method: string;
  headers: IncomingHttpHeaders;
}

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);
  /** PUBLIC_URL's origin: the only `Origin` a cookie-authenticated change may come from. */
  private readonly publicOrigin: string;

  constructor(
    private readonly people: PersonService,
    private readonly organizations: OrganizationService,
    private readonly tokens: AccessTokenService,
    private readonly throttle: LoginThrottle,
    private readonly sessions: BrowserSessionService,
    private readonly signIns: OidcSignInService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.publicOrigin = new URL(config.http.publicUrl).origin;
  }

  async login(email: string, password: string, ip: string): Promise<AccessTokenView> {
    const credentials = await this.verifyCredentials(email, password, ip);
    const token = await this.tokens.issue(credentials.id, credentials.credentialsVersion);
    return { accessToken: token.accessToken, tokenType: 'Bearer', expiresIn: token.expiresIn };
  }

  /**
   * Browser sign-in: opens a server-side session and returns the cookie's value with the caller's profile.
   * Guarded against login CSRF like any change through the cookie.
   */
  async openSession(
    request: RequestCredentials,
    email: string,
    password: string,
    ip: string,
  ): Promise<{ sessionToken: string; me: MeView }> {
    assertSameOriginRequest(request.method, request.headers, this.publicOrigin);
    const credentials = await this.verifyCredentials(email, password, ip);
    const sessionToken = await this.sessions.open(credentials.id, credentials.credentialsVersion);
    const user = await this.sessions.findPerson(sessionToken);
    if (!user) throw new AuthException(AuthErrorCode.InvalidCredentials);
    return { sessionToken, me: await this.me(user) };
  }

  /**
   * Logout: ends the session of the request's cookie, if it has one. A session opened through a provider
   * answers the provider's end-session address (RP-initiated logout), where the browser goes next.
   */
  async endSession(request: RequestCredentials): Promise<SignOutView> {
    const token = readSessionCookie(request.headers.cookie);
    if (token === undefined) return { providerLogoutUrl: null };
    assertSameOriginRequest(request.method, request.headers, this.publicOrigin);
    const identity = await this.sessions.end(token);
    return { providerLogoutUrl: identity ? await this.signIns.providerLogoutUrl(identity) : null };
  }

  /**
   * The caller of an /api request: by bearer token when there is an `Authorization` header (API clients, as
   * before), else by the session cookie, whose unsafe requests must pass the CSRF check. A session is looked
   * up for every request (nothing cached), so one that ended is refused at once.
   */
  async authenticateRequest(request: RequestCredentials): Promise<AuthenticatedUser> {
    const authorization = request.headers.authorization;
    if (authorization !== undefined) return this.authenticateAuthorizationHeader(authorization);
    const sessionToken = readSessionCookie(request.headers.cookie);
    if (sessionToken === undefined) {
      throw new UnauthenticatedError('Sign in, or send a bearer token (Authorization: Bearer …)');
    }
    assertSameOriginRequest(request.method, request.headers, this.publicOrigin);
    const user = await this.sessions.findPerson(sessionToken);
    if (!user) throw new UnauthenticatedError('The session has ended; sign in again');
    return user;
  }

  /**
   * The caller behind a bearer token (ours or the external issuer's); throws AuthException (401). Our own
   * tokens end when the person's credentials version moves on (password, disable, roles, organization),
   * seen by this process at once and by others within AUTH_USER_CACHE_MS.
   */
  async authenticateToken(token: string): Promise<AuthenticatedUser> {
    const subject = await this.tokens.verify(token);
    const user = await this.people.findAuthenticatedUser(
      subject.kind === 'person' ? { id: subject.personId } : { email: subject.email },
    );
    if (!user) throw new AuthException(AuthErrorCode.InvalidToken);
    if (subject.kind === 'person' && subject.credentialsVersion !== user.credentialsVersion) {
      throw new AuthException(AuthErrorCode.InvalidToken);
    }
    return user;
  }

  /** The bearer token of an `Authorization` header value; throws UNAUTHENTICATED when there is none. */
  authenticateAuthorizationHeader(header: string | undefined): Promise<AuthenticatedUser> {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
    if (!match) {
      return Promise.reject(new UnauthenticatedError('A bearer token is required (Authorization: Bearer …)'));
    }
    return this.authenticateToken(match[1]);
  }

  /**
   * For routes outside Nest (the /queues dashboard, /docs in production): whether a raw request carries an
   * admin, by bearer token or HTTP Basic (admin email and password, throttled like a login). Throws only
   * RateLimitedError (Basic credentials guessed at too often), for a 429.
   */
  async authenticateAdminRequest(headers: IncomingHttpHeaders, ip = 'unknown'): Promise<boolean> {
    try {
      const header = headers.authorization ?? '';
      const basic = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header);
      if (basic) {
        const decoded = Buffer.from(basic[1], 'base64').toString('utf8');
        const colon = decoded.indexOf(':');
        if (colon < 1) return false;
        const credentials = await this.verifyCredentials(
          decoded.slice(0, colon),
          decoded.slice(colon + 1),
          ip,
        );
        const user = await this.people.findAuthenticatedUser({ id: credentials.id });
        return user !== null && hasRole(user, 'admin');
      }
      const user = await this.authenticateAuthorizationHeader(header);
      return hasRole(user, 'admin');
    } catch (error) {
      if (error instanceof RateLimitedError) throw error;
      if (!(error instanceof DomainError)) this.logger.warn({ err: error }, 'admin check failed');
      return false;
    }
  }

  /**
   * "Forgot password": throttled like a login (LoginThrottle): per email with the growing back-off, under
   * an account key of its own, and per address together with login attempts. The answer is the same, and
   * as quick, whether or not the address is known (the email goes out after it).
   */
  async forgotPassword(email: string, ip: string): Promise<ForgotPasswordView> {
    this.assertPasswordLogin();
    const normalizedEmail = email.trim().toLowerCase();
    await this.throttle.check(`password-reset:${normalizedEmail}`, ip);
    this.people.requestPasswordReset(normalizedEmail);
    return { message: 'If the address may sign in, a link to choose a new password is on its way' };
  }

  describePasswordLink(token: string): Promise<PasswordLinkView> {
    return this.people.describePasswordLink(token);
  }

  setPasswordByLink(token: string, password: string): Promise<void> {
    return this.people.setPasswordByLink(token, password);
  }

  /** A person saves their own settings (today: the language of the app and of their emails). */
  async updateMe(user: AuthenticatedUser, input: UpdateMeInput): Promise<MeView> {
    await this.people.update(user, user.personId, { locale: input.locale });
    return this.me(user);
  }

  async me(user: AuthenticatedUser): Promise<MeView> {
    const [person, organization] = await Promise.all([
      this.people.findVisibleById(user, user.personId),
      this.organizations.findVisibleById(user, user.organizationId),
    ]);
    return { ...person, organization, regionId: user.regionId };
  }

  /** PASSWORD_LOGIN=false: people sign in through an identity provider only (ADR 14). */
  private assertPasswordLogin(): void {
    if (!this.config.auth.passwordLogin) throw new AuthException(AuthErrorCode.PasswordLoginDisabled);
  }

  /**
   * The person for a right email and password (login, browser session, Basic auth); throttled per account
   * and per address (LoginThrottle).
   */
  private async verifyCredentials(email: string, password: string, ip: string): Promise<PersonCredentials> {
    this.assertPasswordLogin();
    const normalizedEmail = email.trim().toLowerCase();
    await this.throttle.check(normalizedEmail, ip);
    const credentials = await this.people.findCredentialsByEmail(normalizedEmail);
    // Unknown person, disabled login or no password: verified against a dummy hash, so it takes as long.
    const usable = credentials?.loginEnabled ? credentials.passwordHash : null;
    const valid = await verifyPassword(usable, password);
    if (!valid || !credentials) {
      this.throttle.recordFailure(normalizedEmail, ip);
      throw new AuthException(AuthErrorCode.InvalidCredentials);
    }
    await this.throttle.recordSuccess(normalizedEmail, ip);
    return credentials;
  }
}
