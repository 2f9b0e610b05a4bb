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
import { RoundProposalController } from './consultation/round-proposal.controller.js';
import { RoundInputBuilder } from './round-input.builder.js';
import { RoundController } from './round.controller.js';
import { RoundRepository } from './round.repository.js';
import { RoundService } from './round.service.js';

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
    RoundService,
    RoundConsultationRepository,
    RoundConsultations,
  ],
  exports: [RoundService, RoundConsultations],
})
export class RoundModule {}
