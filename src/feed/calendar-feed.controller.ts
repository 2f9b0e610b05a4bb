import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Post, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AuthenticatedUser } from '../common/auth/authenticated-user.js';
import { CurrentUser } from '../common/auth/current-user.decorator.js';
import { Public } from '../common/auth/public.decorator.js';
import { ApiPathFromDto, ApiUuidParam } from '../common/openapi/api-params.decorator.js';
import { IdParam } from '../common/validation/id-param.dto.js';
import {
  CalendarFeedListResponse,
  type CalendarFeedView,
  CreateCalendarFeedBody,
  CreatedCalendarFeedResponse,
  type CreatedCalendarFeedView,
  FeedTokenParam,
} from './calendar-feed.dto.js';
import { CalendarFeedService } from './calendar-feed.service.js';
import { ApiContentResponse, ApiEndpoint, TEXT_BODY } from '../common/openapi/api-endpoint.decorator.js';

@ApiTags('calendar feeds')
@ApiBearerAuth('bearer')
@Controller('api/calendar-feeds')
export class CalendarFeedController {
  constructor(private readonly feeds: CalendarFeedService) {}

  /** A feed of your own meetings, or of an organization's; the URL with its token is shown only here. */
  @Post()
  @ApiEndpoint('create', 'Create a calendar subscription feed (its URL is shown only here)', {
    errors: [404],
  })
  @ApiCreatedResponse({ type: CreatedCalendarFeedResponse })
  create(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: CreateCalendarFeedBody,
  ): Promise<CreatedCalendarFeedView> {
    return this.feeds.create(user, body);
  }

  @Get()
  @ApiEndpoint('list', 'List your calendar feeds', { without: [400] })
  @ApiOkResponse({ type: CalendarFeedListResponse })
  async list(@CurrentUser() user: AuthenticatedUser): Promise<{ items: CalendarFeedView[] }> {
    return { items: await this.feeds.listOwn(user) };
  }

  @Delete(':id')
  @ApiEndpoint('delete', 'Revoke a calendar feed', { without: [409] })
  @HttpCode(204)
  @ApiUuidParam()
  @ApiNoContentResponse({ description: 'Revoked: the feed URL answers 410 from now on' })
  revoke(@CurrentUser() user: AuthenticatedUser, @Param() params: IdParam): Promise<void> {
    return this.feeds.revoke(user, params.id);
  }
}

/** Cached by the client for a while; private: a feed is one person's or one organization's. */
const FEED_CACHE_CONTROL = 'private, max-age=900';

/**
 * The subscription URL itself: public, the token in the path is the credential. The request log records
 * the route pattern `/calendar/:token.ics`, never the token.
 */
@ApiTags('calendar feeds')
@Controller('calendar')
export class CalendarFeedPublicController {
  constructor(private readonly feeds: CalendarFeedService) {}

  @Get(':token.ics')
  @ApiEndpoint('public', 'A calendar subscription feed (the token is the credential)', {
    errors: [400, 404, 410],
  })
  @Public()
  @ApiPathFromDto(FeedTokenParam)
  @ApiContentResponse(200, 'iCalendar feed (METHOD:PUBLISH)', { 'text/calendar': TEXT_BODY })
  @ApiResponse({ status: 304, description: 'Not modified: If-None-Match names the current ETag' })
  async feed(
    @Param() params: FeedTokenParam,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const document = await this.feeds.render(params.token, ifNoneMatch);
    void reply
      .header('cache-control', FEED_CACHE_CONTROL)
      .header('etag', document.etag)
      .header('x-content-type-options', 'nosniff')
      .header('referrer-policy', 'no-referrer');
    if (document.status === 304) {
      await reply.status(304).send();
      return;
    }
    await reply
      .status(200)
      .header('content-type', 'text/calendar; charset=utf-8')
      .header('content-disposition', 'inline; filename="samverkan.ics"')
      .send(document.body);
  }
}
