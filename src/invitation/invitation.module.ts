import { Module } from '@nestjs/common';
import { AgreementModule } from '../agreement/agreement.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { CalendarModule } from '../calendar/calendar.module.js';
import { RateLimitModule } from '../common/rate-limit/rate-limit.module.js';
import { JobsModule } from '../jobs/jobs.module.js';
import { MailModule } from '../mail/mail.module.js';
import { MeetingModule } from '../meeting/meeting.module.js';
import { PersonModule } from '../person/person.module.js';
import { InvitationChangeListener } from './invitation-change.listener.js';
import { InvitationSyncService } from './invitation-sync.service.js';
import { InvitationController } from './invitation.controller.js';
import { InvitationRepository } from './invitation.repository.js';
import { InvitationService } from './invitation.service.js';
import { RsvpController } from './rsvp.controller.js';
import { DelegationRefusalMail } from './substitutes/delegation-refusal-mail.js';
import { SubstituteCandidates } from './substitutes/substitute-candidates.js';
import { SubstituteService } from './substitutes/substitute.service.js';

/**
 * Invitations in every role: the meeting-change listener (writes invitation.sync jobs in the change's
 * transaction), answers (recordResponse, RSVP links), substitutes (SubstituteService), GET
 * /api/meetings/:id/invitations and calendar.ics.
 */
@Module({
  imports: [
    AgreementModule,
    AuditModule,
    CalendarModule,
    MailModule,
    JobsModule,
    MeetingModule,
    PersonModule,
    RateLimitModule,
  ],
  controllers: [InvitationController, RsvpController],
  providers: [
    InvitationRepository,
    InvitationService,
    InvitationSyncService,
    InvitationChangeListener,
    SubstituteCandidates,
    SubstituteService,
    DelegationRefusalMail,
  ],
  exports: [InvitationService, InvitationSyncService, SubstituteService],
})
export class InvitationModule {}
