import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiConsumes, ApiExcludeEndpoint, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../../common/auth/public.decorator.js';
import { ApiEndpoint } from '../../common/openapi/api-endpoint.decorator.js';
import { ApiPathFromDto } from '../../common/openapi/api-params.decorator.js';
import { BackchannelLogoutService } from './backchannel-logout.service.js';
import {
  BackchannelLogoutBody,
  BackchannelLogoutResponse,
  OidcProviderParam,
  SignInOptionsResponse,
  type SignInOptionsView,
} from './oidc.dto.js';
import { type BrowserRedirect, OidcSignInService } from './oidc-sign-in.service.js';

/** Single sign-on (ADR 14). The login and callback are browser navigations (302), not API operations. */
@ApiTags('auth')
@Controller('api/auth')
export class OidcController {
  constructor(
    private readonly signIn: OidcSignInService,
    private readonly backchannel: BackchannelLogoutService,
  ) {}

  @Get('sign-in-options')
  @ApiEndpoint('public', 'How a person may sign in: password and the identity providers')
  @Public()
  @ApiOkResponse({ type: SignInOptionsResponse })
  options(): SignInOptionsView {
    return this.signIn.signInOptions();
  }

  /** Starts a single sign-on: 302 to the provider (or to /login?error=… when it cannot be reached). */
  @Get('oidc/:provider/login')
  @ApiExcludeEndpoint()
  @Public()
  async login(
    @Param('provider') provider: string,
    @Query('next') next: unknown,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    redirect(reply, await this.signIn.begin(provider, next));
  }

  /** The provider's answer: 302 into the web app signed in, or to /login?error=… with the reason. */
  @Get('oidc/:provider/callback')
  @ApiExcludeEndpoint()
  @Public()
  async callback(
    @Param('provider') provider: string,
    @Query() query: Record<string, unknown>,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    redirect(reply, await this.signIn.complete(provider, query, request.headers.cookie));
  }

  @Post('oidc/:provider/backchannel-logout')
  @ApiEndpoint('public', 'Back-channel logout from an identity provider (a signed logout token)', {
    errors: [400, 404],
  })
  @ApiPathFromDto(OidcProviderParam)
  @ApiConsumes('application/x-www-form-urlencoded')
  @Public()
  @HttpCode(200)
  @ApiOkResponse({ type: BackchannelLogoutResponse })
  async backchannelLogout(
    @Param() params: OidcProviderParam,
    @Body() body: BackchannelLogoutBody,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<{ sessionsEnded: number }> {
    void reply.header('cache-control', 'no-store');
    return this.backchannel.logOut(params.provider, body.logout_token);
  }
}

function redirect(reply: FastifyReply, target: BrowserRedirect): void {
  void reply
    .status(302)
    .header('location', target.location)
    .header('cache-control', 'no-store')
    .header('set-cookie', target.cookies)
    .send();
}
