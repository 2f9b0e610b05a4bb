import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '../common/auth/roles.decorator.js';
import { ApiQueryFromDto } from '../common/openapi/api-params.decorator.js';
import type { Page } from '../common/validation/zod-dto.js';
import { AuditEntryPageResponse, type AuditEntryView, AuditLogQuery } from './audit.dto.js';
import { AuditService } from './audit.service.js';
import { ApiEndpoint } from '../common/openapi/api-endpoint.decorator.js';

@ApiTags('audit')
@ApiBearerAuth('bearer')
@Controller('api/audit-log')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @ApiEndpoint('list', 'List the audit log (admins)')
  @Roles('admin')
  @ApiQueryFromDto(AuditLogQuery)
  @ApiOkResponse({ type: AuditEntryPageResponse })
  list(@Query() query: AuditLogQuery): Promise<Page<AuditEntryView>> {
    return this.audit.list(query);
  }
}
