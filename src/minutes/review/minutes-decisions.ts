import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user.js';
import { TransactionService } from '../../common/database/transaction.service.js';
import { ForbiddenError } from '../../common/errors/domain-error.js';
import type { MeetingView } from '../../meeting/meeting.dto.js';
import { MeetingReads } from '../../meeting/reads/meeting-reads.js';
import { PersonService } from '../../person/person.service.js';
import { MinutesMail } from '../mail/minutes-mail.js';
import { MinutesHistory } from '../minutes-history.js';
import type { ApproveMinutesInput, MinutesView, ReturnMinutesInput } from '../minutes.dto.js';
import type {
  AdjusterDecision,
  MinutesAdjusterEntity,
  MinutesEntity,
  MinutesReviewEntity,
} from '../minutes.entity.js';
import { MinutesErrorCode, MinutesException } from '../minutes.exception.js';
import { MinutesRepository } from '../minutes.repository.js';
import { MinutesViews } from '../view/minutes-views.js';
import { MinutesLock } from './minutes-lock.js';

/** The adjusters' decisions (by API here, by link through ApprovalLinks): a return ends the review, the last approval locks. */
@Injectable()
export class MinutesDecisions {
  constructor(
    private readonly repository: MinutesRepository,
    private readonly meetings: MeetingReads,
    private readonly people: PersonService,
    private readonly transactions: TransactionService,
    private readonly history: MinutesHistory,
    private readonly views: MinutesViews,
    private readonly mail: MinutesMail,
    private readonly locks: MinutesLock,
  ) {}

  approve(user: AuthenticatedUser, meetingId: string, input: ApproveMinutesInput): Promise<MinutesView> {
    return this.decideAsUser(user, meetingId, 'approved', input.comment ?? null);
  }

  returnMinutes(user: AuthenticatedUser, meetingId: string, input: ReturnMinutesInput): Promise<MinutesView> {
    return this.decideAsUser(user, meetingId, 'returned', input.comment);
  }

  /** One adjuster's decision, in the caller's transaction with the minutes row locked. */
  async decide(
    manager: EntityManager,
    meeting: MeetingView,
    minutes: MinutesEntity,
    review: MinutesReviewEntity,
    adjuster: MinutesAdjusterEntity,
    decision: AdjusterDecision,
    comment: string | null,
  ): Promise<MinutesEntity> {
    const now = new Date();
    adjuster.decision = decision;
    adjuster.comment = comment;
    adjuster.decidedAt = now;
    await this.repository.saveAdjuster(manager, adjuster);
    const [person] = await this.people.findByIds([adjuster.personId]);
    const name = person?.name ?? adjuster.personId;
    await this.history.audited(
      manager,
      meeting,
      adjuster.personId,
      decision === 'approved' ? 'approve' : 'return',
      {
        review: review.number,
        comment,
      },
    );
    if (decision === 'returned') {
      review.status = 'returned';
      review.closedAt = now;
      await this.repository.saveReview(manager, review);
      minutes.status = 'returned';
      const saved = await this.repository.save(manager, minutes);
      await this.history.revision(manager, meeting, {
        revision: saved.revision,
        kind: 'return',
        actorId: adjuster.personId,
        changes: [],
        comment,
      });
      await this.mail.returned(manager, meeting, review, name, comment ?? '');
      return saved;
    }
    await this.history.revision(manager, meeting, {
      revision: minutes.revision,
      kind: 'approve',
      actorId: adjuster.personId,
      changes: [],
      comment,
    });
    const adjusters = await this.repository.findAdjusters(review.id);
    if (adjusters.some((candidate) => candidate.decision !== 'approved')) return minutes;
    return this.locks.lock(manager, meeting, minutes, review, adjuster.personId);
  }

  private async decideAsUser(
    user: AuthenticatedUser,
    meetingId: string,
    decision: AdjusterDecision,
    comment: string | null,
  ): Promise<MinutesView> {
    const meeting = await this.meetings.findVisibleById(user, meetingId);
    const minutes = await this.transactions.run(async (manager) => {
      const current = await this.repository.findForUpdate(manager, meeting.id);
      const review = current ? await this.repository.findLatestReview(meeting.id) : null;
      if (!current || current.status !== 'in_review' || !review || review.status !== 'open') {
        throw new MinutesException(
          MinutesErrorCode.NotUnderReview,
          'The minutes are not with the adjusters',
          {
            status: current?.status ?? null,
          },
        );
      }
      const adjuster = (await this.repository.findAdjusters(review.id)).find(
        (candidate) => candidate.personId === user.personId,
      );
      if (!adjuster) throw new ForbiddenError('Only the named adjusters approve or return the minutes');
      if (adjuster.decision !== null) {
        throw new MinutesException(
          MinutesErrorCode.AlreadyDecided,
          'You have already decided on these minutes',
          {
            decision: adjuster.decision,
          },
        );
      }
      return this.decide(manager, meeting, current, review, adjuster, decision, comment);
    });
    return this.views.of(meeting, minutes);
  }
}
