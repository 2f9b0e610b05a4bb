import { Body, Controller, Get, Header, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../common/auth/authenticated-user.js';
import { CurrentUser } from '../common/auth/current-user.decorator.js';
import { ApiUuidParam } from '../common/openapi/api-params.decorator.js';
import { IdParam } from '../common/validation/id-param.dto.js';
import {
  MeetingInvitationsResponse,
  type MeetingInvitationsView,
  MeetingRsvpBody,
  MeetingRsvpResponse,
  type MeetingRsvpView,
  SendSubstituteBody,
  SubstituteCandidatesResponse,
} from './invitation.dto.js';
import { InvitationService } from './invitation.service.js';
import { SubstituteService } from './substitutes/substitute.service.js';
import { ApiContentResponse, ApiEndpoint, TEXT_BODY } from '../common/openapi/api-endpoint.decorator.js';

@ApiTags('meetings')
@ApiBearerAuth('bearer')
@Controller('api/meetings')
export class InvitationController {
  constructor(
    private readonly invitations: InvitationService,
    private readonly substitutes: SubstituteService,
  ) {}

  /** Per participant: delivery of the last calendar message (queued, sent, failed with the reason) and PARTSTAT. */
  @Get(':id/invitations')
  @ApiEndpoint('read', 'Delivery and answer (PARTSTAT) of each participant’s invitation')
  @ApiUuidParam()
  @ApiOkResponse({ type: MeetingInvitationsResponse })
  list(@CurrentUser() user: AuthenticatedUser, @Param() params: IdParam): Promise<MeetingInvitationsView> {
    return this.invitations.listInvitations(user, params.id);
  }

  /** The signed-in participant answers their own invitation (the RSVP link's rules; audited). */
  @Post(':id/rsvp')
  @ApiEndpoint('command', 'Answer your own invitation (ACCEPTED, TENTATIVE or DECLINED)')
  @HttpCode(200)
  @ApiUuidParam()
  @ApiOkResponse({ type: MeetingRsvpResponse })
  rsvp(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: IdParam,
    @Body() body: MeetingRsvpBody,
  ): Promise<MeetingRsvpView> {
    return this.invitations.answerAsParticipant(user, params.id, body);
  }

  /** Colleagues the signed-in participant may send in their place, the agreement's standing substitutes first. */
  @Get(':id/substitutes')
  @ApiEndpoint('read', 'Colleagues you may send in your place (standing substitutes first)')
  @ApiUuidParam()
  @ApiOkResponse({ type: SubstituteCandidatesResponse })
  listSubstitutes(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: IdParam,
  ): Promise<{ items: SubstituteCandidatesResponse['items'] }> {
    return this.substitutes.listForParticipant(user, params.id);
  }

  /** The signed-in participant sends a colleague in their place: answer DELEGATED, the colleague invited. */
  @Post(':id/substitute')
  @ApiEndpoint('command', 'Send a colleague of your organization in your place (a substitute)')
  @HttpCode(200)
  @ApiUuidParam()
  @ApiOkResponse({ type: MeetingRsvpResponse })
  sendSubstitute(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: IdParam,
    @Body() body: SendSubstituteBody,
  ): Promise<MeetingRsvpView> {
    return this.substitutes.sendForParticipant(user, params.id, body);
  }

  /** The meeting as one VEVENT (METHOD:PUBLISH; STATUS:CANCELLED when cancelled). */
  @Get(':id/calendar.ics')
  @ApiEndpoint('read', 'The meeting as an iCalendar file')
  @ApiUuidParam()
  @ApiContentResponse(200, 'One VEVENT (METHOD:PUBLISH)', { 'text/calendar': TEXT_BODY })
  @Header('content-type', 'text/calendar; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="meeting.ics"')
  @Header('cache-control', 'private, no-store')
  calendar(@CurrentUser() user: AuthenticatedUser, @Param() params: IdParam): Promise<string> {
    return this.invitations.calendarFile(user, params.id);
  }
}
