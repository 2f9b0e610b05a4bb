import { Module } from '@nestjs/common';
import { ActionModule } from '../action/action.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { MeetingModule } from '../meeting/meeting.module.js';
import { OrganizationModule } from '../organization/organization.module.js';
import { PersonModule } from '../person/person.module.js';
import { StrategyAreaModule } from '../strategy-area/strategy-area.module.js';
import { QuestionEditor } from './editing/question-editor.js';
import { QuestionParties } from './editing/question-parties.js';
import { QuestionRegistration } from './editing/question-registration.js';
import { QuestionLinkChecks } from './links/question-links.js';
import { QuestionController } from './question.controller.js';
import { QuestionRepository } from './question.repository.js';
import { QuestionViews } from './view/question-views.js';

/** The question register. Exports QuestionViews: findOpenByOrganizations for agendas. */
@Module({
  imports: [ActionModule, AuditModule, MeetingModule, OrganizationModule, PersonModule, StrategyAreaModule],
  controllers: [QuestionController],
  providers: [
    QuestionRepository,
    QuestionParties,
    QuestionLinkChecks,
    QuestionRegistration,
    QuestionEditor,
    QuestionViews,
  ],
  exports: [QuestionViews],
})
export class QuestionModule {}
