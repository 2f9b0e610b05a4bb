import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../common/auth/authenticated-user.js';
import { CurrentUser } from '../common/auth/current-user.decorator.js';
import { Roles } from '../common/auth/roles.decorator.js';
import { ApiContentResponse, ApiEndpoint, BINARY_BODY } from '../common/openapi/api-endpoint.decorator.js';
import { ApiQueryFromDto } from '../common/openapi/api-params.decorator.js';
import {
  PublicRecordsManifestResponse,
  type PublicRecordsManifest,
  PublicRecordsQuery,
} from './public-records.dto.js';
import { PublicRecordsService } from './public-records.service.js';

const SCOPE =
  'For the region’s coordinators and admins, for municipalities of their own region (another id answers 404 ' +
  'PUBLIC_RECORDS_ORGANIZATION_NOT_FOUND). ' +
  'Meetings by their start in Europe/Stockholm, both days included; at most 5 years ' +
  '(PUBLIC_RECORDS_PERIOD_TOO_LONG, PUBLIC_RECORDS_PERIOD_REVERSED).';

/** A public records request (utlämnande av allmänna handlingar): what it holds, and the zip. */
@ApiTags('public-records')
@ApiBearerAuth('bearer')
@Controller('api/public-records')
export class PublicRecordsController {
  constructor(private readonly records: PublicRecordsService) {}

  @Get()
  @ApiEndpoint('read', 'What a public records export of a period and municipalities would hold', {
    description: `The manifest of the export, without its files: nothing is rendered nor audited. ${SCOPE}`,
  })
  @Roles('admin', 'coordinator')
  @ApiQueryFromDto(PublicRecordsQuery)
  @ApiOkResponse({ type: PublicRecordsManifestResponse })
  preview(
    @CurrentUser() user: AuthenticatedUser,
    @Query() query: PublicRecordsQuery,
  ): Promise<PublicRecordsManifest> {
    return this.records.preview(user, query);
  }

  @Get('export')
  @ApiEndpoint('read', 'Export the public versions of agendas, minutes and proposals as one zip', {
    description:
      'manifest.json, forteckning.html (Swedish) and a folder per meeting: the published agenda, the locked ' +
      'minutes’ public version (never a draft) and each proposal a municipality sent, restricted parts ' +
      `replaced by "Sekretess enligt <ground>". Streamed; audited (public_records.export). ${SCOPE}`,
  })
  @Roles('admin', 'coordinator')
  @ApiQueryFromDto(PublicRecordsQuery)
  @ApiContentResponse(200, 'The export as a zip', { 'application/zip': BINARY_BODY })
  async export(
    @CurrentUser() user: AuthenticatedUser,
    @Query() query: PublicRecordsQuery,
  ): Promise<StreamableFile> {
    const download = await this.records.export(user, query);
    return new StreamableFile(download.body, {
      type: 'application/zip',
      disposition: `attachment; filename="${download.filename}"`,
    });
  }
}
