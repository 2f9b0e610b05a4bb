import { Module } from '@nestjs/common';
import { RateLimitModule } from '../common/rate-limit/rate-limit.module.js';
import { AgreementModule } from '../agreement/agreement.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { CadenceModule } from '../cadence/cadence.module.js';
import { JobsModule } from '../jobs/jobs.module.js';
import { MailModule } from '../mail/mail.module.js';
import { MeetingModule } from '../meeting/meeting.module.js';
import { OrganizationModule } from '../organization/organization.module.js';
import { PersonModule } from '../person/person.module.js';
import { RoundConsultationRepository } from './consultation/round-consultation.repository.js';
import { RoundConsultations } from './consultation/round-consultations.js';
import { RoundProposalSending } from './consultation/round-proposal-sending.js';
import { RoundProposalController } from './consultation/round-proposal.controller.js';
import { RoundConfirmation } from './confirmation/round-confirmation.js';
import { RoundCaseNumber } from './editing/round-case-number.js';
import { RoundSlotMove } from './editing/round-slot-move.js';
import { QueuedRoundPlanning } from './planning/queued-round-planning.js';
import { RoundPlanning } from './planning/round-planning.js';
import { RoundDrafts } from './round-drafts.js';
import { RoundInputBuilder } from './round-input.builder.js';
import { RoundController } from './round.controller.js';
import { RoundRepository } from './round.repository.js';
import { RoundViews } from './view/round-views.js';

@Module({
  imports: [
    AuditModule,
    AgreementModule,
    CadenceModule,
    JobsModule,
    MailModule,
    MeetingModule,
    OrganizationModule,
    PersonModule,
    RateLimitModule,
  ],
  controllers: [RoundController, RoundProposalController],
  providers: [
    RoundRepository,
    RoundInputBuilder,
    RoundDrafts,
    RoundViews,
    RoundPlanning,
    QueuedRoundPlanning,
    RoundSlotMove,
    RoundCaseNumber,
    RoundConfirmation,
    RoundConsultationRepository,
    RoundConsultations,
    RoundProposalSending,
  ],
  exports: [RoundViews, QueuedRoundPlanning, RoundConsultations],
})
export class RoundModule {}
