import { Injectable } from '@nestjs/common';
import { type EntityManager, In, IsNull } from 'typeorm';
import { TransactionService } from '../common/database/transaction.service.js';
import type { TenantScope } from '../common/auth/tenant-scope.js';
import type { Page } from '../common/validation/zod-dto.js';
import type { MeetingFilter } from './meeting.dto.js';
import {
  MeetingEntity,
  type MeetingMode,
  MeetingOrganizationEntity,
  MeetingParticipantEntity,
  type ParticipantRole,
  type Partstat,
} from './meeting.entity.js';
import type { MeetingCollision } from './meeting.exception.js';
import { meetingTookPlaceSql } from './reads/meeting-sql.js';

export type NewMeeting = Pick<
  MeetingEntity,
  | 'uid'
  | 'regionId'
  | 'roundId'
  | 'title'
  | 'description'
  | 'startAt'
  | 'endAt'
  | 'status'
  | 'mode'
  | 'locationAddress'
  | 'videoUrl'
  | 'caseNumber'
  | 'createdBy'
>;

/** A new meeting row with the id its caller chose, and what it links to. */
export interface NewMeetingWithLinks {
  meeting: NewMeeting & { id: string };
  organizationIds: readonly string[];
  participants: ReadonlyArray<{ personId: string; role: ParticipantRole }>;
}

/** A meeting with the ids of its organizations and every participant row (removed ones included). */
export interface MeetingRecord {
  meeting: MeetingEntity;
  organizationIds: string[];
  participants: MeetingParticipantEntity[];
}

/** A meeting that keeps some of the given people busy. */
export interface BusyMeeting {
  meetingId: string;
  startAt: Date;
  endAt: Date;
  mode: MeetingMode;
  personIds: string[];
  organizationIds: string[];
}

/** One meeting of an organization, as cadence and the scheduler's minimum gap need it. */
export interface OrganizationMeetingTime {
  meetingId: string;
  startAt: Date;
  endAt: Date;
}

interface TimeRow {
  organization_id: string;
  id: string;
  start_at: Date;
  end_at: Date;
}

/** The only code that touches the meetings, meeting_organizations and meeting_participants tables. */
@Injectable()
export class MeetingRepository {
  constructor(private readonly transactions: TransactionService) {}

  /** The open transaction's manager, else the DataSource's (ADR 13). */
  private get manager(): EntityManager {
    return this.transactions.manager;
  }

  async findById(id: string): Promise<MeetingRecord | null> {
    const meeting = await this.manager.findOneBy(MeetingEntity, { id });
    if (!meeting) return null;
    return (await this.withLinks(this.manager, [meeting]))[0];
  }

  /** Meeting rows alone, in no particular order; missing ids are left out. */
  findRowsByIds(ids: readonly string[]): Promise<MeetingEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.manager.findBy(MeetingEntity, { id: In([...ids]) });
  }

  /** Locks the meeting row for the rest of the transaction (read-modify-write), then loads its links. */
  async findByIdForUpdate(manager: EntityManager, id: string): Promise<MeetingRecord | null> {
    const meeting = await manager.findOne(MeetingEntity, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!meeting) return null;
    return (await this.withLinks(manager, [meeting]))[0];
  }

  /**
   * Meetings inside the scope: a region's people see the meetings the region runs, a municipality's people
   * the meetings their municipality takes part in. Filtered in SQL.
   */
  async findPage(
    scope: TenantScope,
    filter: Omit<MeetingFilter, 'participant'> & { participantId?: string },
  ): Promise<Page<MeetingRecord>> {
    const byRegion = scope.condition('meeting.region_id', 'scopeRegionId');
    const byLink = scope.condition('scope_link.organization_id', 'scopeLinkId');
    // A person of an external organization: also the meetings they take part in (TenantScope).
    const byParticipant = scope.participantId
      ? ' OR EXISTS (SELECT 1 FROM meeting_participants scope_participant ' +
        'WHERE scope_participant.meeting_id = meeting.id AND scope_participant.person_id = :scopeParticipantId ' +
        'AND scope_participant.removed_at IS NULL)'
      : '';
    const query = this.manager
      .getRepository(MeetingEntity)
      .createQueryBuilder('meeting')
      .where(
        `(${byRegion.sql} OR EXISTS (SELECT 1 FROM meeting_organizations scope_link ` +
          `WHERE scope_link.meeting_id = meeting.id AND ${byLink.sql})${byParticipant})`,
        {
          ...byRegion.parameters,
          ...byLink.parameters,
          ...(scope.participantId && { scopeParticipantId: scope.participantId }),
        },
      );
    if (filter.organizationId) {
      query.andWhere(
        'EXISTS (SELECT 1 FROM meeting_organizations filter_link ' +
          'WHERE filter_link.meeting_id = meeting.id AND filter_link.organization_id = :organizationId)',
        { organizationId: filter.organizationId },
      );
    }
    if (filter.from) query.andWhere('meeting.end_at > :from', { from: filter.from });
    if (filter.to) query.andWhere('meeting.start_at < :to', { to: filter.to });
    if (filter.status) query.andWhere('meeting.status = :status', { status: filter.status });
    if (filter.minutes === 'none') {
      query.andWhere(
        'NOT EXISTS (SELECT 1 FROM minutes filter_minutes WHERE filter_minutes.meeting_id = meeting.id)',
      );
    } else if (filter.minutes) {
      query.andWhere(
        'EXISTS (SELECT 1 FROM minutes filter_minutes ' +
          'WHERE filter_minutes.meeting_id = meeting.id AND filter_minutes.status = :minutesStatus)',
        { minutesStatus: filter.minutes },
      );
    }
    if (filter.participantId) {
      query.andWhere(
        'EXISTS (SELECT 1 FROM meeting_participants filter_participant ' +
          'WHERE filter_participant.meeting_id = meeting.id AND filter_participant.person_id = :participantId ' +
          'AND filter_participant.removed_at IS NULL)',
        { participantId: filter.participantId },
      );
    }
    const [meetings, total] = await query
      .orderBy('meeting.start_at', 'ASC')
      .addOrderBy('meeting.id', 'ASC')
      .take(filter.limit)
      .skip(filter.offset)
      .getManyAndCount();
    const items = await this.withLinks(this.manager, meetings);
    return { items, total, limit: filter.limit, offset: filter.offset };
  }

  /**
   * New meetings with their organizations and participants, three statements for any number of them (a
   * confirmed round writes hundreds). The ids are chosen by the caller.
   */
  async insertMany(manager: EntityManager, meetings: readonly NewMeetingWithLinks[]): Promise<void> {
    if (meetings.length === 0) return;
    // Column arrays, one statement per table: TypeORM's multi-row insert costs more to build than to run.
    const rows = meetings.map((entry) => entry.meeting);
    const column = <K extends keyof (typeof rows)[number]>(key: K) => rows.map((row) => row[key]);
    await manager.query(
      `INSERT INTO meetings (id, uid, region_id, round_id, title, description, start_at, end_at, status, mode,
                             location_address, video_url, created_by, case_number, version)
       SELECT *, 1 FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::uuid[], $5::text[], $6::text[],
                               $7::timestamptz[], $8::timestamptz[], $9::text[], $10::text[], $11::text[],
                               $12::text[], $13::uuid[], $14::text[])`,
      [
        column('id'),
        column('uid'),
        column('regionId'),
        column('roundId'),
        column('title'),
        column('description'),
        column('startAt'),
        column('endAt'),
        column('status'),
        column('mode'),
        column('locationAddress'),
        column('videoUrl'),
        column('createdBy'),
        column('caseNumber'),
      ],
    );
    const links = meetings.flatMap((entry) =>
      entry.organizationIds.map((organizationId) => [entry.meeting.id, organizationId]),
    );
    await manager.query(
      `INSERT INTO meeting_organizations (meeting_id, organization_id) SELECT * FROM unnest($1::uuid[], $2::uuid[])`,
      [links.map((link) => link[0]), links.map((link) => link[1])],
    );
    const participants = meetings.flatMap((entry) =>
      entry.participants.map((participant) => ({ meetingId: entry.meeting.id, ...participant })),
    );
    await manager.query(
      `INSERT INTO meeting_participants (meeting_id, person_id, role)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[])`,
      [
        participants.map((participant) => participant.meetingId),
        participants.map((participant) => participant.personId),
        participants.map((participant) => participant.role),
      ],
    );
  }

  save(manager: EntityManager, meeting: MeetingEntity): Promise<MeetingEntity> {
    return manager.save(MeetingEntity, meeting);
  }

  /** Raises the version (and updated_at) when only linked rows changed. */
  async touch(manager: EntityManager, meeting: MeetingEntity): Promise<void> {
    const [row] = await manager.query<Array<{ version: number; updated_at: Date }>>(
      `UPDATE meetings SET version = version + 1, updated_at = now() WHERE id = $1
       RETURNING version, updated_at`,
      [meeting.id],
    );
    meeting.version = row.version;
    meeting.updatedAt = row.updated_at;
  }

  async replaceOrganizations(
    manager: EntityManager,
    meetingId: string,
    organizationIds: readonly string[],
  ): Promise<void> {
    await manager.delete(MeetingOrganizationEntity, { meetingId });
    await manager.insert(
      MeetingOrganizationEntity,
      organizationIds.map((organizationId) => ({ meetingId, organizationId })),
    );
  }

  /** Adds people, or brings removed ones back (their earlier answer no longer holds). */
  async addParticipants(
    manager: EntityManager,
    meetingId: string,
    participants: ReadonlyArray<{ personId: string; role: ParticipantRole }>,
  ): Promise<void> {
    for (const participant of participants) {
      await manager.query(
        `INSERT INTO meeting_participants (meeting_id, person_id, role) VALUES ($1, $2, $3)
         ON CONFLICT (meeting_id, person_id) DO UPDATE SET role = EXCLUDED.role, removed_at = NULL,
           added_at = now(), partstat = 'NEEDS-ACTION', responded_at = NULL, response_comment = NULL,
           delegated_to_person_id = NULL, delegated_from_person_id = NULL`,
        [meetingId, participant.personId, participant.role],
      );
    }
  }

  /** Removed participants keep their row (removed_at set): the calendar CANCEL and the history need it. */
  async removeParticipants(
    manager: EntityManager,
    meetingId: string,
    personIds: readonly string[],
  ): Promise<void> {
    if (personIds.length === 0) return;
    await manager.query(
      `UPDATE meeting_participants SET removed_at = now()
       WHERE meeting_id = $1 AND person_id = ANY($2::uuid[]) AND removed_at IS NULL`,
      [meetingId, personIds],
    );
  }

  async changeRole(
    manager: EntityManager,
    meetingId: string,
    personId: string,
    role: ParticipantRole,
  ): Promise<void> {
    await manager.update(MeetingParticipantEntity, { meetingId, personId }, { role });
  }

  /**
   * Serialises changes to these people's calendars until the transaction ends (advisory locks, taken in id
   * order so two transactions never wait on each other crosswise). Without it two meetings created at the
   * same moment could both pass the collision check.
   */
  async lockCalendars(manager: EntityManager, personIds: readonly string[]): Promise<void> {
    const keys = [...new Set(personIds)].sort().map((personId) => `samverkan.person-calendar.${personId}`);
    if (keys.length === 0) return;
    // One round trip: the function scan yields the keys in array order, so the locks are taken one by one
    // in that order (waiting on a lock while holding the earlier ones), exactly as a statement per key would.
    await manager.query(
      `SELECT count(pg_advisory_xact_lock(hashtextextended(k.key, 0)))
         FROM (SELECT key FROM unnest($1::text[]) WITH ORDINALITY AS u(key, n) ORDER BY n) AS k`,
      [keys],
    );
  }

  /**
   * For each candidate (people and a time), the other meetings, not cancelled, that overlap its [start, end)
   * and have one of its people as a participant: one statement for any number of candidates. Results in
   * candidate order; `exceptMeetingId` leaves a meeting out (the one being moved).
   */
  async findCollisions(
    manager: EntityManager,
    candidates: ReadonlyArray<{ personIds: readonly string[]; start: Date; end: Date }>,
    exceptMeetingId: string | null = null,
  ): Promise<MeetingCollision[][]> {
    const found: MeetingCollision[][] = candidates.map(() => []);
    const rows = candidates.flatMap((candidate, index) =>
      [...new Set(candidate.personIds)].map((personId) => ({ index, personId, ...candidate })),
    );
    if (rows.length === 0) return found;
    const collisions = await manager.query<
      Array<{ n: number; person_id: string; id: string; start_at: Date; end_at: Date }>
    >(
      `SELECT c.n, p.person_id, m.id, m.start_at, m.end_at
         FROM unnest($1::int[], $2::uuid[], $3::timestamptz[], $4::timestamptz[]) AS c(n, person_id, s, e)
         JOIN meeting_participants p ON p.person_id = c.person_id AND p.removed_at IS NULL
         JOIN meetings m ON m.id = p.meeting_id AND m.status <> 'cancelled' AND m.start_at < c.e AND m.end_at > c.s
        WHERE $5::uuid IS NULL OR m.id <> $5::uuid
        ORDER BY c.n, m.start_at, m.id, p.person_id`,
      [
        rows.map((row) => row.index),
        rows.map((row) => row.personId),
        rows.map((row) => row.start),
        rows.map((row) => row.end),
        exceptMeetingId,
      ],
    );
    for (const row of collisions) {
      found[row.n].push({
        personId: row.person_id,
        meetingId: row.id,
        startAt: row.start_at.toISOString(),
        endAt: row.end_at.toISOString(),
      });
    }
    return found;
  }

  /** Meetings, not cancelled, overlapping [from, to) in which any of these people take part. */
  async findBusy(personIds: readonly string[], from: Date, to: Date): Promise<BusyMeeting[]> {
    if (personIds.length === 0) return [];
    const rows = await this.manager.query<
      Array<{
        id: string;
        start_at: Date;
        end_at: Date;
        mode: MeetingMode;
        person_ids: string[];
        organization_ids: string[] | null;
      }>
    >(
      `SELECT m.id, m.start_at, m.end_at, m.mode, array_agg(p.person_id ORDER BY p.person_id) AS person_ids,
              (SELECT array_agg(o.organization_id ORDER BY o.organization_id)
                 FROM meeting_organizations o WHERE o.meeting_id = m.id) AS organization_ids
         FROM meetings m
         JOIN meeting_participants p ON p.meeting_id = m.id AND p.removed_at IS NULL
        WHERE p.person_id = ANY($1::uuid[]) AND m.status <> 'cancelled' AND m.start_at < $3 AND m.end_at > $2
        GROUP BY m.id
        ORDER BY m.start_at, m.id`,
      [[...new Set(personIds)], from, to],
    );
    return rows.map((row) => ({
      meetingId: row.id,
      startAt: row.start_at,
      endAt: row.end_at,
      mode: row.mode,
      personIds: row.person_ids,
      organizationIds: row.organization_ids ?? [],
    }));
  }

  /**
   * Per organization, the latest meeting that took place: held, or confirmed and already over (a confirmed
   * meeting whose end has passed happened unless someone cancelled it).
   */
  async findLastHeld(
    organizationIds: readonly string[],
    now: Date,
  ): Promise<Map<string, OrganizationMeetingTime>> {
    return this.byOrganization(
      `SELECT DISTINCT ON (o.organization_id) o.organization_id, m.id, m.start_at, m.end_at
         FROM meeting_organizations o JOIN meetings m ON m.id = o.meeting_id
        WHERE o.organization_id = ANY($1::uuid[]) AND ${meetingTookPlaceSql('m', '$2')}
        ORDER BY o.organization_id, m.end_at DESC, m.id`,
      organizationIds,
      now,
    );
  }

  async findEndedBetween(from: Date, to: Date): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.manager.query(
      `SELECT id FROM meetings
        WHERE end_at >= $1 AND end_at < $2 AND (status = 'held' OR status = 'confirmed')
        ORDER BY end_at, id`,
      [from, to],
    );
    return rows.map((row) => row.id);
  }

  /**
   * Meetings overlapping [from, to), cancelled ones included, by start, at most `limit`: those a person takes
   * part in (not removed), or those with an organization (for a region also every meeting it runs).
   */
  findOverlapping(
    who: { personId: string } | { organizationId: string },
    window: { from: Date; to: Date },
    limit: number,
  ): Promise<MeetingEntity[]> {
    const query = this.manager
      .getRepository(MeetingEntity)
      .createQueryBuilder('meeting')
      .where('meeting.endAt > :from AND meeting.startAt < :to', { from: window.from, to: window.to });
    if ('personId' in who) {
      query.andWhere(
        `EXISTS (SELECT 1 FROM meeting_participants participant
                  WHERE participant.meeting_id = meeting.id
                    AND participant.person_id = :personId
                    AND participant.removed_at IS NULL)`,
        { personId: who.personId },
      );
    } else {
      query.andWhere(
        `(meeting.regionId = :organizationId OR EXISTS (
            SELECT 1 FROM meeting_organizations link
             WHERE link.meeting_id = meeting.id AND link.organization_id = :organizationId))`,
        { organizationId: who.organizationId },
      );
    }
    return query.orderBy('meeting.startAt', 'ASC').addOrderBy('meeting.id', 'ASC').limit(limit).getMany();
  }

  /** Planned or confirmed meetings starting in [from, to), by start. */
  async findPlannedStartingBetween(from: Date, to: Date): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.manager.query(
      `SELECT id FROM meetings
        WHERE start_at >= $1 AND start_at < $2 AND status IN ('planned', 'confirmed')
        ORDER BY start_at, id`,
      [from, to],
    );
    return rows.map((row) => row.id);
  }

  /**
   * The region's meetings held with any of these organizations that start in [from, to), by start:
   * for a public records request (every status: a cancelled meeting's sent agenda is a record too).
   */
  async findInRegionStartingBetween(
    regionId: string,
    organizationIds: readonly string[],
    from: Date,
    to: Date,
  ): Promise<MeetingRecord[]> {
    if (organizationIds.length === 0) return [];
    const rows: Array<{ id: string }> = await this.manager.query(
      `SELECT m.id FROM meetings m
        WHERE m.region_id = $1 AND m.start_at >= $3 AND m.start_at < $4
          AND EXISTS (SELECT 1 FROM meeting_organizations mo
                       WHERE mo.meeting_id = m.id AND mo.organization_id = ANY($2::uuid[]))
        ORDER BY m.start_at, m.id`,
      [regionId, [...organizationIds], from, to],
    );
    const byId = new Map(
      (await this.withLinks(this.manager, await this.findRowsByIds(rows.map((row) => row.id)))).map(
        (record) => [record.meeting.id, record],
      ),
    );
    return rows.flatMap((row) => byId.get(row.id) ?? []);
  }

  /** Of these meetings, the ones this organization is a party of. */
  async findWithOrganization(meetingIds: readonly string[], organizationId: string): Promise<Set<string>> {
    if (meetingIds.length === 0) return new Set();
    const rows: Array<{ meeting_id: string }> = await this.manager.query(
      `SELECT meeting_id FROM meeting_organizations WHERE organization_id = $1 AND meeting_id = ANY($2::uuid[])`,
      [organizationId, [...new Set(meetingIds)]],
    );
    return new Set(rows.map((row) => row.meeting_id));
  }

  /** Per organization, the next planned or confirmed meeting that has not ended yet. */
  async findNextPlanned(
    organizationIds: readonly string[],
    now: Date,
  ): Promise<Map<string, OrganizationMeetingTime>> {
    return this.byOrganization(
      `SELECT DISTINCT ON (o.organization_id) o.organization_id, m.id, m.start_at, m.end_at
         FROM meeting_organizations o JOIN meetings m ON m.id = o.meeting_id
        WHERE o.organization_id = ANY($1::uuid[]) AND m.status IN ('planned', 'confirmed') AND m.end_at > $2
        ORDER BY o.organization_id, m.start_at, m.id`,
      organizationIds,
      now,
    );
  }

  /** Per organization, the meeting (not cancelled) that ends last among those starting before `before`. */
  async findLatestStartingBefore(
    organizationIds: readonly string[],
    before: Date,
  ): Promise<Map<string, OrganizationMeetingTime>> {
    return this.byOrganization(
      `SELECT DISTINCT ON (o.organization_id) o.organization_id, m.id, m.start_at, m.end_at
         FROM meeting_organizations o JOIN meetings m ON m.id = o.meeting_id
        WHERE o.organization_id = ANY($1::uuid[]) AND m.status <> 'cancelled' AND m.start_at < $2
        ORDER BY o.organization_id, m.end_at DESC, m.id`,
      organizationIds,
      before,
    );
  }

  /**
   * A participant sends a substitute: their row becomes DELEGATED (naming the substitute), and the
   * substitute is added (or a removed row brought back) with `role`, naming whom they stand in for, their
   * answer not yet given; the meeting's version rises. False when the delegator is not (or no longer) a participant.
   */
  async delegate(
    manager: EntityManager,
    input: {
      meetingId: string;
      fromPersonId: string;
      toPersonId: string;
      role: ParticipantRole;
      comment: string | null;
      respondedAt: Date;
    },
  ): Promise<boolean> {
    const result = await manager.update(
      MeetingParticipantEntity,
      { meetingId: input.meetingId, personId: input.fromPersonId, removedAt: IsNull() },
      {
        partstat: 'DELEGATED',
        delegatedToPersonId: input.toPersonId,
        responseComment: input.comment,
        respondedAt: input.respondedAt,
      },
    );
    if ((result.affected ?? 0) === 0) return false;
    await manager.query(
      `INSERT INTO meeting_participants (meeting_id, person_id, role, delegated_from_person_id)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (meeting_id, person_id) DO UPDATE SET role = EXCLUDED.role, removed_at = NULL,
         added_at = now(), partstat = 'NEEDS-ACTION', responded_at = NULL, response_comment = NULL,
         delegated_to_person_id = NULL, delegated_from_person_id = EXCLUDED.delegated_from_person_id`,
      [input.meetingId, input.toPersonId, input.role, input.fromPersonId],
    );
    // The participant list changed: a PATCH based on the list as it was gets a version conflict.
    await manager.query(`UPDATE meetings SET version = version + 1, updated_at = now() WHERE id = $1`, [
      input.meetingId,
    ]);
    return true;
  }

  /**
   * Records a participant's answer; false when they are not (or no longer) a participant. It names no
   * substitute (`delegate` does): an answer of their own ends a delegation they made (the substitute stays
   * invited until the organizer removes them), and a DELEGATED answer recorded here has no substitute.
   */
  async recordResponse(
    manager: EntityManager,
    input: {
      meetingId: string;
      personId: string;
      partstat: Partstat;
      comment: string | null;
      respondedAt: Date;
    },
  ): Promise<boolean> {
    const result = await manager.update(
      MeetingParticipantEntity,
      { meetingId: input.meetingId, personId: input.personId, removedAt: IsNull() },
      {
        partstat: input.partstat,
        responseComment: input.comment,
        respondedAt: input.respondedAt,
        delegatedToPersonId: null,
      },
    );
    return (result.affected ?? 0) > 0;
  }

  private async byOrganization(
    sql: string,
    organizationIds: readonly string[],
    instant: Date,
  ): Promise<Map<string, OrganizationMeetingTime>> {
    const result = new Map<string, OrganizationMeetingTime>();
    if (organizationIds.length === 0) return result;
    const rows = await this.manager.query<TimeRow[]>(sql, [[...new Set(organizationIds)], instant]);
    for (const row of rows) {
      result.set(row.organization_id, { meetingId: row.id, startAt: row.start_at, endAt: row.end_at });
    }
    return result;
  }

  private async withLinks(manager: EntityManager, meetings: MeetingEntity[]): Promise<MeetingRecord[]> {
    if (meetings.length === 0) return [];
    const ids = meetings.map((meeting) => meeting.id);
    // One after the other: inside a transaction both would queue on the same connection anyway.
    const links = await manager.find(MeetingOrganizationEntity, {
      where: { meetingId: In(ids) },
      order: { organizationId: 'ASC' },
    });
    const participants = await manager.find(MeetingParticipantEntity, {
      where: { meetingId: In(ids) },
      order: { addedAt: 'ASC', personId: 'ASC' },
    });
    return meetings.map((meeting) => ({
      meeting,
      organizationIds: links
        .filter((link) => link.meetingId === meeting.id)
        .map((link) => link.organizationId),
      participants: participants.filter((participant) => participant.meetingId === meeting.id),
    }));
  }
}
