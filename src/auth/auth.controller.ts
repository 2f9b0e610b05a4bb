import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Inject,
  Ip,
  Param,
  Patch,
  Post,
  Req,
  Res,
} from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthenticatedUser } from '../common/auth/authenticated-user.js';
import { CurrentUser } from '../common/auth/current-user.decorator.js';
import { Public } from '../common/auth/public.decorator.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import {
  AccessTokenResponse,
  type AccessTokenView,
  ForgotPasswordBody,
  ForgotPasswordResponse,
  type ForgotPasswordView,
  LoginBody,
  PasswordLinkResponse,
  PasswordLinkTokenParam,
  SetPasswordBody,
  MeResponse,
  type MeView,
  UpdateMeBody,
} from './auth.dto.js';
import { AuthService } from './auth.service.js';
import { ApiEndpoint, ApiErrorResponse } from '../common/openapi/api-endpoint.decorator.js';
import { ApiPathFromDto } from '../common/openapi/api-params.decorator.js';
import type { PasswordLinkView } from './auth.dto.js';
import { clearedSessionCookie, sessionCookie } from './session-cookie.js';
import { SignOutResponse, type SignOutView } from './oidc/oidc.dto.js';

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

  /** Logout: ends the server-side session and clears the cookie; for a single sign-on, where to end the provider's. */
  @Delete('auth/session')
  @ApiEndpoint('public', 'Sign out a browser: end its session', { errors: [403] })
  @ApiErrorResponse(403, 'CSRF_REJECTED: the X-Samverkan-Csrf header is missing or the Origin is not ours')
  @Public()
  @HttpCode(200)
  @ApiOkResponse({
    type: SignOutResponse,
    description:
      "Signed out; the cookie is cleared. providerLogoutUrl: go there to end the provider's session too",
  })
  async endSession(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SignOutView> {
    const signedOut = await this.auth.endSession(request);
    void reply.header('set-cookie', clearedSessionCookie(this.config.auth.session.secureCookie));
    return signedOut;
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

  /** Emails a reset link when the address is known; the same answer (202) whatever the address. */
  @Post('auth/password/forgot')
  @ApiEndpoint('public', 'Forgot password: email a reset link', { errors: [400] })
  @ApiErrorResponse(429, 'RATE_LIMITED: too many requests for this email from this address; see Retry-After')
  @Public()
  @HttpCode(202)
  @ApiAcceptedResponse({
    type: ForgotPasswordResponse,
    description: 'Accepted; a reset link is emailed if the address may sign in',
  })
  forgotPassword(@Body() body: ForgotPasswordBody, @Ip() ip: string): Promise<ForgotPasswordView> {
    return this.auth.forgotPassword(body.email, ip);
  }

  /** What the set-password page shows for its link. */
  @Get('auth/password/tokens/:token')
  @ApiEndpoint('public', 'Look up a set-password or reset link', { errors: [400, 404, 410] })
  @ApiPathFromDto(PasswordLinkTokenParam)
  @Public()
  @ApiOkResponse({ type: PasswordLinkResponse })
  describePasswordLink(@Param() params: PasswordLinkTokenParam): Promise<PasswordLinkView> {
    return this.auth.describePasswordLink(params.token);
  }

  /** Sets the password through the link (single use); ends every session and token of the person. */
  @Post('auth/password/tokens/:token')
  @ApiEndpoint('public', 'Set a password through a set-password or reset link', {
    errors: [400, 404, 410],
  })
  @ApiPathFromDto(PasswordLinkTokenParam)
  @Public()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The password is set; every session and token of the person ended' })
  setPasswordByLink(@Param() params: PasswordLinkTokenParam, @Body() body: SetPasswordBody): Promise<void> {
    return this.auth.setPasswordByLink(params.token, body.password);
  }
}
