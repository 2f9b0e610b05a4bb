import { Injectable } from '@nestjs/common';
import { TransactionService } from '../common/database/transaction.service.js';
import { PSEUDONYM_PREFIX } from '../privacy/pseudonym.js';

/** What one batch may take, and the periods it applies. */
export interface RetentionBatch {
  limit: number;
}

/**
 * The only code that removes data for retention (gallring). Each method handles at most `limit` rows in one
 * statement and returns how many it took. None of them touches a public record: minutes, their revisions
 * and PDFs, decisions, agenda items, proposals and the histories of actions and questions are never read
 * here, and the rows removed have no foreign keys that cascade into them. Called outside any transaction (a
 * job), each statement commits on its own, so a run holds no lock for long (docs/adr/0013).
 */
@Injectable()
export class RetentionRepository {
  constructor(private readonly transactions: TransactionService) {}

  /** Blanks the stored message of sent and failed emails older than `days`; the metadata row stays. */
  async blankEmailBodies(days: number, { limit }: RetentionBatch): Promise<number> {
    return this.count(
      `WITH due AS (
         SELECT id FROM emails
          WHERE status IN ('sent', 'failed') AND raw <> ''
            AND COALESCE(sent_at, created_at) < now() - make_interval(days => $1)
          LIMIT $2
       )
       UPDATE emails e SET raw = '' FROM due WHERE e.id = due.id RETURNING e.id`,
      [days, limit],
    );
  }

  /**
   * RSVP links that ended (revoked, or the meeting over for `graceDays`, when RSVP_GRACE_DAYS closes them)
   * more than `days` ago.
   */
  async deleteRsvpTokens(days: number, graceDays: number, { limit }: RetentionBatch): Promise<number> {
    return this.count(
      `WITH due AS (
         SELECT t.token_hash
           FROM invitation_tokens t
           JOIN invitations i ON i.id = t.invitation_id
           JOIN meetings m ON m.id = i.meeting_id
          WHERE LEAST(COALESCE(t.revoked_at, 'infinity'), COALESCE(i.revoked_at, 'infinity'),
                      m.end_at + make_interval(days => $2)) < now() - make_interval(days => $1)
          LIMIT $3
       )
       DELETE FROM invitation_tokens t USING due WHERE t.token_hash = due.token_hash RETURNING 1`,
      [days, graceDays, limit],
    );
  }

  /** Minutes approval links whose review closed (approved, returned or superseded) more than `days` ago. */
  async deleteApprovalTokens(days: number, { limit }: RetentionBatch): Promise<number> {
    return this.count(
      `WITH due AS (
         SELECT t.token_hash
           FROM minutes_approval_tokens t
           JOIN minutes_adjusters a ON a.id = t.adjuster_id
           JOIN minutes_reviews r ON r.id = a.review_id
          WHERE r.closed_at < now() - make_interval(days => $1)
          LIMIT $2
       )
       DELETE FROM minutes_approval_tokens t USING due WHERE t.token_hash = due.token_hash RETURNING 1`,
      [days, limit],
    );
  }

  /**
   * Links in round proposal emails (issue 17, consulting before a round binds) whose consultation closed more
   * than `days` ago: the round was confirmed, or the answer time ran out (unanswered proposals then count as
   * accepted). The round, the consultation and the municipalities' answers stay.
   */
  async deleteProposalLinks(days: number, { limit }: RetentionBatch): Promise<number> {
    return this.count(
      `WITH due AS (
         SELECT l.token_hash
           FROM round_proposal_links l
           JOIN round_consultations c ON c.round_id = l.round_id
           JOIN rounds r ON r.id = l.round_id
          WHERE LEAST(r.confirmed_at, c.expired_at) < now() - make_interval(days => $1)
          LIMIT $2
       )
       DELETE FROM round_proposal_links l USING due WHERE l.token_hash = due.token_hash RETURNING 1`,
      [days, limit],
    );
  }

  /** Set-password and reset links that expired or were used more than `days` ago. */
  async deletePasswordLinks(days: number, { limit }: RetentionBatch): Promise<number> {
    return this.count(
      `WITH due AS (
         SELECT id FROM password_links
          WHERE LEAST(expires_at, COALESCE(used_at, 'infinity')) < now() - make_interval(days => $1)
          LIMIT $2
       )
       DELETE FROM password_links p USING due WHERE p.id = due.id RETURNING 1`,
      [days, limit],
    );
  }

  /** Browser sessions that ended (idle timeout or absolute lifetime) more than `days` ago. */
  async deleteBrowserSessions(days: number, idleMinutes: number, { limit }: RetentionBatch): Promise<number> {
    return this.count(
      `WITH due AS (
         SELECT id FROM browser_sessions
          WHERE LEAST(expires_at, last_seen_at + make_interval(mins => $2)) < now() - make_interval(days => $1)
          LIMIT $3
       )
       DELETE FROM browser_sessions s USING due WHERE s.id = due.id RETURNING 1`,
      [days, idleMinutes, limit],
    );
  }

  /**
   * Guests (issue 17) whose meeting ended more than `days` ago: their name becomes the pseudonym and their
   * email the erased address (src/privacy/pseudonym.ts, the same as an erasure gives), the text of the
   * emails sent to them is blanked and their RSVP links removed. Their participation stays (the meeting
   * names a pseudonym), and nothing of a public record is touched: minutes, locked or not, keep what they say.
   */
  async pseudonymiseGuests(days: number, { limit }: RetentionBatch): Promise<number> {
    return this.count(
      `WITH due AS (
         SELECT p.id FROM people p JOIN meetings m ON m.id = p.guest_meeting_id
          WHERE p.erased_at IS NULL AND m.end_at < now() - make_interval(days => $1)
          LIMIT $2
          FOR UPDATE OF p SKIP LOCKED
       ), emails AS (
         UPDATE emails e SET raw = '', to_address = 'erased+' || due.id || '@invalid'
           FROM due WHERE e.recipient_person_id = due.id
       ), links AS (
         DELETE FROM invitation_tokens t USING invitations i, due
          WHERE i.id = t.invitation_id AND i.person_id = due.id
       )
       UPDATE people p
          SET name = $3 || left(p.id::text, 8), email = 'erased+' || p.id || '@invalid', title = NULL, phone = NULL,
              deleted_at = COALESCE(p.deleted_at, now()), erased_at = now(), version = p.version + 1, updated_at = now()
         FROM due WHERE p.id = due.id RETURNING 1`,
      [days, limit, PSEUDONYM_PREFIX],
    );
  }

  /**
   * Audit entries written more than `years` ago, oldest first. The append-only trigger lets this DELETE
   * through only because the transaction sets the cut-off (SET LOCAL): see migration 1766900000000.
   */
  async deleteAuditEntries(years: number, { limit }: RetentionBatch): Promise<number> {
    return this.transactions.run(async (manager) => {
      await manager.query(
        `SELECT set_config('samverkan.audit_retention_before', (now() - make_interval(years => $1))::text, true)`,
        [years],
      );
      const rows: unknown[] = await manager.query(
        `WITH due AS (
           SELECT id FROM audit_log
            WHERE occurred_at < current_setting('samverkan.audit_retention_before')::timestamptz
            ORDER BY occurred_at
            LIMIT $1
         )
         DELETE FROM audit_log l USING due WHERE l.id = due.id RETURNING 1`,
        [limit],
      );
      return affected(rows);
    });
  }

  private async count(sql: string, parameters: unknown[]): Promise<number> {
    return affected(await this.transactions.manager.query(sql, parameters));
  }
}

/** TypeORM's postgres driver returns [rows, count] for UPDATE/DELETE … RETURNING, rows for SELECT. */
function affected(result: unknown): number {
  if (
    Array.isArray(result) &&
    result.length === 2 &&
    Array.isArray(result[0]) &&
    typeof result[1] === 'number'
  ) {
    return result[1];
  }
  return Array.isArray(result) ? result.length : 0;
}
