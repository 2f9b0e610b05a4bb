import { Injectable } from '@nestjs/common';
import { AuditService } from '../../audit/audit.service.js';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user.js';
import { TransactionService } from '../../common/database/transaction.service.js';
import { itemsOf } from '../planning/round-items.js';
import { slotSummary } from '../round-audit.js';
import { RoundDrafts } from '../round-drafts.js';
import type { MoveRoundItemInput, RoundView } from '../round.dto.js';
import { RoundErrorCode, RoundException } from '../round.exception.js';
import { RoundRepository } from '../round.repository.js';
import { moveMeeting } from '../scheduler/index.js';
import { RoundViews } from '../view/round-views.js';

/** PATCH /api/rounds/{id}/items/{organizationId}: one municipality's slot moved in a draft round. */
@Injectable()
export class RoundSlotMove {
  constructor(
    private readonly drafts: RoundDrafts,
    private readonly repository: RoundRepository,
    private readonly transactions: TransactionService,
    private readonly audit: AuditService,
    private readonly views: RoundViews,
  ) {}

  /**
   * Moves one municipality's proposed slot (or places an unplaced one) after checking it with the scheduler
   * against the round's constraints and the meetings as they are now: ROUND_SLOT_REFUSED (409) with every
   * broken constraint otherwise. Trip mates may shift with it (the engine rebuilds the trip).
   */
  async move(
    user: AuthenticatedUser,
    id: string,
    organizationId: string,
    input: MoveRoundItemInput,
  ): Promise<RoundView> {
    const record = await this.transactions.run(async (manager) => {
      const { round, items } = await this.drafts.lockDraft(manager, user, id, input.version);
      const previous = new Map(items.map((item) => [item.organizationId, item]));
      if (!previous.has(organizationId)) {
        throw new RoundException(RoundErrorCode.ItemNotFound, 'The municipality is not in this round');
      }
      const fresh = await this.drafts.freshInput(round);
      const moved = moveMeeting(fresh, round.proposal!, organizationId, input.start);
      if (!moved.ok) throw RoundException.slotRefused(moved.check.violations);
      round.input = fresh;
      round.proposal = moved.proposal;
      const dueDates = new Map(items.map((item) => [item.organizationId, item.dueDate]));
      const saved = await this.repository.save(manager, round);
      const newItems = await this.repository.replaceItems(
        manager,
        round.id,
        itemsOf(round.id, fresh, moved.proposal, dueDates, previous, organizationId),
      );
      await this.audit.record(manager, {
        actorId: user.personId,
        action: 'round.move',
        entityType: 'round',
        entityId: round.id,
        organizationId,
        before: slotSummary(previous.get(organizationId)!),
        after: slotSummary(newItems.find((item) => item.organizationId === organizationId)!),
      });
      return { round: saved, items: newItems };
    });
    return this.views.of(record, user.locale);
  }
}
