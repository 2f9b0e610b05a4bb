import { Injectable } from '@nestjs/common';
import { TransactionService } from '../../common/database/transaction.service.js';
import { type AuthenticatedUser, hasRole } from '../../common/auth/authenticated-user.js';
import { TenantScope } from '../../common/auth/tenant-scope.js';
import { ForbiddenError } from '../../common/errors/domain-error.js';
import type { Page } from '../../common/validation/zod-dto.js';
import { isVisible } from '../meeting-access.js';
import type { MeetingFilter, MeetingView } from '../meeting.dto.js';
import type { MeetingEntity, MeetingStatus } from '../meeting.entity.js';
import { MeetingException } from '../meeting.exception.js';
import { type BusyMeeting, MeetingRepository, type OrganizationMeetingTime } from '../meeting.repository.js';
import {
  isCurrentParticipant,
  type MeetingParticipantSnapshot,
  type MeetingSnapshot,
  MeetingSnapshots,
} from './meeting-snapshots.js';
import { MeetingViews } from './meeting-views.js';

export type { BusyMeeting, OrganizationMeetingTime } from '../meeting.repository.js';

export interface MeetingPlacement {
  id: string;
  regionId: string;
  roundId: string | null;
  status: MeetingStatus;
  sequence: number;
  startAt: Date;
}

/** Every read of meetings other features and the API make: views, participants, times per organization. */
@Injectable()
export class MeetingReads {
  constructor(
    private readonly repository: MeetingRepository,
    private readonly views: MeetingViews,
    private readonly snapshots: MeetingSnapshots,
    private readonly transactions: TransactionService,
  ) {}

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
    return { ...page, items: await this.views.many(page.items) };
  }

  /** The meeting if the caller may see it; otherwise MEETING_NOT_FOUND, as for a missing id. */
  async findVisibleById(user: AuthenticatedUser, id: string): Promise<MeetingView> {
    const record = await this.repository.findById(id);
    if (!record || !isVisible(user, record)) throw MeetingException.notFound();
    return this.views.one(record);
  }

  /** Without access checks: for workers and for features that checked scope already. */
  async findById(id: string): Promise<MeetingView | null> {
    const record = await this.repository.findById(id);
    return record ? this.views.one(record) : null;
  }

  /** The read model of one meeting (MeetingSnapshot: instants as Dates), without access checks: for workers. */
  findSnapshot(id: string): Promise<MeetingSnapshot | null> {
    return this.snapshots.find(this.transactions.manager, id);
  }

  /**
   * Where and when meetings are (region, round, start, status, SEQUENCE), without loading their participants
   * and organizations: for listeners that need no more, e.g. creating the agendas of meetings just created.
   */
  async findPlacements(ids: readonly string[]): Promise<MeetingPlacement[]> {
    const meetings = await this.repository.findRowsByIds(ids);
    return meetings.map((meeting) => ({
      id: meeting.id,
      regionId: meeting.regionId,
      roundId: meeting.roundId,
      status: meeting.status,
      sequence: meeting.sequence,
      startAt: meeting.startAt,
    }));
  }

  /**
   * The meeting's current participants (not removed, the person not deleted) with their details, chair first:
   * for features that write to them (agenda and minutes emails).
   */
  async listParticipants(meetingId: string): Promise<MeetingParticipantSnapshot[]> {
    const meeting = await this.snapshots.find(this.transactions.manager, meetingId);
    return meeting?.participants.filter(isCurrentParticipant) ?? [];
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

  /** Meetings that took place (held, or confirmed and over) ending in [from, to): for the minutes' reminders. */
  findEndedBetween(from: Date, to: Date): Promise<string[]> {
    return this.repository.findEndedBetween(from, to);
  }

  /**
   * Meetings overlapping [from, to), cancelled ones included, by start, at most `limit`: a person's (not
   * removed), or an organization's (a region's: every meeting it runs too). For the calendar feeds.
   */
  findOverlapping(
    who: { personId: string } | { organizationId: string },
    window: { from: Date; to: Date },
    limit: number,
  ): Promise<MeetingEntity[]> {
    return this.repository.findOverlapping(who, window, limit);
  }

  /** Planned or confirmed meetings starting in [from, to), by start: for the calls for agenda items. */
  findPlannedStartingBetween(from: Date, to: Date): Promise<string[]> {
    return this.repository.findPlannedStartingBetween(from, to);
  }

  /**
   * The region's meetings held with any of these organizations that start in [from, to), as the API shows
   * them, by start: for a public records request (the caller checked the region and the organizations).
   */
  async findInRegionStartingBetween(
    regionId: string,
    organizationIds: readonly string[],
    from: Date,
    to: Date,
  ): Promise<MeetingView[]> {
    return this.views.many(
      await this.repository.findInRegionStartingBetween(regionId, organizationIds, from, to),
    );
  }

  /** Of these meetings, the ones this organization is a party of: for a municipality's view of links. */
  findWithOrganization(meetingIds: readonly string[], organizationId: string): Promise<Set<string>> {
    return this.repository.findWithOrganization(meetingIds, organizationId);
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
}
