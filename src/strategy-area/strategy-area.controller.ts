import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../common/auth/authenticated-user.js';
import { CurrentUser } from '../common/auth/current-user.decorator.js';
import { Roles } from '../common/auth/roles.decorator.js';
import { ApiQueryFromDto, ApiUuidParam } from '../common/openapi/api-params.decorator.js';
import { IdParam } from '../common/validation/id-param.dto.js';
import {
  CreateStrategyAreaBody,
  ListStrategyAreasQuery,
  StrategyAreaListResponse,
  StrategyAreaResponse,
  type StrategyAreaView,
  UpdateStrategyAreaBody,
} from './strategy-area.dto.js';
import { StrategyAreaService } from './strategy-area.service.js';
import { ApiEndpoint } from '../common/openapi/api-endpoint.decorator.js';

@ApiTags('strategy-areas')
@ApiBearerAuth('bearer')
@Controller('api/strategy-areas')
export class StrategyAreaController {
  constructor(private readonly areas: StrategyAreaService) {}

  @Get()
  @ApiEndpoint('list', 'List strategy areas')
  @ApiQueryFromDto(ListStrategyAreasQuery)
  @ApiOkResponse({ type: StrategyAreaListResponse })
  list(
    @CurrentUser() user: AuthenticatedUser,
    @Query() query: ListStrategyAreasQuery,
  ): Promise<{ items: StrategyAreaView[] }> {
    return this.areas.list(user, query);
  }

  @Post()
  @ApiEndpoint('create', 'Create a strategy area (admins)')
  @Roles('admin')
  @ApiCreatedResponse({ type: StrategyAreaResponse })
  create(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: CreateStrategyAreaBody,
  ): Promise<StrategyAreaView> {
    return this.areas.create(user, body);
  }

  @Get(':id')
  @ApiEndpoint('read', 'Get a strategy area')
  @ApiUuidParam()
  @ApiOkResponse({ type: StrategyAreaResponse })
  get(@CurrentUser() user: AuthenticatedUser, @Param() params: IdParam): Promise<StrategyAreaView> {
    return this.areas.findVisibleById(user, params.id);
  }

  @Patch(':id')
  @ApiEndpoint('update', 'Change a strategy area (admins)')
  @Roles('admin')
  @ApiUuidParam()
  @ApiOkResponse({ type: StrategyAreaResponse })
  update(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: IdParam,
    @Body() body: UpdateStrategyAreaBody,
  ): Promise<StrategyAreaView> {
    return this.areas.update(user, params.id, body);
  }
}
