import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Locale } from '../../person/person.entity.js';
import type { MeetingMode, MeetingStatus, ParticipantRole, Partstat } from '../meeting.entity.js';

/**
 * A meeting as other features read it (agendas, minutes, invitations, reminders): instants as Dates, its
 * organizations with their names (by name), every participant (removed ones too) with the person's details.
 * The meeting feature's one read model; the API's MeetingView is made for clients, this one for code.
 */
export interface MeetingSnapshot {
  id: string;
  uid: string;
  sequence: number;
  version: number;
  status: MeetingStatus;
  mode: MeetingMode;
  regionId: string;
  roundId: string | null;
  title: string;
  description: string | null;
  startAt: Date;
  endAt: Date;
  locationAddress: string | null;
  videoUrl: string | null;
  cancelReason: string | null;
  /** Who set the meeting up (null when made by the system or the person is gone). */
  createdBy: string | null;
  organizations: Array<{ id: string; name: string }>;
  /** Chair first, then in the order they were added; removed ones too (removedAt), and deleted people. */
  participants: MeetingParticipantSnapshot[];
}

export interface MeetingParticipantSnapshot {
  personId: string;
  name: string;
  email: string;
  locale: Locale;
  organizationId: string;
  role: ParticipantRole;
  partstat: Partstat;
  respondedAt: Date | null;
  responseComment: string | null;
  addedAt: Date;
  /** Taken off the meeting (they are owed a calendar CANCEL). */
  removedAt: Date | null;
  personDeleted: boolean;
  /** Their data erased (GDPR art. 17): name and address are a pseudonym, nothing may be sent to them. */
  personErased: boolean;
  /** The colleague sent in their place (PARTSTAT DELEGATED), and whom a substitute stands in for. */
  delegatedToPersonId: string | null;
  delegatedFromPersonId: string | null;
  /** Invited by name and email to this meeting only: never one of its parties (issue 17). */
  guest: boolean;
}

/** Taking part now: not removed, the person not deleted. */
export function isCurrentParticipant(participant: MeetingParticipantSnapshot): boolean {
  return participant.removedAt === null && !participant.personDeleted;
}

type Row = Record<string, unknown>;

const PARTICIPANT_COLUMNS = `mp.person_id, p.name, p.email, p.locale, p.organization_id, mp.role, mp.partstat,
  mp.responded_at, mp.response_comment, mp.added_at, mp.removed_at, p.deleted_at IS NOT NULL AS person_deleted,
  p.erased_at IS NOT NULL AS person_erased, mp.delegated_to_person_id, mp.delegated_from_person_id,
  p.guest_meeting_id IS NOT NULL AS guest`;

/** Chair first, then in the order they were added. */
const PARTICIPANT_ORDER = `(mp.role = 'chair') DESC, mp.added_at, p.name, mp.person_id`;

const SNAPSHOT_COLUMNS = `m.id, m.uid, m.sequence, m.version, m.status, m.mode, m.region_id, m.round_id, m.title,
  m.description, m.start_at, m.end_at, m.location_address, m.video_url, m.cancel_reason, m.created_by,
  COALESCE((SELECT json_agg(json_build_object('id', o.id, 'name', o.name) ORDER BY o.name, o.id)
              FROM meeting_organizations mo JOIN organizations o ON o.id = mo.organization_id
             WHERE mo.meeting_id = m.id), '[]') AS organizations,
  COALESCE((SELECT json_agg(x) FROM (
              SELECT ${PARTICIPANT_COLUMNS}
                FROM meeting_participants mp JOIN people p ON p.id = mp.person_id
               WHERE mp.meeting_id = m.id
               ORDER BY ${PARTICIPANT_ORDER}) x), '[]') AS participants`;

const dateOrNull = (value: unknown): Date | null =>
  value === null || value === undefined ? null : new Date(value as string);

function toParticipant(row: Row): MeetingParticipantSnapshot {
  return {
    personId: row.person_id as string,
    name: row.name as string,
    email: row.email as string,
    locale: row.locale as Locale,
    organizationId: row.organization_id as string,
    role: row.role as ParticipantRole,
    partstat: row.partstat as Partstat,
    // Read through json_agg, instants arrive as strings.
    respondedAt: dateOrNull(row.responded_at),
    responseComment: row.response_comment as string | null,
    addedAt: new Date(row.added_at as string),
    removedAt: dateOrNull(row.removed_at),
    personDeleted: row.person_deleted as boolean,
    personErased: row.person_erased as boolean,
    delegatedToPersonId: (row.delegated_to_person_id as string | null) ?? null,
    delegatedFromPersonId: (row.delegated_from_person_id as string | null) ?? null,
    guest: row.guest as boolean,
  };
}

function toSnapshot(row: Row): MeetingSnapshot {
  return {
    id: row.id as string,
    uid: row.uid as string,
    sequence: row.sequence as number,
    version: row.version as number,
    status: row.status as MeetingStatus,
    mode: row.mode as MeetingMode,
    regionId: row.region_id as string,
    roundId: row.round_id as string | null,
    title: row.title as string,
    description: row.description as string | null,
    startAt: row.start_at as Date,
    endAt: row.end_at as Date,
    locationAddress: row.location_address as string | null,
    videoUrl: row.video_url as string | null,
    cancelReason: row.cancel_reason as string | null,
    createdBy: row.created_by as string | null,
    organizations: row.organizations as Array<{ id: string; name: string }>,
    participants: (row.participants as Row[]).map(toParticipant),
  };
}

/**
 * Reads MeetingSnapshots: a few statements whatever a meeting's size, locking the meeting rows FOR UPDATE
 * when asked (a sync or a reminder serialises with changes of the meeting that way). Read-only; with
 * MeetingRepository and the named SQL of meeting-sql.ts the only code that reads the meeting tables (ADR 13).
 */
@Injectable()
export class MeetingSnapshots {
  async find(
    manager: EntityManager,
    meetingId: string,
    options: { lock?: boolean } = {},
  ): Promise<MeetingSnapshot | null> {
    return (await this.findMany(manager, [meetingId], options)).get(meetingId) ?? null;
  }

  /** Missing meetings are left out. Locked in id order, so two lockers never wait on each other in a circle. */
  async findMany(
    manager: EntityManager,
    meetingIds: readonly string[],
    options: { lock?: boolean } = {},
  ): Promise<Map<string, MeetingSnapshot>> {
    const ids = [...new Set(meetingIds)].sort();
    if (ids.length === 0) return new Map();
    if (options.lock) {
      // Locked first, then read in a statement of its own: under READ COMMITTED a statement that waited for
      // the lock would still see the rest (organizations, participants) as of before the wait.
      const locked: Row[] = await manager.query(
        `SELECT id FROM meetings WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`,
        [ids],
      );
      if (locked.length === 0) return new Map();
    }
    const rows: Row[] = await manager.query(
      `SELECT ${SNAPSHOT_COLUMNS} FROM meetings m WHERE m.id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((row) => [row.id as string, toSnapshot(row)]));
  }

  async findByUid(manager: EntityManager, uid: string): Promise<MeetingSnapshot | null> {
    const rows: Row[] = await manager.query(`SELECT ${SNAPSHOT_COLUMNS} FROM meetings m WHERE m.uid = $1`, [
      uid,
    ]);
    return rows[0] ? toSnapshot(rows[0]) : null;
  }

  /**
   * One participant (current or removed), by person or by address (case-insensitive, people not deleted; a
   * current participation before a removed one); its row locked FOR UPDATE when `lock`, so that two answers
   * of one person are recorded one after the other.
   */
  async findParticipant(
    manager: EntityManager,
    meetingId: string,
    where: { personId: string } | { email: string },
    options: { lock?: boolean } = {},
  ): Promise<MeetingParticipantSnapshot | null> {
    const byEmail = 'email' in where;
    const rows: Row[] = await manager.query(
      `SELECT ${PARTICIPANT_COLUMNS}
         FROM meeting_participants mp
         JOIN people p ON p.id = mp.person_id
        WHERE mp.meeting_id = $1 AND ${byEmail ? 'lower(p.email) = lower($2) AND p.deleted_at IS NULL' : 'mp.person_id = $2'}
        ORDER BY mp.removed_at IS NULL DESC
        LIMIT 1
        ${options.lock ? 'FOR UPDATE OF mp' : ''}`,
      [meetingId, byEmail ? where.email.trim() : where.personId],
    );
    return rows[0] ? toParticipant(rows[0]) : null;
  }
}
