import { Body, Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../../common/auth/public.decorator.js';
import { RateLimitedError } from '../../common/errors/domain-error.js';
import { HTTP_STATUS_BY_KIND } from '../../common/errors/http-status.js';
import { errorMessage } from '../../common/i18n/error-messages.js';
import { ApiContentResponse, ApiEndpoint, TEXT_BODY } from '../../common/openapi/api-endpoint.decorator.js';
import { ApiPathFromDto } from '../../common/openapi/api-params.decorator.js';
import { renderTooManyAnswers, wantsJson } from '../../common/web/public-page.js';
import type { Locale } from '../../person/person.entity.js';
import {
  RoundProposalAnswerBody,
  RoundProposalPageResponse,
  type RoundProposalPageView,
  RoundProposalTokenParam,
} from '../round.dto.js';
import { RoundErrorCode, RoundException } from '../round.exception.js';
import { RoundConsultations } from './round-consultations.js';
import {
  ROUND_PROPOSAL_PAGE_HEADERS,
  renderRoundProposalError,
  renderRoundProposalPage,
} from './round-proposal-page.js';

const ERROR_MESSAGES: Partial<Record<RoundErrorCode, string>> = {
  [RoundErrorCode.ProposalLinkNotFound]: 'No such proposal link',
  [RoundErrorCode.ProposalLinkClosed]: 'The round is confirmed; the proposal can no longer be answered',
};

/**
 * Public links of a round sent as a proposal (`/round-proposal/:token`), one per municipality contact: GET
 * shows the proposed slot and the answer form and changes nothing; POST (the form, or JSON) records the
 * municipality's answer. Unknown → 404; the round confirmed → 410 (the invitation has gone out); an answer
 * asking for another time without an alternative or reason → 400; as a page or `{ code, message }`.
 */
@ApiTags('rounds')
@Public()
@Controller('round-proposal')
export class RoundProposalController {
  constructor(private readonly consultations: RoundConsultations) {}

  @Get(':token')
  @ApiEndpoint('page', 'Show a round’s proposed slot through a municipality’s link (changes nothing)')
  @ApiPathFromDto(RoundProposalTokenParam)
  @ApiContentResponse(200, 'The page, or JSON when asked for (Accept: application/json)', {
    'application/json': RoundProposalPageResponse,
    'text/html': TEXT_BODY,
  })
  async show(
    @Param() params: RoundProposalTokenParam,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string | RoundProposalPageView> {
    const lookup = await this.consultations.lookUp(params.token);
    if (!lookup.ok) return this.refuse(request, reply, lookup.code, lookup.locale);
    if (wantsJson(request)) return lookup.view;
    void reply.headers(ROUND_PROPOSAL_PAGE_HEADERS);
    return renderRoundProposalPage(lookup.view);
  }

  @Post(':token')
  @ApiEndpoint('page', 'Accept a round’s proposed slot, or ask for another, through a municipality’s link', {
    errors: [429],
  })
  @HttpCode(200)
  @ApiConsumes('application/x-www-form-urlencoded', 'application/json')
  @ApiPathFromDto(RoundProposalTokenParam)
  @ApiContentResponse(200, 'The page, or JSON when the request is JSON', {
    'application/json': RoundProposalPageResponse,
    'text/html': TEXT_BODY,
  })
  async answer(
    @Param() params: RoundProposalTokenParam,
    @Body() body: RoundProposalAnswerBody,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string | RoundProposalPageView> {
    const outcome = await this.consultations
      .answer(params.token, body, request.ip)
      .catch((error: unknown) => {
        // The form gets a page with the problem; JSON clients the error as JSON (429 with Retry-After).
        const forThePage = error instanceof RoundException || error instanceof RateLimitedError;
        if (!forThePage || wantsJson(request)) throw error;
        return error;
      });
    if (outcome instanceof RateLimitedError) {
      void reply
        .status(429)
        .header('retry-after', String(outcome.retryAfterSeconds))
        .headers(ROUND_PROPOSAL_PAGE_HEADERS);
      return renderTooManyAnswers();
    }
    if (outcome instanceof RoundException) {
      const lookup = await this.consultations.lookUp(params.token);
      if (!lookup.ok) return this.refuse(request, reply, lookup.code, lookup.locale);
      void reply.status(HTTP_STATUS_BY_KIND[outcome.kind]).headers(ROUND_PROPOSAL_PAGE_HEADERS);
      return renderRoundProposalPage(lookup.view, {
        kind: 'error',
        message: errorMessage(outcome.code, lookup.view.locale, outcome.details) ?? outcome.message,
      });
    }
    if (!outcome.ok) return this.refuse(request, reply, outcome.code, outcome.locale);
    if (wantsJson(request)) return outcome.view;
    void reply.headers(ROUND_PROPOSAL_PAGE_HEADERS);
    return renderRoundProposalPage(outcome.view, { kind: 'saved' });
  }

  private refuse(request: FastifyRequest, reply: FastifyReply, code: RoundErrorCode, locale: Locale): string {
    const error = new RoundException(code, ERROR_MESSAGES[code] ?? 'Proposal link error');
    if (wantsJson(request)) throw error;
    void reply.status(HTTP_STATUS_BY_KIND[error.kind]).headers(ROUND_PROPOSAL_PAGE_HEADERS);
    return renderRoundProposalError(code, locale);
  }
}
