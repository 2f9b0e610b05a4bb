import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { CalendarModule } from '../calendar/calendar.module.js';
import { MeetingModule } from '../meeting/meeting.module.js';
import { OrganizationModule } from '../organization/organization.module.js';
import { PersonModule } from '../person/person.module.js';
import { CalendarFeedController, CalendarFeedPublicController } from './calendar-feed.controller.js';
import { CalendarFeedRepository } from './calendar-feed.repository.js';
import { CalendarFeedService } from './calendar-feed.service.js';

/** Subscription feeds: tokens under /api/calendar-feeds and the public /calendar/:token.ics. */
@Module({
  imports: [AuditModule, CalendarModule, MeetingModule, OrganizationModule, PersonModule],
  controllers: [CalendarFeedController, CalendarFeedPublicController],
  providers: [CalendarFeedRepository, CalendarFeedService],
})
export class FeedModule {}
