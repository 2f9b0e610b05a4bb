import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import type { PasswordLinkPurpose } from './password-link.entity.js';
import { TransactionService } from '../common/database/transaction.service.js';

/** A link with whether it can still be used, judged by the database's clock. */
export interface PasswordLinkState {
  id: string;
  personId: string;
  purpose: PasswordLinkPurpose;
  usable: boolean;
}

/** The only code that touches password_links. */
@Injectable()
export class PasswordLinkRepository {
  constructor(private readonly tx: TransactionService) {}

  /** The open transaction's manager on this async path, else the DataSource's. */
  private get manager(): EntityManager {
    return this.tx.manager;
  }

  async insert(link: {
    tokenHash: string;
    personId: string;
    purpose: PasswordLinkPurpose;
    validMinutes: number;
  }): Promise<void> {
    await this.manager.query(
      `INSERT INTO password_links (token_hash, person_id, purpose, expires_at)
       VALUES ($1, $2, $3, now() + make_interval(mins => $4))`,
      [link.tokenHash, link.personId, link.purpose, link.validMinutes],
    );
  }

  /** The link by its hash; inside a transaction, locked for the rest of it. */
  async findByHash(tokenHash: string): Promise<PasswordLinkState | null> {
    const rows: Array<{ id: string; person_id: string; purpose: PasswordLinkPurpose; usable: boolean }> =
      await this.manager.query(
        `SELECT id, person_id, purpose, (used_at IS NULL AND expires_at > now()) AS usable
           FROM password_links WHERE token_hash = $1${this.tx.active ? ' FOR UPDATE' : ''}`,
        [tokenHash],
      );
    const row = rows[0];
    return row ? { id: row.id, personId: row.person_id, purpose: row.purpose, usable: row.usable } : null;
  }

  /** Voids every link of the person not used yet (after a password change, or before a new link). */
  async voidUnused(personId: string): Promise<void> {
    await this.manager.query(
      `UPDATE password_links SET used_at = now() WHERE person_id = $1 AND used_at IS NULL`,
      [personId],
    );
  }
}
