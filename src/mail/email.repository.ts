import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { EmailEntity } from './email.entity.js';
import { StatementBatcher } from './statement-batcher.js';

export type NewEmail = Pick<
  EmailEntity,
  | 'id'
  | 'messageId'
  | 'template'
  | 'locale'
  | 'recipientPersonId'
  | 'toAddress'
  | 'subject'
  | 'raw'
  | 'relatedType'
  | 'relatedId'
>;

/** What the sender needs: the stored bytes and where they go. */
export interface EmailToSend {
  id: string;
  toAddress: string;
  raw: string;
  /** Including this attempt. */
  attempts: number;
}

/** Delivery state of one email, without its content. */
export interface EmailDelivery {
  id: string;
  messageId: string;
  template: string;
  recipientPersonId: string | null;
  toAddress: string;
  status: EmailEntity['status'];
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
}

const MAX_ERROR_LENGTH = 2000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The only code that touches the emails table. */
@Injectable()
export class EmailRepository {
  private readonly attempts = new StatementBatcher<string, EmailToSend | undefined>(async (ids) => {
    const [rows]: [Array<{ id: string; to_address: string; raw: string; attempts: number }>, number] =
      await this.dataSource.query(
        `UPDATE emails SET attempts = attempts + 1
          WHERE id = ANY($1::uuid[]) AND status = 'queued'
          RETURNING id, to_address, raw, attempts`,
        // A malformed id names no email; left out so it cannot fail the statement of the others.
        [ids.filter((id) => UUID.test(id))],
      );
    return new Map(
      rows.map((row) => [
        row.id,
        { id: row.id, toAddress: row.to_address, raw: row.raw, attempts: row.attempts },
      ]),
    );
  }, undefined);

  private readonly sent = new StatementBatcher<string, undefined>(async (ids) => {
    await this.dataSource.query(
      `UPDATE emails SET status = 'sent', sent_at = now() WHERE id = ANY($1::uuid[]) AND status = 'queued'`,
      [ids.filter((id) => UUID.test(id))],
    );
    return new Map();
  }, undefined);

  constructor(private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, email: NewEmail): Promise<void> {
    await manager.insert(EmailEntity, { ...email, status: 'queued', attempts: 0 });
  }

  /** Several emails in one statement (column arrays: no per-row SQL to build for a meeting's invitations). */
  async insertMany(manager: EntityManager, emails: readonly NewEmail[]): Promise<void> {
    if (emails.length === 0) return;
    const column = <K extends keyof NewEmail>(key: K) => emails.map((email) => email[key]);
    await manager.query(
      `INSERT INTO emails (id, message_id, template, locale, recipient_person_id, to_address, subject, raw,
                           related_type, related_id, status, attempts)
       SELECT *, 'queued', 0
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::uuid[], $6::text[], $7::text[],
                     $8::text[], $9::text[], $10::text[])`,
      [
        column('id'),
        column('messageId'),
        column('template'),
        column('locale'),
        column('recipientPersonId'),
        column('toAddress'),
        column('subject'),
        column('raw'),
        column('relatedType'),
        column('relatedId'),
      ],
    );
  }

  /**
   * Counts an attempt and returns the message, if it is still queued; undefined when it was sent, failed
   * or does not exist (the handler then skips). Calls made together (concurrent send jobs) share one
   * statement; each row is still claimed by its own `status = 'queued'` condition.
   */
  startAttempt(id: string): Promise<EmailToSend | undefined> {
    return this.attempts.call(id);
  }

  /** Emails about one thing (e.g. a meeting's invitations), oldest first; raw is not loaded. */
  async findByRelated(type: string, id: string): Promise<EmailDelivery[]> {
    const emails = await this.dataSource.getRepository(EmailEntity).find({
      where: { relatedType: type, relatedId: id },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return emails.map((email) => ({
      id: email.id,
      messageId: email.messageId,
      template: email.template,
      recipientPersonId: email.recipientPersonId,
      toAddress: email.toAddress,
      status: email.status,
      attempts: email.attempts,
      lastError: email.lastError,
      createdAt: email.createdAt,
      sentAt: email.sentAt,
    }));
  }

  /** Resolves once the row says sent; calls made together share one statement. */
  async markSent(id: string): Promise<void> {
    await this.sent.call(id);
  }

  /** A failure that a retry may overcome: the email stays queued. */
  async recordTransientFailure(id: string, error: string): Promise<void> {
    await this.dataSource.query(`UPDATE emails SET last_error = $2 WHERE id = $1`, [
      id,
      error.slice(0, MAX_ERROR_LENGTH),
    ]);
  }

  /**
   * Fails emails that have not been sent yet, in the caller's transaction (e.g. an invitation superseded by
   * a newer one): their send jobs then skip them. Returns the ids it withdrew.
   */
  async withdrawQueued(manager: EntityManager, ids: readonly string[], reason: string): Promise<string[]> {
    if (ids.length === 0) return [];
    const [rows]: [Array<{ id: string }>, number] = await manager.query(
      `UPDATE emails SET status = 'failed', last_error = $2 WHERE id = ANY($1::uuid[]) AND status = 'queued'
       RETURNING id`,
      [ids, reason.slice(0, MAX_ERROR_LENGTH)],
    );
    return rows.map((row) => row.id);
  }

  async markFailed(id: string, error: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE emails SET status = 'failed', last_error = $2 WHERE id = $1 AND status = 'queued'`,
      [id, error.slice(0, MAX_ERROR_LENGTH)],
    );
  }
}
