import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { EmailStatus } from '../mail/email.entity.js';
import type { MeetingParticipantSnapshot } from '../meeting/reads/meeting-snapshots.js';
import type { InvitationMethod } from './invitation.entity.js';

/** What was last sent to a participant, from their invitation row (all null before the first). */
export interface InvitationState {
  invitationId: string | null;
  lastSequenceSent: number | null;
  lastMethodSent: InvitationMethod | null;
  lastEmailId: string | null;
}

/** A participant (current or removed), as the meeting feature reads them, with their invitation. */
export type ParticipantRecord = MeetingParticipantSnapshot & InvitationState;

/** An invitation with the delivery of the last email it was sent, for GET /api/meetings/:id/invitations. */
export interface InvitationDelivery extends InvitationState {
  lastQueuedAt: Date | null;
  emailStatus: EmailStatus | null;
  emailError: string | null;
  emailSentAt: Date | null;
}

/** One row of GET /api/meetings/:id/invitations, before it becomes a view. */
export type InvitationListRow = MeetingParticipantSnapshot & InvitationDelivery;

const NO_INVITATION: InvitationDelivery = {
  invitationId: null,
  lastSequenceSent: null,
  lastMethodSent: null,
  lastEmailId: null,
  lastQueuedAt: null,
  emailStatus: null,
  emailError: null,
  emailSentAt: null,
};

/** The meeting's participants (in their order) each with their invitation, or none yet. */
export function withInvitations<S extends InvitationState>(
  participants: readonly MeetingParticipantSnapshot[],
  invitations: ReadonlyMap<string, S>,
): Array<MeetingParticipantSnapshot & (S | InvitationDelivery)> {
  return participants.map((participant) => ({
    ...participant,
    ...(invitations.get(participant.personId) ?? NO_INVITATION),
  }));
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

function toState(row: Row): InvitationState {
  return {
    invitationId: row.id as string,
    lastSequenceSent: row.last_sequence_sent as number | null,
    lastMethodSent: row.last_method_sent as InvitationMethod | null,
    lastEmailId: row.last_email_id as string | null,
  };
}

/**
 * The only code that touches the invitation tables (invitations, invitation_tokens, invitation_sync_state).
 * Meetings and their participants are read through the meeting feature (MeetingSnapshots); answers are
 * written through MeetingChanges.
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

  /**
   * For a sync, per meeting: the number of the latest change announced (0 before the first) and what each
   * participant was last sent (person id → invitation). Meetings without either are left out.
   */
  async findStates(
    manager: EntityManager,
    meetingIds: readonly string[],
  ): Promise<Map<string, { latestChange: number; invitations: Map<string, InvitationState> }>> {
    const ids = [...new Set(meetingIds)];
    const states = new Map<string, { latestChange: number; invitations: Map<string, InvitationState> }>();
    const stateOf = (meetingId: string) => {
      const state = states.get(meetingId) ?? { latestChange: 0, invitations: new Map() };
      states.set(meetingId, state);
      return state;
    };
    const counters: Row[] = await manager.query(
      `SELECT meeting_id, change_counter FROM invitation_sync_state WHERE meeting_id = ANY($1::uuid[])`,
      [ids],
    );
    for (const row of counters) stateOf(row.meeting_id as string).latestChange = row.change_counter as number;
    const invitations: Row[] = await manager.query(
      `SELECT id, meeting_id, person_id, last_sequence_sent, last_method_sent, last_email_id
         FROM invitations WHERE meeting_id = ANY($1::uuid[])`,
      [ids],
    );
    for (const row of invitations) {
      stateOf(row.meeting_id as string).invitations.set(row.person_id, toState(row));
    }
    return states;
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

  /** Per person invited to the meeting: their invitation and the delivery of the last email they were sent. */
  async findDeliveries(meetingId: string): Promise<Map<string, InvitationDelivery>> {
    const rows: Row[] = await this.dataSource.query(
      `SELECT i.id, i.person_id, i.last_sequence_sent, i.last_method_sent, i.last_email_id, i.last_queued_at,
              e.status AS email_status, e.last_error AS email_error, e.sent_at AS email_sent_at
         FROM invitations i LEFT JOIN emails e ON e.id = i.last_email_id
        WHERE i.meeting_id = $1`,
      [meetingId],
    );
    return new Map(
      rows.map((row) => [
        row.person_id as string,
        {
          ...toState(row),
          lastQueuedAt: row.last_queued_at as Date | null,
          emailStatus: row.email_status as EmailStatus | null,
          emailError: row.email_error as string | null,
          emailSentAt: row.email_sent_at as Date | null,
        },
      ]),
    );
  }
}
