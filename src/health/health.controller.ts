import { Controller, Get, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../common/auth/public.decorator.js';
import { Roles } from '../common/auth/roles.decorator.js';
import { ApiEndpoint } from '../common/openapi/api-endpoint.decorator.js';
import { HealthReportResponse, LivenessResponse, ReadinessResponse } from './health.dto.js';
import { type HealthReport, HealthService, type LivenessView, type ReadinessView } from './health.service.js';

/**
 * Probes for orchestrators and load balancers (public, nothing in them a stranger could use) and the
 * detailed report for admins (queue names, workers, backlog, latencies).
 */
@ApiTags('operations')
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Public()
  @Get('live')
  @ApiEndpoint('public', 'Liveness: the process answers; asks neither PostgreSQL nor Redis')
  @ApiOkResponse({ type: LivenessResponse })
  live(): LivenessView {
    return this.health.liveness();
  }

  @Public()
  @Get('ready')
  @ApiEndpoint('public', 'Readiness: PostgreSQL and Redis answer')
  @ApiOkResponse({ type: ReadinessResponse })
  @ApiServiceUnavailableResponse({ type: ReadinessResponse, description: 'PostgreSQL or Redis is down' })
  ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<ReadinessView> {
    return this.readiness(reply);
  }

  /** The same as /health/ready, at the address existing probes use. */
  @Public()
  @Get()
  @ApiEndpoint('public', 'Readiness, as /health/ready')
  @ApiOkResponse({ type: ReadinessResponse })
  @ApiServiceUnavailableResponse({ type: ReadinessResponse, description: 'PostgreSQL or Redis is down' })
  check(@Res({ passthrough: true }) reply: FastifyReply): Promise<ReadinessView> {
    return this.readiness(reply);
  }

  @Get('details')
  @Roles('admin')
  @ApiBearerAuth('bearer')
  @ApiEndpoint('public', 'Health of the database, Redis and the queues, for admins', { errors: [401] })
  @ApiOkResponse({ type: HealthReportResponse })
  @ApiServiceUnavailableResponse({ type: HealthReportResponse, description: 'The database or Redis is down' })
  async details(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthReport> {
    const report = await this.health.report();
    void reply.status(report.status === 'ok' ? 200 : 503);
    return report;
  }

  private async readiness(reply: FastifyReply): Promise<ReadinessView> {
    const view = await this.health.readiness();
    void reply.status(view.status === 'ok' ? 200 : 503);
    return view;
  }
}
