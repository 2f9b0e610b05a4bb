import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { JobsModule } from '../jobs/jobs.module.js';
import { MailModule } from '../mail/mail.module.js';
import { MeetingModule } from '../meeting/meeting.module.js';
import { OrganizationModule } from '../organization/organization.module.js';
import { PersonModule } from '../person/person.module.js';
import { StrategyAreaModule } from '../strategy-area/strategy-area.module.js';
import { ActionClock } from './action-clock.js';
import { ActionReminderService } from './action-reminder.service.js';
import { ActionController } from './action.controller.js';
import { ActionRepository } from './action.repository.js';
import { ActionService } from './action.service.js';

/**
 * Actions (åtgärder). Exports ActionService: findOpenByOrganizations for agendas, createFromMinutes for
 * minutes (in their transaction), and ActionReminderService for the worker module.
 */
@Module({
  imports: [
    AuditModule,
    JobsModule,
    MailModule,
    MeetingModule,
    OrganizationModule,
    PersonModule,
    StrategyAreaModule,
  ],
  controllers: [ActionController],
  providers: [ActionRepository, ActionService, ActionReminderService, ActionClock],
  exports: [ActionService, ActionReminderService, ActionClock],
})
export class ActionModule {}
