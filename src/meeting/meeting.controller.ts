import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../common/auth/authenticated-user.js';
import { CurrentUser } from '../common/auth/current-user.decorator.js';
import { Roles } from '../common/auth/roles.decorator.js';
import { ApiQueryFromDto, ApiUuidParam } from '../common/openapi/api-params.decorator.js';
import { IdParam } from '../common/validation/id-param.dto.js';
import type { Page } from '../common/validation/zod-dto.js';
import {
  AddMeetingGuestBody,
  CancelMeetingBody,
  CreateMeetingBody,
  ListMeetingsQuery,
  MeetingPageResponse,
  MeetingResponse,
  type MeetingView,
  UpdateMeetingBody,
} from './meeting.dto.js';
import { MeetingChanges } from './changes/meeting-changes.js';
import { MeetingCreation } from './creation/meeting-creation.js';
import { MeetingReads } from './reads/meeting-reads.js';
import { ApiEndpoint } from '../common/openapi/api-endpoint.decorator.js';

@ApiTags('meetings')
@ApiBearerAuth('bearer')
@Controller('api/meetings')
export class MeetingController {
  constructor(
    private readonly meetings: MeetingReads,
    private readonly creation: MeetingCreation,
    private readonly changes: MeetingChanges,
  ) {}

  @Get()
  @ApiEndpoint('list', 'List meetings (filter by municipality, period, status)')
  @ApiQueryFromDto(ListMeetingsQuery)
  @ApiOkResponse({ type: MeetingPageResponse })
  list(
    @CurrentUser() user: AuthenticatedUser,
    @Query() query: ListMeetingsQuery,
  ): Promise<Page<MeetingView>> {
    return this.meetings.list(user, query);
  }

  @Post()
  @ApiEndpoint('create', 'Create a meeting')
  @Roles('admin', 'coordinator', 'secretary')
  @ApiCreatedResponse({ type: MeetingResponse })
  create(@CurrentUser() user: AuthenticatedUser, @Body() body: CreateMeetingBody): Promise<MeetingView> {
    return this.creation.create(user, body);
  }

  @Get(':id')
  @ApiEndpoint('read', 'Get a meeting')
  @ApiUuidParam()
  @ApiOkResponse({ type: MeetingResponse })
  get(@CurrentUser() user: AuthenticatedUser, @Param() params: IdParam): Promise<MeetingView> {
    return this.meetings.findVisibleById(user, params.id);
  }

  @Patch(':id')
  @ApiEndpoint('update', 'Change a meeting (time, place, participants, status)')
  @Roles('admin', 'coordinator', 'secretary')
  @ApiUuidParam()
  @ApiOkResponse({ type: MeetingResponse })
  update(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: IdParam,
    @Body() body: UpdateMeetingBody,
  ): Promise<MeetingView> {
    return this.changes.update(user, params.id, body);
  }

  @Post(':id/guests')
  @ApiEndpoint('create', 'Invite a guest by name and email to this meeting only', {
    errors: [404],
    description:
      'The guest gets the calendar invitation and, once approved, the public minutes by email; they never ' +
      'sign in. The same email again is the same guest (name and role updated, re-invited if removed). ' +
      'Remove a guest by leaving them out of PATCH participants.',
  })
  @Roles('admin', 'coordinator', 'secretary')
  @ApiUuidParam()
  @ApiCreatedResponse({ type: MeetingResponse })
  addGuest(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: IdParam,
    @Body() body: AddMeetingGuestBody,
  ): Promise<MeetingView> {
    return this.changes.addGuest(user, params.id, body);
  }

  @Post(':id/cancel')
  @ApiEndpoint('command', 'Cancel a meeting: every participant gets a CANCEL')
  @HttpCode(200)
  @Roles('admin', 'coordinator', 'secretary')
  @ApiUuidParam()
  @ApiOkResponse({ type: MeetingResponse })
  cancel(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: IdParam,
    @Body() body: CancelMeetingBody,
  ): Promise<MeetingView> {
    return this.changes.cancel(user, params.id, body);
  }
}
