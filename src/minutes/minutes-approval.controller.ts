import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiConsumes, ApiTags } from '@nestjs/swagger';
import { Public } from '../common/auth/public.decorator.js';
import { LinkPage, type LinkPageKind, type LinkPageReply } from '../common/web/link-page.js';
import {
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

const APPROVAL_LINK_PAGE: LinkPageKind<MinutesErrorCode> = {
  error: (code) => new MinutesException(code, ERROR_MESSAGES[code] ?? 'Approval link error'),
  renderError: renderApprovalError,
};

type ApprovalPage = LinkPageReply<MinutesErrorCode>;

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
    @LinkPage(APPROVAL_LINK_PAGE) page: ApprovalPage,
  ): Promise<string | ApprovalPageView> {
    const lookup = await this.links.lookUp(params.token);
    if (!lookup.ok) return page.refuse(lookup);
    return page.respond(lookup.view, () => renderApprovalPage(lookup.view));
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
    @LinkPage(APPROVAL_LINK_PAGE) page: ApprovalPage,
  ): Promise<string | ApprovalPageView> {
    const outcome = await this.links.decide(params.token, body);
    if (!outcome.ok) return page.refuse(outcome);
    return page.respond(outcome.result.view, () => renderApprovalSaved(outcome.result.view));
  }
}
