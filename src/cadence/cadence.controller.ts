import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../common/auth/authenticated-user.js';
import { CurrentUser } from '../common/auth/current-user.decorator.js';
import { ApiQueryFromDto, ApiUuidParam } from '../common/openapi/api-params.decorator.js';
import { IdParam } from '../common/validation/id-param.dto.js';
import { CadenceListQuery, CadenceListResponse, CadenceResponse, type CadenceView } from './cadence.dto.js';
import { CadenceService } from './cadence.service.js';
import { ApiEndpoint } from '../common/openapi/api-endpoint.decorator.js';

@ApiTags('cadence')
@ApiBearerAuth('bearer')
@Controller('api')
export class CadenceController {
  constructor(private readonly cadence: CadenceService) {}

  @Get('cadence')
  @ApiEndpoint('list', 'Cadence compliance of every visible municipality')
  @ApiQueryFromDto(CadenceListQuery)
  @ApiOkResponse({ type: CadenceListResponse })
  list(
    @CurrentUser() user: AuthenticatedUser,
    @Query() query: CadenceListQuery,
  ): Promise<{ today: string; items: CadenceView[] }> {
    return this.cadence.list(user, query);
  }

  @Get('organizations/:id/cadence')
  @ApiEndpoint('read', 'Cadence compliance of one municipality')
  @ApiUuidParam()
  @ApiOkResponse({ type: CadenceResponse })
  get(@CurrentUser() user: AuthenticatedUser, @Param() params: IdParam): Promise<CadenceView> {
    return this.cadence.findVisible(user, params.id);
  }
}
