import { Body, Controller, Delete, Get, HttpCode, Inject, Ip, Patch, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthenticatedUser } from '../common/auth/authenticated-user.js';
import { CurrentUser } from '../common/auth/current-user.decorator.js';
import { Public } from '../common/auth/public.decorator.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import {
  AccessTokenResponse,
  type AccessTokenView,
  LoginBody,
  MeResponse,
  type MeView,
  UpdateMeBody,
} from './auth.dto.js';
import { AuthService } from './auth.service.js';
import { ApiEndpoint, ApiErrorResponse } from '../common/openapi/api-endpoint.decorator.js';
import { clearedSessionCookie, sessionCookie } from './session-cookie.js';

@ApiTags('auth')
@Controller('api')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('auth/login')
  @ApiEndpoint('public', 'Log in with email and password', { errors: [400, 401] })
  @Public()
  @HttpCode(200)
  @ApiOkResponse({ type: AccessTokenResponse })
  @ApiErrorResponse(429, 'RATE_LIMITED: too many attempts for this email from this address; see Retry-After')
  login(@Body() body: LoginBody, @Ip() ip: string): Promise<AccessTokenView> {
    return this.auth.login(body.email, body.password, ip);
  }

  /** Browser sign-in: sets the httpOnly session cookie (needs the X-Samverkan-Csrf: 1 header). */
  @Post('auth/session')
  @ApiEndpoint('public', 'Sign in a browser: a session cookie', { errors: [400, 401, 403] })
  @Public()
  @HttpCode(200)
  @ApiOkResponse({ type: MeResponse, description: 'Signed in; Set-Cookie: samverkan_session=…' })
  @ApiErrorResponse(429, 'RATE_LIMITED: too many attempts for this email from this address; see Retry-After')
  @ApiErrorResponse(403, 'CSRF_REJECTED: the X-Samverkan-Csrf header is missing or the Origin is not ours')
  async openSession(
    @Body() body: LoginBody,
    @Ip() ip: string,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MeView> {
    const session = await this.auth.openSession(request, body.email, body.password, ip);
    void reply.header(
      'set-cookie',
      sessionCookie(session.sessionToken, this.config.auth.session.secureCookie),
    );
    return session.me;
  }

  /** Logout: ends the server-side session and clears the cookie. */
  @Delete('auth/session')
  @ApiEndpoint('public', 'Sign out a browser: end its session', { errors: [403] })
  @ApiErrorResponse(403, 'CSRF_REJECTED: the X-Samverkan-Csrf header is missing or the Origin is not ours')
  @Public()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Signed out; the cookie is cleared' })
  async endSession(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.auth.endSession(request);
    void reply.header('set-cookie', clearedSessionCookie(this.config.auth.session.secureCookie));
  }

  @Get('me')
  @ApiEndpoint('read', 'The caller: person, organization and roles', { without: [400, 404] })
  @ApiBearerAuth('bearer')
  @ApiOkResponse({ type: MeResponse })
  me(@CurrentUser() user: AuthenticatedUser): Promise<MeView> {
    return this.auth.me(user);
  }

  /** A person saves their own language. */
  @Patch('me')
  @ApiEndpoint('update', "Save the caller's own settings (language)", { without: [404, 409] })
  @ApiBearerAuth('bearer')
  @ApiOkResponse({ type: MeResponse })
  updateMe(@CurrentUser() user: AuthenticatedUser, @Body() body: UpdateMeBody): Promise<MeView> {
    return this.auth.updateMe(user, body);
  }
}
