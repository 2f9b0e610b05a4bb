import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { formatInstant } from '../../agenda/agenda-format.js';
import { TransactionService } from '../../common/database/transaction.service.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { MeetingView } from '../../meeting/meeting.dto.js';
import { MeetingReads } from '../../meeting/reads/meeting-reads.js';
import type { PersonView } from '../../person/person.dto.js';
import type { Locale } from '../../person/person.entity.js';
import { PersonService } from '../../person/person.service.js';
import { MinutesMail } from '../mail/minutes-mail.js';
import type { ApprovalDecisionInput, ApprovalPageView } from '../minutes.dto.js';
import type { AdjusterDecision, MinutesAdjusterEntity, MinutesReviewEntity } from '../minutes.entity.js';
import { MinutesErrorCode } from '../minutes.exception.js';
import { MinutesRepository } from '../minutes.repository.js';
import { MinutesDecisions } from '../review/minutes-decisions.js';
import { MinutesViews } from '../view/minutes-views.js';
import { hashApprovalToken, newApprovalToken } from './approval-token.js';

/** What the public approval link resolves to. */
export type ApprovalLookup =
  { ok: true; view: ApprovalPageView } | { ok: false; code: MinutesErrorCode; locale: Locale };

interface Decided {
  view: ApprovalPageView;
  decision: AdjusterDecision;
}

/** The adjusters' public links (`/minutes-approval/:token`): issued by email, looked up, decided through. */
@Injectable()
export class ApprovalLinks {
  constructor(
    private readonly repository: MinutesRepository,
    private readonly meetings: MeetingReads,
    private readonly people: PersonService,
    private readonly transactions: TransactionService,
    private readonly views: MinutesViews,
    private readonly mail: MinutesMail,
    private readonly decisions: MinutesDecisions,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A fresh link for the adjuster, emailed in the caller's transaction (on submission, and as a reminder). */
  async issue(
    manager: EntityManager,
    meeting: MeetingView,
    review: MinutesReviewEntity,
    adjuster: MinutesAdjusterEntity,
    person: PersonView,
    submittedBy: string,
    reminder: boolean,
  ): Promise<void> {
    const token = newApprovalToken();
    await this.repository.insertToken(manager, adjuster.id, token.hash);
    await this.mail.approvalLink(manager, {
      meeting,
      review,
      person,
      submittedBy,
      token: token.token,
      reminder,
    });
  }

  /** GET /minutes-approval/:token: what the adjuster sees; changes nothing. */
  async lookUp(token: string): Promise<ApprovalLookup> {
    const hash = hashApprovalToken(token);
    const adjuster = hash ? await this.repository.findAdjusterByToken(hash) : null;
    if (!adjuster) {
      return { ok: false, code: MinutesErrorCode.ApprovalLinkNotFound, locale: this.config.defaultLocale };
    }
    const view = await this.viewOf(adjuster);
    if (!view)
      return { ok: false, code: MinutesErrorCode.ApprovalLinkNotFound, locale: this.config.defaultLocale };
    return { ok: true, view };
  }

  /** POST /minutes-approval/:token: approves or returns as the adjuster the link was sent to. */
  async decide(
    token: string,
    input: ApprovalDecisionInput,
  ): Promise<{ ok: true; result: Decided } | { ok: false; code: MinutesErrorCode; locale: Locale }> {
    const hash = hashApprovalToken(token);
    const found = hash ? await this.repository.findAdjusterByToken(hash) : null;
    const meeting = found ? await this.meetings.findById(found.meetingId) : null;
    const [person] = found ? await this.people.findByIds([found.personId]) : [];
    if (!found || !meeting || !person) {
      return { ok: false, code: MinutesErrorCode.ApprovalLinkNotFound, locale: this.config.defaultLocale };
    }
    const decision: AdjusterDecision = input.decision === 'approve' ? 'approved' : 'returned';
    const open = await this.transactions.run(async (manager) => {
      const minutes = await this.repository.findForUpdate(manager, meeting.id);
      const adjuster = await this.repository.findAdjuster(found.id);
      const review = adjuster ? await this.repository.findReview(adjuster.reviewId) : null;
      if (!minutes || !adjuster || !review || review.status !== 'open' || adjuster.decision !== null) {
        return false;
      }
      await this.decisions.decide(
        manager,
        meeting,
        minutes,
        review,
        adjuster,
        decision,
        input.comment ?? null,
      );
      return true;
    });
    if (!open) return { ok: false, code: MinutesErrorCode.ApprovalLinkClosed, locale: person.locale };
    const view = await this.viewOf((await this.repository.findAdjuster(found.id))!);
    return { ok: true, result: { view: view!, decision } };
  }

  private async viewOf(adjuster: MinutesAdjusterEntity): Promise<ApprovalPageView | null> {
    const meeting = await this.meetings.findById(adjuster.meetingId);
    const [person] = await this.people.findByIds([adjuster.personId]);
    const review = await this.repository.findReview(adjuster.reviewId);
    const minutes = await this.repository.findByMeeting(adjuster.meetingId);
    if (!meeting || !person || !review || !minutes) return null;
    const state: ApprovalPageView['state'] =
      adjuster.decision ?? (review.status === 'open' ? 'open' : 'closed');
    // While the link is open the minutes are under review, hence exactly as submitted to the adjuster.
    // Once it is closed it shows only its outcome: the minutes may be returned and edited since, and a
    // forwarded link must not read later revisions (issue 12).
    return {
      meetingTitle: meeting.title,
      when: this.mail.when(meeting, person.locale),
      adjusterName: person.name,
      locale: person.locale,
      state,
      deadlineAt: review.deadlineAt.toISOString(),
      deadline: formatInstant(review.deadlineAt, this.config.timeZone, person.locale),
      minutes: state === 'open' ? await this.views.of(meeting, minutes) : null,
    };
  }
}
