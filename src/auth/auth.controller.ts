import { Body, Controller, Get, HttpCode, Ip, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../common/auth/authenticated-user.js';
import { CurrentUser } from '../common/auth/current-user.decorator.js';
import { Public } from '../common/auth/public.decorator.js';
import { AccessTokenResponse, type AccessTokenView, LoginBody, MeResponse, type MeView } from './auth.dto.js';
import { AuthService } from './auth.service.js';
import { ApiEndpoint, ApiErrorResponse } from '../common/openapi/api-endpoint.decorator.js';

@ApiTags('auth')
@Controller('api')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('auth/login')
  @ApiEndpoint('public', 'Log in with email and password', { errors: [400, 401] })
  @Public()
  @HttpCode(200)
  @ApiOkResponse({ type: AccessTokenResponse })
  @ApiErrorResponse(429, 'RATE_LIMITED: too many attempts for this email from this address; see Retry-After')
  login(@Body() body: LoginBody, @Ip() ip: string): Promise<AccessTokenView> {
    return this.auth.login(body.email, body.password, ip);
  }

  @Get('me')
  @ApiEndpoint('read', 'The caller: person, organization and roles', { without: [400, 404] })
  @ApiBearerAuth('bearer')
  @ApiOkResponse({ type: MeResponse })
  me(@CurrentUser() user: AuthenticatedUser): Promise<MeView> {
    return this.auth.me(user);
  }
}
