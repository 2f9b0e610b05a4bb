import { Injectable } from '@nestjs/common';
import { AgreementService } from '../../agreement/agreement.service.js';
import { AuditService } from '../../audit/audit.service.js';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user.js';
import { TransactionService } from '../../common/database/transaction.service.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { MeetingCreation } from '../../meeting/creation/meeting-creation.js';
import { MeetingErrorCode } from '../../meeting/meeting.exception.js';
import { PersonService } from '../../person/person.service.js';
import { roundAuditEntry } from '../round-audit.js';
import { RoundDrafts } from '../round-drafts.js';
import type { ConfirmRoundInput, RoundView } from '../round.dto.js';
import { RoundErrorCode, RoundException } from '../round.exception.js';
import { RoundRepository } from '../round.repository.js';
import { validateProposal } from '../scheduler/index.js';
import { RoundViews } from '../view/round-views.js';
import { roundMeetingInputs } from './round-meetings.js';

/** POST /api/rounds/{id}/confirm: a draft round's proposal becomes meetings. */
@Injectable()
export class RoundConfirmation {
  constructor(
    private readonly drafts: RoundDrafts,
    private readonly repository: RoundRepository,
    private readonly meetings: MeetingCreation,
    private readonly agreements: AgreementService,
    private readonly people: PersonService,
    private readonly transactions: TransactionService,
    private readonly audit: AuditService,
    private readonly views: RoundViews,
  ) {}

  /**
   * Creates the proposed meetings (status confirmed, round set, participants = regional team + the
   * agreement's defaults) in one transaction, after checking the proposal again against the meetings as they
   * are now (ROUND_STALE when something created meanwhile collides). Listeners hear `created` for each.
   */
  async confirm(user: AuthenticatedUser, id: string, input: ConfirmRoundInput): Promise<RoundView> {
    const record = await this.transactions.run(async (manager) => {
      const { round, items } = await this.drafts.lockDraft(manager, user, id, input.version);
      const violations = validateProposal(await this.drafts.freshInput(round), round.proposal!);
      if (violations.length > 0) {
        throw new RoundException(
          RoundErrorCode.Stale,
          'Meetings created since the proposal collide with it; move the slots or plan again',
          { violations },
        );
      }
      const proposed = items
        .filter((item) => item.state === 'proposed')
        .sort((a, b) => a.startAt!.getTime() - b.startAt!.getTime());
      const agreements = await this.agreements.findCurrentByOrganizations(
        proposed.map((i) => i.organizationId),
      );
      const existing = new Set(
        (await this.people.findByIds(proposed.flatMap((item) => item.participantIds))).map((p) => p.id),
      );
      const inputs = roundMeetingInputs(round, proposed, agreements, existing);
      let meetingIds: string[];
      try {
        meetingIds = await this.meetings.createManyForRound(manager, user.personId, inputs);
      } catch (error) {
        if (error instanceof DomainError && error.code === (MeetingErrorCode.Collision as string)) {
          throw new RoundException(
            RoundErrorCode.Stale,
            'A meeting created meanwhile collides with the proposal; move the slot or plan again',
            { ...(error.details as object) },
          );
        }
        throw error;
      }
      for (const [index, item] of proposed.entries()) {
        item.meetingId = meetingIds[index];
        item.state = 'confirmed';
      }
      round.status = 'confirmed';
      round.confirmedAt = new Date();
      round.confirmedBy = user.personId;
      const saved = await this.repository.save(manager, round);
      const savedItems = await this.repository.saveItems(manager, items);
      await this.audit.record(
        manager,
        roundAuditEntry(user.personId, 'round.confirm', saved, { meetings: proposed.length }),
      );
      return { round: saved, items: savedItems };
    });
    return this.views.of(record, user.locale);
  }
}
