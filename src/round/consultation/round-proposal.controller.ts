import { Body, Controller, Get, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Public } from '../../common/auth/public.decorator.js';
import { RateLimitedError } from '../../common/errors/domain-error.js';
import { errorMessage } from '../../common/i18n/error-messages.js';
import { ApiContentResponse, ApiEndpoint, TEXT_BODY } from '../../common/openapi/api-endpoint.decorator.js';
import { ApiPathFromDto } from '../../common/openapi/api-params.decorator.js';
import { LinkPage, type LinkPageKind, type LinkPageReply } from '../../common/web/link-page.js';
import {
  RoundProposalAnswerBody,
  RoundProposalPageResponse,
  type RoundProposalPageView,
  RoundProposalTokenParam,
} from '../round.dto.js';
import { RoundErrorCode, RoundException } from '../round.exception.js';
import { RoundConsultations } from './round-consultations.js';
import { renderRoundProposalError, renderRoundProposalPage } from './round-proposal-page.js';

const ERROR_MESSAGES: Partial<Record<RoundErrorCode, string>> = {
  [RoundErrorCode.ProposalLinkNotFound]: 'No such proposal link',
  [RoundErrorCode.ProposalLinkClosed]: 'The round is confirmed; the proposal can no longer be answered',
};

const PROPOSAL_LINK_PAGE: LinkPageKind<RoundErrorCode> = {
  error: (code) => new RoundException(code, ERROR_MESSAGES[code] ?? 'Proposal link error'),
  renderError: renderRoundProposalError,
};

type ProposalPage = LinkPageReply<RoundErrorCode>;

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
    @LinkPage(PROPOSAL_LINK_PAGE) page: ProposalPage,
  ): Promise<string | RoundProposalPageView> {
    const lookup = await this.consultations.lookUp(params.token);
    if (!lookup.ok) return page.refuse(lookup);
    return page.respond(lookup.view, () => renderRoundProposalPage(lookup.view));
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
    @LinkPage(PROPOSAL_LINK_PAGE) page: ProposalPage,
  ): Promise<string | RoundProposalPageView> {
    // The form gets a page with the problem; JSON clients the error as JSON.
    const outcome = await page.counted(
      this.consultations.answer(params.token, body, request.ip),
      (error) => error instanceof RoundException || error instanceof RateLimitedError,
    );
    if (outcome instanceof RateLimitedError) return page.tooMany(outcome);
    if (outcome instanceof RoundException) {
      const lookup = await this.consultations.lookUp(params.token);
      if (!lookup.ok) return page.refuse(lookup);
      return page.fail(outcome, () =>
        renderRoundProposalPage(lookup.view, {
          kind: 'error',
          message: errorMessage(outcome.code, lookup.view.locale, outcome.details) ?? outcome.message,
        }),
      );
    }
    if (!outcome.ok) return page.refuse(outcome);
    return page.respond(outcome.view, () => renderRoundProposalPage(outcome.view, { kind: 'saved' }));
  }
}
