import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../common/auth/authenticated-user.js';
import { CurrentUser } from '../common/auth/current-user.decorator.js';
import { Roles } from '../common/auth/roles.decorator.js';
import { ApiQueryFromDto, ApiUuidParam } from '../common/openapi/api-params.decorator.js';
import { IdParam } from '../common/validation/id-param.dto.js';
import type { Page } from '../common/validation/zod-dto.js';
import {
  CreateOrganizationBody,
  ListOrganizationsQuery,
  OrganizationPageResponse,
  OrganizationResponse,
  type OrganizationView,
  UpdateOrganizationBody,
} from './organization.dto.js';
import { OrganizationService } from './organization.service.js';
import { ApiEndpoint } from '../common/openapi/api-endpoint.decorator.js';

@ApiTags('organizations')
@ApiBearerAuth('bearer')
@Controller('api/organizations')
export class OrganizationController {
  constructor(private readonly organizations: OrganizationService) {}

  @Get()
  @ApiEndpoint('list', 'List organizations')
  @ApiQueryFromDto(ListOrganizationsQuery)
  @ApiOkResponse({ type: OrganizationPageResponse })
  list(
    @CurrentUser() user: AuthenticatedUser,
    @Query() query: ListOrganizationsQuery,
  ): Promise<Page<OrganizationView>> {
    return this.organizations.list(user, query);
  }

  @Post()
  @ApiEndpoint('create', 'Create an organization (admins)')
  @Roles('admin')
  @ApiCreatedResponse({ type: OrganizationResponse })
  create(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: CreateOrganizationBody,
  ): Promise<OrganizationView> {
    return this.organizations.create(user, body);
  }

  @Get(':id')
  @ApiEndpoint('read', 'Get an organization')
  @ApiUuidParam()
  @ApiOkResponse({ type: OrganizationResponse })
  get(@CurrentUser() user: AuthenticatedUser, @Param() params: IdParam): Promise<OrganizationView> {
    return this.organizations.findVisibleById(user, params.id);
  }

  @Patch(':id')
  @ApiEndpoint('update', 'Change an organization')
  @Roles('admin', 'coordinator')
  @ApiUuidParam()
  @ApiOkResponse({ type: OrganizationResponse })
  update(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: IdParam,
    @Body() body: UpdateOrganizationBody,
  ): Promise<OrganizationView> {
    return this.organizations.update(user, params.id, body);
  }
}
