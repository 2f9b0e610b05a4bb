import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { MeetingModule } from '../meeting/meeting.module.js';
import { PublicRecordsController } from './public-records.controller.js';
import { PublicRecordsRepository } from './public-records.repository.js';
import { PublicRecordsService } from './public-records.service.js';

/** Public records requests (issue 18 point 8): the public versions of a period's records as one zip. */
@Module({
  imports: [AuditModule, MeetingModule],
  controllers: [PublicRecordsController],
  providers: [PublicRecordsRepository, PublicRecordsService],
})
export class PublicRecordsModule {}
