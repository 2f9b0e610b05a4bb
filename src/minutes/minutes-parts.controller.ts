import { Body, Controller, Delete, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AuthenticatedUser } from '../common/auth/authenticated-user.js';
import { CurrentUser } from '../common/auth/current-user.decorator.js';
import { Roles } from '../common/auth/roles.decorator.js';
import { ApiEndpoint } from '../common/openapi/api-endpoint.decorator.js';
import { ApiQueryFromDto, ApiUuidParam } from '../common/openapi/api-params.decorator.js';
import { IdParam } from '../common/validation/id-param.dto.js';
import { MinutesPartEditor } from './editing/minutes-part-editor.js';
import {
  DeleteMinutesActionQuery,
  MinutesActionParams,
  MinutesActionPartResponse,
  type MinutesActionView,
  MinutesAttendancePartResponse,
  type MinutesAttendancePartView,
  MinutesItemParams,
  MinutesItemPartResponse,
  type MinutesItemView,
  PostMinutesActionBody,
  PutMinutesActionBody,
  PutMinutesAttendanceBody,
  PutMinutesItemBody,
  PutMinutesItemSecrecyBody,
} from './minutes.dto.js';

const PART_CONFLICT =
  'Each write names the version of its part it started from (baseVersion): another answers 409 MINUTES_PART_CONFLICT with the current part in details.current, unless the body equals it (then 200: a retry). Locked minutes answer 409 MINUTES_LOCKED, minutes with the adjusters 409 MINUTES_UNDER_REVIEW.';

/** One part of the minutes at a time (#15): an item's notes and decisions, the attendance, one action. */
@ApiTags('minutes')
@ApiBearerAuth('bearer')
@Controller('api/meetings')
@Roles('admin', 'coordinator', 'secretary')
export class MinutesPartsController {
  constructor(private readonly parts: MinutesPartEditor) {}

  @Put(':id/minutes/items/:agendaItemId')
  @ApiEndpoint('update', 'Save one agenda item’s notes and decisions in the minutes', {
    description: PART_CONFLICT,
  })
  @ApiUuidParam()
  @ApiUuidParam('agendaItemId')
  @ApiOkResponse({ type: MinutesItemPartResponse })
  saveItem(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: MinutesItemParams,
    @Body() body: PutMinutesItemBody,
  ): Promise<MinutesItemView> {
    return this.parts.saveItem(user, params.id, params.agendaItemId, body);
  }

  @Put(':id/minutes/items/:agendaItemId/secrecy')
  @ApiEndpoint(
    'update',
    'Mark one minutes entry restricted on a secrecy ground, or let it follow its agenda item',
    {
      description:
        'A discussion that turned confidential: restricted needs a ground of the region’s active list (400 SECRECY_GROUND_REQUIRED, SECRECY_GROUND_UNKNOWN); public with a ground is 400 SECRECY_GROUND_WITHOUT_RESTRICTION, and an entry whose agenda item is restricted stays so (400 SECRECY_GROUND_FROM_AGENDA). The public PDF, the informed copy and the archive print the entry as its marking from then on. No baseVersion: the marking does not change the version of the item’s text. Locked minutes answer 409 MINUTES_LOCKED, minutes with the adjusters 409 MINUTES_UNDER_REVIEW.',
    },
  )
  @ApiUuidParam()
  @ApiUuidParam('agendaItemId')
  @ApiOkResponse({ type: MinutesItemPartResponse })
  saveItemSecrecy(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: MinutesItemParams,
    @Body() body: PutMinutesItemSecrecyBody,
  ): Promise<MinutesItemView> {
    return this.parts.saveItemSecrecy(user, params.id, params.agendaItemId, body);
  }

  @Put(':id/minutes/attendance')
  @ApiEndpoint('update', 'Save the attendance and guests of the minutes', { description: PART_CONFLICT })
  @ApiUuidParam()
  @ApiOkResponse({ type: MinutesAttendancePartResponse })
  saveAttendance(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: IdParam,
    @Body() body: PutMinutesAttendanceBody,
  ): Promise<MinutesAttendancePartView> {
    return this.parts.saveAttendance(user, params.id, body);
  }

  @Post(':id/minutes/actions')
  @ApiEndpoint('create', 'Add an action to the minutes (proposed in /api/actions until they lock)', {
    description:
      'The client chooses the id: a retry with the same id and content answers 200 with the action, not a second one; the same id with other content answers 409 MINUTES_PART_CONFLICT.',
    errors: [404],
  })
  @ApiUuidParam()
  @ApiCreatedResponse({ type: MinutesActionPartResponse })
  @ApiOkResponse({ type: MinutesActionPartResponse, description: 'A retry: the action was there already' })
  async addAction(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: IdParam,
    @Body() body: PostMinutesActionBody,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MinutesActionView> {
    const { created, action } = await this.parts.addAction(user, params.id, body);
    void reply.status(created ? 201 : 200);
    return action;
  }

  @Put(':id/minutes/actions/:actionId')
  @ApiEndpoint('update', 'Change an action of the minutes', { description: PART_CONFLICT })
  @ApiUuidParam()
  @ApiUuidParam('actionId')
  @ApiOkResponse({ type: MinutesActionPartResponse })
  updateAction(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: MinutesActionParams,
    @Body() body: PutMinutesActionBody,
  ): Promise<MinutesActionView> {
    return this.parts.updateAction(user, params.id, params.actionId, body);
  }

  @Delete(':id/minutes/actions/:actionId')
  @ApiEndpoint('delete', 'Strike an action from the minutes (and its proposed action)', {
    description: `An action already gone answers 204. ${PART_CONFLICT}`,
  })
  @HttpCode(204)
  @ApiUuidParam()
  @ApiUuidParam('actionId')
  @ApiQueryFromDto(DeleteMinutesActionQuery)
  @ApiNoContentResponse({ description: 'Struck (or not there)' })
  deleteAction(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: MinutesActionParams,
    @Query() query: DeleteMinutesActionQuery,
  ): Promise<void> {
    return this.parts.deleteAction(user, params.id, params.actionId, query.baseVersion);
  }
}
