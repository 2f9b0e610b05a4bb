import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../common/auth/authenticated-user.js';
import { CurrentUser } from '../common/auth/current-user.decorator.js';
import { Roles } from '../common/auth/roles.decorator.js';
import { ApiEndpoint } from '../common/openapi/api-endpoint.decorator.js';
import { ApiQueryFromDto, ApiUuidParam } from '../common/openapi/api-params.decorator.js';
import { IdParam } from '../common/validation/id-param.dto.js';
import {
  CreateSecrecyGroundBody,
  ListSecrecyGroundsQuery,
  SecrecyGroundListResponse,
  SecrecyGroundResponse,
  type SecrecyGroundView,
  UpdateSecrecyGroundBody,
} from './secrecy-ground.dto.js';
import { SecrecyGroundService } from './secrecy-ground.service.js';

@ApiTags('secrecy-grounds')
@ApiBearerAuth('bearer')
@Controller('api/secrecy-grounds')
export class SecrecyGroundController {
  constructor(private readonly grounds: SecrecyGroundService) {}

  @Get()
  @ApiEndpoint('list', 'List the secrecy grounds (OSL) a restricted item may carry')
  @ApiQueryFromDto(ListSecrecyGroundsQuery)
  @ApiOkResponse({ type: SecrecyGroundListResponse })
  list(
    @CurrentUser() user: AuthenticatedUser,
    @Query() query: ListSecrecyGroundsQuery,
  ): Promise<{ items: SecrecyGroundView[] }> {
    return this.grounds.list(user, query);
  }

  @Post()
  @ApiEndpoint('create', "Add a secrecy ground to a region's list (admins)")
  @Roles('admin')
  @ApiCreatedResponse({ type: SecrecyGroundResponse })
  create(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: CreateSecrecyGroundBody,
  ): Promise<SecrecyGroundView> {
    return this.grounds.create(user, body);
  }

  @Patch(':id')
  @ApiEndpoint('update', 'Describe, reorder or deactivate a secrecy ground (admins)')
  @Roles('admin')
  @ApiUuidParam()
  @ApiOkResponse({ type: SecrecyGroundResponse })
  update(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: IdParam,
    @Body() body: UpdateSecrecyGroundBody,
  ): Promise<SecrecyGroundView> {
    return this.grounds.update(user, params.id, body);
  }
}
