import { Injectable } from '@nestjs/common';
import { TransactionService } from '../common/database/transaction.service.js';
import { erasedAddressOf } from './pseudonym.js';

export interface ErasureCandidate {
  id: string;
  organizationId: string;
  roles: string[];
  deletedAt: Date | null;
  erasedAt: Date | null;
}

/** What an erasure removed or pseudonymised, by kind (counts only: the audit entry carries no personal data). */
export interface ErasureCounts {
  sessions: number;
  /** Links to accounts at identity providers (single sign-on): the subject is the person's id there. */
  identities: number;
  passwordLinks: number;
  calendarFeeds: number;
  /** Links in round proposal emails (consulting before a round binds) sent to the person. */
  proposalLinks: number;
  /** The links of their calendar invitations' RSVP pages. */
  rsvpLinks: number;
  /** The links in minutes approval emails (justering) sent to them; their decisions stay. */
  approvalLinks: number;
  emailBodies: number;
  draftMinutes: number;
  auditEntries: number;
}

/**
 * The one statement list that erases a person (GDPR art. 17, docs/privacy.md), run inside the erasure's
 * transaction with `samverkan.audit_redaction` set. What is a public record is left as it was written:
 * locked minutes and their revisions, decisions, and the comments in action and question histories.
 */
@Injectable()
export class ErasureRepository {
  constructor(private readonly tx: TransactionService) {}

  async lock(personId: string): Promise<ErasureCandidate | null> {
    const [row] = await this.tx.manager.query<Array<Record<string, unknown>>>(
      `SELECT id, organization_id, roles, deleted_at, erased_at FROM people WHERE id = $1 FOR UPDATE`,
      [personId],
    );
    return row ? candidate(row) : null;
  }

  /**
   * The guests (issue 17) invited with this (lower-cased) email and not yet erased, one per meeting, locked:
   * what a guest's erasure takes.
   */
  async lockGuests(email: string): Promise<ErasureCandidate[]> {
    const rows = await this.tx.manager.query<Array<Record<string, unknown>>>(
      `SELECT id, organization_id, roles, deleted_at, erased_at FROM people
        WHERE guest_meeting_id IS NOT NULL AND erased_at IS NULL AND email = $1
        ORDER BY created_at, id FOR UPDATE`,
      [email],
    );
    return rows.map(candidate);
  }

  async erase(personId: string, pseudonym: string): Promise<ErasureCounts> {
    const manager = this.tx.manager;
    const count = async (sql: string, parameters: unknown[]): Promise<number> => {
      const [, affected] = await manager.query<[unknown[], number]>(sql, parameters);
      return affected;
    };
    const address = erasedAddressOf(personId);
    await manager.query(`SET LOCAL samverkan.audit_redaction = 'on'`);
    await manager.query(
      `UPDATE people
          SET name = $2, email = $3, title = NULL, phone = NULL, password_hash = NULL, login_enabled = false,
              deleted_at = COALESCE(deleted_at, now()), erased_at = now(),
              credentials_version = credentials_version + 1, version = version + 1, updated_at = now()
        WHERE id = $1`,
      [personId, pseudonym, address],
    );
    return {
      sessions: await count(`DELETE FROM browser_sessions WHERE person_id = $1`, [personId]),
      identities: await count(`DELETE FROM person_identities WHERE person_id = $1`, [personId]),
      passwordLinks: await count(`DELETE FROM password_links WHERE person_id = $1`, [personId]),
      calendarFeeds: await count(`DELETE FROM calendar_feed_tokens WHERE subject_person_id = $1`, [personId]),
      proposalLinks: await count(`DELETE FROM round_proposal_links WHERE person_id = $1`, [personId]),
      rsvpLinks: await count(
        `DELETE FROM invitation_tokens t USING invitations i WHERE i.id = t.invitation_id AND i.person_id = $1`,
        [personId],
      ),
      approvalLinks: await count(
        `DELETE FROM minutes_approval_tokens t USING minutes_adjusters a
          WHERE a.id = t.adjuster_id AND a.person_id = $1`,
        [personId],
      ),
      emailBodies: await count(
        `UPDATE emails SET raw = '', to_address = $2 WHERE recipient_person_id = $1 AND (raw <> '' OR to_address <> $2)`,
        [personId, address],
      ),
      // Minutes not yet a record (never locked): the attendance's copy of the name becomes the pseudonym.
      draftMinutes: await count(
        `UPDATE minutes m
            SET attendance = (SELECT jsonb_agg(CASE WHEN entry->>'personId' = $1::text
                                                    THEN jsonb_set(entry, '{name}', to_jsonb($2::text))
                                                    ELSE entry END ORDER BY ordinality)
                                FROM jsonb_array_elements(m.attendance) WITH ORDINALITY AS a(entry, ordinality))
          WHERE m.lock_count = 0 AND m.status <> 'locked'
            AND m.attendance @> jsonb_build_array(jsonb_build_object('personId', $1::text))`,
        [personId, pseudonym],
      ),
      // Audit entries about the person keep what happened, not their details.
      auditEntries: await count(
        `UPDATE audit_log
            SET before = CASE WHEN before IS NULL THEN NULL ELSE '{"erased": true}'::jsonb END,
                after = CASE WHEN after IS NULL THEN NULL ELSE '{"erased": true}'::jsonb END
          WHERE entity_type = 'person' AND entity_id = $1::text`,
        [personId],
      ),
    };
  }
}

function candidate(row: Record<string, unknown>): ErasureCandidate {
  return {
    id: row.id as string,
    organizationId: row.organization_id as string,
    roles: row.roles as string[],
    deletedAt: (row.deleted_at as Date | null) ?? null,
    erasedAt: (row.erased_at as Date | null) ?? null,
  };
}
