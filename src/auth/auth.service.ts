import type { IncomingHttpHeaders } from 'node:http';
import { Injectable, Logger } from '@nestjs/common';
import { type AuthenticatedUser, hasRole } from '../common/auth/authenticated-user.js';
import { verifyPassword } from '../common/auth/password.js';
import { DomainError, UnauthenticatedError } from '../common/errors/domain-error.js';
import { OrganizationService } from '../organization/organization.service.js';
import { PersonService } from '../person/person.service.js';
import { AccessTokenService } from './access-token.service.js';
import type { AccessTokenView, MeView } from './auth.dto.js';
import { AuthErrorCode, AuthException } from './auth.exception.js';
import { LoginThrottle } from './login-throttle.js';

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    private readonly people: PersonService,
    private readonly organizations: OrganizationService,
    private readonly tokens: AccessTokenService,
    private readonly throttle: LoginThrottle,
  ) {}

  async login(email: string, password: string, ip: string): Promise<AccessTokenView> {
    const personId = await this.verifyCredentials(email, password, ip);
    const token = await this.tokens.issue(personId);
    return { accessToken: token.accessToken, tokenType: 'Bearer', expiresIn: token.expiresIn };
  }

  /** The caller behind a bearer token (ours or the external issuer's); throws AuthException (401). */
  async authenticateToken(token: string): Promise<AuthenticatedUser> {
    const subject = await this.tokens.verify(token);
    const user = await this.people.findAuthenticatedUser(
      subject.kind === 'person' ? { id: subject.personId } : { email: subject.email },
    );
    if (!user) throw new AuthException(AuthErrorCode.InvalidToken);
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
   * admin, by bearer token or HTTP Basic (admin email and password, throttled like a login). Never throws.
   */
  async authenticateAdminRequest(headers: IncomingHttpHeaders, ip = 'unknown'): Promise<boolean> {
    try {
      const header = headers.authorization ?? '';
      const basic = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header);
      if (basic) {
        const decoded = Buffer.from(basic[1], 'base64').toString('utf8');
        const colon = decoded.indexOf(':');
        if (colon < 1) return false;
        const personId = await this.verifyCredentials(decoded.slice(0, colon), decoded.slice(colon + 1), ip);
        const user = await this.people.findAuthenticatedUser({ id: personId });
        return user !== null && hasRole(user, 'admin');
      }
      const user = await this.authenticateAuthorizationHeader(header);
      return hasRole(user, 'admin');
    } catch (error) {
      if (!(error instanceof DomainError)) this.logger.warn({ err: error }, 'admin check failed');
      return false;
    }
  }

  async me(user: AuthenticatedUser): Promise<MeView> {
    const [person, organization] = await Promise.all([
      this.people.findVisibleById(user, user.personId),
      this.organizations.findVisibleById(user, user.organizationId),
    ]);
    return { ...person, organization, regionId: user.regionId };
  }

  /** The person id for a right email and password; throttled per (email, IP). */
  private async verifyCredentials(email: string, password: string, ip: string): Promise<string> {
    const normalizedEmail = email.trim().toLowerCase();
    await this.throttle.registerAttempt(normalizedEmail, ip);
    const credentials = await this.people.findCredentialsByEmail(normalizedEmail);
    // Unknown person, disabled login or no password: verified against a dummy hash, so it takes as long.
    const usable = credentials?.loginEnabled ? credentials.passwordHash : null;
    const valid = await verifyPassword(usable, password);
    if (!valid || !credentials) throw new AuthException(AuthErrorCode.InvalidCredentials);
    await this.throttle.reset(normalizedEmail, ip);
    return credentials.id;
  }
}
