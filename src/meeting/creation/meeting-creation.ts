import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user.js';
import { TransactionService } from '../../common/database/transaction.service.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { MeetingChecks, type ParticipantInput } from '../checks/meeting-checks.js';
import { assertMayManage } from '../meeting-access.js';
import { auditSummaryOfNew } from '../meeting-audit.js';
import { MeetingChangeListeners } from '../meeting-change-listeners.js';
import { assertTimes } from '../meeting-rules.js';
import { parseInstant } from '../meeting-time.js';
import type { CreateMeetingInput, MeetingView } from '../meeting.dto.js';
import type { MeetingMode, MeetingStatus } from '../meeting.entity.js';
import { MeetingException } from '../meeting.exception.js';
import { MeetingRepository } from '../meeting.repository.js';
import { MeetingViews } from '../reads/meeting-views.js';
import { collisionsAmong } from './meeting-collisions.js';

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
  /** The round's diarienummer, given to each of its meetings. */
  caseNumber?: string | null;
  participants: ParticipantInput[];
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
  caseNumber: string | null;
  organizationIds: string[];
  participants: ParticipantInput[];
}

/** New meetings, one by POST or a round's at once: checked, written, heard by the listeners, audited. */
@Injectable()
export class MeetingCreation {
  private readonly uidHost: string;

  constructor(
    private readonly repository: MeetingRepository,
    private readonly checks: MeetingChecks,
    private readonly views: MeetingViews,
    private readonly transactions: TransactionService,
    private readonly audit: AuditService,
    private readonly listeners: MeetingChangeListeners,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.uidHost = new URL(config.http.publicUrl).hostname;
  }

  async create(user: AuthenticatedUser, input: CreateMeetingInput): Promise<MeetingView> {
    assertMayManage(user);
    const start = parseInstant(input.start);
    const end = parseInstant(input.end);
    assertTimes(start, end);
    const regionId = await this.checks.resolveOrganizations(user, input.organizationIds);
    await this.checks.assertParticipantsBelong(regionId, input.organizationIds, input.participants);
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
          caseNumber: input.caseNumber ?? null,
          organizationIds: input.organizationIds,
          participants: input.participants,
        },
      ]);
      return (await this.repository.findById(id))!;
    });
    return this.views.one(record);
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
        caseNumber: input.caseNumber ?? null,
        organizationIds: [input.organizationId],
        participants: input.participants,
      })),
    );
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
        caseNumber: data.caseNumber,
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
}
