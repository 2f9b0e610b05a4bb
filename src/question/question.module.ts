import { Module } from '@nestjs/common';
import { ActionModule } from '../action/action.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { MeetingModule } from '../meeting/meeting.module.js';
import { OrganizationModule } from '../organization/organization.module.js';
import { PersonModule } from '../person/person.module.js';
import { StrategyAreaModule } from '../strategy-area/strategy-area.module.js';
import { QuestionController } from './question.controller.js';
import { QuestionRepository } from './question.repository.js';
import { QuestionService } from './question.service.js';

/** The question register. Exports QuestionService: findOpenByOrganizations for agendas. */
@Module({
  imports: [ActionModule, AuditModule, MeetingModule, OrganizationModule, PersonModule, StrategyAreaModule],
  controllers: [QuestionController],
  providers: [QuestionRepository, QuestionService],
  exports: [QuestionService],
})
export class QuestionModule {}
