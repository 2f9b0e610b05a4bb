import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { CalendarModule } from '../calendar/calendar.module.js';
import { OrganizationModule } from '../organization/organization.module.js';
import { PersonModule } from '../person/person.module.js';
import { CalendarFeedController, CalendarFeedPublicController } from './calendar-feed.controller.js';
import { CalendarFeedRepository } from './calendar-feed.repository.js';
import { CalendarFeedService } from './calendar-feed.service.js';
import { FeedMeetingQuery } from './feed-meeting.query.js';

/** Subscription feeds: tokens under /api/calendar-feeds and the public /calendar/:token.ics. */
@Module({
  imports: [AuditModule, CalendarModule, OrganizationModule, PersonModule],
  controllers: [CalendarFeedController, CalendarFeedPublicController],
  providers: [CalendarFeedRepository, CalendarFeedService, FeedMeetingQuery],
})
export class FeedModule {}
