import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '../../audit/audit.service.js';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user.js';
import { TransactionService } from '../../common/database/transaction.service.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { jobIdFor } from '../../jobs/job-map.js';
import { OutboxService } from '../../jobs/outbox.service.js';
import { assertMayPlan } from '../round-access.js';
import { roundAuditEntry } from '../round-audit.js';
import { RoundInputBuilder } from '../round-input.builder.js';
import type { CreateRoundInput, RoundView } from '../round.dto.js';
import { RoundException } from '../round.exception.js';
import { RoundRepository } from '../round.repository.js';
import { type SchedulerInput, planRound, validateSchedulerInput } from '../scheduler/index.js';
import { RoundViews } from '../view/round-views.js';
import { itemsOf } from './round-items.js';

/**
 * Rounds of more municipalities than this are planned on the worker, with progress on the round. The engine
 * itself is fast (15 municipalities in milliseconds), but a large plan holds the event loop and stores many
 * rows; a client may also ask for the background explicitly.
 */
export const PLAN_IN_BACKGROUND_ABOVE = 30;

/** POST /api/rounds: the scheduler's input built from the database, planned at once or queued for the worker. */
@Injectable()
export class RoundPlanning {
  constructor(
    private readonly repository: RoundRepository,
    private readonly builder: RoundInputBuilder,
    private readonly outbox: OutboxService,
    private readonly transactions: TransactionService,
    private readonly audit: AuditService,
    private readonly views: RoundViews,
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
        await this.audit.record(manager, roundAuditEntry(user.personId, 'round.create', round));
        return { round, items: [] };
      });
      return this.views.of(record, user.locale);
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
      await this.audit.record(manager, roundAuditEntry(user.personId, 'round.create', round));
      return { round, items };
    });
    return this.views.of(record, user.locale);
  }
}
