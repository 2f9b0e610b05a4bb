import { Inject, Injectable, Logger } from '@nestjs/common';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { type RetentionBatch, RetentionRepository } from './retention.repository.js';

/** How many rows one run removed (or, for email bodies, blanked), per kind of data. */
export interface RetentionCounts {
  emailBodies: number;
  rsvpTokens: number;
  approvalTokens: number;
  /** Links in round proposal emails. */
  proposalLinks: number;
  passwordLinks: number;
  browserSessions: number;
  auditEntries: number;
  /** Guests whose name and email became a pseudonym. */
  guests: number;
}

/**
 * Retention (gallring, issue 18 point 7): removes what is due under the periods of RETENTION_* in batches
 * of RETENTION_BATCH_SIZE (each its own short transaction) and logs the counts, never a person or a value.
 * Public records are never touched (docs/operations.md, "Retention (gallring)").
 */
@Injectable()
export class RetentionService {
  private readonly logger = new Logger(RetentionService.name);

  constructor(
    private readonly repository: RetentionRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async run(): Promise<RetentionCounts> {
    const { emailBodyDays, expiredLinkDays, auditYears, guestDays } = this.config.retention;
    const { rsvpGraceDays } = this.config.invitations;
    const { idleMinutes } = this.config.auth.session;
    const counts: RetentionCounts = {
      emailBodies: await this.drain((batch) => this.repository.blankEmailBodies(emailBodyDays, batch)),
      rsvpTokens: await this.drain((batch) =>
        this.repository.deleteRsvpTokens(expiredLinkDays, rsvpGraceDays, batch),
      ),
      approvalTokens: await this.drain((batch) =>
        this.repository.deleteApprovalTokens(expiredLinkDays, batch),
      ),
      proposalLinks: await this.drain((batch) => this.repository.deleteProposalLinks(expiredLinkDays, batch)),
      passwordLinks: await this.drain((batch) => this.repository.deletePasswordLinks(expiredLinkDays, batch)),
      browserSessions: await this.drain((batch) =>
        this.repository.deleteBrowserSessions(expiredLinkDays, idleMinutes, batch),
      ),
      auditEntries: await this.drain((batch) => this.repository.deleteAuditEntries(auditYears, batch)),
      guests: await this.drain((batch) => this.repository.pseudonymiseGuests(guestDays, batch)),
    };
    this.logger.log({ msg: 'retention run', ...counts });
    return counts;
  }

  /** Repeats one kind's batch until a batch comes back short; returns the total. */
  private async drain(batch: (size: RetentionBatch) => Promise<number>): Promise<number> {
    const limit = this.config.retention.batchSize;
    let total = 0;
    for (;;) {
      const count = await batch({ limit });
      total += count;
      if (count < limit) return total;
    }
  }
}

export function totalOf(counts: RetentionCounts): number {
  let total = 0;
  for (const count of Object.values(counts) as number[]) total += count;
  return total;
}
