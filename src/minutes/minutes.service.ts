import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import type { EntityManager } from 'typeorm';
import { ActionService } from '../action/action.service.js';
import { isMeetingKeeper, partyOrganizationIds } from '../agenda/agenda-access.js';
import { ITEM_TYPE_LABELS, formatInstant, formatMeetingWhen } from '../agenda/agenda-format.js';
import { type AgendaItemRef, AgendaService } from '../agenda/agenda.service.js';
import { AgreementService } from '../agreement/agreement.service.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthenticatedUser } from '../common/auth/authenticated-user.js';
import { TransactionService } from '../common/database/transaction.service.js';
import { ForbiddenError } from '../common/errors/domain-error.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { jobIdFor } from '../jobs/job-map.js';
import { OutboxService } from '../jobs/outbox.service.js';
import { MailService } from '../mail/mail.service.js';
import type { MeetingView } from '../meeting/meeting.dto.js';
import { MeetingService } from '../meeting/meeting.service.js';
import type { Locale } from '../person/person.entity.js';
import type { PersonView } from '../person/person.dto.js';
import { PersonService } from '../person/person.service.js';
import { DEFAULT_SCHEDULER_CONFIG } from '../round/scheduler/scheduler-config.js';
import { StrategyAreaService } from '../strategy-area/strategy-area.service.js';
import { approvalDeadline } from './approval-deadline.js';
import { hashApprovalToken, newApprovalToken } from './approval-token.js';
import { type MinutesContent, diffMinutes } from './minutes-diff.js';
import { type MinutesDocument, renderMinutesPdf } from './minutes-pdf.js';
import type {
  ApprovalDecisionInput,
  ApprovalPageView,
  ApproveMinutesInput,
  MinutesRevisionView,
  MinutesView,
  PutMinutesInput,
  ReopenMinutesInput,
  ReturnMinutesInput,
  SubmitMinutesInput,
} from './minutes.dto.js';
import {
  type AdjusterDecision,
  type MinutesAction,
  type MinutesAdjusterEntity,
  MinutesEntity,
  type MinutesItem,
  type MinutesReviewEntity,
} from './minutes.entity.js';
import { MinutesErrorCode, MinutesException } from './minutes.exception.js';
import { MinutesRepository } from './minutes.repository.js';
import { appLinks } from '../common/web/app-links.js';

const HOUR_MS = 3_600_000;
const PARTY_NAMES = { region: 'Regionen', municipality: 'Kommunen' } as const;

/** Per organization: minutes awaiting approval and how long approval takes (for the overview). */
export interface MinutesApprovalStats {
  organizationId: string;
  /** Submitted, waiting for the adjusters. */
  awaitingApproval: number;
  /** Returned by an adjuster, waiting for the secretary. */
  returned: number;
  /** Awaiting approval past their deadline. */
  overdue: number;
  /** The earliest first submission among minutes not yet approved. */
  oldestAwaitingSince: string | null;
  approved: number;
  /** Mean time from first submission to lock over approved minutes, in days. */
  averageLeadTimeDays: number | null;
}

/** What the public approval link resolves to. */
export type ApprovalLookup =
  { ok: true; view: ApprovalPageView } | { ok: false; code: MinutesErrorCode; locale: Locale };

interface Decided {
  view: ApprovalPageView;
  decision: AdjusterDecision;
}

/**
 * Minutes: per item notes and decisions, attendance, guests and new actions, with every revision kept;
 * justering (submission to the adjusters, approval or return by link or API, a reminder before the
 * deadline); lock with the actions created and the PDF rendered in the same transaction; distribution by
 * email (job minutes.distribute); reopen with a reason.
 */
@Injectable()
export class MinutesService {
  constructor(
    private readonly repository: MinutesRepository,
    private readonly meetings: MeetingService,
    private readonly agendas: AgendaService,
    private readonly agreements: AgreementService,
    private readonly actions: ActionService,
    private readonly strategyAreas: StrategyAreaService,
    private readonly people: PersonService,
    private readonly transactions: TransactionService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async getMinutes(user: AuthenticatedUser, meetingId: string): Promise<MinutesView> {
    const meeting = await this.meetings.findVisibleById(user, meetingId);
    return this.view(meeting, await this.repository.findByMeeting(meeting.id));
  }

  async revisions(user: AuthenticatedUser, meetingId: string): Promise<{ items: MinutesRevisionView[] }> {
    const meeting = await this.meetings.findVisibleById(user, meetingId);
    const rows = await this.repository.findRevisions(meeting.id);
    return {
      items: rows.map((row) => ({
        revision: row.revision,
        kind: row.kind,
        actorId: row.actorId,
        changes: row.changes,
        comment: row.comment,
        createdAt: row.createdAt.toISOString(),
      })),
    };
  }

  /** Replaces the content; a new revision with its diff summary when anything changed. */
  async put(user: AuthenticatedUser, meetingId: string, input: PutMinutesInput): Promise<MinutesView> {
    const meeting = await this.meetings.findVisibleById(user, meetingId);
    assertKeeper(user, meeting);
    assertNotCancelled(meeting);
    const agendaItems = await this.agendas.findAgendaItems(meeting);
    await this.validateContent(meeting, agendaItems, input);
    const minutes = await this.transactions.run(async (manager) => {
      const current = await this.lockOrCreate(manager, meeting);
      if (current.status === 'locked') throw MinutesException.locked();
      if (current.status === 'in_review') {
        throw new MinutesException(
          MinutesErrorCode.UnderReview,
          'The minutes are with the adjusters; they change once returned (or submit them again)',
        );
      }
      if (input.version !== undefined && input.version !== current.version) {
        throw new MinutesException(
          MinutesErrorCode.VersionConflict,
          'The minutes were changed by someone else',
          {
            currentVersion: current.version,
          },
        );
      }
      const before = contentOf(current);
      const after = this.newContent(meeting, agendaItems, input, current, user.personId);
      const changes = diffMinutes(before, after);
      if (changes.length === 0) return current;
      Object.assign(current, after);
      current.revision += 1;
      const saved = await this.repository.save(manager, current);
      await this.repository.insertRevision(manager, {
        meetingId: meeting.id,
        revision: saved.revision,
        kind: 'edit',
        actorId: user.personId,
        changes,
        content: after as unknown as Record<string, unknown>,
      });
      await this.audit.record(manager, {
        actorId: user.personId,
        action: 'minutes.update',
        entityType: 'minutes',
        entityId: meeting.id,
        organizationId: meeting.regionId,
        after: { revision: saved.revision, changes },
      });
      return saved;
    });
    return this.view(meeting, minutes);
  }

  /** Sends the minutes to the adjusters (justering); a submission while one is open replaces it. */
  async submit(user: AuthenticatedUser, meetingId: string, input: SubmitMinutesInput): Promise<MinutesView> {
    const meeting = await this.meetings.findVisibleById(user, meetingId);
    assertKeeper(user, meeting);
    assertNotCancelled(meeting);
    const adjusters = await this.resolveAdjusters(meeting, input);
    const deadlineAt = this.deadlineOf(input.deadline, new Date());
    assertStarted(meeting);
    const [submitter] = await this.people.findByIds([user.personId]);
    const minutes = await this.transactions.run(async (manager) => {
      const current = await this.repository.findForUpdate(manager, meeting.id);
      if (!current || current.revision === 0) {
        throw new MinutesException(MinutesErrorCode.Empty, 'Nothing has been recorded in the minutes yet');
      }
      if (current.status === 'locked') throw MinutesException.locked();
      const previous = await this.repository.findLatestReview(meeting.id, manager);
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
        await this.sendApprovalLink(manager, meeting, review, adjuster, person, submitter?.name ?? '', false);
        await this.scheduleReminder(manager, adjuster.id, now, deadlineAt);
      }
      // Minutes submitted after the meeting's end record that it took place.
      await this.meetings.markHeld(manager, meeting.id, user.personId, now);
      current.status = 'in_review';
      current.submittedBy = user.personId;
      current.firstSubmittedAt ??= now;
      if (input.informed) current.informed = input.informed.map((address) => address.toLowerCase());
      const saved = await this.repository.save(manager, current);
      const names = adjusters.map(({ person }) => person.name).join(', ');
      await this.repository.insertRevision(manager, {
        meetingId: meeting.id,
        revision: saved.revision,
        kind: 'submit',
        actorId: user.personId,
        changes: [`submitted to ${names}; deadline ${deadlineAt.toISOString()}`],
      });
      await this.audit.record(manager, {
        actorId: user.personId,
        action: 'minutes.submit',
        entityType: 'minutes',
        entityId: meeting.id,
        organizationId: meeting.regionId,
        after: {
          review: review.number,
          adjusters: adjusters.map(({ person }) => person.id),
          deadlineAt: deadlineAt.toISOString(),
        },
      });
      return saved;
    });
    return this.view(meeting, minutes);
  }

  async approve(
    user: AuthenticatedUser,
    meetingId: string,
    input: ApproveMinutesInput,
  ): Promise<MinutesView> {
    return this.decideAsUser(user, meetingId, 'approved', input.comment ?? null);
  }

  async returnMinutes(
    user: AuthenticatedUser,
    meetingId: string,
    input: ReturnMinutesInput,
  ): Promise<MinutesView> {
    return this.decideAsUser(user, meetingId, 'returned', input.comment);
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
      await this.repository.insertRevision(manager, {
        meetingId: meeting.id,
        revision: saved.revision,
        kind: 'reopen',
        actorId: user.personId,
        changes: ['reopened'],
        comment: input.reason,
      });
      await this.audit.record(manager, {
        actorId: user.personId,
        action: 'minutes.reopen',
        entityType: 'minutes',
        entityId: meeting.id,
        organizationId: meeting.regionId,
        after: { reason: input.reason },
      });
      return saved;
    });
    return this.view(meeting, minutes);
  }

  /** The PDF: as locked (stored when the minutes locked), or a draft rendered now (from the agenda if empty). */
  async pdf(user: AuthenticatedUser, meetingId: string): Promise<{ filename: string; content: Buffer }> {
    const meeting = await this.meetings.findVisibleById(user, meetingId);
    const minutes = (await this.repository.findByMeeting(meeting.id)) ?? (await this.blankMinutes(meeting));
    const filename = pdfFilename(meeting, this.config.timeZone);
    if (minutes.status === 'locked') {
      const stored = await this.repository.findPdfs(meeting.id);
      if (stored?.pdf) return { filename, content: stored.pdf };
    }
    return { filename, content: await renderMinutesPdf(await this.documentOf(meeting, minutes, true)) };
  }

  /** Figures for the overview, per organization (no access checks: the caller scoped the ids). */
  async approvalStats(organizationIds: string[], now = new Date()): Promise<MinutesApprovalStats[]> {
    const rows = await this.repository.approvalStats(organizationIds, now);
    return rows.map((row) => ({
      organizationId: row.organizationId,
      awaitingApproval: row.inReview,
      returned: row.returned,
      overdue: row.overdue,
      oldestAwaitingSince: row.oldestSubmittedAt?.toISOString() ?? null,
      approved: row.locked,
      averageLeadTimeDays:
        row.averageLeadTimeHours === null ? null : Math.round((row.averageLeadTimeHours / 24) * 10) / 10,
    }));
  }

  // ---------- public approval links ----------

  /** GET /minutes-approval/:token: what the adjuster sees; changes nothing. */
  async lookUpApproval(token: string): Promise<ApprovalLookup> {
    const hash = hashApprovalToken(token);
    const adjuster = hash ? await this.repository.findAdjusterByToken(hash) : null;
    if (!adjuster) {
      return { ok: false, code: MinutesErrorCode.ApprovalLinkNotFound, locale: this.config.defaultLocale };
    }
    const view = await this.approvalView(adjuster);
    if (!view)
      return { ok: false, code: MinutesErrorCode.ApprovalLinkNotFound, locale: this.config.defaultLocale };
    return { ok: true, view };
  }

  /** POST /minutes-approval/:token: approves or returns as the adjuster the link was sent to. */
  async decideByToken(
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
      const adjuster = await this.repository.findAdjuster(found.id, manager);
      const review = adjuster ? await this.repository.findReview(adjuster.reviewId, manager) : null;
      if (!minutes || !adjuster || !review || review.status !== 'open' || adjuster.decision !== null) {
        return false;
      }
      await this.decide(manager, meeting, minutes, review, adjuster, decision, input.comment ?? null);
      return true;
    });
    if (!open) return { ok: false, code: MinutesErrorCode.ApprovalLinkClosed, locale: person.locale };
    const view = await this.approvalView((await this.repository.findAdjuster(found.id))!);
    return { ok: true, result: { view: view!, decision } };
  }

  // ---------- jobs ----------

  /** Job minutes.remind-adjuster: a fresh link before the deadline, unless decided or no longer open. */
  async remindAdjuster(adjusterId: string): Promise<'done' | 'skipped'> {
    const adjuster = await this.repository.findAdjuster(adjusterId);
    if (!adjuster) return 'skipped';
    const meeting = await this.meetings.findById(adjuster.meetingId);
    const [person] = await this.people.findByIds([adjuster.personId]);
    if (!meeting || !person) return 'skipped';
    return this.transactions.run(async (manager) => {
      await this.repository.findForUpdate(manager, meeting.id);
      const current = await this.repository.findAdjuster(adjusterId, manager);
      const review = current ? await this.repository.findReview(current.reviewId, manager) : null;
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
      await this.sendApprovalLink(manager, meeting, review, current, person, submitter?.name ?? '', true);
      current.remindedAt = new Date();
      await this.repository.saveAdjuster(manager, current);
      return 'done';
    });
  }

  /**
   * Job minutes.distribute: the locked minutes to every participant (the full PDF) and to the informed
   * addresses (without items restricted to the parties), once per lock.
   */
  async distribute(meetingId: string, lock: number): Promise<'done' | 'skipped'> {
    const meeting = await this.meetings.findById(meetingId);
    if (!meeting) return 'skipped';
    return this.transactions.run(async (manager) => {
      const minutes = await this.repository.findForUpdate(manager, meetingId);
      if (!minutes || minutes.status !== 'locked' || minutes.lockCount !== lock) return 'skipped';
      if (minutes.distributedLock === lock) return 'skipped';
      const pdfs = await this.repository.findPdfs(meetingId, manager);
      const full =
        pdfs?.pdf ?? (await renderMinutesPdf(await this.documentOf(meeting, minutes, true, manager)));
      const partial =
        pdfs?.pdfPublic ?? (await renderMinutesPdf(await this.documentOf(meeting, minutes, false, manager)));
      const review = await this.repository.findLatestReview(meetingId, manager);
      const adjusters = review ? await this.repository.findAdjusters(review.id, manager) : [];
      const adjusterNames = new Map(
        (await this.people.findByIds(adjusters.map((adjuster) => adjuster.personId))).map((p) => [
          p.id,
          p.name,
        ]),
      );
      const adjusterList = adjusters
        .map((adjuster) => adjusterNames.get(adjuster.personId) ?? '')
        .filter(Boolean);
      const parties = partyOrganizationIds(meeting);
      const filename = pdfFilename(meeting, this.config.timeZone);
      const sentTo = new Set<string>();
      const participants = await this.meetings.listParticipants(meetingId, { manager });
      const recipients = [
        ...participants.map((participant) => ({
          address: participant.email,
          name: participant.name,
          personId: participant.personId,
          locale: participant.locale,
          isParty: parties.has(participant.organizationId),
        })),
        ...minutes.informed.map((address) => ({
          address,
          name: '',
          personId: undefined,
          locale: this.config.defaultLocale,
          isParty: false,
        })),
      ];
      for (const recipient of recipients) {
        const key = recipient.address.toLowerCase();
        if (sentTo.has(key)) continue;
        sentTo.add(key);
        await this.mail.queue(manager, {
          template: 'minutes-distribution',
          to: {
            address: recipient.address,
            ...(recipient.name ? { name: recipient.name } : {}),
            ...(recipient.personId ? { personId: recipient.personId } : {}),
            locale: recipient.locale,
          },
          data: {
            personName: recipient.name || (recipient.locale === 'sv' ? 'du' : 'there'),
            meetingTitle: meeting.title,
            when: this.when(meeting, recipient.locale),
            adjusters: adjusterList.join(recipient.locale === 'sv' ? ' och ' : ' and '),
            partial: !recipient.isParty,
          },
          attachments: [
            { filename, content: recipient.isParty ? full : partial, contentType: 'application/pdf' },
          ],
          related: { type: 'minutes', id: meetingId },
        });
      }
      await this.repository.markDistributed(manager, meetingId, lock);
      return 'done';
    });
  }

  // ---------- internals ----------

  private async decideAsUser(
    user: AuthenticatedUser,
    meetingId: string,
    decision: AdjusterDecision,
    comment: string | null,
  ): Promise<MinutesView> {
    const meeting = await this.meetings.findVisibleById(user, meetingId);
    const minutes = await this.transactions.run(async (manager) => {
      const current = await this.repository.findForUpdate(manager, meeting.id);
      const review = current ? await this.repository.findLatestReview(meeting.id, manager) : null;
      if (!current || current.status !== 'in_review' || !review || review.status !== 'open') {
        throw new MinutesException(
          MinutesErrorCode.NotUnderReview,
          'The minutes are not with the adjusters',
          {
            status: current?.status ?? null,
          },
        );
      }
      const adjuster = (await this.repository.findAdjusters(review.id, manager)).find(
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
    return this.view(meeting, minutes);
  }

  /** One adjuster's decision; a return ends the review, the last approval locks the minutes. */
  private async decide(
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
    await this.audit.record(manager, {
      actorId: adjuster.personId,
      action: decision === 'approved' ? 'minutes.approve' : 'minutes.return',
      entityType: 'minutes',
      entityId: meeting.id,
      organizationId: meeting.regionId,
      after: { review: review.number, comment },
    });
    if (decision === 'returned') {
      review.status = 'returned';
      review.closedAt = now;
      await this.repository.saveReview(manager, review);
      minutes.status = 'returned';
      const saved = await this.repository.save(manager, minutes);
      await this.repository.insertRevision(manager, {
        meetingId: meeting.id,
        revision: saved.revision,
        kind: 'return',
        actorId: adjuster.personId,
        changes: [`returned by ${name}`],
        comment,
      });
      await this.tellSecretary(manager, meeting, review, name, comment ?? '');
      return saved;
    }
    await this.repository.insertRevision(manager, {
      meetingId: meeting.id,
      revision: minutes.revision,
      kind: 'approve',
      actorId: adjuster.personId,
      changes: [`approved by ${name}`],
      comment,
    });
    const adjusters = await this.repository.findAdjusters(review.id, manager);
    if (adjusters.some((candidate) => candidate.decision !== 'approved')) return minutes;
    return this.lock(manager, meeting, minutes, review, adjuster.personId);
  }

  /** Every adjuster approved: actions created, minutes locked, PDFs stored, distribution queued — one transaction. */
  private async lock(
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
      if (action.actionId) {
        actions.push(action);
        continue;
      }
      const { id } = await this.actions.createFromMinutes(manager, {
        meetingId: meeting.id,
        ...(action.agendaItemId ? { agendaItemId: action.agendaItemId } : {}),
        title: action.title,
        ...(action.description ? { description: action.description } : {}),
        ownerPersonId: action.ownerPersonId,
        ownerOrganizationId: action.ownerOrganizationId,
        dueDate: action.dueDate,
        strategyAreaIds: action.strategyAreaIds,
        // In the name of who wrote it into the minutes, not of the adjuster whose approval locked them.
        actorId: action.addedBy ?? review.submittedBy,
      });
      actions.push({ ...action, actionId: id });
      created += 1;
    }
    // Submitted while the meeting was on: it is held once the minutes lock after its end.
    await this.meetings.markHeld(manager, meeting.id, actorId, now);
    minutes.actions = actions;
    minutes.status = 'locked';
    minutes.lockedAt = now;
    minutes.lockCount += 1;
    const saved = await this.repository.save(manager, minutes);
    const full = await renderMinutesPdf(await this.documentOf(meeting, saved, true, manager));
    const partial = await renderMinutesPdf(await this.documentOf(meeting, saved, false, manager));
    await this.repository.storePdfs(manager, meeting.id, full, partial);
    await this.repository.insertRevision(manager, {
      meetingId: meeting.id,
      revision: saved.revision,
      kind: 'lock',
      actorId,
      changes: [
        `locked after approval (review ${review.number})`,
        ...(created ? [`${created} actions created`] : []),
      ],
    });
    await this.outbox.enqueue(
      manager,
      'documents',
      'minutes.distribute',
      { meetingId: meeting.id, lock: saved.lockCount },
      { jobId: jobIdFor('documents', 'minutes.distribute', meeting.id, String(saved.lockCount)) },
    );
    await this.audit.record(manager, {
      actorId,
      action: 'minutes.lock',
      entityType: 'minutes',
      entityId: meeting.id,
      organizationId: meeting.regionId,
      after: { lock: saved.lockCount, actionsCreated: created },
    });
    return saved;
  }

  /** Nothing recorded yet: the agenda's items without notes, for a draft PDF to take into the meeting. */
  private async blankMinutes(meeting: MeetingView): Promise<MinutesEntity> {
    const items = await this.agendas.findAgendaItems(meeting);
    return Object.assign(new MinutesEntity(), {
      meetingId: meeting.id,
      status: 'draft',
      revision: 0,
      items: items.map((ref) => ({
        agendaItemId: ref.id,
        position: ref.number,
        title: ref.title,
        type: ref.type,
        visibility: ref.visibility,
        notes: null,
        decisions: [],
      })),
      attendance: [],
      guests: [],
      actions: [],
      informed: [],
      lockedAt: null,
    } satisfies Partial<MinutesEntity>);
  }

  private async lockOrCreate(manager: EntityManager, meeting: MeetingView): Promise<MinutesEntity> {
    await this.repository.insertIfMissing(
      manager,
      meeting.id,
      meeting.regionId,
      meeting.organizations.map((organization) => organization.id),
    );
    return (await this.repository.findForUpdate(manager, meeting.id))!;
  }

  private async validateContent(
    meeting: MeetingView,
    agendaItems: readonly AgendaItemRef[],
    input: PutMinutesInput,
  ): Promise<void> {
    const itemIds = new Set(agendaItems.map((item) => item.id));
    const unknownItems = [
      ...input.items.map((item) => item.agendaItemId),
      ...input.actions.flatMap((action) => (action.agendaItemId ? [action.agendaItemId] : [])),
    ].filter((id) => !itemIds.has(id));
    if (unknownItems.length > 0) {
      throw new MinutesException(MinutesErrorCode.UnknownAgendaItem, 'Not an item on this meeting’s agenda', {
        agendaItemIds: [...new Set(unknownItems)],
      });
    }
    const invited = new Set(meeting.participants.map((participant) => participant.personId));
    const notInvited = input.attendance.map((entry) => entry.personId).filter((id) => !invited.has(id));
    if (notInvited.length > 0) {
      throw new MinutesException(
        MinutesErrorCode.NotInvited,
        'Attendance is recorded for invited people; add others as guests',
        { personIds: notInvited },
      );
    }
    if (input.actions.length === 0) return;
    const parties = partyOrganizationIds(meeting);
    const owners = new Map(
      (await this.people.findByIds(input.actions.map((action) => action.ownerPersonId))).map((p) => [
        p.id,
        p,
      ]),
    );
    const badOwners = input.actions.filter((action) => {
      const owner = owners.get(action.ownerPersonId);
      return (
        !parties.has(action.ownerOrganizationId) ||
        !owner ||
        owner.organizationId !== action.ownerOrganizationId
      );
    });
    if (badOwners.length > 0) {
      throw new MinutesException(
        MinutesErrorCode.InvalidActionOwner,
        'An action’s owner must be a person of its owner organization, the region or a municipality of the meeting',
        { actions: badOwners.map((action) => action.title) },
      );
    }
    // The same check ActionService.createFromMinutes makes when the minutes lock: refuse now, not then.
    await this.strategyAreas.assertUsable(
      meeting.regionId,
      input.actions.flatMap((action) => action.strategyAreaIds),
    );
  }

  private newContent(
    meeting: MeetingView,
    agendaItems: readonly AgendaItemRef[],
    input: PutMinutesInput,
    current: MinutesEntity,
    authorId: string,
  ): MinutesContent {
    const given = new Map(input.items.map((item) => [item.agendaItemId, item]));
    const items: MinutesItem[] = agendaItems.map((ref) => ({
      agendaItemId: ref.id,
      position: ref.number,
      title: ref.title,
      type: ref.type,
      visibility: ref.visibility,
      notes: given.get(ref.id)?.notes ?? null,
      decisions: given.get(ref.id)?.decisions ?? [],
    }));
    const participants = new Map(
      meeting.participants.map((participant) => [participant.personId, participant]),
    );
    const attendance = input.attendance.map((entry) => ({
      personId: entry.personId,
      name: participants.get(entry.personId)?.name ?? '',
      organizationId: participants.get(entry.personId)?.organizationId ?? null,
      status: entry.status,
    }));
    const guests = input.guests.map((guest) => ({
      name: guest.name,
      organization: guest.organization ?? null,
    }));
    const previous = new Map(current.actions.map((action) => [action.id, action]));
    // An action sent back without its id is the earlier one with the same content: a repeated PUT is no change.
    const unclaimed = current.actions.filter((old) => !input.actions.some((action) => action.id === old.id));
    const actions: MinutesAction[] = input.actions.map((action) => {
      const content: ActionContent = {
        agendaItemId: action.agendaItemId ?? null,
        title: action.title,
        description: action.description ?? null,
        ownerPersonId: action.ownerPersonId,
        ownerOrganizationId: action.ownerOrganizationId,
        dueDate: action.dueDate,
        strategyAreaIds: action.strategyAreaIds,
      };
      let id = action.id;
      if (!id) {
        const match = unclaimed.findIndex((old) => sameActionContent(old, content));
        id = match >= 0 ? unclaimed.splice(match, 1)[0].id : randomUUID();
      }
      const old = previous.get(id);
      const next: MinutesAction = {
        id,
        ...content,
        actionId: null,
        addedBy: old ? (old.addedBy ?? null) : authorId,
      };
      if (old?.actionId) {
        // By value: the stored action comes back from jsonb with its keys in another order.
        if (!sameActionContent(old, content)) throw actionAlreadyCreated(old);
        next.actionId = old.actionId;
      }
      return next;
    });
    const kept = new Set(actions.map((action) => action.id));
    const dropped = current.actions.find((action) => action.actionId && !kept.has(action.id));
    if (dropped) throw actionAlreadyCreated(dropped);
    return { items, attendance, guests, actions };
  }

  private async resolveAdjusters(
    meeting: MeetingView,
    input: SubmitMinutesInput,
  ): Promise<Array<{ person: PersonView; party: 'region' | 'municipality' }>> {
    let ids: string[];
    if (input.adjusters) {
      ids = input.adjusters.map((adjuster) => adjuster.personId);
    } else {
      const municipalityId = meeting.organizations[0]?.id;
      const defaults = municipalityId
        ? await this.agreements.findDefaultAdjusters(municipalityId)
        : { region: null, municipality: null };
      const missing = (['region', 'municipality'] as const).filter((party) => !defaults[party]);
      if (missing.length > 0) {
        throw new MinutesException(
          MinutesErrorCode.AdjustersRequired,
          'The agreement names no adjuster for every party: name the adjusters in the body',
          { missing, field: 'adjusters' },
        );
      }
      ids = [defaults.region!, defaults.municipality!];
    }
    const found = new Map((await this.people.findByIds(ids)).map((person) => [person.id, person]));
    const parties = partyOrganizationIds(meeting);
    const bad = ids.filter((id) => !found.has(id) || !parties.has(found.get(id)!.organizationId));
    if (bad.length > 0) {
      throw new MinutesException(
        MinutesErrorCode.InvalidAdjuster,
        'Adjusters are people of the region or of the meeting’s municipalities',
        { personIds: bad, field: 'adjusters' },
      );
    }
    return ids.map((id) => {
      const person = found.get(id)!;
      return { person, party: person.organizationId === meeting.regionId ? 'region' : 'municipality' };
    });
  }

  /** The end of a working day: the given one or MINUTES_APPROVAL_DAYS on (approvalDeadline, docs/adr/0008). */
  private deadlineOf(date: string | undefined, now: Date): Date {
    const { deadlineAt } = approvalDeadline(
      now,
      { approvalDays: this.config.minutes.approvalDays, ...(date === undefined ? {} : { date }) },
      this.config.timeZone,
      DEFAULT_SCHEDULER_CONFIG.holidayCountry,
    );
    if (deadlineAt.getTime() <= now.getTime()) {
      throw new MinutesException(MinutesErrorCode.InvalidDeadline, 'The deadline must lie in the future', {
        field: 'deadline',
      });
    }
    return deadlineAt;
  }

  /** MINUTES_REMINDER_BEFORE_HOURS before the deadline, or half-way when the deadline is nearer than that. */
  private async scheduleReminder(
    manager: EntityManager,
    adjusterId: string,
    now: Date,
    deadline: Date,
  ): Promise<void> {
    const before = deadline.getTime() - this.config.minutes.reminderBeforeHours * HOUR_MS;
    const halfway = now.getTime() + (deadline.getTime() - now.getTime()) / 2;
    await this.outbox.enqueue(
      manager,
      'documents',
      'minutes.remind-adjuster',
      { adjusterId },
      {
        jobId: jobIdFor('documents', 'minutes.remind-adjuster', adjusterId),
        runAt: new Date(Math.max(before, halfway)),
      },
    );
  }

  private async sendApprovalLink(
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
    await this.mail.queue(manager, {
      template: 'minutes-approval',
      to: { address: person.email, name: person.name, personId: person.id, locale: person.locale },
      data: {
        personName: person.name,
        meetingTitle: meeting.title,
        when: this.when(meeting, person.locale),
        submittedBy,
        deadline: formatInstant(review.deadlineAt, this.config.timeZone, person.locale),
        approvalUrl: `${this.config.http.publicUrl}/minutes-approval/${token.token}`,
        reminder,
      },
      related: { type: 'minutes', id: meeting.id },
    });
  }

  private async tellSecretary(
    manager: EntityManager,
    meeting: MeetingView,
    review: MinutesReviewEntity,
    adjusterName: string,
    comment: string,
  ): Promise<void> {
    const [secretary] = await this.people.findByIds([review.submittedBy]);
    if (!secretary) return;
    await this.mail.queue(manager, {
      template: 'minutes-returned',
      to: {
        address: secretary.email,
        name: secretary.name,
        personId: secretary.id,
        locale: secretary.locale,
      },
      data: {
        personName: secretary.name,
        meetingTitle: meeting.title,
        when: this.when(meeting, secretary.locale),
        adjusterName,
        comment,
        minutesUrl: appLinks.meetingMinutes(this.config.http.publicUrl, meeting.id),
      },
      related: { type: 'minutes', id: meeting.id },
    });
  }

  private when(meeting: MeetingView, locale: Locale): string {
    return formatMeetingWhen(
      new Date(meeting.startAt),
      new Date(meeting.endAt),
      this.config.timeZone,
      locale,
    );
  }

  private async approvalView(adjuster: MinutesAdjusterEntity): Promise<ApprovalPageView | null> {
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
      when: this.when(meeting, person.locale),
      adjusterName: person.name,
      locale: person.locale,
      state,
      deadlineAt: review.deadlineAt.toISOString(),
      minutes: state === 'open' ? await this.view(meeting, minutes) : null,
    };
  }

  /** The minutes as the API shows them; before anything is recorded, an empty draft over the agenda. */
  private async view(
    meeting: MeetingView,
    minutes: MinutesEntity | null,
    manager?: EntityManager,
  ): Promise<MinutesView> {
    const stored = new Map((minutes?.items ?? []).map((item) => [item.agendaItemId, item]));
    let items: MinutesItem[];
    if (minutes?.status === 'locked' || minutes?.status === 'in_review') {
      items = [...(minutes.items ?? [])].sort((a, b) => a.position - b.position);
    } else {
      const agendaItems = await this.agendas.findAgendaItems(meeting, manager);
      const current = new Set(agendaItems.map((item) => item.id));
      items = [
        ...agendaItems.map((ref) => ({
          agendaItemId: ref.id,
          position: ref.number,
          title: ref.title,
          type: ref.type,
          visibility: ref.visibility,
          notes: stored.get(ref.id)?.notes ?? null,
          decisions: stored.get(ref.id)?.decisions ?? [],
        })),
        // Notes of an item taken off the agenda since stay until the secretary clears them.
        ...(minutes?.items ?? []).filter(
          (item) => !current.has(item.agendaItemId) && (item.notes !== null || item.decisions.length > 0),
        ),
      ];
    }
    const recorded = new Map((minutes?.attendance ?? []).map((entry) => [entry.personId, entry]));
    const invited = new Set(meeting.participants.map((participant) => participant.personId));
    const attendance = [
      ...meeting.participants.map((participant) => ({
        personId: participant.personId,
        name: participant.name ?? recorded.get(participant.personId)?.name ?? '',
        organizationId: participant.organizationId,
        status: recorded.get(participant.personId)?.status ?? null,
      })),
      ...(minutes?.attendance ?? []).filter((entry) => !invited.has(entry.personId)),
    ];
    const review = minutes ? await this.repository.findLatestReview(meeting.id, manager) : null;
    const adjusters = review ? await this.repository.findAdjusters(review.id, manager) : [];
    const names = new Map(
      (await this.people.findByIds(adjusters.map((adjuster) => adjuster.personId))).map((p) => [
        p.id,
        p.name,
      ]),
    );
    return {
      meetingId: meeting.id,
      status: minutes?.status ?? 'draft',
      revision: minutes?.revision ?? 0,
      version: minutes?.version ?? 0,
      items: items.map((item, index) => ({
        agendaItemId: item.agendaItemId,
        number: index + 1,
        title: item.title,
        type: item.type,
        visibility: item.visibility,
        notes: item.notes,
        decisions: [...item.decisions],
      })),
      attendance,
      guests: (minutes?.guests ?? []).map((guest) => ({ ...guest })),
      actions: (minutes?.actions ?? []).map((action) => ({
        id: action.id,
        agendaItemId: action.agendaItemId,
        title: action.title,
        description: action.description,
        ownerPersonId: action.ownerPersonId,
        ownerOrganizationId: action.ownerOrganizationId,
        dueDate: action.dueDate,
        strategyAreaIds: [...action.strategyAreaIds],
        actionId: action.actionId,
        addedBy: action.addedBy ?? null,
      })),
      informed: [...(minutes?.informed ?? [])],
      review: review
        ? {
            id: review.id,
            number: review.number,
            status: review.status,
            submittedBy: review.submittedBy,
            submittedAt: review.submittedAt.toISOString(),
            deadlineAt: review.deadlineAt.toISOString(),
            closedAt: review.closedAt?.toISOString() ?? null,
            adjusters: adjusters.map((adjuster) => ({
              personId: adjuster.personId,
              name: names.get(adjuster.personId) ?? null,
              party: adjuster.party,
              decision: adjuster.decision,
              comment: adjuster.comment,
              decidedAt: adjuster.decidedAt?.toISOString() ?? null,
            })),
          }
        : null,
      firstSubmittedAt: minutes?.firstSubmittedAt?.toISOString() ?? null,
      lockedAt: minutes?.lockedAt?.toISOString() ?? null,
      pdfUrl: `${this.config.http.publicUrl}/api/meetings/${meeting.id}/minutes.pdf`,
      updatedAt: minutes?.updatedAt.toISOString() ?? null,
    };
  }

  /** The PDF's content; without the items restricted to the parties (and their actions) unless `full`. */
  private async documentOf(
    meeting: MeetingView,
    minutes: MinutesEntity,
    full: boolean,
    manager?: EntityManager,
  ): Promise<MinutesDocument> {
    const zone = this.config.timeZone;
    const items = [...minutes.items]
      .sort((a, b) => a.position - b.position)
      .filter((item) => full || item.visibility === 'public');
    const numbers = new Map(items.map((item, index) => [item.agendaItemId, index + 1]));
    const hidden = new Set(
      minutes.items.filter((item) => !numbers.has(item.agendaItemId)).map((item) => item.agendaItemId),
    );
    const actions = minutes.actions.filter(
      (action) => !action.agendaItemId || !hidden.has(action.agendaItemId),
    );
    const review = await this.repository.findLatestReview(meeting.id, manager);
    const adjusters = review ? await this.repository.findAdjusters(review.id, manager) : [];
    const people = new Map(
      (
        await this.people.findByIds([
          ...actions.map((action) => action.ownerPersonId),
          ...adjusters.map((adjuster) => adjuster.personId),
        ])
      ).map((person) => [person.id, person.name]),
    );
    const byStatus = (status: string) =>
      minutes.attendance.filter((entry) => entry.status === status).map((entry) => entry.name);
    return {
      meetingTitle: meeting.title,
      when: formatMeetingWhen(new Date(meeting.startAt), new Date(meeting.endAt), zone, 'sv'),
      organizations: meeting.organizations.map((organization) => organization.name).join(', '),
      location: meeting.locationAddress ?? (meeting.videoUrl ? 'Digitalt möte' : ''),
      final: minutes.status === 'locked',
      items: items.map((item) => ({
        number: numbers.get(item.agendaItemId)!,
        title: item.title,
        typeLabel: ITEM_TYPE_LABELS.sv[item.type],
        notes: item.notes ?? '',
        decisions: item.decisions,
      })),
      present: byStatus('present'),
      absent: byStatus('absent'),
      excused: byStatus('excused'),
      guests: minutes.guests.map((guest) =>
        guest.organization ? `${guest.name} (${guest.organization})` : guest.name,
      ),
      actions: actions.map((action) => ({
        title: action.title,
        owner: people.get(action.ownerPersonId) ?? '',
        dueDate: action.dueDate,
        item: action.agendaItemId ? String(numbers.get(action.agendaItemId) ?? '') : '',
      })),
      adjusters: adjusters.map((adjuster) => ({
        name: people.get(adjuster.personId) ?? '',
        party: PARTY_NAMES[adjuster.party],
        approvedAt:
          adjuster.decision === 'approved' && adjuster.decidedAt
            ? DateTime.fromJSDate(adjuster.decidedAt, { zone }).toISODate()!
            : '',
      })),
      lockedAt: minutes.lockedAt ? formatInstant(minutes.lockedAt, zone, 'sv') : '',
    };
  }
}

function assertKeeper(user: AuthenticatedUser, meeting: MeetingView): void {
  if (!isMeetingKeeper(user, meeting)) {
    throw new ForbiddenError('Only admins, coordinators and secretaries of the two parties keep the minutes');
  }
}

function assertNotCancelled(meeting: MeetingView): void {
  if (meeting.status === 'cancelled') {
    throw new MinutesException(MinutesErrorCode.MeetingCancelled, 'The meeting is cancelled');
  }
}

function assertStarted(meeting: MeetingView): void {
  if (Date.parse(meeting.startAt) > Date.now()) {
    throw new MinutesException(
      MinutesErrorCode.MeetingNotStarted,
      'The meeting has not started: its minutes go to the adjusters once it has taken place',
      { startAt: meeting.startAt },
    );
  }
}

function actionAlreadyCreated(action: MinutesAction): MinutesException {
  return new MinutesException(
    MinutesErrorCode.ActionAlreadyCreated,
    'This action was created when the minutes were locked; change it under /api/actions',
    { id: action.id, actionId: action.actionId },
  );
}

/** What an action of the minutes says, without its identity or fate. */
type ActionContent = Omit<MinutesAction, 'id' | 'actionId' | 'addedBy'>;

/** Same action content by value (null and absent alike, strategy areas as a set). */
function sameActionContent(a: ActionContent, b: ActionContent): boolean {
  const areas = (ids: readonly string[]) => [...ids].sort().join(',');
  return (
    a.title === b.title &&
    (a.description ?? null) === (b.description ?? null) &&
    a.ownerPersonId === b.ownerPersonId &&
    a.ownerOrganizationId === b.ownerOrganizationId &&
    a.dueDate === b.dueDate &&
    (a.agendaItemId ?? null) === (b.agendaItemId ?? null) &&
    areas(a.strategyAreaIds) === areas(b.strategyAreaIds)
  );
}

function contentOf(minutes: MinutesEntity): MinutesContent {
  return {
    items: minutes.items,
    attendance: minutes.attendance,
    guests: minutes.guests,
    actions: minutes.actions,
  };
}

function pdfFilename(meeting: MeetingView, zone: string): string {
  const date = DateTime.fromISO(meeting.startAt, { zone }).toISODate();
  return `protokoll-${date}.pdf`;
}
