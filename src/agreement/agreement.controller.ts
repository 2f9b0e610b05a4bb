import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../common/auth/authenticated-user.js';
import { CurrentUser } from '../common/auth/current-user.decorator.js';
import { Roles } from '../common/auth/roles.decorator.js';
import { ApiQueryFromDto, ApiUuidParam } from '../common/openapi/api-params.decorator.js';
import { IdParam } from '../common/validation/id-param.dto.js';
import {
  type AgreementDetailView,
  AgreementQuery,
  AgreementResponse,
  AgreementVersionsResponse,
  PutAgreementBody,
} from './agreement.dto.js';
import { AgreementService } from './agreement.service.js';
import { ApiEndpoint } from '../common/openapi/api-endpoint.decorator.js';

@ApiTags('agreements')
@ApiBearerAuth('bearer')
@Controller('api/organizations/:id/agreement')
export class AgreementController {
  constructor(private readonly agreements: AgreementService) {}

  @Get()
  @ApiEndpoint('read', 'Get a municipality’s agreement (the current or a given version)')
  @ApiUuidParam()
  @ApiQueryFromDto(AgreementQuery)
  @ApiOkResponse({ type: AgreementResponse })
  get(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: IdParam,
    @Query() query: AgreementQuery,
  ): Promise<AgreementDetailView> {
    return this.agreements.findVisible(user, params.id, query);
  }

  @Get('versions')
  @ApiEndpoint('read', 'List every version of a municipality’s agreement')
  @ApiUuidParam()
  @ApiOkResponse({ type: AgreementVersionsResponse })
  versions(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: IdParam,
  ): Promise<{ items: AgreementDetailView[] }> {
    return this.agreements.listVersions(user, params.id);
  }

  @Put()
  @ApiEndpoint('update', 'Write a new version of a municipality’s agreement')
  @Roles('admin', 'coordinator')
  @ApiUuidParam()
  @ApiOkResponse({ type: AgreementResponse })
  put(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: IdParam,
    @Body() body: PutAgreementBody,
  ): Promise<AgreementDetailView> {
    return this.agreements.put(user, params.id, body);
  }
}
