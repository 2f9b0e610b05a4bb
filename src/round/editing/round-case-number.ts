import { Injectable } from '@nestjs/common';
import { AuditService } from '../../audit/audit.service.js';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user.js';
import { TransactionService } from '../../common/database/transaction.service.js';
import { RoundDrafts } from '../round-drafts.js';
import type { RoundView, UpdateRoundInput } from '../round.dto.js';
import { RoundRepository } from '../round.repository.js';
import { RoundViews } from '../view/round-views.js';

/** PATCH /api/rounds/{id}: the round's case number. */
@Injectable()
export class RoundCaseNumber {
  constructor(
    private readonly drafts: RoundDrafts,
    private readonly repository: RoundRepository,
    private readonly transactions: TransactionService,
    private readonly audit: AuditService,
    private readonly views: RoundViews,
  ) {}

  /** The round's case number (diarienummer), in any status; the meetings already created keep theirs. */
  async update(user: AuthenticatedUser, id: string, input: UpdateRoundInput): Promise<RoundView> {
    const record = await this.transactions.run(async (manager) => {
      const record = await this.drafts.lock(manager, user, id, input.version);
      const { round } = record;
      if (round.caseNumber === input.caseNumber) return record;
      const before = round.caseNumber;
      round.caseNumber = input.caseNumber;
      const saved = await this.repository.save(manager, round);
      await this.audit.record(manager, {
        actorId: user.personId,
        action: 'round.update',
        entityType: 'round',
        entityId: round.id,
        organizationId: round.regionId,
        before: { caseNumber: before },
        after: { caseNumber: saved.caseNumber },
      });
      return { round: saved, items: record.items };
    });
    return this.views.of(record, user.locale);
  }
}
