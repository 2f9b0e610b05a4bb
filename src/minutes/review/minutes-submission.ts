import { Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user.js';
import { TransactionService } from '../../common/database/transaction.service.js';
import { MeetingChanges } from '../../meeting/changes/meeting-changes.js';
import { MeetingReads } from '../../meeting/reads/meeting-reads.js';
import { PersonService } from '../../person/person.service.js';
import { ApprovalLinks } from '../approval-link/approval-links.js';
import { MinutesHistory } from '../minutes-history.js';
import { assertKeeper, assertNotCancelled, assertStarted } from '../minutes-guards.js';
import type { AdjusterOptionsView, MinutesView, SubmitMinutesInput } from '../minutes.dto.js';
import { MinutesErrorCode, MinutesException } from '../minutes.exception.js';
import { MinutesRepository } from '../minutes.repository.js';
import { MinutesViews } from '../view/minutes-views.js';
import { AdjusterReminders } from './adjuster-reminders.js';
import { AdjusterSelection } from './adjuster-selection.js';

/** POST …/minutes/submit: the minutes to the adjusters (justering); a submission while one is open replaces it. */
@Injectable()
export class MinutesSubmission {
  constructor(
    private readonly repository: MinutesRepository,
    private readonly meetings: MeetingReads,
    private readonly meetingChanges: MeetingChanges,
    private readonly people: PersonService,
    private readonly transactions: TransactionService,
    private readonly selection: AdjusterSelection,
    private readonly links: ApprovalLinks,
    private readonly reminders: AdjusterReminders,
    private readonly history: MinutesHistory,
    private readonly views: MinutesViews,
  ) {}

  /** GET …/minutes/adjuster-options: for the minutes' keepers; another municipality's meeting is not found. */
  async adjusterOptions(user: AuthenticatedUser, meetingId: string): Promise<AdjusterOptionsView> {
    const meeting = await this.meetings.findVisibleById(user, meetingId);
    assertKeeper(user, meeting);
    return this.selection.options(meeting);
  }

  async submit(user: AuthenticatedUser, meetingId: string, input: SubmitMinutesInput): Promise<MinutesView> {
    const meeting = await this.meetings.findVisibleById(user, meetingId);
    assertKeeper(user, meeting);
    assertNotCancelled(meeting);
    const adjusters = await this.selection.adjusters(meeting, input);
    const deadlineAt = this.selection.deadline(input.deadline, new Date());
    assertStarted(meeting);
    const [submitter] = await this.people.findByIds([user.personId]);
    const minutes = await this.transactions.run(async (manager) => {
      const current = await this.repository.findForUpdate(manager, meeting.id);
      if (!current || current.revision === 0) {
        throw new MinutesException(MinutesErrorCode.Empty, 'Nothing has been recorded in the minutes yet');
      }
      if (current.status === 'locked') throw MinutesException.locked();
      const previous = await this.repository.findLatestReview(meeting.id);
      if (previous?.status === 'open') {
        previous.status = 'superseded';
        previous.closedAt = new Date();
        await this.repository.saveReview(manager, previous);
      }
      const now = new Date();
      const review = await this.repository.insertReview(manager, {
        meetingId: meeting.id,
        revision: current.revision,
        submittedBy: user.personId,
        submittedAt: now,
        deadlineAt,
      });
      for (const { person, party } of adjusters) {
        const adjuster = await this.repository.insertAdjuster(manager, {
          reviewId: review.id,
          meetingId: meeting.id,
          personId: person.id,
          party,
        });
        await this.links.issue(manager, meeting, review, adjuster, person, submitter?.name ?? '', false);
        await this.reminders.schedule(manager, adjuster.id, now, deadlineAt);
      }
      // Minutes submitted after the meeting's end record that it took place.
      await this.meetingChanges.markHeld(manager, meeting.id, user.personId, now);
      current.status = 'in_review';
      current.submittedBy = user.personId;
      current.firstSubmittedAt ??= now;
      if (input.informed) current.informed = input.informed.map((address) => address.toLowerCase());
      const saved = await this.repository.save(manager, current);
      await this.history.revision(manager, meeting, {
        revision: saved.revision,
        kind: 'submit',
        actorId: user.personId,
        changes: [
          {
            kind: 'submitted',
            adjusterNames: adjusters.map(({ person }) => person.name),
            deadlineAt: deadlineAt.toISOString(),
          },
        ],
      });
      await this.history.audited(manager, meeting, user.personId, 'submit', {
        review: review.number,
        adjusters: adjusters.map(({ person }) => person.id),
        deadlineAt: deadlineAt.toISOString(),
      });
      return saved;
    });
    return this.views.of(meeting, minutes);
  }
}
