import { Injectable, Logger } from '@nestjs/common';
import { AuditService } from '../../audit/audit.service.js';
import { CadenceService } from '../../cadence/cadence.service.js';
import { TransactionService } from '../../common/database/transaction.service.js';
import { OrganizationService } from '../../organization/organization.service.js';
import { roundAuditEntry } from '../round-audit.js';
import type { RoundEntity } from '../round.entity.js';
import { RoundRepository } from '../round.repository.js';
import { type SchedulerInput, planRound } from '../scheduler/index.js';
import { itemsOf } from './round-items.js';

/** Items stored per step while planning in the background; progress is written after each. */
const STORE_BATCH = 10;

/** The worker's part of planning (job rounds/round.plan): a queued round planned, stored in batches. */
@Injectable()
export class QueuedRoundPlanning {
  private readonly logger = new Logger(QueuedRoundPlanning.name);

  constructor(
    private readonly repository: RoundRepository,
    private readonly organizations: OrganizationService,
    private readonly cadence: CadenceService,
    private readonly transactions: TransactionService,
    private readonly audit: AuditService,
  ) {}

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

  private async finish(roundId: string, change: (round: RoundEntity) => void): Promise<void> {
    await this.transactions.run(async (manager) => {
      const record = await this.repository.findByIdForUpdate(manager, roundId);
      if (!record || record.round.status !== 'planning') return;
      change(record.round);
      const saved = await this.repository.save(manager, record.round);
      await this.audit.record(
        manager,
        roundAuditEntry(null, `round.${saved.status === 'failed' ? 'fail' : 'plan'}`, saved),
      );
    });
  }

  private async dueDatesOf(input: SchedulerInput): Promise<Map<string, string | null>> {
    const organizations = await this.organizations.findByIds(input.municipalities.map((m) => m.id));
    const cadence = await this.cadence.findByOrganizations(organizations);
    return new Map(input.municipalities.map((m) => [m.id, cadence.get(m.id)?.dueDate ?? null]));
  }
}
