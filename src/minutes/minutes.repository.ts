import { Injectable } from '@nestjs/common';
import type { MinutesChange } from './minutes-change.js';
import { type EntityManager } from 'typeorm';
import { TransactionService } from '../common/database/transaction.service.js';
import {
  MinutesAdjusterEntity,
  MinutesApprovalTokenEntity,
  MinutesEntity,
  MinutesReviewEntity,
  MinutesRevisionEntity,
  type RevisionKind,
} from './minutes.entity.js';

export interface NewRevision {
  meetingId: string;
  revision: number;
  kind: RevisionKind;
  actorId: string | null;
  changes: MinutesChange[];
  comment?: string | null;
  content?: Record<string, unknown> | null;
  /** The part an edit saved (`item:<id>`, `attendance`, `action:<id>`); null for a whole-minutes PUT. */
  part?: string | null;
}

/** Per organization: minutes with the adjusters, returned, locked, and the approval lead time. */
export interface ApprovalStatsRow {
  organizationId: string;
  inReview: number;
  returned: number;
  overdue: number;
  oldestSubmittedAt: Date | null;
  locked: number;
  averageLeadTimeHours: number | null;
}

/** The only code that touches the minutes tables. */
@Injectable()
export class MinutesRepository {
  constructor(private readonly transactions: TransactionService) {}

  /** The open transaction's manager, else the DataSource's (ADR 13). */
  private get manager(): EntityManager {
    return this.transactions.manager;
  }

  findByMeeting(meetingId: string): Promise<MinutesEntity | null> {
    return this.manager.findOneBy(MinutesEntity, { meetingId });
  }

  /** Locks the minutes for the rest of the transaction: every change and decision of one meeting queues up. */
  findForUpdate(manager: EntityManager, meetingId: string): Promise<MinutesEntity | null> {
    return manager.findOne(MinutesEntity, { where: { meetingId }, lock: { mode: 'pessimistic_write' } });
  }

  async insertIfMissing(
    manager: EntityManager,
    meetingId: string,
    regionId: string,
    organizationIds: readonly string[],
  ): Promise<void> {
    await manager.query(
      `INSERT INTO minutes (meeting_id, region_id, organization_ids, version) VALUES ($1, $2, $3::uuid[], 1)
       ON CONFLICT (meeting_id) DO NOTHING`,
      [meetingId, regionId, organizationIds],
    );
  }

  /** The minutes of this meeting, created empty if missing, locked for the rest of the transaction. */
  async lockOrCreate(
    manager: EntityManager,
    meetingId: string,
    regionId: string,
    organizationIds: readonly string[],
  ): Promise<MinutesEntity> {
    await this.insertIfMissing(manager, meetingId, regionId, organizationIds);
    return (await this.findForUpdate(manager, meetingId))!;
  }

  save(manager: EntityManager, minutes: MinutesEntity): Promise<MinutesEntity> {
    return manager.save(MinutesEntity, minutes);
  }

  async storePdfs(
    manager: EntityManager,
    meetingId: string,
    pdf: Buffer | null,
    pdfPublic: Buffer | null,
  ): Promise<void> {
    await manager.update(MinutesEntity, { meetingId }, { pdf, pdfPublic });
  }

  async findPdfs(meetingId: string): Promise<{ pdf: Buffer | null; pdfPublic: Buffer | null } | null> {
    const row = await this.manager
      .createQueryBuilder(MinutesEntity, 'minutes')
      .addSelect(['minutes.pdf', 'minutes.pdfPublic'])
      .where('minutes.meetingId = :meetingId', { meetingId })
      .getOne();
    return row ? { pdf: row.pdf, pdfPublic: row.pdfPublic } : null;
  }

  async markDistributed(manager: EntityManager, meetingId: string, lock: number): Promise<void> {
    await manager.update(MinutesEntity, { meetingId }, { distributedLock: lock });
  }

  async insertRevision(manager: EntityManager, revision: NewRevision): Promise<void> {
    await manager.save(
      MinutesRevisionEntity,
      manager.create(MinutesRevisionEntity, {
        meetingId: revision.meetingId,
        revision: revision.revision,
        kind: revision.kind,
        actorId: revision.actorId,
        changes: revision.changes,
        comment: revision.comment ?? null,
        content: revision.content ?? null,
        part: revision.part ?? null,
      }),
    );
  }

  /** The latest revision of the minutes (under the minutes' row lock, so no other write races it). */
  findLatestRevision(manager: EntityManager, meetingId: string): Promise<MinutesRevisionEntity | null> {
    return manager.findOne(MinutesRevisionEntity, {
      where: { meetingId },
      order: { revision: 'DESC', createdAt: 'DESC' },
    });
  }

  /** The content saved by the latest edit before this revision (null: none, the minutes were empty). */
  async findContentBefore(
    manager: EntityManager,
    meetingId: string,
    revision: number,
  ): Promise<Record<string, unknown> | null> {
    const rows: Array<{ content: Record<string, unknown> }> = await manager.query(
      `SELECT content FROM minutes_revisions
        WHERE meeting_id = $1 AND revision < $2 AND content IS NOT NULL
        ORDER BY revision DESC, created_at DESC LIMIT 1`,
      [meetingId, revision],
    );
    return rows[0]?.content ?? null;
  }

  async updateRevision(
    manager: EntityManager,
    id: string,
    change: Pick<MinutesRevisionEntity, 'revision' | 'changes' | 'content'>,
  ): Promise<void> {
    await manager.query(
      `UPDATE minutes_revisions SET revision = $2, changes = $3::jsonb, content = $4::jsonb WHERE id = $1`,
      [id, change.revision, JSON.stringify(change.changes), JSON.stringify(change.content)],
    );
  }

  async deleteRevision(manager: EntityManager, id: string): Promise<void> {
    await manager.delete(MinutesRevisionEntity, { id });
  }

  findRevisions(meetingId: string): Promise<MinutesRevisionEntity[]> {
    return this.manager.find(MinutesRevisionEntity, {
      where: { meetingId },
      order: { createdAt: 'ASC', revision: 'ASC' },
    });
  }

  // ---------- the secretary's reminder ----------

  /**
   * Of these meetings, those whose minutes were never submitted (none written, or a draft never locked) and
   * whose secretary has not been reminded.
   */
  async findNeverSubmitted(meetingIds: readonly string[]): Promise<string[]> {
    if (meetingIds.length === 0) return [];
    const rows: Array<{ id: string }> = await this.manager.query(
      `SELECT id FROM unnest($1::uuid[]) AS m(id)
        WHERE NOT EXISTS (SELECT 1 FROM minutes_secretary_reminders r WHERE r.meeting_id = m.id)
          AND NOT EXISTS (
            SELECT 1 FROM minutes mi
             WHERE mi.meeting_id = m.id AND (mi.status <> 'draft' OR mi.lock_count > 0 OR mi.first_submitted_at IS NOT NULL)
          )`,
      [meetingIds],
    );
    return rows.map((row) => row.id);
  }

  /** Records that the secretary of this meeting is reminded; false when that was done already. */
  async claimSecretaryReminder(manager: EntityManager, meetingId: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO minutes_secretary_reminders (meeting_id) VALUES ($1)
       ON CONFLICT (meeting_id) DO NOTHING RETURNING meeting_id`,
      [meetingId],
    );
    return rows.length > 0;
  }

  /** Who saved the latest edit of these minutes (null: nothing written). */
  async findLatestEditor(manager: EntityManager, meetingId: string): Promise<string | null> {
    const rows: Array<{ actor_id: string | null }> = await manager.query(
      `SELECT actor_id FROM minutes_revisions WHERE meeting_id = $1 AND kind = 'edit' AND actor_id IS NOT NULL
        ORDER BY revision DESC, created_at DESC LIMIT 1`,
      [meetingId],
    );
    return rows[0]?.actor_id ?? null;
  }

  // ---------- reviews ----------

  findLatestReview(meetingId: string): Promise<MinutesReviewEntity | null> {
    return this.manager.findOne(MinutesReviewEntity, {
      where: { meetingId },
      order: { number: 'DESC' },
    });
  }

  findReview(id: string): Promise<MinutesReviewEntity | null> {
    return this.manager.findOneBy(MinutesReviewEntity, { id });
  }

  async insertReview(
    manager: EntityManager,
    review: Pick<
      MinutesReviewEntity,
      'meetingId' | 'revision' | 'submittedBy' | 'submittedAt' | 'deadlineAt'
    >,
  ): Promise<MinutesReviewEntity> {
    const latest = await this.findLatestReview(review.meetingId);
    return manager.save(
      MinutesReviewEntity,
      manager.create(MinutesReviewEntity, { ...review, number: (latest?.number ?? 0) + 1, status: 'open' }),
    );
  }

  saveReview(manager: EntityManager, review: MinutesReviewEntity): Promise<MinutesReviewEntity> {
    return manager.save(MinutesReviewEntity, review);
  }

  findAdjusters(reviewId: string): Promise<MinutesAdjusterEntity[]> {
    return this.manager.find(MinutesAdjusterEntity, {
      where: { reviewId },
      order: { party: 'DESC', id: 'ASC' },
    });
  }

  /** The latest review of a meeting's minutes and its adjusters (none before the first submission). */
  async findLatestReviewWithAdjusters(
    meetingId: string,
  ): Promise<{ review: MinutesReviewEntity | null; adjusters: MinutesAdjusterEntity[] }> {
    const review = await this.findLatestReview(meetingId);
    return { review, adjusters: review ? await this.findAdjusters(review.id) : [] };
  }

  findAdjuster(id: string): Promise<MinutesAdjusterEntity | null> {
    return this.manager.findOneBy(MinutesAdjusterEntity, { id });
  }

  async findAdjusterByToken(tokenHash: Buffer): Promise<MinutesAdjusterEntity | null> {
    const token = await this.manager.findOneBy(MinutesApprovalTokenEntity, { tokenHash });
    return token ? this.findAdjuster(token.adjusterId) : null;
  }

  async insertAdjuster(
    manager: EntityManager,
    adjuster: Pick<MinutesAdjusterEntity, 'reviewId' | 'meetingId' | 'personId' | 'party'>,
  ): Promise<MinutesAdjusterEntity> {
    return manager.save(MinutesAdjusterEntity, manager.create(MinutesAdjusterEntity, adjuster));
  }

  async insertToken(manager: EntityManager, adjusterId: string, tokenHash: Buffer): Promise<void> {
    await manager.insert(MinutesApprovalTokenEntity, { adjusterId, tokenHash });
  }

  saveAdjuster(manager: EntityManager, adjuster: MinutesAdjusterEntity): Promise<MinutesAdjusterEntity> {
    return manager.save(MinutesAdjusterEntity, adjuster);
  }

  /** Figures per organization for overviews, from the minutes tables alone. */
  async approvalStats(organizationIds: readonly string[], now: Date): Promise<ApprovalStatsRow[]> {
    if (organizationIds.length === 0) return [];
    const rows: Array<{
      organization_id: string;
      in_review: string;
      returned: string;
      overdue: string;
      oldest_submitted_at: Date | null;
      locked: string;
      average_lead_time_hours: string | null;
    }> = await this.manager.query(
      `SELECT org.id AS organization_id,
              count(*) FILTER (WHERE m.status = 'in_review') AS in_review,
              count(*) FILTER (WHERE m.status = 'returned') AS returned,
              count(*) FILTER (WHERE m.status = 'in_review' AND r.deadline_at < $2) AS overdue,
              min(m.first_submitted_at) FILTER (WHERE m.status IN ('in_review', 'returned')) AS oldest_submitted_at,
              count(*) FILTER (WHERE m.status = 'locked') AS locked,
              avg(extract(epoch FROM (m.locked_at - m.first_submitted_at)) / 3600)
                FILTER (WHERE m.status = 'locked' AND m.first_submitted_at IS NOT NULL) AS average_lead_time_hours
         FROM unnest($1::uuid[]) AS org(id)
         LEFT JOIN minutes m ON org.id = ANY(m.organization_ids)
         LEFT JOIN minutes_reviews r ON r.meeting_id = m.meeting_id AND r.status = 'open'
        GROUP BY org.id`,
      [organizationIds, now],
    );
    return rows.map((row) => ({
      organizationId: row.organization_id,
      inReview: Number(row.in_review),
      returned: Number(row.returned),
      overdue: Number(row.overdue),
      oldestSubmittedAt: row.oldest_submitted_at,
      locked: Number(row.locked),
      averageLeadTimeHours: row.average_lead_time_hours === null ? null : Number(row.average_lead_time_hours),
    }));
  }
}
