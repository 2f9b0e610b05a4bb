import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ActionsFromMinutes } from '../../action/minutes/actions-from-minutes.js';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user.js';
import { TransactionService } from '../../common/database/transaction.service.js';
import type { MeetingView } from '../../meeting/meeting.dto.js';
import { MeetingChanges } from '../../meeting/changes/meeting-changes.js';
import { MeetingReads } from '../../meeting/reads/meeting-reads.js';
import { ArchivePackages } from '../archive/archive-packages.js';
import { MinutesDistribution } from '../distribution/minutes-distribution.js';
import { MinutesPdfs } from '../document/minutes-pdfs.js';
import { MinutesHistory } from '../minutes-history.js';
import { isOpened } from '../minutes-parts.js';
import { actionInput } from '../editing/minutes-proposed-actions.js';
import { assertKeeper } from '../minutes-guards.js';
import type { MinutesView, ReopenMinutesInput } from '../minutes.dto.js';
import type { MinutesAction, MinutesEntity, MinutesReviewEntity } from '../minutes.entity.js';
import { MinutesErrorCode, MinutesException } from '../minutes.exception.js';
import { MinutesRepository } from '../minutes.repository.js';
import { MinutesViews } from '../view/minutes-views.js';

/** The lock (every adjuster approved) and its undoing (reopen, with a reason). */
@Injectable()
export class MinutesLock {
  constructor(
    private readonly repository: MinutesRepository,
    private readonly meetings: MeetingReads,
    private readonly meetingChanges: MeetingChanges,
    private readonly actions: ActionsFromMinutes,
    private readonly pdfs: MinutesPdfs,
    private readonly distribution: MinutesDistribution,
    private readonly history: MinutesHistory,
    private readonly transactions: TransactionService,
    private readonly views: MinutesViews,
    private readonly archive: ArchivePackages,
  ) {}

  /**
   * Every adjuster approved: actions created, minutes locked, PDFs stored, the archive package built and
   * stored (its delivery queued), distribution queued — one transaction.
   */
  async lock(
    manager: EntityManager,
    meeting: MeetingView,
    minutes: MinutesEntity,
    review: MinutesReviewEntity,
    actorId: string,
  ): Promise<MinutesEntity> {
    const now = new Date();
    review.status = 'approved';
    review.closedAt = now;
    await this.repository.saveReview(manager, review);
    let created = 0;
    const actions: MinutesAction[] = [];
    for (const action of minutes.actions) {
      if (isOpened(action)) {
        actions.push(action);
        continue;
      }
      // In the name of who wrote it into the minutes, not of the adjuster whose approval locked them.
      const author = action.addedBy ?? review.submittedBy;
      // Written since #15: its proposed action opens. Before: the action is created now.
      if (action.actionId && (await this.actions.openFromMinutes(manager, action.actionId, author))) {
        actions.push({ ...action, opened: true });
        created += 1;
        continue;
      }
      const { id } = await this.actions.createFromMinutes(manager, {
        meetingId: meeting.id,
        ...actionInput(action, author),
      });
      actions.push({ ...action, actionId: id, opened: true });
      created += 1;
    }
    // Submitted while the meeting was on: it is held once the minutes lock after its end.
    await this.meetingChanges.markHeld(manager, meeting.id, actorId, now);
    minutes.actions = actions;
    minutes.status = 'locked';
    minutes.lockedAt = now;
    minutes.lockCount += 1;
    const saved = await this.repository.save(manager, minutes);
    const full = await this.pdfs.render(meeting, saved, true);
    const partial = await this.pdfs.render(meeting, saved, false);
    await this.repository.storePdfs(manager, meeting.id, full, partial);
    await this.history.revision(manager, meeting, {
      revision: saved.revision,
      kind: 'lock',
      actorId,
      changes: [{ kind: 'locked', review: review.number, actionsCreated: created }],
    });
    await this.archive.createAtLock(meeting, saved, { full, partial });
    await this.distribution.queue(manager, meeting.id, saved.lockCount);
    await this.history.audited(manager, meeting, actorId, 'lock', {
      lock: saved.lockCount,
      actionsCreated: created,
    });
    return saved;
  }

  /** Locked → draft, with the reason recorded; justering starts again with the next submission. */
  async reopen(user: AuthenticatedUser, meetingId: string, input: ReopenMinutesInput): Promise<MinutesView> {
    const meeting = await this.meetings.findVisibleById(user, meetingId);
    assertKeeper(user, meeting);
    const minutes = await this.transactions.run(async (manager) => {
      const current = await this.repository.findForUpdate(manager, meeting.id);
      if (!current || current.status !== 'locked') {
        throw new MinutesException(MinutesErrorCode.NotLocked, 'Only locked minutes are reopened', {
          status: current?.status ?? null,
        });
      }
      current.status = 'draft';
      current.lockedAt = null;
      current.firstSubmittedAt = null;
      const saved = await this.repository.save(manager, current);
      await this.repository.storePdfs(manager, meeting.id, null, null);
      await this.history.revision(manager, meeting, {
        revision: saved.revision,
        kind: 'reopen',
        actorId: user.personId,
        changes: [],
        comment: input.reason,
      });
      await this.history.audited(manager, meeting, user.personId, 'reopen', { reason: input.reason });
      return saved;
    });
    return this.views.of(meeting, minutes);
  }
}
