import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AgreementService } from '../agreement/agreement.service.js';
import { AuditService } from '../audit/audit.service.js';
import { type AuthenticatedUser, hasRole } from '../common/auth/authenticated-user.js';
import { TransactionService } from '../common/database/transaction.service.js';
import { DomainError, ForbiddenError } from '../common/errors/domain-error.js';
import type { Locale } from '../common/i18n/locale.js';
import type { Page } from '../common/validation/zod-dto.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { CadenceService } from '../cadence/cadence.service.js';
import { jobIdFor } from '../jobs/job-map.js';
import { OutboxService } from '../jobs/outbox.service.js';
import { toLocalDate, toLocalIso } from '../meeting/meeting-time.js';
import { MeetingErrorCode } from '../meeting/meeting.exception.js';
import type { ParticipantInput } from '../meeting/checks/meeting-checks.js';
import { MeetingCreation } from '../meeting/creation/meeting-creation.js';
import { OrganizationService } from '../organization/organization.service.js';
import { PersonService } from '../person/person.service.js';
import {
  type RoundConsultationRow,
  RoundConsultationRepository,
  type RoundProposalAnswerRow,
} from './consultation/round-consultation.repository.js';
import { RoundInputBuilder } from './round-input.builder.js';
import { placementReasonText, unplacedText } from './round-messages.js';
import type {
  ConfirmRoundInput,
  CreateRoundInput,
  MoveRoundItemInput,
  RoundFilter,
  RoundItemView,
  RoundSummaryView,
  RoundView,
  UpdateRoundInput,
} from './round.dto.js';
import type { RoundEntity, RoundItemEntity } from './round.entity.js';
import { RoundErrorCode, RoundException } from './round.exception.js';
import { type NewRoundItem, type RoundRecord, RoundRepository } from './round.repository.js';
import {
  type Proposal,
  type SchedulerInput,
  moveMeeting,
  planRound,
  validateProposal,
  validateSchedulerInput,
} from './scheduler/index.js';

/**
 * Rounds of more municipalities than this are planned on the worker, with progress on the round. The engine
 * itself is fast (15 municipalities in milliseconds), but a large plan holds the event loop and stores many
 * rows; a client may also ask for the background explicitly.
 */
export const PLAN_IN_BACKGROUND_ABOVE = 30;
/** Items stored per step while planning in the background; progress is written after each. */
const STORE_BATCH = 10;

@Injectable()
export class RoundService {
  private readonly logger = new Logger(RoundService.name);

  constructor(
    private readonly repository: RoundRepository,
    private readonly builder: RoundInputBuilder,
    private readonly meetings: MeetingCreation,
    private readonly agreements: AgreementService,
    private readonly organizations: OrganizationService,
    private readonly people: PersonService,
    private readonly cadence: CadenceService,
    private readonly outbox: OutboxService,
    private readonly transactions: TransactionService,
    private readonly audit: AuditService,
    private readonly consultations: RoundConsultationRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Builds the scheduler's input from the database and plans it: at once (status draft), or on the worker
   * for large rounds or when asked (status planning, progress on the round until draft or failed).
   */
  async create(user: AuthenticatedUser, input: CreateRoundInput): Promise<RoundView> {
    assertMayPlan(user);
    // The window, duration and constraints first, so their errors are not hidden behind the database's.
    const skeleton: SchedulerInput = {
      window: { firstDate: input.window.from, lastDate: input.window.to },
      durationMinutes: input.durationMinutes,
      municipalities: [],
      regionalTeam: input.regionalTeam,
      config: { ...input.constraints, timeZone: this.config.timeZone },
    };
    const early = validateSchedulerInput(skeleton);
    if (early.length > 0) throw RoundException.fromInputErrors(early);

    const built = await this.builder.build(user, {
      regionId: user.regionId,
      window: input.window,
      organizationIds: input.organizationIds,
      onlyDue: input.onlyDue,
      durationMinutes: input.durationMinutes,
      mode: input.mode,
      regionalTeam: input.regionalTeam,
      constraints: input.constraints,
    });
    const errors = validateSchedulerInput(built.input);
    if (errors.length > 0) throw RoundException.fromInputErrors(errors);
    const total = built.input.municipalities.length;
    const background = input.background ?? total > PLAN_IN_BACKGROUND_ABOVE;
    const base = {
      regionId: user.regionId,
      name: input.name,
      caseNumber: input.caseNumber ?? null,
      windowFirst: input.window.from,
      windowLast: input.window.to,
      durationMinutes: input.durationMinutes,
      mode: input.mode ?? null,
      regionalTeam: input.regionalTeam,
      constraints: input.constraints,
      input: built.input,
      failure: null,
      createdBy: user.personId,
    };

    if (background) {
      const record = await this.transactions.run(async (manager) => {
        const round = await this.repository.insert(manager, {
          ...base,
          status: 'planning',
          proposal: null,
          progress: { phase: 'queued', done: 0, total },
        });
        await this.outbox.enqueue(
          manager,
          'rounds',
          'round.plan',
          { roundId: round.id },
          { jobId: jobIdFor('round.plan', round.id) },
        );
        await this.recordAudit(manager, user.personId, 'round.create', round);
        return { round, items: [] };
      });
      return this.viewOf(record, user.locale);
    }

    const planned = planRound(built.input);
    if (!planned.ok) throw RoundException.fromInputErrors(planned.errors);
    const record = await this.transactions.run(async (manager) => {
      const round = await this.repository.insert(manager, {
        ...base,
        status: 'draft',
        proposal: planned.proposal,
        progress: { phase: 'done', done: total, total },
      });
      const items = await this.repository.insertItems(
        manager,
        itemsOf(round.id, built.input, planned.proposal, built.dueDates, new Map()),
      );
      await this.recordAudit(manager, user.personId, 'round.create', round);
      return { round, items };
    });
    return this.viewOf(record, user.locale);
  }

  /**
   * The worker's part (job rounds/round.plan): plans a queued round from its stored input, storing the items
   * in batches and the progress after each. 'skipped' when the round is no longer waiting.
   */
  async planQueued(roundId: string): Promise<'done' | 'skipped'> {
    const record = await this.repository.findById(roundId);
    if (!record || record.round.status !== 'planning') return 'skipped';
    const { round } = record;
    const total = round.input.municipalities.length;
    await this.repository.updateProgress(roundId, { phase: 'planning', done: 0, total });
    const planned = planRound(round.input);
    if (!planned.ok) {
      await this.finish(roundId, (stored) => {
        stored.status = 'failed';
        stored.failure = { errors: planned.errors };
        stored.progress = { phase: 'failed', done: 0, total };
      });
      return 'done';
    }
    const dueDates = await this.dueDatesOf(round.input);
    const items = itemsOf(roundId, round.input, planned.proposal, dueDates, new Map());
    // A retry after a crash starts the items over.
    await this.repository.deleteItems(roundId);
    for (let done = 0; done < items.length; done += STORE_BATCH) {
      const batch = items.slice(done, done + STORE_BATCH);
      await this.transactions.run((manager) => this.repository.insertItems(manager, batch));
      await this.repository.updateProgress(roundId, {
        phase: 'storing',
        done: done + batch.length,
        total,
      });
    }
    await this.finish(roundId, (stored) => {
      stored.status = 'draft';
      stored.proposal = planned.proposal;
      stored.progress = { phase: 'done', done: total, total };
    });
    this.logger.log({ msg: 'round planned', roundId, ...planned.proposal.totals });
    return 'done';
  }

  async list(user: AuthenticatedUser, filter: RoundFilter): Promise<Page<RoundSummaryView>> {
    const regionId = hasRole(user, 'admin') ? null : regionOf(user);
    if (regionId === undefined) return { items: [], total: 0, limit: filter.limit, offset: filter.offset };
    const page = await this.repository.findPage(regionId, filter);
    return { ...page, items: page.items.map((round) => this.toSummary(round)) };
  }

  /** Rounds are the region's internal planning: a municipality's people get ROUND_NOT_FOUND. */
  async findVisibleById(user: AuthenticatedUser, id: string): Promise<RoundView> {
    const record = await this.repository.findById(id);
    if (!record || !isVisible(user, record.round)) throw RoundException.notFound();
    return this.viewOf(record, user.locale);
  }

  /**
   * Moves one municipality's proposed slot (or places an unplaced one) after checking it with the scheduler
   * against the round's constraints and the meetings as they are now: ROUND_SLOT_REFUSED (409) with every
   * broken constraint otherwise. Trip mates may shift with it (the engine rebuilds the trip).
   */
  async moveItem(
    user: AuthenticatedUser,
    id: string,
    organizationId: string,
    input: MoveRoundItemInput,
  ): Promise<RoundView> {
    const record = await this.transactions.run(async (manager) => {
      const { round, items } = await this.lockDraft(manager, user, id, input.version);
      const previous = new Map(items.map((item) => [item.organizationId, item]));
      if (!previous.has(organizationId)) {
        throw new RoundException(RoundErrorCode.ItemNotFound, 'The municipality is not in this round');
      }
      const fresh: SchedulerInput = { ...round.input, busy: await this.builder.busyFor(round.input) };
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
    return this.viewOf(record, user.locale);
  }

  /**
   * Creates the proposed meetings (status confirmed, round set, participants = regional team + the
   * agreement's defaults) in one transaction, after checking the proposal again against the meetings as they
   * are now (ROUND_STALE when something created meanwhile collides). Listeners hear `created` for each.
   */
  async confirm(user: AuthenticatedUser, id: string, input: ConfirmRoundInput): Promise<RoundView> {
    const record = await this.transactions.run(async (manager) => {
      const { round, items } = await this.lockDraft(manager, user, id, input.version);
      const fresh: SchedulerInput = { ...round.input, busy: await this.builder.busyFor(round.input) };
      const violations = validateProposal(fresh, round.proposal!);
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
      const names = new Map(round.input.municipalities.map((m) => [m.id, m.name]));
      const chair = round.regionalTeam[0];
      const inputs = proposed.map((item) => {
        const agreement = agreements.get(item.organizationId);
        const participants: ParticipantInput[] = item.participantIds
          .filter((personId) => existing.has(personId))
          .map((personId) => ({ personId, role: personId === chair ? 'chair' : 'required' }));
        return {
          roundId: round.id,
          regionId: round.regionId,
          organizationId: item.organizationId,
          title: `${round.name} – ${names.get(item.organizationId) ?? ''}`.trim(),
          start: item.startAt!,
          end: item.endAt!,
          mode: item.mode,
          locationAddress: item.mode === 'digital' ? null : (agreement?.location.address ?? null),
          videoUrl: item.mode === 'onsite' ? null : (agreement?.location.videoUrl ?? null),
          caseNumber: round.caseNumber,
          participants,
        };
      });
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
      await this.recordAudit(manager, user.personId, 'round.confirm', saved, {
        meetings: proposed.length,
      });
      return { round: saved, items: savedItems };
    });
    return this.viewOf(record, user.locale);
  }

  /** The round's case number (diarienummer), in any status; the meetings already created keep theirs. */
  async update(user: AuthenticatedUser, id: string, input: UpdateRoundInput): Promise<RoundView> {
    const record = await this.transactions.run(async (manager) => {
      const record = await this.repository.findByIdForUpdate(manager, id);
      if (!record || !isVisible(user, record.round)) throw RoundException.notFound();
      assertMayPlan(user);
      const { round } = record;
      if (input.version !== undefined && input.version !== round.version) {
        throw new RoundException(RoundErrorCode.VersionConflict, 'The round was changed by someone else', {
          currentVersion: round.version,
        });
      }
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
    return this.viewOf(record, user.locale);
  }

  /** The round locked for a change: visible, the caller plans, the version matches, still a draft. */
  async lockDraft(
    manager: EntityManager,
    user: AuthenticatedUser,
    id: string,
    version: number | undefined,
  ): Promise<RoundRecord> {
    const record = await this.repository.findByIdForUpdate(manager, id);
    if (!record || !isVisible(user, record.round)) throw RoundException.notFound();
    assertMayPlan(user);
    const { round } = record;
    if (version !== undefined && version !== round.version) {
      throw new RoundException(RoundErrorCode.VersionConflict, 'The round was changed by someone else', {
        currentVersion: round.version,
      });
    }
    if (round.status === 'confirmed') {
      throw new RoundException(RoundErrorCode.AlreadyConfirmed, 'The round is confirmed already', {
        confirmedAt: round.confirmedAt?.toISOString() ?? null,
      });
    }
    if (round.status !== 'draft' || !round.proposal) {
      throw new RoundException(RoundErrorCode.NotReady, `The round is ${round.status}`, {
        status: round.status,
        progress: round.progress,
      });
    }
    return record;
  }

  private async finish(roundId: string, change: (round: RoundEntity) => void): Promise<void> {
    await this.transactions.run(async (manager) => {
      const record = await this.repository.findByIdForUpdate(manager, roundId);
      if (!record || record.round.status !== 'planning') return;
      change(record.round);
      const saved = await this.repository.save(manager, record.round);
      await this.recordAudit(manager, null, `round.${saved.status === 'failed' ? 'fail' : 'plan'}`, saved);
    });
  }

  private async dueDatesOf(input: SchedulerInput): Promise<Map<string, string | null>> {
    const organizations = await this.organizations.findByIds(input.municipalities.map((m) => m.id));
    const cadence = await this.cadence.findByOrganizations(organizations);
    return new Map(input.municipalities.map((m) => [m.id, cadence.get(m.id)?.dueDate ?? null]));
  }

  private recordAudit(
    manager: EntityManager,
    actorId: string | null,
    action: string,
    round: RoundEntity,
    extra: Record<string, unknown> = {},
  ): Promise<void> {
    return this.audit.record(manager, {
      actorId,
      action,
      entityType: 'round',
      entityId: round.id,
      organizationId: round.regionId,
      after: {
        name: round.name,
        status: round.status,
        window: { from: round.windowFirst, to: round.windowLast },
        municipalities: round.input.municipalities.length,
        ...(round.proposal ? { totals: round.proposal.totals } : {}),
        ...extra,
      },
    });
  }

  private toSummary(round: RoundEntity): RoundSummaryView {
    return {
      id: round.id,
      regionId: round.regionId,
      name: round.name,
      caseNumber: round.caseNumber,
      status: round.status,
      window: { from: round.windowFirst, to: round.windowLast },
      durationMinutes: round.durationMinutes,
      mode: round.mode,
      regionalTeam: [...round.regionalTeam],
      progress: { ...round.progress },
      totals: round.proposal ? { ...round.proposal.totals } : null,
      createdBy: round.createdBy,
      createdAt: round.createdAt.toISOString(),
      confirmedAt: round.confirmedAt?.toISOString() ?? null,
      confirmedBy: round.confirmedBy,
      version: round.version,
    };
  }

  /** The view with the consultation (when the round was sent as a proposal) and each municipality's answer. */
  private async viewOf(record: RoundRecord, locale: Locale): Promise<RoundView> {
    const consultation = await this.consultations.findConsultation(record.round.id);
    const answers = consultation ? await this.consultations.findAnswers(record.round.id) : [];
    const answeredBy = answers.flatMap((answer) => (answer.answeredBy ? [answer.answeredBy] : []));
    const names = new Map(
      (await this.people.findByIds(answeredBy)).map((person) => [person.id, person.name]),
    );
    return this.toView(record, locale, { consultation, answers, names });
  }

  private toView(
    { round, items }: RoundRecord,
    locale: Locale,
    consulted: ConsultationState = { consultation: null, answers: [], names: new Map() },
  ): RoundView {
    const answers = new Map(consulted.answers.map((answer) => [answer.organizationId, answer]));
    const zone = this.config.timeZone;
    const names = new Map(round.input.municipalities.map((m) => [m.id, m.name]));
    const views = items.map((item): RoundItemView => {
      const localDate = item.startAt ? toLocalDate(item.startAt, zone) : null;
      return {
        organizationId: item.organizationId,
        organizationName: names.get(item.organizationId) ?? '',
        state: item.state,
        mode: item.mode,
        startAt: item.startAt?.toISOString() ?? null,
        endAt: item.endAt?.toISOString() ?? null,
        startLocal: item.startAt ? toLocalIso(item.startAt, zone) : null,
        endLocal: item.endAt ? toLocalIso(item.endAt, zone) : null,
        attendance: item.attendance,
        tripId: item.tripId,
        travelMinutesBefore: item.travelMinutesBefore,
        travelMinutesAfter: item.travelMinutesAfter,
        participantIds: [...item.participantIds],
        reasons: item.reasons.map((reason) => ({
          ...reason,
          message: placementReasonText(reason, locale),
          params: { ...reason.params },
        })),
        unplaced: item.blockedBy
          ? {
              code: item.blockedBy,
              message: unplacedText(item.blockedBy, item.blockedDetails, item.blockedMessage ?? '', locale),
              details: { ...item.blockedDetails },
            }
          : null,
        dueDate: item.dueDate,
        afterDueDate: localDate !== null && item.dueDate !== null && localDate > item.dueDate,
        moved: item.moved,
        meetingId: item.meetingId,
        answer: answerView(answers.get(item.organizationId), consulted.names, zone),
      };
    });
    // Placed by start, then the unplaced by name.
    views.sort((a, b) =>
      a.startAt && b.startAt
        ? a.startAt.localeCompare(b.startAt) || a.organizationName.localeCompare(b.organizationName, 'sv')
        : a.startAt
          ? -1
          : b.startAt
            ? 1
            : a.organizationName.localeCompare(b.organizationName, 'sv'),
    );
    return {
      ...this.toSummary(round),
      timeZone: zone,
      constraints: { ...round.constraints },
      failure: round.failure,
      trips: (round.proposal?.trips ?? []).map((trip) => ({ ...trip })),
      items: views,
      consultation: consulted.consultation
        ? {
            sentAt: consulted.consultation.sentAt.toISOString(),
            sentBy: consulted.consultation.sentBy,
            answerDueAt: consulted.consultation.answerDueAt.toISOString(),
            expiredAt: consulted.consultation.expiredAt?.toISOString() ?? null,
          }
        : null,
    };
  }
}

/** Admins, and a region's coordinators, plan rounds. */
function assertMayPlan(user: AuthenticatedUser): void {
  if (hasRole(user, 'admin')) return;
  if (user.organizationKind === 'region' && hasRole(user, 'coordinator')) return;
  throw new ForbiddenError('Only the region’s coordinators plan rounds');
}

/** The region whose rounds the caller sees; undefined for a municipality's people. */
function regionOf(user: AuthenticatedUser): string | undefined {
  return user.organizationKind === 'region' ? user.organizationId : undefined;
}

function isVisible(user: AuthenticatedUser, round: RoundEntity): boolean {
  return hasRole(user, 'admin') || regionOf(user) === round.regionId;
}

/** One item per municipality of the input, from the engine's proposal. */
function itemsOf(
  roundId: string,
  input: SchedulerInput,
  proposal: Proposal,
  dueDates: ReadonlyMap<string, string | null>,
  previous: ReadonlyMap<string, RoundItemEntity>,
  movedId?: string,
): NewRoundItem[] {
  const placed = new Map(proposal.meetings.map((meeting) => [meeting.municipalityId, meeting]));
  const unplaced = new Map(proposal.unplaced.map((entry) => [entry.municipalityId, entry]));
  return input.municipalities.map((municipality) => {
    const meeting = placed.get(municipality.id);
    const blocked = unplaced.get(municipality.id);
    return {
      roundId,
      organizationId: municipality.id,
      state: meeting ? 'proposed' : 'unplaced',
      mode: municipality.mode,
      startAt: meeting ? new Date(meeting.start) : null,
      endAt: meeting ? new Date(meeting.end) : null,
      attendance: meeting?.attendance ?? null,
      tripId: meeting?.tripId ?? null,
      travelMinutesBefore: meeting?.travelMinutesBefore ?? 0,
      travelMinutesAfter: meeting?.travelMinutesAfter ?? 0,
      participantIds: meeting ? [...meeting.participants] : [],
      reasons: meeting ? meeting.reasons : [],
      blockedBy: !meeting && blocked ? blocked.code : null,
      blockedMessage: !meeting && blocked ? blocked.message : null,
      blockedDetails: !meeting && blocked ? blocked.details : null,
      dueDate: dueDates.get(municipality.id) ?? null,
      moved: municipality.id === movedId || (previous.get(municipality.id)?.moved ?? false),
      meetingId: null,
    };
  });
}

function slotSummary(item: RoundItemEntity): Record<string, unknown> {
  return {
    state: item.state,
    startAt: item.startAt?.toISOString() ?? null,
    endAt: item.endAt?.toISOString() ?? null,
    attendance: item.attendance,
    tripId: item.tripId,
  };
}

interface ConsultationState {
  consultation: RoundConsultationRow | null;
  answers: readonly RoundProposalAnswerRow[];
  names: ReadonlyMap<string, string>;
}

function answerView(
  answer: RoundProposalAnswerRow | undefined,
  names: ReadonlyMap<string, string>,
  zone: string,
): RoundItemView['answer'] {
  if (!answer) return null;
  return {
    state: answer.answer ?? 'pending',
    byDefault: answer.byDefault,
    proposedStartAt: answer.proposedStartAt.toISOString(),
    proposedStartLocal: toLocalIso(answer.proposedStartAt, zone),
    alternatives: answer.alternatives.map((startAt) => ({
      startAt,
      startLocal: toLocalIso(new Date(startAt), zone),
    })),
    reason: answer.reason,
    answeredBy: answer.answeredBy,
    answeredByName: answer.answeredBy ? (names.get(answer.answeredBy) ?? null) : null,
    answeredAt: answer.answeredAt?.toISOString() ?? null,
  };
}
