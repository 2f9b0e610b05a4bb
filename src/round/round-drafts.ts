import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '../common/auth/authenticated-user.js';
import { assertMayPlan, isVisible } from './round-access.js';
import { RoundInputBuilder } from './round-input.builder.js';
import { RoundErrorCode, RoundException } from './round.exception.js';
import { type RoundRecord, RoundRepository } from './round.repository.js';
import type { RoundEntity } from './round.entity.js';
import type { SchedulerInput } from './scheduler/index.js';

/** A round locked for a change by someone who plans rounds, and its input against the meetings as they are now. */
@Injectable()
export class RoundDrafts {
  constructor(
    private readonly repository: RoundRepository,
    private readonly builder: RoundInputBuilder,
  ) {}

  /** The round locked for a change: visible (else ROUND_NOT_FOUND), the caller plans, the version matches. */
  async lock(
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
    return record;
  }

  /** Locked as above, and still a draft with a proposal: not confirmed, planning or failed. */
  async lockDraft(
    manager: EntityManager,
    user: AuthenticatedUser,
    id: string,
    version: number | undefined,
  ): Promise<RoundRecord> {
    const record = await this.lock(manager, user, id, version);
    const { round } = record;
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

  /** The round's stored input with everyone's busy time read again from the meetings as they are now. */
  async freshInput(round: RoundEntity): Promise<SchedulerInput> {
    return { ...round.input, busy: await this.builder.busyFor(round.input) };
  }
}
