import { Body, Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AuthenticatedUser } from '../common/auth/authenticated-user.js';
import { CurrentUser } from '../common/auth/current-user.decorator.js';
import { Roles } from '../common/auth/roles.decorator.js';
import { ApiContentResponse, ApiEndpoint, BINARY_BODY } from '../common/openapi/api-endpoint.decorator.js';
import { ApiUuidParam } from '../common/openapi/api-params.decorator.js';
import { IdParam } from '../common/validation/id-param.dto.js';
import {
  EraseGuestBody,
  ErasePersonBody,
  ErasureResponse,
  GuestEmailBody,
  GuestErasureResponse,
  type GuestErasureView,
  GuestPersonalDataResponse,
  type GuestPersonalDataView,
  PersonalDataResponse,
  type PersonalDataView,
} from './personal-data.dto.js';
import type { ErasureCounts } from './erasure.repository.js';
import { ErasureService } from './erasure.service.js';
import { PersonalDataService } from './personal-data.service.js';

function sendPdf(reply: FastifyReply, file: { filename: string; content: Buffer }): Buffer {
  void reply.headers({
    'content-type': 'application/pdf',
    'content-disposition': `attachment; filename="${file.filename}"`,
    'cache-control': 'private, no-store',
  });
  return file.content;
}

/** A person's data (GDPR art. 15 and 20): their own for everyone, anyone's in scope for admins. */
@ApiTags('privacy')
@ApiBearerAuth('bearer')
@Controller('api')
export class PrivacyController {
  constructor(
    private readonly personalData: PersonalDataService,
    private readonly erasure: ErasureService,
  ) {}

  @Get('me/personal-data')
  @ApiEndpoint('read', 'Everything Samverkan holds about the caller (JSON)', { without: [404] })
  @ApiOkResponse({ type: PersonalDataResponse })
  mine(@CurrentUser() user: AuthenticatedUser): Promise<PersonalDataView> {
    return this.personalData.forSelf(user);
  }

  @Get('me/personal-data.pdf')
  @ApiEndpoint('read', 'Everything Samverkan holds about the caller, as a readable PDF', { without: [404] })
  @ApiContentResponse(200, 'The caller’s personal data as a PDF', { 'application/pdf': BINARY_BODY })
  async minePdf(
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    return sendPdf(reply, await this.personalData.pdf(user, null));
  }

  @Get('people/:id/personal-data')
  @ApiEndpoint('read', 'Everything Samverkan holds about a person (admins; JSON)')
  @Roles('admin')
  @ApiUuidParam()
  @ApiOkResponse({ type: PersonalDataResponse })
  person(@CurrentUser() user: AuthenticatedUser, @Param() params: IdParam): Promise<PersonalDataView> {
    return this.personalData.forPerson(user, params.id);
  }

  @Get('people/:id/personal-data.pdf')
  @ApiEndpoint('read', 'Everything Samverkan holds about a person, as a readable PDF (admins)')
  @Roles('admin')
  @ApiUuidParam()
  @ApiContentResponse(200, 'The person’s data as a PDF', { 'application/pdf': BINARY_BODY })
  async personPdf(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: IdParam,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    return sendPdf(reply, await this.personalData.pdf(user, params.id));
  }

  @Post('people/:id/erase')
  @ApiEndpoint(
    'command',
    'Erase a person’s data (GDPR art. 17; admins): contact data, login and email bodies go, the name becomes a pseudonym, public records keep what they said',
  )
  @HttpCode(200)
  @Roles('admin')
  @ApiUuidParam()
  @ApiOkResponse({ type: ErasureResponse })
  erase(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: IdParam,
    @Body() body: ErasePersonBody,
  ): Promise<ErasureCounts> {
    return this.erasure.erase(user, params.id, body.reason);
  }

  // A guest's address goes in the body, not the path: URLs end up in logs, personal data must not.
  @Post('guests/personal-data')
  @ApiEndpoint(
    'command',
    'Everything Samverkan holds about a guest of one or more meetings, found by the email they were invited with (admins; JSON)',
    { without: [404, 409] },
  )
  @HttpCode(200)
  @Roles('admin')
  @ApiOkResponse({ type: GuestPersonalDataResponse })
  guest(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: GuestEmailBody,
  ): Promise<GuestPersonalDataView> {
    return this.personalData.forGuest(user, body.email);
  }

  @Post('guests/personal-data.pdf')
  @ApiEndpoint(
    'command',
    'Everything Samverkan holds about a guest, found by the email they were invited with, as one readable PDF covering every meeting (admins)',
    { without: [404, 409] },
  )
  @HttpCode(200)
  @Roles('admin')
  @ApiContentResponse(200, 'The guest’s data as a PDF', { 'application/pdf': BINARY_BODY })
  async guestPdf(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: GuestEmailBody,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    return sendPdf(reply, await this.personalData.guestPdf(user, body.email));
  }

  @Post('guests/erase')
  @ApiEndpoint(
    'command',
    'Erase a guest’s data (GDPR art. 17; admins), found by the email they were invited with: name and email become a pseudonym on every meeting, email bodies and RSVP links go, public records keep what they said',
    { without: [409] },
  )
  @HttpCode(200)
  @Roles('admin')
  @ApiOkResponse({ type: GuestErasureResponse })
  eraseGuest(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: EraseGuestBody,
  ): Promise<GuestErasureView> {
    return this.erasure.eraseGuest(user, body.email, body.reason);
  }
}
