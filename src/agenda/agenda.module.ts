import { Module } from '@nestjs/common';
import { ActionModule } from '../action/action.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { JobsModule } from '../jobs/jobs.module.js';
import { MailModule } from '../mail/mail.module.js';
import { MeetingModule } from '../meeting/meeting.module.js';
import { OrganizationModule } from '../organization/organization.module.js';
import { PersonModule } from '../person/person.module.js';
import { QuestionModule } from '../question/question.module.js';
import { RoundModule } from '../round/round.module.js';
import { SecrecyModule } from '../secrecy/secrecy.module.js';
import { StorageModule } from '../storage/storage.module.js';
import { StrategyAreaModule } from '../strategy-area/strategy-area.module.js';
import { AgendaChangeListener } from './agenda-change.listener.js';
import { AgendaFollowUps } from './agenda-follow-ups.js';
import { AgendaTemplateService } from './agenda-template.service.js';
import { AgendaController } from './agenda.controller.js';
import { AgendaRepository } from './agenda.repository.js';
import { AgendaStore } from './agenda-store.js';
import { CallsForItems } from './calls/calls-for-items.js';
import { AgendaItemChecks } from './editing/agenda-item-checks.js';
import { AgendaArrangement } from './editing/agenda-arrangement.js';
import { AgendaItemEditor } from './editing/agenda-item-editor.js';
import { AgendaItemMove } from './editing/agenda-item-move.js';
import { NextMeeting } from './editing/next-meeting.js';
import { AgendaMail } from './mail/agenda-mail.js';
import { AgendaPapers } from './papers/agenda-papers.js';
import { PaperController } from './papers/paper.controller.js';
import { PaperRecordLocks } from './papers/paper-record-locks.js';
import { PaperRepository } from './papers/paper.repository.js';
import { AgendaDistribution } from './sending/agenda-distribution.js';
import { AgendaPublication } from './sending/agenda-publication.js';
import { AgendaSendQueue } from './sending/agenda-send-queue.js';
import { AgendaViews } from './view/agenda-views.js';

/**
 * Agendas and agenda templates: agenda-store (the agenda rows, from templates), editing/ (items added,
 * proposed, decided, moved on), sending/ (publication and the agenda.send job), mail/, view/, papers/ (files
 * on items, in the object storage). Exports AgendaStore (the minutes read agenda items through it),
 * AgendaPapers and PaperRecordLocks (the minutes list the papers and lock them), and the job body. Its
 * AgendaChangeListener (@ListensToMeetingChanges) gives a new meeting its agenda in the transaction that
 * creates it.
 */
@Module({
  imports: [
    ActionModule,
    AuditModule,
    JobsModule,
    MailModule,
    MeetingModule,
    OrganizationModule,
    PersonModule,
    QuestionModule,
    RoundModule,
    SecrecyModule,
    StorageModule,
    StrategyAreaModule,
  ],
  controllers: [AgendaController, PaperController],
  providers: [
    AgendaRepository,
    AgendaStore,
    AgendaViews,
    AgendaMail,
    AgendaSendQueue,
    AgendaItemChecks,
    AgendaItemEditor,
    AgendaItemMove,
    NextMeeting,
    AgendaArrangement,
    AgendaPublication,
    AgendaDistribution,
    AgendaTemplateService,
    AgendaFollowUps,
    AgendaChangeListener,
    PaperRepository,
    PaperRecordLocks,
    AgendaPapers,
    CallsForItems,
  ],
  exports: [AgendaStore, AgendaDistribution, AgendaPapers, PaperRecordLocks, CallsForItems],
})
export class AgendaModule {}
