import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../common/auth/authenticated-user.js';
import { CurrentUser } from '../common/auth/current-user.decorator.js';
import { Roles } from '../common/auth/roles.decorator.js';
import { ApiQueryFromDto, ApiUuidParam } from '../common/openapi/api-params.decorator.js';
import { IdParam } from '../common/validation/id-param.dto.js';
import type { Page } from '../common/validation/zod-dto.js';
import {
  ActionPageResponse,
  ActionResponse,
  type ActionDetailView,
  type ActionView,
  CreateActionBody,
  ListActionsQuery,
  UpdateActionBody,
} from './action.dto.js';
import { ActionCreation } from './editing/action-creation.js';
import { ActionEditor } from './editing/action-editor.js';
import { ActionViews } from './view/action-views.js';
import { ApiEndpoint } from '../common/openapi/api-endpoint.decorator.js';

@ApiTags('actions')
@ApiBearerAuth('bearer')
@Controller('api/actions')
export class ActionController {
  constructor(
    private readonly views: ActionViews,
    private readonly creation: ActionCreation,
    private readonly editor: ActionEditor,
  ) {}

  @Get()
  @ApiEndpoint('list', 'List actions')
  @ApiQueryFromDto(ListActionsQuery)
  @ApiOkResponse({ type: ActionPageResponse })
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: ListActionsQuery): Promise<Page<ActionView>> {
    return this.views.list(user, query);
  }

  @Post()
  @ApiEndpoint('create', 'Create an action', { errors: [404] })
  @Roles('admin', 'coordinator', 'secretary')
  @ApiCreatedResponse({ type: ActionResponse })
  create(@CurrentUser() user: AuthenticatedUser, @Body() body: CreateActionBody): Promise<ActionDetailView> {
    return this.creation.create(user, body);
  }

  @Get(':id')
  @ApiEndpoint('read', 'Get an action with its history')
  @ApiUuidParam()
  @ApiOkResponse({ type: ActionResponse })
  get(@CurrentUser() user: AuthenticatedUser, @Param() params: IdParam): Promise<ActionDetailView> {
    return this.views.findVisibleById(user, params.id);
  }

  /** Owners change status and comment on their own; see checkActionUpdate for who changes the rest. */
  @Patch(':id')
  @ApiEndpoint('update', 'Change an action (owners: status and comment)')
  @ApiUuidParam()
  @ApiOkResponse({ type: ActionResponse })
  update(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: IdParam,
    @Body() body: UpdateActionBody,
  ): Promise<ActionDetailView> {
    return this.editor.update(user, params.id, body);
  }
}
