import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface PersonIdentity {
  id: string;
  personId: string;
  revokedAt: Date | null;
}

/** The only code that touches person_identities. */
@Injectable()
export class PersonIdentityRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The link of a provider's subject, when it belongs to a person not deleted. */
  async findBySubject(provider: string, subject: string): Promise<PersonIdentity | null> {
    const rows: Array<{ id: string; person_id: string; revoked_at: Date | null }> =
      await this.dataSource.query(
        `SELECT i.id, i.person_id, i.revoked_at
         FROM person_identities i JOIN people p ON p.id = i.person_id
        WHERE i.provider = $1 AND i.subject = $2 AND p.deleted_at IS NULL`,
        [provider, subject],
      );
    const row = rows[0];
    return row ? { id: row.id, personId: row.person_id, revokedAt: row.revoked_at } : null;
  }

  /** Whether the person is linked to some subject of this provider already. */
  async personHasIdentity(provider: string, personId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM person_identities WHERE provider = $1 AND person_id = $2 LIMIT 1`,
      [provider, personId],
    );
    return rows.length > 0;
  }

  /** Links a subject to a person; a concurrent first sign-in of the same subject keeps the first link. */
  async link(provider: string, subject: string, personId: string): Promise<PersonIdentity> {
    const rows: Array<{ id: string; person_id: string; revoked_at: Date | null }> =
      await this.dataSource.query(
        `INSERT INTO person_identities (provider, subject, person_id) VALUES ($1, $2, $3)
       ON CONFLICT (provider, subject) DO UPDATE SET last_sign_in_at = now()
       RETURNING id, person_id, revoked_at`,
        [provider, subject, personId],
      );
    return { id: rows[0].id, personId: rows[0].person_id, revokedAt: rows[0].revoked_at };
  }

  async recordSignIn(id: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE person_identities SET last_sign_in_at = now(), revoked_at = NULL WHERE id = $1`,
      [id],
    );
  }

  async markRevoked(id: string): Promise<void> {
    await this.dataSource.query(`UPDATE person_identities SET revoked_at = now() WHERE id = $1`, [id]);
  }
}
