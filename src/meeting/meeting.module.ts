import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { OrganizationModule } from '../organization/organization.module.js';
import { PersonModule } from '../person/person.module.js';
import { MeetingChangeListeners } from './meeting-change.js';
import { MeetingController } from './meeting.controller.js';
import { MeetingRepository } from './meeting.repository.js';
import { MeetingService } from './meeting.service.js';

/**
 * Meetings. Exports MeetingService (the only way other features read or change meetings) and the one
 * MeetingChangeListeners, where invitations, reminders and agendas register at module init.
 */
@Module({
  imports: [AuditModule, OrganizationModule, PersonModule],
  controllers: [MeetingController],
  providers: [
    MeetingRepository,
    MeetingService,
    { provide: MeetingChangeListeners, useFactory: () => new MeetingChangeListeners() },
  ],
  exports: [MeetingService, MeetingChangeListeners],
})
export class MeetingModule {}
