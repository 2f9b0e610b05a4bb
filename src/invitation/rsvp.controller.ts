import { Body, Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
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
import { RSVP_PAGE_HEADERS, renderRsvpError, renderRsvpPage, renderRsvpSaved } from './rsvp-page.js';
import { SubstituteService } from './substitutes/substitute.service.js';
import { renderRsvpSubstituteSent } from './rsvp-page.js';
import { ApiContentResponse, ApiEndpoint, TEXT_BODY } from '../common/openapi/api-endpoint.decorator.js';
import { ApiPathFromDto } from '../common/openapi/api-params.decorator.js';
import { renderTooManyAnswers } from '../common/web/public-page.js';

const ERROR_MESSAGES: Record<RsvpLinkErrorCode, string> = {
  [InvitationErrorCode.RsvpLinkNotFound]: 'No such RSVP link',
  [InvitationErrorCode.RsvpLinkExpired]: 'The RSVP link has expired',
  [InvitationErrorCode.RsvpLinkRevoked]: 'The RSVP link has been withdrawn',
  [InvitationErrorCode.RsvpMeetingCancelled]: 'The meeting is cancelled',
};

/** JSON when the client sends JSON or asks for it over HTML; the page otherwise. */
function wantsJson(request: FastifyRequest): boolean {
  if (request.method === 'POST') return /json/i.test(request.headers['content-type'] ?? '');
  const accept = request.headers.accept ?? '';
  return /application\/json/i.test(accept) && !/text\/html/i.test(accept);
}

/** The page's form gets a page past the limit; JSON clients the error as JSON (429, Retry-After). */
function pageOnLimit<T>(request: FastifyRequest, work: Promise<T>): Promise<T | RateLimitedError> {
  return work.catch((error: unknown) => {
    if (!(error instanceof RateLimitedError) || wantsJson(request)) throw error;
    return error;
  });
}

function tooMany(reply: FastifyReply, error: RateLimitedError): string {
  void reply.status(429).header('retry-after', String(error.retryAfterSeconds)).headers(RSVP_PAGE_HEADERS);
  return renderTooManyAnswers();
}

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
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string | RsvpView> {
    const lookup = await this.invitations.lookUpRsvp(params.token);
    if (!lookup.ok) return this.refuse(request, reply, lookup.code, lookup.locale);
    if (wantsJson(request)) return lookup.view;
    void reply.headers(RSVP_PAGE_HEADERS);
    return renderRsvpPage(lookup.view, { token: params.token });
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
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string | { status: 'updated' | 'unchanged'; rsvp: RsvpView }> {
    const result = await pageOnLimit(request, this.invitations.answerRsvp(params.token, body, request.ip));
    if (result instanceof RateLimitedError) return tooMany(reply, result);
    if (!result.ok) return this.refuse(request, reply, result.code, result.locale);
    if (wantsJson(request)) return { status: result.status, rsvp: result.view };
    void reply.headers(RSVP_PAGE_HEADERS);
    return renderRsvpSaved(result.view, result.status);
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
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string | { status: 'updated' | 'unchanged'; rsvp: RsvpView }> {
    const result = await pageOnLimit(
      request,
      this.substitutes.sendThroughLink(params.token, body, request.ip),
    );
    if (result instanceof RateLimitedError) return tooMany(reply, result);
    if (!result.ok && 'code' in result) return this.refuse(request, reply, result.code, result.locale);
    if (!result.ok) {
      // The page again, with the reason above the picker.
      if (wantsJson(request)) throw result.refused;
      void reply
        .status(result.refused.code === InvitationErrorCode.SubstituteNotFound ? 404 : 409)
        .headers(RSVP_PAGE_HEADERS);
      return renderRsvpPage(result.view, {
        token: params.token,
        substituteError: result.refused.code as
          InvitationErrorCode.SubstituteNotFound | InvitationErrorCode.SubstituteTakingPart,
      });
    }
    if (wantsJson(request)) return { status: result.status, rsvp: result.view };
    void reply.headers(RSVP_PAGE_HEADERS);
    return renderRsvpSubstituteSent(result.view, result.status);
  }

  private refuse(
    request: FastifyRequest,
    reply: FastifyReply,
    code: RsvpLinkErrorCode,
    locale: RsvpView['locale'],
  ): string {
    const error = new InvitationException(code, ERROR_MESSAGES[code]);
    if (wantsJson(request)) throw error;
    void reply.status(code === InvitationErrorCode.RsvpLinkNotFound ? 404 : 410).headers(RSVP_PAGE_HEADERS);
    return renderRsvpError(code, locale);
  }
}
