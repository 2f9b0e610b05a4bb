import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { AuditModule } from '../audit/audit.module.js';
import { OrganizationModule } from '../organization/organization.module.js';
import { PersonModule } from '../person/person.module.js';
import { MeetingChanges } from './changes/meeting-changes.js';
import { MeetingChecks } from './checks/meeting-checks.js';
import { MeetingCreation } from './creation/meeting-creation.js';
import { MeetingChangeListeners } from './meeting-change-listeners.js';
import { MeetingController } from './meeting.controller.js';
import { MeetingRepository } from './meeting.repository.js';
import { MeetingReads } from './reads/meeting-reads.js';
import { MeetingViews } from './reads/meeting-views.js';

/**
 * Meetings: creation/ (POST and a round's meetings), changes/ (PATCH, cancel, held, answers), reads/ (every
 * read other features and the API make), checks/ (organizations and people a meeting links to). Other
 * features read and change meetings only through the exported classes; those that react to a change
 * (agendas, invitations, reminders) are found at boot by MeetingChangeListeners.
 */
@Module({
  imports: [AuditModule, DiscoveryModule, OrganizationModule, PersonModule],
  controllers: [MeetingController],
  providers: [
    MeetingRepository,
    MeetingChecks,
    MeetingViews,
    MeetingReads,
    MeetingCreation,
    MeetingChanges,
    MeetingChangeListeners,
  ],
  exports: [MeetingReads, MeetingCreation, MeetingChanges],
})
export class MeetingModule {}
