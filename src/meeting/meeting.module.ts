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
import { MeetingSnapshots } from './reads/meeting-snapshots.js';
import { MeetingViews } from './reads/meeting-views.js';

/**
 * Meetings: creation/ (POST and a round's meetings), changes/ (PATCH, cancel, held, answers), reads/ (the
 * API's views, and MeetingSnapshots: the one read model of a meeting for other features), checks/
 * (organizations and people a meeting links to). Other features read and change meetings only through the
 * exported classes; those that react to a change (agendas, invitations, reminders) are found at boot by
 * MeetingChangeListeners.
 */
@Module({
  imports: [AuditModule, DiscoveryModule, OrganizationModule, PersonModule],
  controllers: [MeetingController],
  providers: [
    MeetingRepository,
    MeetingChecks,
    MeetingViews,
    MeetingReads,
    MeetingSnapshots,
    MeetingCreation,
    MeetingChanges,
    MeetingChangeListeners,
  ],
  exports: [MeetingReads, MeetingSnapshots, MeetingCreation, MeetingChanges],
})
export class MeetingModule {}
