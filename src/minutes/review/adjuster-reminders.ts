import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { TransactionService } from '../../common/database/transaction.service.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { jobIdFor } from '../../jobs/job-map.js';
import { OutboxService } from '../../jobs/outbox.service.js';
import { MeetingReads } from '../../meeting/reads/meeting-reads.js';
import { PersonService } from '../../person/person.service.js';
import { ApprovalLinks } from '../approval-link/approval-links.js';
import { MinutesRepository } from '../minutes.repository.js';
import { adjusterReminderAt } from './adjuster-reminder-time.js';

/** Job documents/minutes.remind-adjuster: scheduled at submission, a fresh link before the deadline. */
@Injectable()
export class AdjusterReminders {
  constructor(
    private readonly repository: MinutesRepository,
    private readonly meetings: MeetingReads,
    private readonly people: PersonService,
    private readonly transactions: TransactionService,
    private readonly links: ApprovalLinks,
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** MINUTES_REMINDER_BEFORE_HOURS before the deadline, or half-way when the deadline is nearer than that. */
  async schedule(manager: EntityManager, adjusterId: string, now: Date, deadline: Date): Promise<void> {
    await this.outbox.enqueue(
      manager,
      'documents',
      'minutes.remind-adjuster',
      { adjusterId },
      {
        jobId: jobIdFor('minutes.remind-adjuster', adjusterId),
        runAt: adjusterReminderAt(now, deadline, this.config.minutes.reminderBeforeHours),
      },
    );
  }

  /** The job's body: a fresh link, unless decided, reminded already or no longer open. */
  async remind(adjusterId: string): Promise<'done' | 'skipped'> {
    const adjuster = await this.repository.findAdjuster(adjusterId);
    if (!adjuster) return 'skipped';
    const meeting = await this.meetings.findById(adjuster.meetingId);
    const [person] = await this.people.findByIds([adjuster.personId]);
    if (!meeting || !person) return 'skipped';
    return this.transactions.run(async (manager) => {
      await this.repository.findForUpdate(manager, meeting.id);
      const current = await this.repository.findAdjuster(adjusterId);
      const review = current ? await this.repository.findReview(current.reviewId) : null;
      if (
        !current ||
        !review ||
        review.status !== 'open' ||
        current.decision !== null ||
        current.remindedAt
      ) {
        return 'skipped';
      }
      const [submitter] = await this.people.findByIds([review.submittedBy]);
      await this.links.issue(manager, meeting, review, current, person, submitter?.name ?? '', true);
      current.remindedAt = new Date();
      await this.repository.saveAdjuster(manager, current);
      return 'done';
    });
  }
}
