import { Module } from '@nestjs/common';
import { CalendarService } from './calendar.service.js';

/** iCalendar building and iMIP REPLY parsing; no controllers, no database. */
@Module({
  providers: [CalendarService],
  exports: [CalendarService],
})
export class CalendarModule {}
