import { Body, Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../common/auth/public.decorator.js';
import { HTTP_STATUS_BY_KIND } from '../common/errors/http-status.js';
import type { Locale } from '../person/person.entity.js';
import {
  APPROVAL_PAGE_HEADERS,
  renderApprovalError,
  renderApprovalPage,
  renderApprovalSaved,
} from './approval-link/approval-page.js';
import {
  ApprovalDecisionBody,
  ApprovalPageResponse,
  type ApprovalPageView,
  ApprovalTokenParam,
} from './minutes.dto.js';
import { MinutesErrorCode, MinutesException } from './minutes.exception.js';
import { ApprovalLinks } from './approval-link/approval-links.js';
import { ApiContentResponse, ApiEndpoint, TEXT_BODY } from '../common/openapi/api-endpoint.decorator.js';
import { ApiPathFromDto } from '../common/openapi/api-params.decorator.js';

const ERROR_MESSAGES: Partial<Record<MinutesErrorCode, string>> = {
  [MinutesErrorCode.ApprovalLinkNotFound]: 'No such approval link',
  [MinutesErrorCode.ApprovalLinkClosed]: 'The approval link is no longer open',
};

/** JSON when the client sends JSON or asks for it over HTML; the page otherwise. */
function wantsJson(request: FastifyRequest): boolean {
  if (request.method === 'POST') return /json/i.test(request.headers['content-type'] ?? '');
  const accept = request.headers.accept ?? '';
  return /application\/json/i.test(accept) && !/text\/html/i.test(accept);
}

/**
 * Public approval links (`/minutes-approval/:token`), one per adjuster and email: GET shows the minutes and
 * changes nothing; POST (the page's form, or JSON `{decision: approve|return, comment}`) decides as that
 * adjuster. Unknown → 404; decided, returned, superseded or locked → 410; as a page or `{ code, message }`.
 */
@ApiTags('minutes')
@Public()
@Controller('minutes-approval')
export class MinutesApprovalController {
  constructor(private readonly links: ApprovalLinks) {}

  @Get(':token')
  @ApiEndpoint('page', 'Show minutes through an adjuster’s approval link (changes nothing)')
  @ApiPathFromDto(ApprovalTokenParam)
  @ApiContentResponse(200, 'The page, or JSON when asked for (Accept: application/json)', {
    'application/json': ApprovalPageResponse,
    'text/html': TEXT_BODY,
  })
  async show(
    @Param() params: ApprovalTokenParam,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string | ApprovalPageView> {
    const lookup = await this.links.lookUp(params.token);
    if (!lookup.ok) return this.refuse(request, reply, lookup.code, lookup.locale);
    if (wantsJson(request)) return lookup.view;
    void reply.headers(APPROVAL_PAGE_HEADERS);
    return renderApprovalPage(lookup.view);
  }

  @Post(':token')
  @ApiEndpoint('page', 'Approve or return minutes through an adjuster’s approval link')
  @HttpCode(200)
  @ApiConsumes('application/x-www-form-urlencoded', 'application/json')
  @ApiPathFromDto(ApprovalTokenParam)
  @ApiContentResponse(200, 'The page, or JSON when the request is JSON', {
    'application/json': ApprovalPageResponse,
    'text/html': TEXT_BODY,
  })
  async decide(
    @Param() params: ApprovalTokenParam,
    @Body() body: ApprovalDecisionBody,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string | ApprovalPageView> {
    const outcome = await this.links.decide(params.token, body);
    if (!outcome.ok) return this.refuse(request, reply, outcome.code, outcome.locale);
    if (wantsJson(request)) return outcome.result.view;
    void reply.headers(APPROVAL_PAGE_HEADERS);
    return renderApprovalSaved(outcome.result.view);
  }

  private refuse(
    request: FastifyRequest,
    reply: FastifyReply,
    code: MinutesErrorCode,
    locale: Locale,
  ): string {
    const error = new MinutesException(code, ERROR_MESSAGES[code] ?? 'Approval link error');
    if (wantsJson(request)) throw error;
    void reply.status(HTTP_STATUS_BY_KIND[error.kind]).headers(APPROVAL_PAGE_HEADERS);
    return renderApprovalError(code, locale);
  }
}
