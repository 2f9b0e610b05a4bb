import { Controller, Get, Header, Headers, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AuthenticatedUser } from '../common/auth/authenticated-user.js';
import { CurrentUser } from '../common/auth/current-user.decorator.js';
import { Roles } from '../common/auth/roles.decorator.js';
import { ApiQueryFromDto, ApiUuidParam } from '../common/openapi/api-params.decorator.js';
import { IdParam } from '../common/validation/id-param.dto.js';
import {
  CountyOverviewCsvQuery,
  CountyOverviewQuery,
  CountyOverviewResponse,
  type OrganizationOverviewDetail,
  OrganizationOverviewResponse,
} from './overview.dto.js';
import { OverviewService } from './overview.service.js';
import { ApiContentResponse, ApiEndpoint, TEXT_BODY } from '../common/openapi/api-endpoint.decorator.js';

const CSV_TYPE = 'text/csv; charset=utf-8';

@ApiTags('overview')
@ApiBearerAuth('bearer')
@Controller('api')
export class OverviewController {
  constructor(private readonly overview: OverviewService) {}

  /** The JSON is serialized and encoded once per computation and sent as is (OverviewService.countyJson). */
  @Get('overview')
  @ApiEndpoint('list', 'The county overview, as JSON or CSV')
  @Roles('admin', 'coordinator')
  @ApiQueryFromDto(CountyOverviewQuery)
  @ApiContentResponse(200, 'JSON, or CSV with format=csv (as GET /api/overview.csv)', {
    'application/json': CountyOverviewResponse,
    'text/csv': TEXT_BODY,
  })
  async county(
    @CurrentUser() user: AuthenticatedUser,
    @Query() query: CountyOverviewQuery,
    @Headers('accept-encoding') acceptEncoding: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string | Buffer> {
    if (query.format === 'csv') {
      csvHeaders(reply);
      return this.overview.countyCsv(user, query);
    }
    const body = await this.overview.countyJson(user, query);
    reply.header('content-type', 'application/json; charset=utf-8');
    reply.header('vary', 'accept-encoding');
    if (!acceptsGzip(acceptEncoding)) return body.json;
    reply.header('content-encoding', 'gzip');
    return body.gzip();
  }

  @Get('overview.csv')
  @ApiEndpoint('list', 'The county overview as CSV (Swedish Excel)')
  @Roles('admin', 'coordinator')
  @ApiQueryFromDto(CountyOverviewCsvQuery)
  @ApiContentResponse(200, 'UTF-8 with BOM, semicolon-separated (Swedish Excel)', { 'text/csv': TEXT_BODY })
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
  @ApiEndpoint('read', 'The overview of one municipality, or of the region itself (kind region)')
  @ApiUuidParam()
  @ApiOkResponse({ type: OrganizationOverviewResponse })
  organization(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: IdParam,
  ): Promise<OrganizationOverviewDetail> {
    return this.overview.forOrganization(user, params.id);
  }
}

/** True unless the client refuses gzip (`gzip;q=0`) or does not name it (nor `*`). */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  for (const part of header.toLowerCase().split(',')) {
    const [coding, ...parameters] = part.trim().split(';');
    if (coding !== 'gzip' && coding !== '*') continue;
    const q = parameters.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  }
  return false;
}

function csvHeaders(reply: FastifyReply): void {
  const date = new Date().toISOString().slice(0, 10);
  reply.header('content-type', CSV_TYPE);
  reply.header('content-disposition', `attachment; filename="samverkan-oversikt-${date}.csv"`);
  reply.header('cache-control', 'private, no-store');
}
