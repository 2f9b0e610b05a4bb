import { Injectable } from '@nestjs/common';
import { AuditService } from '../../audit/audit.service.js';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user.js';
import { TransactionService } from '../../common/database/transaction.service.js';
import { ForbiddenError } from '../../common/errors/domain-error.js';
import { MeetingReads } from '../../meeting/reads/meeting-reads.js';
import { isMeetingKeeper } from '../agenda-access.js';
import { assertNotCancelled } from '../agenda-guards.js';
import { AgendaStore } from '../agenda-store.js';
import type { AgendaView } from '../agenda.dto.js';
import { AgendaRepository } from '../agenda.repository.js';
import { AgendaViews } from '../view/agenda-views.js';
import { AgendaSendQueue } from './agenda-send-queue.js';

/** POST …/agenda/publish: the agenda goes to the participants now, and after each burst of changes since. */
@Injectable()
export class AgendaPublication {
  constructor(
    private readonly repository: AgendaRepository,
    private readonly meetings: MeetingReads,
    private readonly store: AgendaStore,
    private readonly sends: AgendaSendQueue,
    private readonly transactions: TransactionService,
    private readonly audit: AuditService,
    private readonly views: AgendaViews,
  ) {}

  /** Sends the agenda to the participants now; later changes are sent after AGENDA_DEBOUNCE_MS of quiet. */
  async publish(user: AuthenticatedUser, meetingId: string): Promise<AgendaView> {
    const meeting = await this.meetings.findVisibleById(user, meetingId);
    if (!isMeetingKeeper(user, meeting)) {
      throw new ForbiddenError(
        'Only admins, coordinators and secretaries of the two parties publish the agenda',
      );
    }
    assertNotCancelled(meeting);
    await this.transactions.run(async (manager) => {
      const agenda = await this.store.lockAgenda(manager, meeting);
      if (agenda.publishedAt) return;
      await this.repository.markPublished(manager, meeting.id, user.personId);
      await this.sends.schedule(manager, meeting.id, agenda.contentVersion, new Date());
      await this.audit.record(manager, {
        actorId: user.personId,
        action: 'agenda.publish',
        entityType: 'agenda',
        entityId: meeting.id,
        organizationId: meeting.regionId,
        after: { version: agenda.contentVersion },
      });
    });
    return this.views.get(user, meetingId);
  }
}
