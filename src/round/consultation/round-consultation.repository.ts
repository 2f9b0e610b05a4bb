import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { TransactionService } from '../../common/database/transaction.service.js';

export interface RoundConsultationRow {
  roundId: string;
  sentAt: Date;
  sentBy: string | null;
  answerDueAt: Date;
  expiredAt: Date | null;
}

export interface RoundProposalAnswerRow {
  organizationId: string;
  proposedStartAt: Date;
  answer: 'accepted' | 'other' | null;
  byDefault: boolean;
  /** ISO instants. */
  alternatives: string[];
  reason: string | null;
  answeredBy: string | null;
  answeredAt: Date | null;
}

export interface RoundProposalLinkRow {
  roundId: string;
  organizationId: string;
  personId: string | null;
}

/** The only code that touches round_consultations, round_proposal_answers and round_proposal_links. */
@Injectable()
export class RoundConsultationRepository {
  constructor(private readonly tx: TransactionService) {}

  private get manager(): EntityManager {
    return this.tx.manager;
  }

  async insert(
    manager: EntityManager,
    consultation: Omit<RoundConsultationRow, 'expiredAt'>,
    answers: ReadonlyArray<{ organizationId: string; proposedStartAt: Date }>,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO round_consultations (round_id, sent_at, sent_by, answer_due_at) VALUES ($1, $2, $3, $4)`,
      [consultation.roundId, consultation.sentAt, consultation.sentBy, consultation.answerDueAt],
    );
    await manager.query(
      `INSERT INTO round_proposal_answers (round_id, organization_id, proposed_start_at)
       SELECT $1, * FROM unnest($2::uuid[], $3::timestamptz[])`,
      [
        consultation.roundId,
        answers.map((answer) => answer.organizationId),
        answers.map((answer) => answer.proposedStartAt),
      ],
    );
  }

  async insertLinks(
    manager: EntityManager,
    links: ReadonlyArray<RoundProposalLinkRow & { hash: Buffer }>,
  ): Promise<void> {
    if (links.length === 0) return;
    await manager.query(
      `INSERT INTO round_proposal_links (token_hash, round_id, organization_id, person_id)
       SELECT * FROM unnest($1::bytea[], $2::uuid[], $3::uuid[], $4::uuid[])`,
      [
        links.map((link) => link.hash),
        links.map((link) => link.roundId),
        links.map((link) => link.organizationId),
        links.map((link) => link.personId),
      ],
    );
  }

  async findConsultation(roundId: string, manager = this.manager): Promise<RoundConsultationRow | null> {
    const [row] = await manager.query<Record<string, unknown>[]>(
      `SELECT round_id, sent_at, sent_by, answer_due_at, expired_at FROM round_consultations WHERE round_id = $1`,
      [roundId],
    );
    return row ? toConsultation(row) : null;
  }

  async findAnswers(roundId: string, manager = this.manager): Promise<RoundProposalAnswerRow[]> {
    const rows = await manager.query<Record<string, unknown>[]>(
      `SELECT organization_id, proposed_start_at, answer, by_default, alternatives, reason, answered_by, answered_at
         FROM round_proposal_answers WHERE round_id = $1 ORDER BY organization_id`,
      [roundId],
    );
    return rows.map((row) => ({
      organizationId: row.organization_id as string,
      proposedStartAt: row.proposed_start_at as Date,
      answer: row.answer as RoundProposalAnswerRow['answer'],
      byDefault: row.by_default as boolean,
      alternatives: row.alternatives as string[],
      reason: row.reason as string | null,
      answeredBy: row.answered_by as string | null,
      answeredAt: row.answered_at as Date | null,
    }));
  }

  /** The link behind a token hash; null when unknown or its person is deleted. */
  async findLink(hash: Buffer): Promise<RoundProposalLinkRow | null> {
    const [row] = await this.manager.query<Record<string, unknown>[]>(
      `SELECT l.round_id, l.organization_id, l.person_id FROM round_proposal_links l
         LEFT JOIN people p ON p.id = l.person_id
        WHERE l.token_hash = $1 AND (l.person_id IS NULL OR p.deleted_at IS NULL)`,
      [hash],
    );
    return row
      ? {
          roundId: row.round_id as string,
          organizationId: row.organization_id as string,
          personId: row.person_id as string | null,
        }
      : null;
  }

  async saveAnswer(
    manager: EntityManager,
    roundId: string,
    organizationId: string,
    answer: Pick<RoundProposalAnswerRow, 'answer' | 'alternatives' | 'reason' | 'answeredBy' | 'answeredAt'>,
  ): Promise<void> {
    await manager.query(
      `UPDATE round_proposal_answers
          SET answer = $3, by_default = false, alternatives = $4::jsonb, reason = $5, answered_by = $6,
              answered_at = $7
        WHERE round_id = $1 AND organization_id = $2`,
      [
        roundId,
        organizationId,
        answer.answer,
        JSON.stringify(answer.alternatives),
        answer.reason,
        answer.answeredBy,
        answer.answeredAt,
      ],
    );
  }

  /** Rounds whose consultation's answer time is over and not yet handled. */
  async findDueRoundIds(now: Date): Promise<string[]> {
    const rows = await this.manager.query<Array<{ round_id: string }>>(
      `SELECT round_id FROM round_consultations WHERE expired_at IS NULL AND answer_due_at <= $1
        ORDER BY answer_due_at, round_id`,
      [now],
    );
    return rows.map((row) => row.round_id);
  }

  async lockConsultation(manager: EntityManager, roundId: string): Promise<RoundConsultationRow | null> {
    const [row] = await manager.query<Record<string, unknown>[]>(
      `SELECT round_id, sent_at, sent_by, answer_due_at, expired_at FROM round_consultations
        WHERE round_id = $1 FOR UPDATE`,
      [roundId],
    );
    return row ? toConsultation(row) : null;
  }

  /** Every unanswered proposal counts as accepted; answers which municipalities that was. */
  async acceptUnanswered(manager: EntityManager, roundId: string, now: Date): Promise<string[]> {
    // An UPDATE answers [rows, count] through TypeORM's PostgreSQL driver.
    const [rows] = await manager.query<[Array<{ organization_id: string }>, number]>(
      `UPDATE round_proposal_answers SET answer = 'accepted', by_default = true, answered_at = $2
        WHERE round_id = $1 AND answer IS NULL RETURNING organization_id`,
      [roundId, now],
    );
    await manager.query(`UPDATE round_consultations SET expired_at = $2 WHERE round_id = $1`, [roundId, now]);
    return rows.map((row) => row.organization_id);
  }
}

function toConsultation(row: Record<string, unknown>): RoundConsultationRow {
  return {
    roundId: row.round_id as string,
    sentAt: row.sent_at as Date,
    sentBy: row.sent_by as string | null,
    answerDueAt: row.answer_due_at as Date,
    expiredAt: row.expired_at as Date | null,
  };
}
