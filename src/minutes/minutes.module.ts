import { SecrecyModule } from '../secrecy/secrecy.module.js';
import { Module, type OnModuleInit } from '@nestjs/common';
import { ActionModule } from '../action/action.module.js';
import { AgendaModule } from '../agenda/agenda.module.js';
import { PaperRecordLocks } from '../agenda/papers/paper-record-locks.js';
import { AgreementModule } from '../agreement/agreement.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { JobsModule } from '../jobs/jobs.module.js';
import { MailModule } from '../mail/mail.module.js';
import { MeetingModule } from '../meeting/meeting.module.js';
import { OrganizationModule } from '../organization/organization.module.js';
import { PersonModule } from '../person/person.module.js';
import { StorageModule } from '../storage/storage.module.js';
import { StrategyAreaModule } from '../strategy-area/strategy-area.module.js';
import { ArchiveController } from './archive/archive.controller.js';
import { ArchiveDelivery } from './archive/archive-delivery.js';
import { ArchiveDeliveryQueue } from './archive/archive-delivery-queue.js';
import { ArchivePackageRepository } from './archive/archive-package.repository.js';
import { ArchivePackages } from './archive/archive-packages.js';
import { MinutesApprovalController } from './minutes-approval.controller.js';
import { MinutesController } from './minutes.controller.js';
import { MinutesPartsController } from './minutes-parts.controller.js';
import { MinutesRepository } from './minutes.repository.js';
import { ApprovalLinks } from './approval-link/approval-links.js';
import { MinutesDistribution } from './distribution/minutes-distribution.js';
import { MinutesPdfs } from './document/minutes-pdfs.js';
import { MinutesEditor } from './editing/minutes-editor.js';
import { MinutesPartEditor } from './editing/minutes-part-editor.js';
import { MinutesProposedActions } from './editing/minutes-proposed-actions.js';
import { MinutesMail } from './mail/minutes-mail.js';
import { MinutesHistory } from './minutes-history.js';
import { SecretaryReminders } from './reminder/secretary-reminders.js';
import { AdjusterReminders } from './review/adjuster-reminders.js';
import { AdjusterSelection } from './review/adjuster-selection.js';
import { MinutesDecisions } from './review/minutes-decisions.js';
import { MinutesLock } from './review/minutes-lock.js';
import { MinutesPaperLock } from './review/minutes-paper-lock.js';
import { MinutesSubmission } from './review/minutes-submission.js';
import { MinutesStatistics } from './statistics/minutes-statistics.js';
import { MinutesViews } from './view/minutes-views.js';

/**
 * Minutes and their justering, one class a step: editing/ (PUT, and one part at a time), review/ (submission, decisions, lock and
 * reopen, adjusters and their reminders), reminder/ (the secretary's, of minutes not submitted), approval-link/ (the adjusters' public links), distribution/ (the
 * job that mails locked minutes), archive/ (the archive package of each lock, its download and delivery), mail/ (the minutes' emails), document/ (the PDF), view/ (the API's
 * view), statistics/ (figures for the overview). Exports the job bodies and the statistics. Registers
 * MinutesPaperLock with the agenda's PaperRecordLocks: locked minutes freeze their meeting's papers.
 */
@Module({
  imports: [
    ActionModule,
    AgendaModule,
    AgreementModule,
    AuditModule,
    JobsModule,
    MailModule,
    MeetingModule,
    OrganizationModule,
    PersonModule,
    SecrecyModule,
    StorageModule,
    StrategyAreaModule,
  ],
  controllers: [MinutesController, MinutesPartsController, MinutesApprovalController, ArchiveController],
  providers: [
    MinutesRepository,
    MinutesHistory,
    MinutesViews,
    MinutesPdfs,
    MinutesMail,
    MinutesEditor,
    MinutesPartEditor,
    MinutesProposedActions,
    AdjusterSelection,
    MinutesSubmission,
    MinutesDecisions,
    MinutesLock,
    MinutesPaperLock,
    MinutesDistribution,
    ApprovalLinks,
    AdjusterReminders,
    SecretaryReminders,
    MinutesStatistics,
    ArchivePackageRepository,
    ArchivePackages,
    ArchiveDeliveryQueue,
    ArchiveDelivery,
  ],
  exports: [AdjusterReminders, SecretaryReminders, MinutesDistribution, MinutesStatistics, ArchiveDelivery],
})
export class MinutesModule implements OnModuleInit {
  constructor(
    private readonly paperLocks: PaperRecordLocks,
    private readonly paperLock: MinutesPaperLock,
  ) {}

  onModuleInit(): void {
    this.paperLocks.register(this.paperLock);
  }
}
