import { Injectable } from '@nestjs/common';
import { MinutesRepository } from '../minutes.repository.js';

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

/** Figures of the justering per organization. */
@Injectable()
export class MinutesStatistics {
  constructor(private readonly repository: MinutesRepository) {}

  /** No access checks: the caller scoped the ids. */
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
}
