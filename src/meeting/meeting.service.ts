import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { type AuthenticatedUser, hasRole } from '../common/auth/authenticated-user.js';
import { TenantScope } from '../common/auth/tenant-scope.js';
import { TransactionService } from '../common/database/transaction.service.js';
import { ForbiddenError } from '../common/errors/domain-error.js';
import type { Page } from '../common/validation/zod-dto.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { OrganizationService } from '../organization/organization.service.js';
import type { Locale } from '../person/person.entity.js';
import { PersonService } from '../person/person.service.js';
import { MeetingChangeListeners } from './meeting-change.js';
import { assertEditable, assertTimes } from './meeting-rules.js';
import { parseInstant, toLocalIso } from './meeting-time.js';
import { planMeetingUpdate } from './meeting-update-plan.js';
import type {
  CancelMeetingInput,
  CreateMeetingInput,
  MeetingFilter,
  MeetingView,
  UpdateMeetingInput,
} from './meeting.dto.js';
import type { MeetingMode, MeetingStatus, ParticipantRole, Partstat } from './meeting.entity.js';
import { type MeetingCollision, MeetingErrorCode, MeetingException } from './meeting.exception.js';
import {
  type BusyMeeting,
  MeetingRepository,
  type MeetingRecord,
  type NewMeetingWithLinks,
  type OrganizationMeetingTime,
} from './meeting.repository.js';

export type { BusyMeeting, OrganizationMeetingTime } from './meeting.repository.js';

export interface ParticipantInput {
  personId: string;
  role: ParticipantRole;
}

/** A participant with the person's details, for features that write to them (invitations, reminders). */
export interface MeetingParticipantDetails {
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
  removedAt: Date | null;
}

/** A meeting a confirmed round creates; the round has checked organizations and people already. */
export interface RoundMeetingInput {
  roundId: string;
  regionId: string;
  organizationId: string;
  title: string;
  start: Date;
  end: Date;
  mode: MeetingMode;
  locationAddress: string | null;
  videoUrl: string | null;
  participants: ParticipantInput[];
}

export interface ParticipantResponseInput {
  meetingId: string;
  personId: string;
  partstat: Partstat;
  comment?: string | null;
  respondedAt?: Date;
}

interface NewMeetingData {
  regionId: string;
  roundId: string | null;
  title: string;
  description: string | null;
  start: Date;
  end: Date;
  status: MeetingStatus;
  mode: MeetingMode;
  locationAddress: string | null;
  videoUrl: string | null;
  organizationIds: string[];
  participants: ParticipantInput[];
}

@Injectable()
export class MeetingService {
  private readonly uidHost: string;

  constructor(
    private readonly repository: MeetingRepository,
    private readonly organizations: OrganizationService,
    private readonly people: PersonService,
    private readonly transactions: TransactionService,
    private readonly audit: AuditService,
    private readonly listeners: MeetingChangeListeners,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.uidHost = new URL(config.http.publicUrl).hostname;
  }

  /**
   * Meetings in the caller's scope. `participant`: `me`, or a person id for the region's staff and admins
   * (a municipality's person may name only themselves); still within the caller's scope.
   */
  async list(user: AuthenticatedUser, filter: MeetingFilter): Promise<Page<MeetingView>> {
    const { participant, ...rest } = filter;
    const participantId = participant === 'me' ? user.personId : participant;
    if (
      participantId !== undefined &&
      participantId !== user.personId &&
      !hasRole(user, 'admin') &&
      user.organizationKind !== 'region'
    ) {
      throw new ForbiddenError('Only the region’s staff list the meetings of another person');
    }
    const page = await this.repository.findPage(TenantScope.of(user), { ...rest, participantId });
    return { ...page, items: await this.toViews(page.items) };
  }

  /** The meeting if the caller may see it; otherwise MEETING_NOT_FOUND, as for a missing id. */
  async findVisibleById(user: AuthenticatedUser, id: string): Promise<MeetingView> {
    const record = await this.repository.findById(id);
    if (!record || !isVisible(user, record)) throw MeetingException.notFound();
    return (await this.toViews([record]))[0];
  }

  /** Without access checks: for workers and for features that checked scope already. */
  async findById(id: string, manager?: EntityManager): Promise<MeetingView | null> {
    const record = await this.repository.findById(id, manager);
    return record ? (await this.toViews([record]))[0] : null;
  }

  /**
   * Where meetings belong (region and round), without loading their participants and organizations: for
   * listeners that need no more, e.g. creating the agendas of meetings just created.
   */
  async findPlacements(
    ids: readonly string[],
    manager?: EntityManager,
  ): Promise<Array<{ id: string; regionId: string; roundId: string | null }>> {
    const meetings = await this.repository.findRowsByIds(ids, manager);
    return meetings.map((meeting) => ({
      id: meeting.id,
      regionId: meeting.regionId,
      roundId: meeting.roundId,
    }));
  }

  /**
   * Participants with their details (people deleted since are left out). Current participants only unless
   * `includeRemoved`: a removed participant is still owed a calendar CANCEL.
   */
  async listParticipants(
    meetingId: string,
    options: { includeRemoved?: boolean; manager?: EntityManager } = {},
  ): Promise<MeetingParticipantDetails[]> {
    const record = await this.repository.findById(meetingId, options.manager);
    if (!record) return [];
    const rows = record.participants.filter((row) => options.includeRemoved || row.removedAt === null);
    const people = new Map(
      (
        await this.people.findByIds(
          rows.map((row) => row.personId),
          options.manager,
        )
      ).map((p) => [p.id, p]),
    );
    return rows.flatMap((row) => {
      const person = people.get(row.personId);
      if (!person) return [];
      return [
        {
          personId: row.personId,
          name: person.name,
          email: person.email,
          locale: person.locale,
          organizationId: person.organizationId,
          role: row.role,
          partstat: row.partstat,
          respondedAt: row.respondedAt,
          responseComment: row.responseComment,
          addedAt: row.addedAt,
          removedAt: row.removedAt,
        },
      ];
    });
  }

  async create(user: AuthenticatedUser, input: CreateMeetingInput): Promise<MeetingView> {
    assertMayManage(user);
    const start = parseInstant(input.start);
    const end = parseInstant(input.end);
    assertTimes(start, end);
    const regionId = await this.resolveOrganizations(user, input.organizationIds);
    await this.assertParticipantsBelong(regionId, input.organizationIds, input.participants);
    const record = await this.transactions.run(async (manager) => {
      const [id] = await this.insertMeetings(manager, user.personId, [
        {
          regionId,
          roundId: null,
          title: input.title,
          description: input.description ?? null,
          start,
          end,
          status: input.status,
          mode: input.mode,
          locationAddress: input.locationAddress ?? null,
          videoUrl: input.videoUrl ?? null,
          organizationIds: input.organizationIds,
          participants: input.participants,
        },
      ]);
      return (await this.repository.findById(id, manager))!;
    });
    return (await this.toViews([record]))[0];
  }

  /**
   * The confirmed meetings of a round, in the round's transaction: collisions are checked again under the
   * participants' calendar locks (MEETING_COLLISION, naming the organization, when a meeting was created
   * meanwhile or two of them overlap) and listeners hear `created` for all of them at once. Returns the new
   * meetings' ids in input order.
   */
  async createManyForRound(
    manager: EntityManager,
    actorId: string,
    inputs: readonly RoundMeetingInput[],
  ): Promise<string[]> {
    for (const input of inputs) assertTimes(input.start, input.end);
    return this.insertMeetings(
      manager,
      actorId,
      inputs.map((input) => ({
        regionId: input.regionId,
        roundId: input.roundId,
        title: input.title,
        description: null,
        start: input.start,
        end: input.end,
        status: 'confirmed',
        mode: input.mode,
        locationAddress: input.locationAddress,
        videoUrl: input.videoUrl,
        organizationIds: [input.organizationId],
        participants: input.participants,
      })),
    );
  }

  /** PATCH: planned by planMeetingUpdate, checked against organizations, people and calendars, then written. */
  async update(user: AuthenticatedUser, id: string, input: UpdateMeetingInput): Promise<MeetingView> {
    const record = await this.transactions.run(async (manager) => {
      const current = await this.lockVisible(manager, user, id, input.version);
      const meeting = current.meeting;
      const before = auditSummary(current);
      const plan = planMeetingUpdate(current, input);

      if (plan.requestedOrganizationIds !== undefined) {
        const regionId = await this.resolveOrganizations(
          user,
          plan.requestedOrganizationIds,
          meeting.regionId,
          manager,
        );
        if (regionId !== meeting.regionId) throw invalidOrganizations(plan.requestedOrganizationIds);
      }
      if (plan.checkParticipants) {
        const organizationIds = plan.requestedOrganizationIds ?? current.organizationIds;
        await this.assertParticipantsBelong(meeting.regionId, organizationIds, plan.participants, manager);
      }
      await this.repository.lockCalendars(manager, plan.collisionCheckPersonIds);
      const [collisions] = await this.repository.findCollisions(
        manager,
        [{ personIds: plan.collisionCheckPersonIds, start: plan.start, end: plan.end }],
        meeting.id,
      );
      if (collisions.length > 0) throw MeetingException.collision(collisions);

      Object.assign(meeting, plan.fields);
      if (plan.organizationIds)
        await this.repository.replaceOrganizations(manager, meeting.id, plan.organizationIds);
      if (plan.added.length > 0) await this.repository.addParticipants(manager, meeting.id, plan.added);
      if (plan.removedPersonIds.length > 0) {
        await this.repository.removeParticipants(manager, meeting.id, plan.removedPersonIds);
      }
      for (const participant of plan.roleChanges) {
        await this.repository.changeRole(manager, meeting.id, participant.personId, participant.role);
      }
      if (!plan.meetingChanged && !plan.linksChanged) return current;
      if (plan.meetingChanged) await this.repository.save(manager, meeting);
      else await this.repository.touch(manager, meeting);
      await this.listeners.notify(manager, plan.events);

      const updated = (await this.repository.findById(meeting.id, manager))!;
      await this.audit.record(manager, {
        actorId: user.personId,
        action: 'meeting.update',
        entityType: 'meeting',
        entityId: meeting.id,
        organizationId: meeting.regionId,
        before,
        after: auditSummary(updated),
        onlyChanges: true,
      });
      return updated;
    });
    return (await this.toViews([record]))[0];
  }

  /** Planned or confirmed → cancelled, SEQUENCE + 1; listeners send the calendar CANCEL. */
  async cancel(user: AuthenticatedUser, id: string, input: CancelMeetingInput): Promise<MeetingView> {
    const record = await this.transactions.run(async (manager) => {
      const current = await this.lockVisible(manager, user, id, input.version);
      const meeting = current.meeting;
      assertEditable(meeting.status);
      const before = auditSummary(current);
      meeting.status = 'cancelled';
      meeting.cancelReason = input.reason;
      meeting.sequence += 1;
      await this.repository.save(manager, meeting);
      await this.listeners.notify(manager, [
        { kind: 'cancelled', meetingId: meeting.id, sequence: meeting.sequence },
      ]);
      await this.audit.record(manager, {
        actorId: user.personId,
        action: 'meeting.cancel',
        entityType: 'meeting',
        entityId: meeting.id,
        organizationId: meeting.regionId,
        before,
        after: auditSummary(current),
        onlyChanges: true,
      });
      return current;
    });
    return (await this.toViews([record]))[0];
  }

  /**
   * Marks a meeting that is over as held, in the caller's transaction: its minutes were submitted, so it took
   * place. planned or confirmed → held with SEQUENCE + 1, as for any change of status (docs/adr/0005); a held
   * meeting gets no calendar email (planInvitationSends). False when it is not over, or already held or
   * cancelled.
   */
  async markHeld(manager: EntityManager, id: string, actorId: string, now = new Date()): Promise<boolean> {
    const record = await this.repository.findByIdForUpdate(manager, id);
    if (!record) return false;
    const meeting = record.meeting;
    if (meeting.status === 'held' || meeting.status === 'cancelled') return false;
    if (meeting.endAt.getTime() > now.getTime()) return false;
    const before = auditSummary(record);
    meeting.status = 'held';
    meeting.sequence += 1;
    await this.repository.save(manager, meeting);
    await this.listeners.notify(manager, [
      { kind: 'rescheduled', meetingId: meeting.id, sequence: meeting.sequence },
    ]);
    await this.audit.record(manager, {
      actorId,
      action: 'meeting.held',
      entityType: 'meeting',
      entityId: meeting.id,
      organizationId: meeting.regionId,
      before,
      after: auditSummary(record),
      onlyChanges: true,
    });
    return true;
  }

  /**
   * Records a participant's answer (RSVP link or iMIP REPLY) in the caller's transaction. Does not change
   * SEQUENCE. False when the person is not, or no longer, a participant.
   */
  recordResponse(manager: EntityManager, input: ParticipantResponseInput): Promise<boolean> {
    return this.repository.recordResponse(manager, {
      meetingId: input.meetingId,
      personId: input.personId,
      partstat: input.partstat,
      comment: input.comment ?? null,
      respondedAt: input.respondedAt ?? new Date(),
    });
  }

  /** Meetings (not cancelled) overlapping [from, to) that keep any of these people busy: for the scheduler. */
  findBusy(personIds: readonly string[], from: Date, to: Date): Promise<BusyMeeting[]> {
    return this.repository.findBusy(personIds, from, to);
  }

  /** Per organization, the latest meeting held (or confirmed and over): for cadence. */
  findLastHeld(
    organizationIds: readonly string[],
    now = new Date(),
  ): Promise<Map<string, OrganizationMeetingTime>> {
    return this.repository.findLastHeld(organizationIds, now);
  }

  /** Per organization, the next planned or confirmed meeting not yet over: for cadence. */
  findNextPlanned(
    organizationIds: readonly string[],
    now = new Date(),
  ): Promise<Map<string, OrganizationMeetingTime>> {
    return this.repository.findNextPlanned(organizationIds, now);
  }

  /** Per organization, the last meeting (not cancelled) starting before `before`: the scheduler's minimum gap. */
  findLatestStartingBefore(
    organizationIds: readonly string[],
    before: Date,
  ): Promise<Map<string, OrganizationMeetingTime>> {
    return this.repository.findLatestStartingBefore(organizationIds, before);
  }

  /**
   * Writes new meetings: calendar locks of everyone involved, collisions with stored meetings and among the
   * new ones, the rows, the listeners' consequences and the audit entries, in a few statements for any
   * number of meetings. Returns the ids in input order.
   */
  private async insertMeetings(
    manager: EntityManager,
    actorId: string,
    meetings: readonly NewMeetingData[],
  ): Promise<string[]> {
    if (meetings.length === 0) return [];
    const candidates = meetings.map((data) => ({
      id: randomUUID(),
      personIds: data.participants.map((participant) => participant.personId),
      start: data.start,
      end: data.end,
    }));
    await this.repository.lockCalendars(
      manager,
      candidates.flatMap((candidate) => candidate.personIds),
    );
    const stored = await this.repository.findCollisions(manager, candidates);
    const among = collisionsAmong(candidates);
    for (const [index, candidate] of candidates.entries()) {
      const collisions = [...stored[index], ...(among.get(candidate.id) ?? [])];
      if (collisions.length > 0) {
        throw MeetingException.collision(collisions, { organizationId: meetings[index].organizationIds[0] });
      }
    }
    const records = meetings.map((data, index) => ({
      meeting: {
        id: candidates[index].id,
        uid: `${randomUUID()}@${this.uidHost}`,
        regionId: data.regionId,
        roundId: data.roundId,
        title: data.title,
        description: data.description,
        startAt: data.start,
        endAt: data.end,
        status: data.status,
        mode: data.mode,
        locationAddress: data.locationAddress,
        videoUrl: data.videoUrl,
        createdBy: actorId,
      },
      organizationIds: data.organizationIds,
      participants: data.participants,
    }));
    await this.repository.insertMany(manager, records);
    await this.listeners.notify(
      manager,
      records.map((record) => ({ kind: 'created', meetingId: record.meeting.id })),
    );
    await this.audit.recordMany(
      manager,
      records.map((record) => ({
        actorId,
        action: 'meeting.create',
        entityType: 'meeting',
        entityId: record.meeting.id,
        organizationId: record.meeting.regionId,
        after: auditSummaryOfNew(record),
      })),
    );
    return records.map((record) => record.meeting.id);
  }

  private async lockVisible(
    manager: EntityManager,
    user: AuthenticatedUser,
    id: string,
    version: number | undefined,
  ): Promise<MeetingRecord> {
    const record = await this.repository.findByIdForUpdate(manager, id);
    if (!record || !isVisible(user, record)) throw MeetingException.notFound();
    assertMayManage(user);
    if (version !== undefined && version !== record.meeting.version) {
      throw new MeetingException(
        MeetingErrorCode.VersionConflict,
        'The meeting was changed by someone else',
        {
          currentVersion: record.meeting.version,
        },
      );
    }
    return record;
  }

  /**
   * The region of the meeting: every organization must be a municipality of it. For people of a region that
   * is their own region; an admin may act for any region, one region per meeting. Unknown and foreign ids
   * get the same answer.
   */
  private async resolveOrganizations(
    user: AuthenticatedUser,
    ids: readonly string[],
    requiredRegionId?: string,
    manager?: EntityManager,
  ): Promise<string> {
    const found = new Map((await this.organizations.findByIds(ids, manager)).map((org) => [org.id, org]));
    const isAdmin = hasRole(user, 'admin');
    const regionId =
      requiredRegionId ??
      (isAdmin
        ? ([...found.values()].find((org) => org.kind === 'municipality')?.parentId ?? null)
        : user.regionId);
    const allowed = (id: string): boolean => {
      const org = found.get(id);
      if (!org || org.kind !== 'municipality' || org.parentId !== regionId) return false;
      return isAdmin || org.parentId === user.regionId;
    };
    const bad = ids.filter((id) => !allowed(id));
    if (bad.length > 0 || !regionId) throw invalidOrganizations(bad);
    return regionId;
  }

  /** Participants are people (not deleted) of the region or of one of the meeting's organizations. */
  private async assertParticipantsBelong(
    regionId: string,
    organizationIds: readonly string[],
    participants: readonly ParticipantInput[],
    manager?: EntityManager,
  ): Promise<void> {
    if (participants.length === 0) return;
    const allowedOrganizations = new Set([regionId, ...organizationIds]);
    const found = new Map(
      (
        await this.people.findByIds(
          participants.map((participant) => participant.personId),
          manager,
        )
      ).map((person) => [person.id, person]),
    );
    const bad = participants
      .map((participant) => participant.personId)
      .filter((personId) => {
        const person = found.get(personId);
        return !person || !allowedOrganizations.has(person.organizationId);
      });
    if (bad.length > 0) {
      throw new MeetingException(
        MeetingErrorCode.InvalidParticipant,
        'Participants must be people of the region or of the meeting’s municipalities',
        { personIds: bad },
      );
    }
  }

  private async toViews(records: readonly MeetingRecord[]): Promise<MeetingView[]> {
    const organizationIds = [...new Set(records.flatMap((record) => record.organizationIds))];
    const personIds = [
      ...new Set(
        records.flatMap((record) =>
          record.participants.filter((row) => row.removedAt === null).map((row) => row.personId),
        ),
      ),
    ];
    const organizations = new Map(
      (await this.organizations.findByIds(organizationIds)).map((org) => [org.id, org]),
    );
    const people = new Map((await this.people.findByIds(personIds)).map((person) => [person.id, person]));
    const zone = this.config.timeZone;
    return records.map(({ meeting, organizationIds: links, participants }) => ({
      id: meeting.id,
      uid: meeting.uid,
      sequence: meeting.sequence,
      regionId: meeting.regionId,
      roundId: meeting.roundId,
      title: meeting.title,
      description: meeting.description,
      status: meeting.status,
      mode: meeting.mode,
      locationAddress: meeting.locationAddress,
      videoUrl: meeting.videoUrl,
      cancelReason: meeting.cancelReason,
      startAt: meeting.startAt.toISOString(),
      endAt: meeting.endAt.toISOString(),
      startLocal: toLocalIso(meeting.startAt, zone),
      endLocal: toLocalIso(meeting.endAt, zone),
      timeZone: zone,
      organizations: links.map((id) => ({ id, name: organizations.get(id)?.name ?? '' })),
      participants: participants
        .filter((row) => row.removedAt === null)
        .map((row) => {
          const person = people.get(row.personId);
          return {
            personId: row.personId,
            name: person?.name ?? null,
            email: person?.email ?? null,
            organizationId: person?.organizationId ?? null,
            role: row.role,
            partstat: row.partstat,
            respondedAt: row.respondedAt?.toISOString() ?? null,
          };
        }),
      createdBy: meeting.createdBy,
      createdAt: meeting.createdAt.toISOString(),
      updatedAt: meeting.updatedAt.toISOString(),
      version: meeting.version,
    }));
  }
}

/**
 * Admins, and a region's coordinators and secretaries, create and change meetings. Municipality people see
 * their meetings and answer invitations but do not change them (docs/adr/0005).
 */
function assertMayManage(user: AuthenticatedUser): void {
  if (hasRole(user, 'admin')) return;
  if (user.organizationKind === 'region' && hasRole(user, 'coordinator', 'secretary')) return;
  throw new ForbiddenError('Only the region’s coordinators and secretaries change meetings');
}

function isVisible(user: AuthenticatedUser, record: MeetingRecord): boolean {
  const scope = TenantScope.of(user);
  const regionId = record.meeting.regionId;
  return (
    scope.includes({ id: regionId, parentId: null }) ||
    record.organizationIds.some((id) => scope.includes({ id, parentId: regionId }))
  );
}

function invalidOrganizations(organizationIds: readonly string[]): MeetingException {
  return new MeetingException(
    MeetingErrorCode.InvalidOrganization,
    'Organizations must be municipalities of your region',
    { organizationIds },
  );
}

/**
 * Overlaps among meetings written together (a round's proposal should hold none): per meeting id, the
 * others it shares a person and time with.
 */
function collisionsAmong(
  candidates: ReadonlyArray<{ id: string; personIds: readonly string[]; start: Date; end: Date }>,
): Map<string, MeetingCollision[]> {
  const byPerson = new Map<string, Array<(typeof candidates)[number]>>();
  for (const candidate of candidates) {
    for (const personId of new Set(candidate.personIds)) {
      const list = byPerson.get(personId) ?? [];
      list.push(candidate);
      byPerson.set(personId, list);
    }
  }
  const found = new Map<string, MeetingCollision[]>();
  for (const [personId, list] of byPerson) {
    list.sort((a, b) => a.start.getTime() - b.start.getTime());
    for (let index = 1; index < list.length; index += 1) {
      const [earlier, later] = [list[index - 1], list[index]];
      if (later.start.getTime() >= earlier.end.getTime()) continue;
      const entry = (other: typeof earlier): MeetingCollision => ({
        personId,
        meetingId: other.id,
        startAt: other.start.toISOString(),
        endAt: other.end.toISOString(),
      });
      found.set(later.id, [...(found.get(later.id) ?? []), entry(earlier)]);
      found.set(earlier.id, [...(found.get(earlier.id) ?? []), entry(later)]);
    }
  }
  return found;
}

/** The audit summary of a meeting just written, from what was written (SEQUENCE 0, not cancelled). */
function auditSummaryOfNew(record: NewMeetingWithLinks): Record<string, unknown> {
  return summarize(
    { ...record.meeting, sequence: 0, cancelReason: null },
    [...record.organizationIds].sort(),
    record.participants,
  );
}

function auditSummary(record: MeetingRecord): Record<string, unknown> {
  return summarize(
    record.meeting,
    record.organizationIds,
    record.participants.filter((row) => row.removedAt === null),
  );
}

function summarize(
  meeting: Pick<
    MeetingRecord['meeting'],
    | 'title'
    | 'startAt'
    | 'endAt'
    | 'status'
    | 'mode'
    | 'locationAddress'
    | 'videoUrl'
    | 'sequence'
    | 'roundId'
    | 'cancelReason'
  >,
  organizationIds: readonly string[],
  participants: ReadonlyArray<{ personId: string; role: ParticipantRole }>,
): Record<string, unknown> {
  return {
    title: meeting.title,
    startAt: meeting.startAt.toISOString(),
    endAt: meeting.endAt.toISOString(),
    status: meeting.status,
    mode: meeting.mode,
    locationAddress: meeting.locationAddress,
    videoUrl: meeting.videoUrl,
    sequence: meeting.sequence,
    roundId: meeting.roundId,
    cancelReason: meeting.cancelReason,
    organizationIds: [...organizationIds],
    participants: participants.map((row) => `${row.personId}:${row.role}`),
  };
}
