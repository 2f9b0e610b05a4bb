import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../common/auth/authenticated-user.js';
import { CurrentUser } from '../common/auth/current-user.decorator.js';
import { Roles } from '../common/auth/roles.decorator.js';
import { ApiQueryFromDto, ApiUuidParam } from '../common/openapi/api-params.decorator.js';
import { IdParam } from '../common/validation/id-param.dto.js';
import type { Page } from '../common/validation/zod-dto.js';
import {
  ConfirmRoundBody,
  CreateRoundBody,
  ListRoundsQuery,
  MoveRoundItemBody,
  ProposeRoundBody,
  RoundItemParams,
  RoundPageResponse,
  RoundResponse,
  type RoundSummaryView,
  type RoundView,
  UpdateRoundBody,
} from './round.dto.js';
import { RoundConfirmation } from './confirmation/round-confirmation.js';
import { RoundCaseNumber } from './editing/round-case-number.js';
import { RoundSlotMove } from './editing/round-slot-move.js';
import { RoundPlanning } from './planning/round-planning.js';
import { RoundViews } from './view/round-views.js';
import { RoundProposalSending } from './consultation/round-proposal-sending.js';
import { ApiEndpoint } from '../common/openapi/api-endpoint.decorator.js';

@ApiTags('rounds')
@ApiBearerAuth('bearer')
@Controller('api/rounds')
export class RoundController {
  constructor(
    private readonly views: RoundViews,
    private readonly planning: RoundPlanning,
    private readonly caseNumbers: RoundCaseNumber,
    private readonly slots: RoundSlotMove,
    private readonly proposals: RoundProposalSending,
    private readonly confirmation: RoundConfirmation,
  ) {}

  @Get()
  @ApiEndpoint('list', 'List rounds')
  @ApiQueryFromDto(ListRoundsQuery)
  @ApiOkResponse({ type: RoundPageResponse })
  list(
    @CurrentUser() user: AuthenticatedUser,
    @Query() query: ListRoundsQuery,
  ): Promise<Page<RoundSummaryView>> {
    return this.views.list(user, query);
  }

  @Post()
  @ApiEndpoint('create', 'Plan a round: the scheduler proposes one meeting per municipality')
  @Roles('admin', 'coordinator')
  @ApiCreatedResponse({ type: RoundResponse, description: 'status draft, or planning when on the worker' })
  create(@CurrentUser() user: AuthenticatedUser, @Body() body: CreateRoundBody): Promise<RoundView> {
    return this.planning.create(user, body);
  }

  @Get(':id')
  @ApiEndpoint('read', 'Get a round with its proposal and the reason for each placement')
  @ApiUuidParam()
  @ApiOkResponse({ type: RoundResponse })
  get(@CurrentUser() user: AuthenticatedUser, @Param() params: IdParam): Promise<RoundView> {
    return this.views.findVisibleById(user, params.id);
  }

  @Patch(':id')
  @ApiEndpoint('update', 'Set or clear the round’s case number (diarienummer)')
  @Roles('admin', 'coordinator')
  @ApiUuidParam()
  @ApiOkResponse({ type: RoundResponse })
  update(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: IdParam,
    @Body() body: UpdateRoundBody,
  ): Promise<RoundView> {
    return this.caseNumbers.update(user, params.id, body);
  }

  @Patch(':id/items/:organizationId')
  @ApiEndpoint('update', 'Move one municipality’s proposed meeting')
  @Roles('admin', 'coordinator')
  @ApiUuidParam()
  @ApiParam({ name: 'organizationId', required: true, schema: { type: 'string', format: 'uuid' } })
  @ApiOkResponse({ type: RoundResponse })
  move(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: RoundItemParams,
    @Body() body: MoveRoundItemBody,
  ): Promise<RoundView> {
    return this.slots.move(user, params.id, params.organizationId, body);
  }

  @Post(':id/propose')
  @ApiEndpoint(
    'command',
    'Send a draft round to the municipalities as a proposal: each contact may accept its slot or ask for another; nothing is booked until confirmed',
  )
  @HttpCode(200)
  @Roles('admin', 'coordinator')
  @ApiUuidParam()
  @ApiOkResponse({ type: RoundResponse })
  propose(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: IdParam,
    @Body() body: ProposeRoundBody,
  ): Promise<RoundView> {
    return this.proposals.propose(user, params.id, body);
  }

  @Post(':id/confirm')
  @ApiEndpoint('command', 'Confirm a round: create its meetings and send the invitations')
  @HttpCode(200)
  @Roles('admin', 'coordinator')
  @ApiUuidParam()
  @ApiOkResponse({ type: RoundResponse })
  confirm(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: IdParam,
    @Body() body: ConfirmRoundBody,
  ): Promise<RoundView> {
    return this.confirmation.confirm(user, params.id, body);
  }
}
