import { Controller, Get, Param, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user.js';
import { CurrentUser } from '../../common/auth/current-user.decorator.js';
import { Roles } from '../../common/auth/roles.decorator.js';
import { ApiContentResponse, ApiEndpoint, BINARY_BODY } from '../../common/openapi/api-endpoint.decorator.js';
import { ApiUuidParam } from '../../common/openapi/api-params.decorator.js';
import { IdParam } from '../../common/validation/id-param.dto.js';
import { ArchivePackageParams, ArchivePackagesResponse, type ArchivePackagesView } from './archive.dto.js';
import { ArchivePackages } from './archive-packages.js';

@ApiTags('minutes')
@ApiBearerAuth('bearer')
@Controller('api/meetings')
export class ArchiveController {
  constructor(private readonly packages: ArchivePackages) {}

  @Get(':id/archive-packages')
  @ApiEndpoint('read', 'List the archive packages of a meeting’s locked minutes', {
    description:
      'One package per locked revision (E-ARK CSIP/SIP, FGS Paketstruktur), the latest first, with its ' +
      'delivery to the registry. For the region’s coordinators, secretaries and admins (403 ' +
      'MINUTES_ARCHIVE_REGION_ONLY for a municipality’s).',
  })
  @Roles('admin', 'coordinator', 'secretary')
  @ApiUuidParam()
  @ApiOkResponse({ type: ArchivePackagesResponse })
  list(@CurrentUser() user: AuthenticatedUser, @Param() params: IdParam): Promise<ArchivePackagesView> {
    return this.packages.list(user, params.id);
  }

  @Get(':id/archive-packages/:revision')
  @ApiEndpoint('read', 'Download the archive package of one locked revision', {
    description:
      'The zip as stored when the minutes locked: METS.xml, metadata/ and representations/rep1/data/.',
  })
  @Roles('admin', 'coordinator', 'secretary')
  @ApiUuidParam()
  @ApiParam({ name: 'revision', required: true, schema: { type: 'integer', minimum: 1 } })
  @ApiContentResponse(200, 'The package as a zip', { 'application/zip': BINARY_BODY })
  async download(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: ArchivePackageParams,
  ): Promise<StreamableFile> {
    const found = await this.packages.download(user, params.id, params.revision);
    return new StreamableFile(found.body, {
      type: 'application/zip',
      length: found.sizeBytes,
      disposition: `attachment; filename="${found.filename}"`,
    });
  }
}
