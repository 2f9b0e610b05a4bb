import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { LinkAnswerLimit } from '../common/rate-limit/link-answer-limit.js';
import { AuditService } from '../audit/audit.service.js';
import { CalendarService } from '../calendar/calendar.service.js';
import type { AuthenticatedUser } from '../common/auth/authenticated-user.js';
import { TransactionService } from '../common/database/transaction.service.js';
import { ValidationError } from '../common/errors/domain-error.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { MeetingException } from '../meeting/meeting.exception.js';
import { MeetingChanges } from '../meeting/changes/meeting-changes.js';
import { MeetingReads } from '../meeting/reads/meeting-reads.js';
import {
  type MeetingParticipantSnapshot,
  type MeetingSnapshot,
  MeetingSnapshots,
} from '../meeting/reads/meeting-snapshots.js';
import type { Locale } from '../person/person.entity.js';
import { appLinks } from '../common/web/app-links.js';
import { formatMeetingTime, rsvpUrlOf } from './invitation-format.js';
import {
  COMMENT_MAX_LENGTH,
  type InvitationView,
  type MeetingInvitationsView,
  type MeetingRsvpInput,
  type MeetingRsvpView,
  RSVP_ANSWERS,
  type RecordResponseInput,
  type RecordResponseStatus,
  type RsvpAnswerInput,
  type RsvpView,
} from './invitation.dto.js';
import { InvitationErrorCode, InvitationException, type RsvpLinkErrorCode } from './invitation.exception.js';
import { type InvitationListRow, InvitationRepository, withInvitations } from './invitation.repository.js';
import { hashRsvpToken, newRsvpToken } from './rsvp-token.js';
import { SubstituteCandidates } from './substitutes/substitute-candidates.js';

/** An RSVP link looked up: the page to show, or why it no longer works (with the language to say it in). */
export type RsvpLookup =
  | { ok: true; meetingId: string; personId: string; view: RsvpView }
  | { ok: false; code: RsvpLinkErrorCode; locale: Locale };

const DAY_MS = 24 * 3600 * 1000;

/** The English message of the refusals an in-app answer can meet (the filter answers in the caller's language). */
export type AppRsvpRefusal =
  | InvitationErrorCode.RsvpMeetingCancelled
  | InvitationErrorCode.RsvpNotParticipant
  | InvitationErrorCode.RsvpClosed;
export const RSVP_REFUSALS: Record<AppRsvpRefusal, string> = {
  [InvitationErrorCode.RsvpMeetingCancelled]: 'The meeting is cancelled',
  [InvitationErrorCode.RsvpNotParticipant]: 'You are not a participant of this meeting',
  [InvitationErrorCode.RsvpClosed]: 'The meeting is over; the answer can no longer change',
};

/**
 * Invitations seen from outside: answers (recordResponse, used by RSVP links and the iMIP listener), the
 * per-participant delivery overview, the meeting's .ics, RSVP links, and what reminders need.
 */
@Injectable()
export class InvitationService {
  private readonly logger = new Logger(InvitationService.name);

  constructor(
    private readonly repository: InvitationRepository,
    private readonly transactions: TransactionService,
    private readonly calendar: CalendarService,
    private readonly audit: AuditService,
    private readonly meetings: MeetingReads,
    private readonly snapshots: MeetingSnapshots,
    private readonly meetingChanges: MeetingChanges,
    private readonly answerLimit: LinkAnswerLimit,
    private readonly substitutes: SubstituteCandidates,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Records one person's answer to one meeting. The meeting is found by `meetingId` or `uid`, the person by
   * `personId` or `attendeeEmail` (case-insensitive; both must agree when both are given); only that
   * participant's row changes. Stale: the meeting is cancelled or held, or `sequence` is older than the
   * meeting's (the answer was to a time or place that has changed). Audited.
   */
  async recordResponse(input: RecordResponseInput): Promise<{ status: RecordResponseStatus }> {
    if (!(RSVP_ANSWERS as readonly string[]).includes(input.partstat)) {
      throw new ValidationError('partstat must be ACCEPTED, TENTATIVE or DECLINED', {
        partstat: input.partstat,
      });
    }
    const comment =
      input.comment === undefined ? undefined : input.comment.trim().slice(0, COMMENT_MAX_LENGTH) || null;
    const status = await this.transactions.run(async (manager): Promise<RecordResponseStatus> => {
      const meeting = await this.findMeetingFor(manager, input);
      if (!meeting) return 'unknown-meeting';
      const participant = await this.findParticipantFor(manager, meeting.id, input);
      if (!participant || participant.removedAt !== null || participant.personDeleted) return 'not-invited';
      if (meeting.status === 'cancelled' || meeting.status === 'held') return 'stale';
      if (input.sequence !== undefined && input.sequence < meeting.sequence) return 'stale';
      // Without a comment, a new answer clears the old comment and a repeated answer keeps it.
      const nextComment =
        comment !== undefined
          ? comment
          : participant.partstat === input.partstat
            ? participant.responseComment
            : null;
      if (participant.partstat === input.partstat && participant.responseComment === nextComment) {
        return 'unchanged';
      }
      const recorded = await this.meetingChanges.recordResponse(manager, {
        meetingId: meeting.id,
        personId: participant.personId,
        partstat: input.partstat,
        comment: nextComment,
      });
      if (!recorded) return 'not-invited';
      await this.audit.record(manager, {
        actorId: participant.personId,
        action: 'invitation.respond',
        entityType: 'meeting',
        entityId: meeting.id,
        organizationId: meeting.regionId,
        before: { personId: participant.personId, partstat: participant.partstat },
        after: {
          personId: participant.personId,
          partstat: input.partstat,
          comment: nextComment,
          source: input.source,
          ...(input.sequence === undefined ? {} : { sequence: input.sequence }),
        },
      });
      return 'updated';
    });
    this.logger.log({ msg: 'invitation response', source: input.source, status, partstat: input.partstat });
    return { status };
  }

  /** Per participant: role, answer, and the delivery of the last calendar message. 404 outside scope. */
  async listInvitations(user: AuthenticatedUser, meetingId: string): Promise<MeetingInvitationsView> {
    await this.assertVisible(user, meetingId);
    const meeting = await this.snapshots.find(this.transactions.manager, meetingId);
    if (!meeting) throw MeetingException.notFound();
    const rows = await this.listRows(meeting);
    return {
      meetingId: meeting.id,
      uid: meeting.uid,
      sequence: meeting.sequence,
      status: meeting.status,
      items: rows.map((row) => toInvitationView(row, rows)),
    };
  }

  /** The meeting as a single PUBLISH object (STATUS:CANCELLED when cancelled). 404 outside scope. */
  async calendarFile(user: AuthenticatedUser, meetingId: string): Promise<string> {
    await this.assertVisible(user, meetingId);
    const meeting = await this.snapshots.find(this.transactions.manager, meetingId);
    if (!meeting) throw MeetingException.notFound();
    return this.calendar.invitation({
      method: 'PUBLISH',
      uid: meeting.uid,
      sequence: meeting.sequence,
      stamp: new Date(),
      start: meeting.startAt,
      end: meeting.endAt,
      summary: meeting.title,
      description: meeting.description ?? undefined,
      agendaUrl: appLinks.meetingAgenda(this.config.http.publicUrl, meeting.id),
      location: meeting.locationAddress ?? undefined,
      videoUrl: meeting.videoUrl ?? undefined,
      cancelled: meeting.status === 'cancelled',
      locale: user.locale,
      attendees: [],
    });
  }

  /** What `GET /rsvp/:token` shows; changes nothing. */
  async lookUpRsvp(token: string): Promise<RsvpLookup> {
    const fallback = this.config.defaultLocale;
    const hash = hashRsvpToken(token);
    const target = hash ? await this.repository.findTokenTarget(hash) : null;
    if (!target) return { ok: false, code: InvitationErrorCode.RsvpLinkNotFound, locale: fallback };
    const manager = this.transactions.manager;
    const meeting = await this.snapshots.find(manager, target.meetingId);
    const participant = meeting?.participants.find((entry) => entry.personId === target.personId) ?? null;
    if (!meeting || !participant)
      return { ok: false, code: InvitationErrorCode.RsvpLinkNotFound, locale: fallback };
    const locale = participant.locale;
    if (meeting.status === 'cancelled')
      return { ok: false, code: InvitationErrorCode.RsvpMeetingCancelled, locale };
    if (
      target.tokenRevokedAt !== null ||
      target.invitationRevokedAt !== null ||
      participant.removedAt !== null ||
      participant.personDeleted
    ) {
      return { ok: false, code: InvitationErrorCode.RsvpLinkRevoked, locale };
    }
    const expiresAt = meeting.endAt.getTime() + this.config.invitations.rsvpGraceDays * DAY_MS;
    if (meeting.status === 'held' || Date.now() > expiresAt) {
      return { ok: false, code: InvitationErrorCode.RsvpLinkExpired, locale };
    }
    return {
      ok: true,
      meetingId: meeting.id,
      personId: participant.personId,
      view: await this.rsvpView(meeting, participant),
    };
  }

  /**
   * `POST /rsvp/:token`: records the answer of the one person the token belongs to. Limited per link and per
   * client address (LinkAnswerLimit: RateLimitedError, 429).
   */
  async answerRsvp(
    token: string,
    answer: RsvpAnswerInput,
    address: string | undefined,
  ): Promise<
    | { ok: true; status: 'updated' | 'unchanged'; view: RsvpView }
    | { ok: false; code: RsvpLinkErrorCode; locale: Locale }
  > {
    await this.answerLimit.check(token, address);
    const lookup = await this.lookUpRsvp(token);
    if (!lookup.ok) return lookup;
    const { status } = await this.recordResponse({
      meetingId: lookup.meetingId,
      personId: lookup.personId,
      partstat: answer.partstat,
      comment: answer.comment ?? '',
      source: 'link',
    });
    if (status !== 'updated' && status !== 'unchanged') {
      // Changed between the lookup and the answer: say what it is now.
      const again = await this.lookUpRsvp(token);
      return again.ok
        ? { ok: false, code: InvitationErrorCode.RsvpLinkRevoked, locale: again.view.locale }
        : again;
    }
    const after = await this.lookUpRsvp(token);
    if (!after.ok) return after;
    return { ok: true, status, view: after.view };
  }

  /**
   * `POST /api/meetings/:id/rsvp`: the signed-in person answers their own invitation, by the same rules as
   * the RSVP link (recordResponse: audited, only their row, not for a cancelled or held meeting, not after
   * RSVP_GRACE_DAYS). 404 outside scope; 403 when they are not a participant.
   */
  async answerAsParticipant(
    user: AuthenticatedUser,
    meetingId: string,
    answer: MeetingRsvpInput,
  ): Promise<MeetingRsvpView> {
    await this.assertVisible(user, meetingId);
    const refusal = await this.rsvpRefusal(meetingId, user.personId);
    if (refusal) throw new InvitationException(refusal, RSVP_REFUSALS[refusal]);
    const { status } = await this.recordResponse({
      meetingId,
      personId: user.personId,
      partstat: answer.partstat,
      comment: answer.comment ?? '',
      source: 'api',
    });
    if (status !== 'updated' && status !== 'unchanged') {
      // Changed between the check and the answer: say what it is now.
      const now = (await this.rsvpRefusal(meetingId, user.personId)) ?? InvitationErrorCode.RsvpClosed;
      throw new InvitationException(now, RSVP_REFUSALS[now]);
    }
    return { status, invitation: await this.participantInvitation(meetingId, user.personId) };
  }

  /** One participant's row of GET /api/meetings/:id/invitations. */
  async participantInvitation(meetingId: string, personId: string): Promise<InvitationView> {
    const meeting = await this.snapshots.find(this.transactions.manager, meetingId);
    const rows = meeting ? await this.listRows(meeting) : [];
    const row = rows.find((entry) => entry.personId === personId);
    if (!row) throw MeetingException.notFound();
    return toInvitationView(row, rows);
  }

  /** Why this person may not answer this meeting now (the RSVP link's rules), or null when they may. */
  async rsvpRefusal(meetingId: string, personId: string): Promise<AppRsvpRefusal | null> {
    const manager = this.transactions.manager;
    const meeting = await this.snapshots.find(manager, meetingId);
    if (!meeting) return InvitationErrorCode.RsvpNotParticipant;
    if (meeting.status === 'cancelled') return InvitationErrorCode.RsvpMeetingCancelled;
    const participant = meeting.participants.find((entry) => entry.personId === personId);
    if (!participant || participant.removedAt !== null || participant.personDeleted) {
      return InvitationErrorCode.RsvpNotParticipant;
    }
    const expiresAt = meeting.endAt.getTime() + this.config.invitations.rsvpGraceDays * DAY_MS;
    if (meeting.status === 'held' || Date.now() > expiresAt) return InvitationErrorCode.RsvpClosed;
    return null;
  }

  /** New RSVP links for these participants (e.g. in a reminder), in the caller's transaction. */
  async issueRsvpLinks(
    manager: EntityManager,
    meetingId: string,
    personIds: readonly string[],
  ): Promise<Map<string, string>> {
    const invitationIds = await this.repository.ensureInvitations(manager, meetingId, personIds);
    const links = new Map<string, string>();
    const tokens: Array<{ invitationId: string; hash: Buffer }> = [];
    for (const personId of personIds) {
      const token = newRsvpToken();
      tokens.push({ invitationId: invitationIds.get(personId)!, hash: token.hash });
      links.set(personId, rsvpUrlOf(this.config.http.publicUrl, token.token));
    }
    await this.repository.insertTokens(manager, tokens);
    return links;
  }

  /** The participants (removed ones too, in the meeting's order) with their invitation and its last email. */
  private async listRows(meeting: MeetingSnapshot): Promise<InvitationListRow[]> {
    return withInvitations(meeting.participants, await this.repository.findDeliveries(meeting.id));
  }

  private async rsvpView(
    meeting: MeetingSnapshot,
    participant: MeetingParticipantSnapshot,
  ): Promise<RsvpView> {
    const zone = this.config.timeZone;
    const nameOf = (personId: string | null) => {
      const other = meeting.participants.find((entry) => entry.personId === personId);
      return other ? { name: other.name } : null;
    };
    return {
      locale: participant.locale,
      person: { name: participant.name },
      meeting: {
        title: meeting.title,
        status: meeting.status,
        startAt: meeting.startAt.toISOString(),
        endAt: meeting.endAt.toISOString(),
        timeZone: zone,
        when: formatMeetingTime(meeting.startAt, meeting.endAt, zone, participant.locale).when,
        location: meeting.locationAddress,
        videoUrl: meeting.videoUrl,
        organizations: meeting.organizations.map((organization) => organization.name),
        url: appLinks.meeting(this.config.http.publicUrl, meeting.id),
        agendaUrl: appLinks.meetingAgenda(this.config.http.publicUrl, meeting.id),
      },
      partstat: participant.partstat,
      comment: participant.responseComment,
      respondedAt: participant.respondedAt?.toISOString() ?? null,
      delegatedTo: participant.partstat === 'DELEGATED' ? nameOf(participant.delegatedToPersonId) : null,
      delegatedFrom: nameOf(participant.delegatedFromPersonId),
      substitutes: await this.substitutes.list(meeting, participant),
    };
  }

  /** The meeting an answer is about, by id or UID (also for SubstituteService). */
  async findMeetingFor(
    manager: EntityManager,
    input: Pick<RecordResponseInput, 'meetingId' | 'uid'>,
  ): Promise<MeetingSnapshot | null> {
    if (input.meetingId) {
      if (!UUID.test(input.meetingId)) return null;
      const meeting = await this.snapshots.find(manager, input.meetingId);
      return meeting && (input.uid === undefined || input.uid === meeting.uid) ? meeting : null;
    }
    return input.uid ? this.snapshots.findByUid(manager, input.uid) : null;
  }

  /** The participant who answers, by person or address, locked (also for SubstituteService). */
  async findParticipantFor(
    manager: EntityManager,
    meetingId: string,
    input: Pick<RecordResponseInput, 'personId' | 'attendeeEmail'>,
  ): Promise<MeetingParticipantSnapshot | null> {
    if (input.personId) {
      if (!UUID.test(input.personId)) return null;
      const participant = await this.snapshots.findParticipant(
        manager,
        meetingId,
        { personId: input.personId },
        { lock: true },
      );
      if (participant && input.attendeeEmail !== undefined) {
        return participant.email.toLowerCase() === input.attendeeEmail.trim().toLowerCase()
          ? participant
          : null;
      }
      return participant;
    }
    if (!input.attendeeEmail) return null;
    return this.snapshots.findParticipant(manager, meetingId, { email: input.attendeeEmail }, { lock: true });
  }

  /** Scoped as the meeting feature scopes meetings: MEETING_NOT_FOUND (404) outside, as for a missing id. */
  private async assertVisible(user: AuthenticatedUser, meetingId: string): Promise<void> {
    await this.meetings.findVisibleById(user, meetingId);
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function toInvitationView(row: InvitationListRow, rows: readonly InvitationListRow[]): InvitationView {
  const state = row.lastEmailId === null ? 'pending' : (row.emailStatus ?? 'queued');
  const personOf = (personId: string | null) => {
    const other = personId === null ? undefined : rows.find((entry) => entry.personId === personId);
    return other ? { id: other.personId, name: other.name } : null;
  };
  return {
    person: { id: row.personId, name: row.name },
    role: row.role,
    removed: row.removedAt !== null || row.personDeleted,
    partstat: row.partstat,
    respondedAt: row.respondedAt?.toISOString() ?? null,
    comment: row.responseComment,
    delegatedTo: row.partstat === 'DELEGATED' ? personOf(row.delegatedToPersonId) : null,
    delegatedFrom: personOf(row.delegatedFromPersonId),
    sequenceSent: row.lastSequenceSent,
    methodSent: row.lastMethodSent,
    delivery: {
      state,
      reason: state === 'failed' ? row.emailError : null,
      emailId: row.lastEmailId,
      queuedAt: row.lastQueuedAt?.toISOString() ?? null,
      sentAt: row.emailSentAt?.toISOString() ?? null,
    },
  };
}
