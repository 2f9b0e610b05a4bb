import { Body, Controller, Get, HttpCode, Param, Post, Put, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AuthenticatedUser } from '../common/auth/authenticated-user.js';
import { CurrentUser } from '../common/auth/current-user.decorator.js';
import { Roles } from '../common/auth/roles.decorator.js';
import { ApiUuidParam } from '../common/openapi/api-params.decorator.js';
import { IdParam } from '../common/validation/id-param.dto.js';
import {
  type AdjusterOptionsView,
  AdjusterOptionsResponse,
  ApproveMinutesBody,
  MinutesResponse,
  MinutesRevisionsResponse,
  type MinutesRevisionView,
  type MinutesView,
  PutMinutesBody,
  ReopenMinutesBody,
  ReturnMinutesBody,
  SubmitMinutesBody,
} from './minutes.dto.js';
import { MinutesPdfs } from './document/minutes-pdfs.js';
import { MinutesEditor } from './editing/minutes-editor.js';
import { MinutesDecisions } from './review/minutes-decisions.js';
import { MinutesLock } from './review/minutes-lock.js';
import { MinutesSubmission } from './review/minutes-submission.js';
import { MinutesViews } from './view/minutes-views.js';
import { ApiContentResponse, ApiEndpoint, BINARY_BODY } from '../common/openapi/api-endpoint.decorator.js';

@ApiTags('minutes')
@ApiBearerAuth('bearer')
@Controller('api/meetings')
export class MinutesController {
  constructor(
    private readonly views: MinutesViews,
    private readonly editor: MinutesEditor,
    private readonly submission: MinutesSubmission,
    private readonly decisions: MinutesDecisions,
    private readonly locks: MinutesLock,
    private readonly pdfs: MinutesPdfs,
  ) {}

  @Get(':id/minutes')
  @ApiEndpoint('read', 'Get a meeting’s minutes')
  @ApiUuidParam()
  @ApiOkResponse({ type: MinutesResponse })
  get(@CurrentUser() user: AuthenticatedUser, @Param() params: IdParam): Promise<MinutesView> {
    return this.views.get(user, params.id);
  }

  @Put(':id/minutes')
  @ApiEndpoint('update', 'Write a meeting’s minutes')
  @Roles('admin', 'coordinator', 'secretary')
  @ApiUuidParam()
  @ApiOkResponse({ type: MinutesResponse })
  put(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: IdParam,
    @Body() body: PutMinutesBody,
  ): Promise<MinutesView> {
    return this.editor.put(user, params.id, body);
  }

  @Get(':id/minutes/revisions')
  @ApiEndpoint('read', 'List the revisions of a meeting’s minutes')
  @ApiUuidParam()
  @ApiOkResponse({ type: MinutesRevisionsResponse })
  revisions(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: IdParam,
  ): Promise<{ items: MinutesRevisionView[] }> {
    return this.views.revisions(user, params.id);
  }

  @Get(':id/minutes/adjuster-options')
  @ApiEndpoint('read', 'Whom the minutes may go to for approval, and the agreement’s adjusters')
  @Roles('admin', 'coordinator', 'secretary')
  @ApiUuidParam()
  @ApiOkResponse({ type: AdjusterOptionsResponse })
  adjusterOptions(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: IdParam,
  ): Promise<AdjusterOptionsView> {
    return this.submission.adjusterOptions(user, params.id);
  }

  @Post(':id/minutes/submit')
  @ApiEndpoint('command', 'Send the minutes to the adjusters for approval')
  @HttpCode(200)
  @Roles('admin', 'coordinator', 'secretary')
  @ApiUuidParam()
  @ApiOkResponse({ type: MinutesResponse })
  submit(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: IdParam,
    @Body() body: SubmitMinutesBody,
  ): Promise<MinutesView> {
    return this.submission.submit(user, params.id, body);
  }

  @Post(':id/minutes/approve')
  @ApiEndpoint('command', 'Approve the minutes as an adjuster')
  @HttpCode(200)
  @ApiUuidParam()
  @ApiOkResponse({ type: MinutesResponse })
  approve(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: IdParam,
    @Body() body: ApproveMinutesBody,
  ): Promise<MinutesView> {
    return this.decisions.approve(user, params.id, body);
  }

  @Post(':id/minutes/return')
  @ApiEndpoint('command', 'Return the minutes to the secretary with a comment')
  @HttpCode(200)
  @ApiUuidParam()
  @ApiOkResponse({ type: MinutesResponse })
  returnMinutes(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: IdParam,
    @Body() body: ReturnMinutesBody,
  ): Promise<MinutesView> {
    return this.decisions.returnMinutes(user, params.id, body);
  }

  @Post(':id/minutes/reopen')
  @ApiEndpoint('command', 'Reopen locked minutes, with a reason')
  @HttpCode(200)
  @Roles('admin', 'coordinator', 'secretary')
  @ApiUuidParam()
  @ApiOkResponse({ type: MinutesResponse })
  reopen(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: IdParam,
    @Body() body: ReopenMinutesBody,
  ): Promise<MinutesView> {
    return this.locks.reopen(user, params.id, body);
  }

  @Get(':id/minutes.pdf')
  @ApiEndpoint('read', 'The minutes as a PDF')
  @ApiUuidParam()
  @ApiContentResponse(200, 'The minutes as a PDF', { 'application/pdf': BINARY_BODY })
  async pdf(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: IdParam,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const { filename, content } = await this.pdfs.forUser(user, params.id);
    void reply.headers({
      'content-type': 'application/pdf',
      'content-disposition': `inline; filename="${filename}"`,
      'cache-control': 'private, no-store',
    });
    return content;
  }
}
