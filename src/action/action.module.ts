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
import { ActionChecks } from './checks/action-checks.js';
import { ActionCreation } from './editing/action-creation.js';
import { ActionEditor } from './editing/action-editor.js';
import { NewActions } from './editing/new-actions.js';
import { ActionsFromMinutes } from './minutes/actions-from-minutes.js';
import { ActionViews } from './view/action-views.js';

/**
 * Actions (åtgärder). Exports ActionViews (findOpenByOrganizations for agendas, findVisibleIds for questions),
 * ActionsFromMinutes for the minutes (in their transactions), and ActionReminderService for the worker module.
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
  providers: [
    ActionRepository,
    ActionChecks,
    NewActions,
    ActionCreation,
    ActionEditor,
    ActionsFromMinutes,
    ActionViews,
    ActionReminderService,
    ActionClock,
  ],
  exports: [ActionViews, ActionsFromMinutes, ActionReminderService, ActionClock],
})
export class ActionModule {}
