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

/**
 * Login, bearer tokens (ours and an optional OIDC issuer's), browser sessions (cookie) and the global guard. Exports AuthService, whose
 * authenticateAdminRequest(headers) guards routes outside Nest such as /queues.
 */
@Module({
  imports: [PersonModule, OrganizationModule, RateLimitModule],
  controllers: [AuthController],
  providers: [
    AccessTokenService,
    LoginThrottle,
    BrowserSessionRepository,
    BrowserSessionService,
    AuthService,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  // LoginThrottle: for any other place that checks a password.
  exports: [AuthService, LoginThrottle],
})
export class AuthModule {}
