import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { EmailStatus } from '../mail/email.entity.js';
import type { MeetingStatus, ParticipantRole, Partstat } from '../meeting/meeting.entity.js';
import type { Locale } from '../person/person.entity.js';
import type { InvitationMethod } from './invitation.entity.js';

/** A meeting as invitations and reminders need it. */
export interface MeetingSnapshot {
  id: string;
  uid: string;
  sequence: number;
  status: MeetingStatus;
  regionId: string;
  title: string;
  description: string | null;
  startAt: Date;
  endAt: Date;
  locationAddress: string | null;
  videoUrl: string | null;
  cancelReason: string | null;
  organizations: Array<{ id: string; name: string }>;
  /** The number of the latest change announced to the invitation sync (0 before the first). */
  latestChange: number;
}

/** A participant (current or removed) with the person and their invitation record. */
export interface ParticipantRecord {
  personId: string;
  name: string;
  email: string;
  locale: Locale;
  role: ParticipantRole;
  partstat: Partstat;
  respondedAt: Date | null;
  responseComment: string | null;
  removedAt: Date | null;
  personDeleted: boolean;
  invitationId: string | null;
  lastSequenceSent: number | null;
  lastMethodSent: InvitationMethod | null;
  lastEmailId: string | null;
}

/** One row of GET /api/meetings/:id/invitations, before it becomes a view. */
export interface InvitationListRow extends ParticipantRecord {
  lastQueuedAt: Date | null;
  emailStatus: EmailStatus | null;
  emailError: string | null;
  emailSentAt: Date | null;
}

/** What an RSVP token leads to. */
export interface TokenTarget {
  invitationId: string;
  meetingId: string;
  personId: string;
  tokenRevokedAt: Date | null;
  invitationRevokedAt: Date | null;
}

type Row = Record<string, unknown>;

const MEETING_COLUMNS = `m.id, m.uid, m.sequence, m.status, m.region_id, m.title, m.description, m.start_at, m.end_at,
  m.location_address, m.video_url, m.cancel_reason,
  COALESCE((SELECT json_agg(json_build_object('id', o.id, 'name', o.name) ORDER BY o.name, o.id)
              FROM meeting_organizations mo JOIN organizations o ON o.id = mo.organization_id
             WHERE mo.meeting_id = m.id), '[]') AS organizations,
  COALESCE((SELECT s.change_counter FROM invitation_sync_state s WHERE s.meeting_id = m.id), 0) AS latest_change`;

function toMeeting(row: Row): MeetingSnapshot {
  return {
    id: row.id as string,
    uid: row.uid as string,
    sequence: row.sequence as number,
    status: row.status as MeetingStatus,
    regionId: row.region_id as string,
    title: row.title as string,
    description: row.description as string | null,
    startAt: row.start_at as Date,
    endAt: row.end_at as Date,
    locationAddress: row.location_address as string | null,
    videoUrl: row.video_url as string | null,
    cancelReason: row.cancel_reason as string | null,
    organizations: row.organizations as Array<{ id: string; name: string }>,
    latestChange: row.latest_change as number,
  };
}

const PARTICIPANT_COLUMNS = `mp.person_id, p.name, p.email, p.locale, mp.role, mp.partstat, mp.responded_at,
  mp.response_comment, mp.removed_at, p.deleted_at IS NOT NULL AS person_deleted, i.id AS invitation_id,
  i.last_sequence_sent, i.last_method_sent, i.last_email_id`;

/** Chair first, then in the order they were added. */
const PARTICIPANT_ORDER = `(mp.role = 'chair') DESC, mp.added_at, p.name, mp.person_id`;

function toParticipant(row: Row): ParticipantRecord {
  return {
    personId: row.person_id as string,
    name: row.name as string,
    email: row.email as string,
    locale: row.locale as Locale,
    role: row.role as ParticipantRole,
    partstat: row.partstat as Partstat,
    respondedAt: row.responded_at as Date | null,
    responseComment: row.response_comment as string | null,
    removedAt: row.removed_at as Date | null,
    personDeleted: row.person_deleted as boolean,
    invitationId: row.invitation_id as string | null,
    lastSequenceSent: row.last_sequence_sent as number | null,
    lastMethodSent: row.last_method_sent as InvitationMethod | null,
    lastEmailId: row.last_email_id as string | null,
  };
}

/**
 * The only code that touches the invitation tables. It also reads meetings, their participants and people
 * (read-only, joined in SQL so that a sync costs a few queries whatever the meeting's size, and can lock the
 * meeting row); answers are written through MeetingChanges.
 */
@Injectable()
export class InvitationRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Counts a change of each meeting; returns each one's new number (1, 2, …). */
  async nextChanges(manager: EntityManager, meetingIds: readonly string[]): Promise<Map<string, number>> {
    if (meetingIds.length === 0) return new Map();
    const rows: Row[] = await manager.query(
      `INSERT INTO invitation_sync_state (meeting_id, change_counter)
       SELECT id, 1 FROM unnest($1::uuid[]) AS id
       ON CONFLICT (meeting_id) DO UPDATE
         SET change_counter = invitation_sync_state.change_counter + 1, updated_at = now()
       RETURNING meeting_id, change_counter`,
      [[...new Set(meetingIds)]],
    );
    return new Map(rows.map((row) => [row.meeting_id as string, row.change_counter as number]));
  }

  /** The meeting, locked FOR UPDATE when `lock` (serialises syncs with each other and with changes). */
  async findMeeting(
    manager: EntityManager,
    meetingId: string,
    options: { lock?: boolean } = {},
  ): Promise<MeetingSnapshot | null> {
    if (options.lock) {
      // Locked first, then read in a statement of its own: under READ COMMITTED a statement that waited for
      // the lock would still see the rest (organizations, change counter) as of before the wait.
      const locked: Row[] = await manager.query(`SELECT id FROM meetings WHERE id = $1 FOR UPDATE`, [
        meetingId,
      ]);
      if (locked.length === 0) return null;
    }
    const rows: Row[] = await manager.query(`SELECT ${MEETING_COLUMNS} FROM meetings m WHERE m.id = $1`, [
      meetingId,
    ]);
    return rows[0] ? toMeeting(rows[0]) : null;
  }

  /**
   * For a sync: the meetings locked FOR UPDATE (in id order, so that two syncs never wait on each other in a
   * circle), then in one statement each meeting and every participant (removed ones too, with what they
   * were last sent, in the order of findParticipants). Missing meetings are left out.
   */
  async findMeetingsForSync(
    manager: EntityManager,
    meetingIds: readonly string[],
  ): Promise<Map<string, { meeting: MeetingSnapshot; participants: ParticipantRecord[] }>> {
    const ids = [...new Set(meetingIds)].sort();
    // Locked in a statement of its own, as in findMeeting.
    const locked: Row[] = await manager.query(
      `SELECT id FROM meetings WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`,
      [ids],
    );
    if (locked.length === 0) return new Map();
    const rows: Row[] = await manager.query(
      `SELECT ${MEETING_COLUMNS},
              COALESCE((SELECT json_agg(x) FROM (
                SELECT ${PARTICIPANT_COLUMNS}
                  FROM meeting_participants mp
                  JOIN people p ON p.id = mp.person_id
                  LEFT JOIN invitations i ON i.meeting_id = mp.meeting_id AND i.person_id = mp.person_id
                 WHERE mp.meeting_id = m.id
                 ORDER BY ${PARTICIPANT_ORDER}) x), '[]') AS participants
         FROM meetings m WHERE m.id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(
      rows.map((row) => [
        row.id as string,
        {
          meeting: toMeeting(row),
          participants: (row.participants as Row[]).map((participant) =>
            toParticipant({
              ...participant,
              responded_at:
                participant.responded_at === null ? null : new Date(participant.responded_at as string),
              removed_at: participant.removed_at === null ? null : new Date(participant.removed_at as string),
            }),
          ),
        },
      ]),
    );
  }

  async findMeetingByUid(manager: EntityManager, uid: string): Promise<MeetingSnapshot | null> {
    const rows: Row[] = await manager.query(`SELECT ${MEETING_COLUMNS} FROM meetings m WHERE m.uid = $1`, [
      uid,
    ]);
    return rows[0] ? toMeeting(rows[0]) : null;
  }

  /** Every participant, removed ones too, with what they were last sent; in a stable order. */
  async findParticipants(manager: EntityManager, meetingId: string): Promise<ParticipantRecord[]> {
    const rows: Row[] = await manager.query(
      `SELECT ${PARTICIPANT_COLUMNS}
         FROM meeting_participants mp
         JOIN people p ON p.id = mp.person_id
         LEFT JOIN invitations i ON i.meeting_id = mp.meeting_id AND i.person_id = mp.person_id
        WHERE mp.meeting_id = $1
        ORDER BY ${PARTICIPANT_ORDER}`,
      [meetingId],
    );
    return rows.map(toParticipant);
  }

  /** The participant (current or removed), with their invitation record; locked FOR UPDATE when asked. */
  async findParticipant(
    manager: EntityManager,
    meetingId: string,
    where: { personId: string } | { email: string },
    options: { lock?: boolean } = {},
  ): Promise<ParticipantRecord | null> {
    const byEmail = 'email' in where;
    const rows: Row[] = await manager.query(
      `SELECT ${PARTICIPANT_COLUMNS}
         FROM meeting_participants mp
         JOIN people p ON p.id = mp.person_id
         LEFT JOIN invitations i ON i.meeting_id = mp.meeting_id AND i.person_id = mp.person_id
        WHERE mp.meeting_id = $1 AND ${byEmail ? 'lower(p.email) = lower($2) AND p.deleted_at IS NULL' : 'mp.person_id = $2'}
        ORDER BY mp.removed_at IS NULL DESC
        LIMIT 1
        ${options.lock ? 'FOR UPDATE OF mp' : ''}`,
      [meetingId, byEmail ? where.email.trim() : where.personId],
    );
    return rows[0] ? toParticipant(rows[0]) : null;
  }

  /** Invitation rows for these people (created when missing); person id → invitation id. */
  async ensureInvitations(
    manager: EntityManager,
    meetingId: string,
    personIds: readonly string[],
  ): Promise<Map<string, string>> {
    if (personIds.length === 0) return new Map();
    const rows: Row[] = await manager.query(
      `INSERT INTO invitations (meeting_id, person_id)
       SELECT $1, person_id FROM unnest($2::uuid[]) AS person_id
       ON CONFLICT (meeting_id, person_id) DO UPDATE SET updated_at = invitations.updated_at
       RETURNING id, person_id`,
      [meetingId, personIds],
    );
    return new Map(rows.map((row) => [row.person_id as string, row.id as string]));
  }

  /**
   * In one statement, for any number of meetings: what was just queued per invitation (created when new:
   * its id is chosen by the caller; a REQUEST also lifts an earlier revocation, since the person was added
   * back), the new RSVP tokens, and per meeting the change number its emails now reflect.
   */
  async recordSync(
    manager: EntityManager,
    synced: ReadonlyArray<{ meetingId: string; change: number }>,
    sends: ReadonlyArray<{
      invitationId: string;
      meetingId: string;
      personId: string;
      sequence: number;
      method: InvitationMethod;
      emailId: string;
    }>,
    tokens: ReadonlyArray<{ invitationId: string; hash: Buffer }>,
  ): Promise<void> {
    if (synced.length === 0 && sends.length === 0 && tokens.length === 0) return;
    await manager.query(
      `WITH queued AS (
         INSERT INTO invitations AS i (id, meeting_id, person_id, last_sequence_sent, last_method_sent,
                                       last_email_id, last_queued_at, revoked_at)
         SELECT s.id, s.meeting_id, s.person_id, s.sequence, s.method, s.email_id, now(),
                CASE WHEN s.method = 'REQUEST' THEN NULL ELSE now() END
           FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::int[], $5::text[], $6::uuid[])
                AS s(id, meeting_id, person_id, sequence, method, email_id)
         ON CONFLICT (meeting_id, person_id) DO UPDATE
            SET last_sequence_sent = EXCLUDED.last_sequence_sent, last_method_sent = EXCLUDED.last_method_sent,
                last_email_id = EXCLUDED.last_email_id, last_queued_at = now(), updated_at = now(),
                revoked_at = CASE WHEN EXCLUDED.last_method_sent = 'REQUEST' THEN NULL
                                  ELSE COALESCE(i.revoked_at, now()) END
         RETURNING i.id
       ), tokens AS (
         INSERT INTO invitation_tokens (token_hash, invitation_id)
         SELECT * FROM unnest($7::bytea[], $8::uuid[])
         RETURNING token_hash
       ), synced AS (
         UPDATE invitation_sync_state s SET synced_counter = GREATEST(s.synced_counter, u.change), updated_at = now()
           FROM unnest($9::uuid[], $10::int[]) AS u(meeting_id, change)
          WHERE s.meeting_id = u.meeting_id
          RETURNING s.meeting_id
       )
       SELECT (SELECT count(*) FROM queued) AS queued, (SELECT count(*) FROM tokens) AS tokens,
              (SELECT count(*) FROM synced) AS synced`,
      [
        sends.map((send) => send.invitationId),
        sends.map((send) => send.meetingId),
        sends.map((send) => send.personId),
        sends.map((send) => send.sequence),
        sends.map((send) => send.method),
        sends.map((send) => send.emailId),
        tokens.map((token) => token.hash),
        tokens.map((token) => token.invitationId),
        synced.map((entry) => entry.meetingId),
        synced.map((entry) => entry.change),
      ],
    );
  }

  async insertTokens(
    manager: EntityManager,
    tokens: ReadonlyArray<{ invitationId: string; hash: Buffer }>,
  ): Promise<void> {
    if (tokens.length === 0) return;
    await manager.query(
      `INSERT INTO invitation_tokens (token_hash, invitation_id)
       SELECT * FROM unnest($1::bytea[], $2::uuid[])`,
      [tokens.map((token) => token.hash), tokens.map((token) => token.invitationId)],
    );
  }

  /**
   * Withdraws the RSVP links of these people (all participants when `personIds` is 'all'): removal and
   * cancellation answer 410 from the moment the change commits, before any email goes out.
   */
  async revoke(
    manager: EntityManager,
    meetingId: string,
    personIds: readonly string[] | 'all',
  ): Promise<void> {
    const all = personIds === 'all';
    if (!all && personIds.length === 0) return;
    await manager.query(
      `WITH revoked AS (
         UPDATE invitations SET revoked_at = COALESCE(revoked_at, now()), updated_at = now()
          WHERE meeting_id = $1 AND ($2::boolean OR person_id = ANY($3::uuid[]))
          RETURNING id
       )
       UPDATE invitation_tokens t SET revoked_at = now()
         FROM revoked WHERE t.invitation_id = revoked.id AND t.revoked_at IS NULL`,
      [meetingId, all, all ? [] : personIds],
    );
  }

  async findTokenTarget(hash: Buffer): Promise<TokenTarget | null> {
    const rows: Row[] = await this.dataSource.query(
      `SELECT i.id AS invitation_id, i.meeting_id, i.person_id, t.revoked_at AS token_revoked_at,
              i.revoked_at AS invitation_revoked_at
         FROM invitation_tokens t JOIN invitations i ON i.id = t.invitation_id
        WHERE t.token_hash = $1`,
      [hash],
    );
    const row = rows[0];
    return row
      ? {
          invitationId: row.invitation_id as string,
          meetingId: row.meeting_id as string,
          personId: row.person_id as string,
          tokenRevokedAt: row.token_revoked_at as Date | null,
          invitationRevokedAt: row.invitation_revoked_at as Date | null,
        }
      : null;
  }

  /** Participants with their invitation and the delivery state of the last email they were sent. */
  async listForMeeting(meetingId: string): Promise<InvitationListRow[]> {
    const rows: Row[] = await this.dataSource.query(
      `SELECT ${PARTICIPANT_COLUMNS}, i.last_queued_at,
              e.status AS email_status, e.last_error AS email_error, e.sent_at AS email_sent_at
         FROM meeting_participants mp
         JOIN people p ON p.id = mp.person_id
         LEFT JOIN invitations i ON i.meeting_id = mp.meeting_id AND i.person_id = mp.person_id
         LEFT JOIN emails e ON e.id = i.last_email_id
        WHERE mp.meeting_id = $1
        ORDER BY ${PARTICIPANT_ORDER}`,
      [meetingId],
    );
    return rows.map((row) => ({
      ...toParticipant(row),
      lastQueuedAt: row.last_queued_at as Date | null,
      emailStatus: row.email_status as EmailStatus | null,
      emailError: row.email_error as string | null,
      emailSentAt: row.email_sent_at as Date | null,
    }));
  }
}
