import { Injectable } from '@nestjs/common';
import { AuditService } from '../../audit/audit.service.js';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user.js';
import { TransactionService } from '../../common/database/transaction.service.js';
import type { MeetingView } from '../../meeting/meeting.dto.js';
import { insertionPosition, isOnAgenda, moveTo } from '../agenda-items.js';
import { AgendaStore } from '../agenda-store.js';
import type { AgendaItemView } from '../agenda.dto.js';
import type { AgendaEntity, AgendaItemEntity } from '../agenda.entity.js';
import { AgendaErrorCode, AgendaException } from '../agenda.exception.js';
import { AgendaRepository } from '../agenda.repository.js';
import { AgendaMail } from '../mail/agenda-mail.js';
import { AgendaSendQueue } from '../sending/agenda-send-queue.js';
import { AgendaViews } from '../view/agenda-views.js';
import { NextMeeting } from './next-meeting.js';

/**
 * PATCH …/agenda-items/:id with moveToNextMeeting: carries an unfinished item over to the municipality's next
 * planned or confirmed meeting. A copy goes on that agenda before its closing items (source carry-over) and
 * this item records where it went. The proposer of an accepted proposal is told, with the keeper's message.
 */
@Injectable()
export class AgendaItemMove {
  constructor(
    private readonly repository: AgendaRepository,
    private readonly nextMeeting: NextMeeting,
    private readonly store: AgendaStore,
    private readonly sends: AgendaSendQueue,
    private readonly transactions: TransactionService,
    private readonly audit: AuditService,
    private readonly views: AgendaViews,
    private readonly mail: AgendaMail,
  ) {}

  async moveToNextMeeting(
    user: AuthenticatedUser,
    meeting: MeetingView,
    current: AgendaItemEntity,
    message: string | null = null,
  ): Promise<AgendaItemView> {
    if (!isOnAgenda(current)) {
      throw new AgendaException(AgendaErrorCode.ProposalUndecided, 'Only an item on the agenda moves on', {
        status: current.status,
      });
    }
    if (current.movedToMeetingId) throw alreadyMoved(current.movedToMeetingId);
    const target = await this.nextMeeting.after(meeting);
    if (!target) {
      throw new AgendaException(
        AgendaErrorCode.NoNextMeeting,
        'There is no later meeting with the municipality',
      );
    }
    const moved = await this.transactions.run(async (manager) => {
      // Lock both agendas in id order: two moves in opposite directions do not deadlock.
      const [first, second] = [meeting, target].sort((a, b) => a.id.localeCompare(b.id));
      const agendas = new Map<string, AgendaEntity>();
      agendas.set(first.id, await this.store.lockAgenda(manager, first));
      agendas.set(second.id, await this.store.lockAgenda(manager, second));
      const item = await this.repository.findItem(current.id);
      if (!item) throw AgendaException.itemNotFound();
      if (item.movedToMeetingId) throw alreadyMoved(item.movedToMeetingId);
      const targetItems = await this.repository.findItems(target.id);
      const [copy] = await this.repository.insertItems(manager, [
        {
          meetingId: target.id,
          position: targetItems.length + 1,
          title: item.title,
          description: item.description,
          type: item.type,
          presenterPersonId: item.presenterPersonId,
          presenterParty: item.presenterParty,
          durationMinutes: item.durationMinutes,
          strategyAreaIds: item.strategyAreaIds,
          links: item.links,
          visibility: item.visibility,
          secrecyGround: item.secrecyGround,
          secrecyNote: item.secrecyNote,
          status: 'scheduled',
          source: 'carry-over',
          proposedBy: item.proposedBy,
          decidedBy: null,
          decidedAt: null,
          decisionReason: null,
          carriedFromItemId: item.id,
          movedToMeetingId: null,
          closing: false,
        },
      ]);
      await this.repository.renumber(
        manager,
        moveTo([...targetItems, copy], copy.id, insertionPosition(targetItems)),
      );
      item.movedToMeetingId = target.id;
      const saved = await this.repository.saveItem(manager, item);
      await this.sends.changed(manager, agendas.get(meeting.id)!);
      await this.sends.changed(manager, agendas.get(target.id)!);
      // A proposal accepted onto this agenda: its author hears where it went.
      if (item.status === 'accepted' && item.proposedBy && item.proposedBy !== user.personId) {
        await this.mail.proposalMoved(manager, { meeting, target, item, reason: message });
      }
      await this.audit.record(manager, {
        actorId: user.personId,
        action: 'agenda-item.move',
        entityType: 'agenda-item',
        entityId: item.id,
        organizationId: meeting.regionId,
        after: { movedToMeetingId: target.id, newItemId: copy.id },
      });
      return saved;
    });
    return this.views.item(meeting, moved);
  }
}

function alreadyMoved(meetingId: string): AgendaException {
  return new AgendaException(AgendaErrorCode.AlreadyMoved, 'The item was already moved to a later meeting', {
    meetingId,
  });
}
