import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthenticatedPerson } from '../common/auth/authenticated-user.js';
import type { OrganizationKind } from '../organization/organization.entity.js';
import type { Locale, PersonRole } from '../person/person.entity.js';

/** last_seen_at is written at most this often per session: a request does not always cost a write. */
const TOUCH_AFTER_SECONDS = 60;

interface SessionRow {
  person_id: string;
  roles: PersonRole[];
  locale: Locale;
  credentials_version: number;
  organization_id: string;
  kind: OrganizationKind;
  parent_id: string | null;
}

/** Which provider session a browser session was opened from (single sign-on, ADR 14). */
export interface SessionIdentity {
  provider: string;
  subject: string;
  sid: string | null;
  idToken: string | null;
}

/** The only code that touches browser_sessions. */
@Injectable()
export class BrowserSessionRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(session: {
    tokenHash: string;
    personId: string;
    credentialsVersion: number;
    maxDays: number;
    identity?: SessionIdentity;
  }): Promise<void> {
    const identity = session.identity;
    await this.dataSource.query(
      `INSERT INTO browser_sessions (token_hash, person_id, credentials_version, expires_at,
                                     identity_provider, identity_subject, identity_sid, id_token)
       VALUES ($1, $2, $3, now() + make_interval(days => $4), $5, $6, $7, $8)`,
      [
        session.tokenHash,
        session.personId,
        session.credentialsVersion,
        session.maxDays,
        identity?.provider ?? null,
        identity?.subject ?? null,
        identity?.sid ?? null,
        identity?.idToken ?? null,
      ],
    );
  }

  /**
   * The person behind a live session, checked and touched in one statement (one index lookup by hash):
   * not expired, not idle, person not deleted and allowed to log in, credentials version unchanged.
   * Nothing is cached, so a session that ended is refused by every API process at once.
   */
  async findLivePerson(tokenHash: string, idleMinutes: number): Promise<AuthenticatedPerson | null> {
    const rows: SessionRow[] = await this.dataSource.query(
      `WITH live AS (
         SELECT s.id AS session_id, s.last_seen_at, p.id AS person_id, p.roles, p.locale,
                p.credentials_version, o.id AS organization_id, o.kind, o.parent_id
           FROM browser_sessions s
           JOIN people p ON p.id = s.person_id
           JOIN organizations o ON o.id = p.organization_id
          WHERE s.token_hash = $1
            AND s.expires_at > now()
            AND s.last_seen_at > now() - make_interval(mins => $2)
            AND p.deleted_at IS NULL
            AND p.login_enabled
            AND p.credentials_version = s.credentials_version
       ), touched AS (
         UPDATE browser_sessions SET last_seen_at = now()
          WHERE id IN (SELECT session_id FROM live WHERE last_seen_at < now() - make_interval(secs => $3))
       )
       SELECT person_id, roles, locale, credentials_version, organization_id, kind, parent_id FROM live`,
      [tokenHash, idleMinutes, TOUCH_AFTER_SECONDS],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      personId: row.person_id,
      organizationId: row.organization_id,
      organizationKind: row.kind,
      regionId: row.kind === 'region' ? row.organization_id : row.parent_id!,
      roles: row.roles,
      locale: row.locale,
      credentialsVersion: row.credentials_version,
    };
  }

  /** Ends a session; answers the provider session it came from (single sign-on), if any. */
  async deleteByHash(tokenHash: string): Promise<SessionIdentity | null> {
    const [rows]: [
      Array<{
        identity_provider: string | null;
        identity_subject: string | null;
        identity_sid: string | null;
        id_token: string | null;
      }>,
      number,
    ] = await this.dataSource.query(
      `DELETE FROM browser_sessions WHERE token_hash = $1
         RETURNING identity_provider, identity_subject, identity_sid, id_token`,
      [tokenHash],
    );
    const row = rows[0];
    if (!row?.identity_provider || !row.identity_subject) return null;
    return {
      provider: row.identity_provider,
      subject: row.identity_subject,
      sid: row.identity_sid,
      idToken: row.id_token,
    };
  }

  /** Back-channel logout: ends the sessions of a provider's session (sid) or of its subject; answers how many. */
  async deleteByIdentity(provider: string, by: { sid?: string; subject?: string }): Promise<number> {
    const [, count]: [unknown, number] = await this.dataSource.query(
      `DELETE FROM browser_sessions
        WHERE identity_provider = $1
          AND ($2::text IS NULL OR identity_sid = $2)
          AND ($3::text IS NULL OR identity_subject = $3)`,
      [provider, by.sid ?? null, by.subject ?? null],
    );
    return count;
  }

  /** Sessions that can never count again: expired, idle too long, or opened under older credentials. */
  async deleteEnded(idleMinutes: number): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM browser_sessions s
        USING people p
        WHERE p.id = s.person_id
          AND (s.expires_at <= now()
               OR s.last_seen_at <= now() - make_interval(mins => $1)
               OR p.deleted_at IS NOT NULL
               OR p.credentials_version <> s.credentials_version)`,
      [idleMinutes],
    );
  }
}
