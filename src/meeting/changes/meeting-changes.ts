import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user.js';
import { PersonService } from '../../person/person.service.js';
import { TransactionService } from '../../common/database/transaction.service.js';
import { invalidOrganizations, MeetingChecks } from '../checks/meeting-checks.js';
import { assertMayManage, isVisible } from '../meeting-access.js';
import { auditSummary } from '../meeting-audit.js';
import { MeetingChangeListeners } from '../meeting-change-listeners.js';
import { assertEditable } from '../meeting-rules.js';
import type {
  AddMeetingGuestInput,
  CancelMeetingInput,
  MeetingView,
  UpdateMeetingInput,
} from '../meeting.dto.js';
import type { ParticipantRole, Partstat } from '../meeting.entity.js';
import { MeetingErrorCode, MeetingException } from '../meeting.exception.js';
import { MeetingRepository, type MeetingRecord } from '../meeting.repository.js';
import { MeetingViews } from '../reads/meeting-views.js';
import { planMeetingUpdate } from './meeting-update-plan.js';

export interface ParticipantResponseInput {
  meetingId: string;
  personId: string;
  partstat: Partstat;
  comment?: string | null;
  respondedAt?: Date;
}

/**
 * Changes to a stored meeting: PATCH (moved, renamed, participants and organizations), cancelled, held after
 * its minutes, and a participant's answer. Each under the meeting's row lock, heard by the listeners in the
 * same transaction, and audited (answers by their caller).
 */
@Injectable()
export class MeetingChanges {
  constructor(
    private readonly repository: MeetingRepository,
    private readonly checks: MeetingChecks,
    private readonly views: MeetingViews,
    private readonly transactions: TransactionService,
    private readonly audit: AuditService,
    private readonly listeners: MeetingChangeListeners,
    private readonly people: PersonService,
  ) {}

  /** PATCH: planned by planMeetingUpdate, checked against organizations, people and calendars, then written. */
  async update(user: AuthenticatedUser, id: string, input: UpdateMeetingInput): Promise<MeetingView> {
    const record = await this.transactions.run(async (manager) => {
      const current = await this.lockVisible(manager, user, id, input.version);
      const meeting = current.meeting;
      const before = auditSummary(current);
      const plan = planMeetingUpdate(current, input);

      if (plan.requestedOrganizationIds !== undefined) {
        const regionId = await this.checks.resolveOrganizations(
          user,
          plan.requestedOrganizationIds,
          meeting.regionId,
        );
        if (regionId !== meeting.regionId) throw invalidOrganizations(plan.requestedOrganizationIds);
      }
      if (plan.checkParticipants) {
        const organizationIds = plan.requestedOrganizationIds ?? current.organizationIds;
        await this.checks.assertParticipantsBelong(
          meeting.regionId,
          organizationIds,
          plan.participants,
          meeting.id,
        );
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

      const updated = (await this.repository.findById(meeting.id))!;
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
    return this.views.one(record);
  }

  /**
   * Invites a guest (issue 17): a person known by name and email, to this meeting only. The guest joins the
   * participants through the same path as a PATCH, so the invitation pipeline sends them the REQUEST.
   */
  async addGuest(user: AuthenticatedUser, id: string, input: AddMeetingGuestInput): Promise<MeetingView> {
    return this.transactions.run(async (manager) => {
      const current = await this.lockVisible(manager, user, id, input.version);
      assertEditable(current.meeting.status);
      const guestId = await this.people.upsertGuest(current.meeting, input);
      const participants = current.participants
        .filter((participant) => participant.removedAt === null && participant.personId !== guestId)
        .map((participant) => ({ personId: participant.personId, role: participant.role }));
      return this.update(user, id, {
        participants: [...participants, { personId: guestId, role: input.role }],
      });
    });
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
    return this.views.one(record);
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

  /**
   * A participant sends a substitute, in the caller's transaction (which holds the meeting's row lock): the
   * delegator's answer becomes DELEGATED naming the substitute, who joins with the delegator's role (a chair
   * sends a required participant) and is heard by the listeners as an added participant, so the substitute
   * gets their own invitation. The meeting's version rises (its participant list changed); SEQUENCE does not.
   * False when the delegator is not (or no longer) a participant.
   */
  async delegate(
    manager: EntityManager,
    input: {
      meetingId: string;
      fromPersonId: string;
      toPersonId: string;
      role: ParticipantRole;
      comment: string | null;
    },
  ): Promise<boolean> {
    const delegated = await this.repository.delegate(manager, {
      ...input,
      role: input.role === 'chair' ? 'required' : input.role,
      respondedAt: new Date(),
    });
    if (!delegated) return false;
    await this.listeners.notify(manager, [
      {
        kind: 'participants',
        meetingId: input.meetingId,
        addedPersonIds: [input.toPersonId],
        removedPersonIds: [],
      },
    ]);
    return true;
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
}
