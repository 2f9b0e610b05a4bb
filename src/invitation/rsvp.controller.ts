import { Body, Controller, Get, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Public } from '../common/auth/public.decorator.js';
import { RateLimitedError } from '../common/errors/domain-error.js';
import {
  RsvpAnswerBody,
  RsvpResponse,
  RsvpResultResponse,
  RsvpSubstituteBody,
  RsvpTokenParam,
  type RsvpView,
} from './invitation.dto.js';
import { InvitationErrorCode, InvitationException, type RsvpLinkErrorCode } from './invitation.exception.js';
import { InvitationService } from './invitation.service.js';
import { renderRsvpError, renderRsvpPage, renderRsvpSaved, renderRsvpSubstituteSent } from './rsvp-page.js';
import { SubstituteService } from './substitutes/substitute.service.js';
import { ApiContentResponse, ApiEndpoint, TEXT_BODY } from '../common/openapi/api-endpoint.decorator.js';
import { ApiPathFromDto } from '../common/openapi/api-params.decorator.js';
import { LinkPage, type LinkPageKind, type LinkPageReply } from '../common/web/link-page.js';

const ERROR_MESSAGES: Record<RsvpLinkErrorCode, string> = {
  [InvitationErrorCode.RsvpLinkNotFound]: 'No such RSVP link',
  [InvitationErrorCode.RsvpLinkExpired]: 'The RSVP link has expired',
  [InvitationErrorCode.RsvpLinkRevoked]: 'The RSVP link has been withdrawn',
  [InvitationErrorCode.RsvpMeetingCancelled]: 'The meeting is cancelled',
};

const RSVP_LINK_PAGE: LinkPageKind<RsvpLinkErrorCode> = {
  error: (code) => new InvitationException(code, ERROR_MESSAGES[code]),
  renderError: renderRsvpError,
};

type RsvpPage = LinkPageReply<RsvpLinkErrorCode>;

/**
 * Public RSVP links (`/rsvp/:token`): GET shows the meeting and the answer form and changes nothing; POST
 * (the page's form, or JSON) records the answer of the person the token belongs to. Unknown → 404, expired,
 * withdrawn or cancelled → 410, too many answers (per link or address) → 429, as a page or as
 * `{ code, message }`.
 */
@ApiTags('rsvp')
@Public()
@Controller('rsvp')
export class RsvpController {
  constructor(
    private readonly invitations: InvitationService,
    private readonly substitutes: SubstituteService,
  ) {}

  @Get(':token')
  @ApiEndpoint('page', 'Show an invitation through its RSVP link (changes nothing)')
  @ApiPathFromDto(RsvpTokenParam)
  @ApiContentResponse(200, 'The page, or JSON when asked for (Accept: application/json)', {
    'application/json': RsvpResponse,
    'text/html': TEXT_BODY,
  })
  async show(
    @Param() params: RsvpTokenParam,
    @LinkPage(RSVP_LINK_PAGE) page: RsvpPage,
  ): Promise<string | RsvpView> {
    const lookup = await this.invitations.lookUpRsvp(params.token);
    if (!lookup.ok) return page.refuse(lookup);
    return page.respond(lookup.view, () => renderRsvpPage(lookup.view, { token: params.token }));
  }

  @Post(':token')
  @ApiEndpoint('page', 'Answer an invitation through its RSVP link', { errors: [429] })
  @HttpCode(200)
  @ApiConsumes('application/x-www-form-urlencoded', 'application/json')
  @ApiPathFromDto(RsvpTokenParam)
  @ApiContentResponse(200, 'The page, or JSON when the request is JSON', {
    'application/json': RsvpResultResponse,
    'text/html': TEXT_BODY,
  })
  async answer(
    @Param() params: RsvpTokenParam,
    @Body() body: RsvpAnswerBody,
    @Req() request: FastifyRequest,
    @LinkPage(RSVP_LINK_PAGE) page: RsvpPage,
  ): Promise<string | { status: 'updated' | 'unchanged'; rsvp: RsvpView }> {
    const result = await page.counted(this.invitations.answerRsvp(params.token, body, request.ip));
    if (result instanceof RateLimitedError) return page.tooMany(result);
    if (!result.ok) return page.refuse(result);
    return page.respond({ status: result.status, rsvp: result.view }, () =>
      renderRsvpSaved(result.view, result.status),
    );
  }

  @Post(':token/substitute')
  @ApiEndpoint('page', 'Send a colleague in your place through the RSVP link', { errors: [409, 429] })
  @HttpCode(200)
  @ApiConsumes('application/x-www-form-urlencoded', 'application/json')
  @ApiPathFromDto(RsvpTokenParam)
  @ApiContentResponse(200, 'The page, or JSON when the request is JSON', {
    'application/json': RsvpResultResponse,
    'text/html': TEXT_BODY,
  })
  async substitute(
    @Param() params: RsvpTokenParam,
    @Body() body: RsvpSubstituteBody,
    @Req() request: FastifyRequest,
    @LinkPage(RSVP_LINK_PAGE) page: RsvpPage,
  ): Promise<string | { status: 'updated' | 'unchanged'; rsvp: RsvpView }> {
    const result = await page.counted(this.substitutes.sendThroughLink(params.token, body, request.ip));
    if (result instanceof RateLimitedError) return page.tooMany(result);
    if (!result.ok && 'code' in result) return page.refuse(result);
    if (!result.ok) {
      // The page again, with the reason above the picker (404 no such colleague, 409 taking part already).
      return page.fail(result.refused, () =>
        renderRsvpPage(result.view, {
          token: params.token,
          substituteError: result.refused.code as
            InvitationErrorCode.SubstituteNotFound | InvitationErrorCode.SubstituteTakingPart,
        }),
      );
    }
    return page.respond({ status: result.status, rsvp: result.view }, () =>
      renderRsvpSubstituteSent(result.view, result.status),
    );
  }
}
