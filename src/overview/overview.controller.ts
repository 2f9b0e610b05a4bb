import { Controller, Get, Header, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AuthenticatedUser } from '../common/auth/authenticated-user.js';
import { CurrentUser } from '../common/auth/current-user.decorator.js';
import { Roles } from '../common/auth/roles.decorator.js';
import { ApiQueryFromDto, ApiUuidParam } from '../common/openapi/api-params.decorator.js';
import { IdParam } from '../common/validation/id-param.dto.js';
import {
  type CountyOverview,
  CountyOverviewCsvQuery,
  CountyOverviewQuery,
  CountyOverviewResponse,
  type MunicipalityOverviewDetail,
  MunicipalityOverviewResponse,
} from './overview.dto.js';
import { OverviewService } from './overview.service.js';

const CSV_TYPE = 'text/csv; charset=utf-8';

@ApiTags('overview')
@ApiBearerAuth('bearer')
@Controller('api')
export class OverviewController {
  constructor(private readonly overview: OverviewService) {}

  @Get('overview')
  @Roles('admin', 'coordinator')
  @ApiQueryFromDto(CountyOverviewQuery)
  @ApiOkResponse({ type: CountyOverviewResponse })
  async county(
    @CurrentUser() user: AuthenticatedUser,
    @Query() query: CountyOverviewQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CountyOverview | string> {
    if (query.format === 'csv') {
      csvHeaders(reply);
      return this.overview.countyCsv(user, query);
    }
    return this.overview.county(user, query);
  }

  @Get('overview.csv')
  @Roles('admin', 'coordinator')
  @ApiQueryFromDto(CountyOverviewCsvQuery)
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description: 'UTF-8 with BOM, semicolon-separated (Swedish Excel)',
    schema: { type: 'string' },
  })
  @Header('content-type', CSV_TYPE)
  @Header('cache-control', 'private, no-store')
  countyCsv(
    @CurrentUser() user: AuthenticatedUser,
    @Query() query: CountyOverviewCsvQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    csvHeaders(reply);
    return this.overview.countyCsv(user, query);
  }

  @Get('overview/organizations/:id')
  @ApiUuidParam()
  @ApiOkResponse({ type: MunicipalityOverviewResponse })
  organization(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: IdParam,
  ): Promise<MunicipalityOverviewDetail> {
    return this.overview.forOrganization(user, params.id);
  }
}

function csvHeaders(reply: FastifyReply): void {
  const date = new Date().toISOString().slice(0, 10);
  reply.header('content-type', CSV_TYPE);
  reply.header('content-disposition', `attachment; filename="samverkan-oversikt-${date}.csv"`);
  reply.header('cache-control', 'private, no-store');
}
