import { Module } from '@nestjs/common';
import { ActionModule } from '../action/action.module.js';
import { AgendaModule } from '../agenda/agenda.module.js';
import { AgreementModule } from '../agreement/agreement.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { JobsModule } from '../jobs/jobs.module.js';
import { MailModule } from '../mail/mail.module.js';
import { MeetingModule } from '../meeting/meeting.module.js';
import { PersonModule } from '../person/person.module.js';
import { StrategyAreaModule } from '../strategy-area/strategy-area.module.js';
import { MinutesApprovalController } from './minutes-approval.controller.js';
import { MinutesController } from './minutes.controller.js';
import { MinutesRepository } from './minutes.repository.js';
import { MinutesService } from './minutes.service.js';

/** Minutes and their justering. Exports MinutesService (approvalStats for the overview). */
@Module({
  imports: [
    ActionModule,
    AgendaModule,
    AgreementModule,
    AuditModule,
    JobsModule,
    MailModule,
    MeetingModule,
    PersonModule,
    StrategyAreaModule,
  ],
  controllers: [MinutesController, MinutesApprovalController],
  providers: [MinutesRepository, MinutesService],
  exports: [MinutesService],
})
export class MinutesModule {}
