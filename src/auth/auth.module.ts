import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { RateLimitModule } from '../common/rate-limit/rate-limit.module.js';
import { OrganizationModule } from '../organization/organization.module.js';
import { PersonModule } from '../person/person.module.js';
import { AccessTokenService } from './access-token.service.js';
import { AuthController } from './auth.controller.js';
import { AuthGuard } from './auth.guard.js';
import { AuthService } from './auth.service.js';
import { LoginThrottle } from './login-throttle.js';
import { BrowserSessionRepository } from './browser-session.repository.js';
import { BrowserSessionService } from './browser-session.service.js';
import { BackchannelLogoutService } from './oidc/backchannel-logout.service.js';
import { IdentityLinkService } from './oidc/identity-link.service.js';
import { OidcController } from './oidc/oidc.controller.js';
import { OidcProviderRegistry } from './oidc/oidc-provider.registry.js';
import { OidcSignInService } from './oidc/oidc-sign-in.service.js';
import { PersonIdentityRepository } from './oidc/person-identity.repository.js';

/**
 * Login, bearer tokens (ours and an optional OIDC issuer's), browser sessions (cookie), single sign-on through
 * OpenID Connect providers (oidc/, ADR 14) and the global guard. Exports AuthService, whose
 * authenticateAdminRequest(headers) guards routes outside Nest such as /queues.
 */
@Module({
  imports: [PersonModule, OrganizationModule, RateLimitModule],
  controllers: [AuthController, OidcController],
  providers: [
    AccessTokenService,
    LoginThrottle,
    BrowserSessionRepository,
    BrowserSessionService,
    PersonIdentityRepository,
    OidcProviderRegistry,
    IdentityLinkService,
    OidcSignInService,
    BackchannelLogoutService,
    AuthService,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  // LoginThrottle: for any other place that checks a password.
  exports: [AuthService, LoginThrottle],
})
export class AuthModule {}
