import type { DynamicModule } from '@nestjs/common';
import type { AppConfig } from '../config/app-config.js';
import { ActionModule } from '../action/action.module.js';
import { ActionWorkerModule } from '../action/action-worker.module.js';
import { AgendaModule } from '../agenda/agenda.module.js';
import { AgendaWorkerModule } from '../agenda/agenda-worker.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { AgreementModule } from '../agreement/agreement.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { CadenceModule } from '../cadence/cadence.module.js';
import { FeedModule } from '../feed/feed.module.js';
import { HealthModule } from '../health/health.module.js';
import { imipListenerWanted } from '../imip/imip-listener.js';
import { ImipModule } from '../imip/imip.module.js';
import { InvitationModule } from '../invitation/invitation.module.js';
import { InvitationWorkerModule } from '../invitation/invitation-worker.module.js';
import { JobsModule } from '../jobs/jobs.module.js';
import { JobsWorkerModule } from '../jobs/jobs-worker.module.js';
import { MailModule } from '../mail/mail.module.js';
import { MailWorkerModule } from '../mail/mail-worker.module.js';
import { MeetingModule } from '../meeting/meeting.module.js';
import { MinutesModule } from '../minutes/minutes.module.js';
import { MinutesWorkerModule } from '../minutes/minutes-worker.module.js';
import { OrganizationModule } from '../organization/organization.module.js';
import { OverviewModule } from '../overview/overview.module.js';
import { PersonModule } from '../person/person.module.js';
import { PrivacyModule } from '../privacy/privacy.module.js';
import { PublicRecordsModule } from '../public-records/public-records.module.js';
import { QuestionModule } from '../question/question.module.js';
import { ReminderModule } from '../reminder/reminder.module.js';
import { ReminderWorkerModule } from '../reminder/reminder-worker.module.js';
import { RetentionWorkerModule } from '../retention/retention-worker.module.js';
import { RoundModule } from '../round/round.module.js';
import { RoundWorkerModule } from '../round/round-worker.module.js';
import { SecrecyModule } from '../secrecy/secrecy.module.js';
import { StrategyAreaModule } from '../strategy-area/strategy-area.module.js';
import { CoreModule } from './core.module.js';

/**
 * The application for a role. Feature modules (services and controllers) load in every role; the
 * *-worker modules (processors, outbox relay, schedulers) only where APP_ROLE is worker or all.
 */
export class AppModule {
  static forRole(config: AppConfig): DynamicModule {
    const runsWorker = config.role === 'worker' || config.role === 'all';
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config),
        JobsModule,
        MailModule,
        AuditModule,
        AuthModule,
        OrganizationModule,
        PersonModule,
        MeetingModule,
        AgreementModule,
        CadenceModule,
        RoundModule,
        FeedModule,
        InvitationModule,
        ReminderModule,
        StrategyAreaModule,
        SecrecyModule,
        ActionModule,
        QuestionModule,
        OverviewModule,
        AgendaModule,
        MinutesModule,
        PrivacyModule,
        PublicRecordsModule,
        HealthModule,
        ...(runsWorker
          ? [
              JobsWorkerModule,
              MailWorkerModule,
              InvitationWorkerModule,
              ReminderWorkerModule,
              RoundWorkerModule,
              ActionWorkerModule,
              AgendaWorkerModule,
              MinutesWorkerModule,
              RetentionWorkerModule,
            ]
          : []),
        ...(imipListenerWanted(config) ? [ImipModule] : []),
      ],
    };
  }
}
