import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Post, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiParam,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AuthenticatedUser } from '../common/auth/authenticated-user.js';
import { CurrentUser } from '../common/auth/current-user.decorator.js';
import { Public } from '../common/auth/public.decorator.js';
import { ApiUuidParam } from '../common/openapi/api-params.decorator.js';
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

@ApiTags('calendar feeds')
@ApiBearerAuth('bearer')
@Controller('api/calendar-feeds')
export class CalendarFeedController {
  constructor(private readonly feeds: CalendarFeedService) {}

  /** A feed of your own meetings, or of an organization's; the URL with its token is shown only here. */
  @Post()
  @ApiCreatedResponse({ type: CreatedCalendarFeedResponse })
  create(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: CreateCalendarFeedBody,
  ): Promise<CreatedCalendarFeedView> {
    return this.feeds.create(user, body);
  }

  @Get()
  @ApiOkResponse({ type: CalendarFeedListResponse })
  async list(@CurrentUser() user: AuthenticatedUser): Promise<{ items: CalendarFeedView[] }> {
    return { items: await this.feeds.listOwn(user) };
  }

  @Delete(':id')
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
  @Public()
  @ApiParam({ name: 'token', required: true, schema: { type: 'string' } })
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'iCalendar feed (METHOD:PUBLISH); 304 when If-None-Match matches' })
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
