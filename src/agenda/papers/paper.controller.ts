import { Controller, Delete, Get, HttpCode, Param, Post, Req, StreamableFile } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user.js';
import { CurrentUser } from '../../common/auth/current-user.decorator.js';
import { ApiContentResponse, ApiEndpoint, BINARY_BODY } from '../../common/openapi/api-endpoint.decorator.js';
import { ApiUuidParam } from '../../common/openapi/api-params.decorator.js';
import { IdParam } from '../../common/validation/id-param.dto.js';
import { AgendaPapers } from './agenda-papers.js';
import { contentDisposition } from './content-disposition.js';
import { PaperResponse, type PaperView, UploadPaperBody } from './paper.dto.js';

@ApiTags('agendas')
@ApiBearerAuth('bearer')
@Controller('api')
export class PaperController {
  constructor(private readonly papers: AgendaPapers) {}

  @Post('agenda-items/:id/papers')
  @ApiEndpoint('create', 'Attach a paper (a file) to an agenda item', {
    errors: [404, 413, 415, 422],
    description:
      'multipart/form-data with one part `file`. The type is read from the content (PDF, Word, Excel, ' +
      'PowerPoint, OpenDocument, PNG, JPEG, GIF, WebP); a name whose extension says another type is refused ' +
      '(422 PAPER_TYPE_MISMATCH), another type 415 PAPER_TYPE_NOT_ALLOWED, over PAPER_MAX_MB 413 ' +
      'PAPER_TOO_LARGE. The agenda’s keepers upload; the proposer to their own undecided proposal.',
  })
  @ApiUuidParam()
  @ApiConsumes('multipart/form-data')
  @ApiBody({ required: true, schema: { $ref: `#/components/schemas/${UploadPaperBody.name}` } })
  @ApiCreatedResponse({ type: PaperResponse })
  upload(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: IdParam,
    @Req() request: FastifyRequest,
  ): Promise<PaperView> {
    return this.papers.upload(user, params.id, request);
  }

  @Get('papers/:id')
  @ApiEndpoint('read', 'Download a paper', {
    description: 'The file as stored, with the media type read from its content at upload.',
  })
  @ApiUuidParam()
  @ApiContentResponse(200, 'The file', { 'application/octet-stream': BINARY_BODY })
  async download(@CurrentUser() user: AuthenticatedUser, @Param() params: IdParam): Promise<StreamableFile> {
    const paper = await this.papers.download(user, params.id);
    return new StreamableFile(paper.body, {
      type: paper.mediaType,
      length: paper.sizeBytes,
      disposition: contentDisposition(paper.name),
    });
  }

  @Delete('papers/:id')
  @ApiEndpoint('delete', 'Remove a paper from its agenda item')
  @HttpCode(204)
  @ApiUuidParam()
  @ApiNoContentResponse()
  remove(@CurrentUser() user: AuthenticatedUser, @Param() params: IdParam): Promise<void> {
    return this.papers.remove(user, params.id);
  }
}
