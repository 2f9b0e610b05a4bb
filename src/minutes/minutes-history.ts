import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { MeetingView } from '../meeting/meeting.dto.js';
import { MinutesRepository, type NewRevision } from './minutes.repository.js';

/** What the history of the minutes keeps of a step: a revision (GET …/revisions) and an audit entry. */
@Injectable()
export class MinutesHistory {
  constructor(
    private readonly repository: MinutesRepository,
    private readonly audit: AuditService,
  ) {}

  /** A revision of this meeting's minutes, in the caller's transaction. */
  revision(
    manager: EntityManager,
    meeting: MeetingView,
    revision: Omit<NewRevision, 'meetingId'>,
  ): Promise<void> {
    return this.repository.insertRevision(manager, { meetingId: meeting.id, ...revision });
  }

  /** The audit entry `minutes.<step>` of this meeting's minutes, in the caller's transaction. */
  audited(
    manager: EntityManager,
    meeting: MeetingView,
    actorId: string,
    step: 'update' | 'submit' | 'approve' | 'return' | 'lock' | 'reopen',
    after: Record<string, unknown>,
  ): Promise<void> {
    return this.audit.record(manager, {
      actorId,
      action: `minutes.${step}`,
      entityType: 'minutes',
      entityId: meeting.id,
      organizationId: meeting.regionId,
      after,
    });
  }
}
