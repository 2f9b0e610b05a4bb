import { Injectable, Logger } from '@nestjs/common';
import { AuditService } from '../../audit/audit.service.js';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user.js';
import { TransactionService } from '../../common/database/transaction.service.js';
import { MeetingChanges } from '../../meeting/changes/meeting-changes.js';
import { MeetingReads } from '../../meeting/reads/meeting-reads.js';
import type { EntityManager } from 'typeorm';
import {
  isCurrentParticipant,
  type MeetingParticipantSnapshot,
  type MeetingSnapshot,
  MeetingSnapshots,
} from '../../meeting/reads/meeting-snapshots.js';
import type { Locale } from '../../person/person.entity.js';
import { MeetingException } from '../../meeting/meeting.exception.js';
import {
  COMMENT_MAX_LENGTH,
  type MeetingRsvpView,
  type ResponseSource,
  type RsvpSubstituteInput,
  type RsvpView,
  type SendSubstituteInput,
  type SubstituteCandidate,
} from '../invitation.dto.js';
import { InvitationErrorCode, InvitationException, type RsvpLinkErrorCode } from '../invitation.exception.js';
import { InvitationService, RSVP_REFUSALS } from '../invitation.service.js';
import { LinkAnswerLimit } from '../../common/rate-limit/link-answer-limit.js';
import { DelegationRefusalMail } from './delegation-refusal-mail.js';
import { SubstituteCandidates } from './substitute-candidates.js';

/** What sending a substitute came to. */
export type DelegationStatus =
  | 'delegated'
  /** The same substitute was already sent. */
  | 'unchanged'
  | 'unknown-meeting'
  | 'not-invited'
  /** The meeting is cancelled or held, or the answer was to an older SEQUENCE. */
  | 'stale'
  /** No active colleague of the delegator's organization by that id or address. */
  | 'substitute-not-found'
  /** The substitute already takes part (or is the delegator). */
  | 'substitute-taking-part'
  /**
   * From a calendar (`recordRefused`): the substitute could not be accepted, so the delegator's answer was
   * recorded as DELEGATED without one, nobody was invited, and the delegator and whoever set the meeting up
   * are told by email (DelegationRefusalMail).
   */
  | 'delegation-refused';

export interface DelegateInput {
  meetingId?: string;
  uid?: string;
  /** The delegator, by person or by address (as recordResponse finds them). */
  personId?: string;
  attendeeEmail?: string;
  substitute: { personId: string } | { email: string };
  comment?: string;
  source: ResponseSource;
  sequence?: number;
  /**
   * A calendar's DELEGATED reply cannot be answered with a form: when the substitute is refused, the
   * delegator's answer is still recorded (DELEGATED, without a substitute) so the organizer sees that they
   * will not come (docs/adr/0016).
   */
  recordRefused?: boolean;
}

function substituteRefusal(status: 'substitute-not-found' | 'substitute-taking-part'): InvitationException {
  return status === 'substitute-not-found'
    ? new InvitationException(
        InvitationErrorCode.SubstituteNotFound,
        'The substitute is not among your colleagues of the same organization',
      )
    : new InvitationException(
        InvitationErrorCode.SubstituteTakingPart,
        'The person already takes part in the meeting and cannot be sent as a substitute',
      );
}

/**
 * Substitutes (ersättare, issue 17): a participant sends an active colleague of their own organization in
 * their place — from the web app, the RSVP page or their calendar (an iMIP REPLY with PARTSTAT=DELEGATED,
 * DELEGATED-TO). The delegator's answer becomes DELEGATED naming the substitute; the substitute joins the
 * meeting (MeetingChanges.delegate) and gets their own invitation from the next invitation sync, with
 * DELEGATED-FROM; every later REQUEST and CANCEL names both and reaches both (docs/adr/0016).
 */
@Injectable()
export class SubstituteService {
  private readonly logger = new Logger(SubstituteService.name);

  constructor(
    private readonly transactions: TransactionService,
    private readonly invitations: InvitationService,
    private readonly snapshots: MeetingSnapshots,
    private readonly meetings: MeetingReads,
    private readonly meetingChanges: MeetingChanges,
    private readonly candidates: SubstituteCandidates,
    private readonly audit: AuditService,
    private readonly answerLimit: LinkAnswerLimit,
    private readonly refusalMail: DelegationRefusalMail,
  ) {}

  /**
   * Sends the substitute, in one transaction under the meeting's row lock: checks the delegator (a current
   * participant of a meeting neither cancelled nor held, answering the current SEQUENCE when one is given)
   * and the substitute (an active colleague not yet taking part), then records and audits the delegation.
   */
  async delegate(input: DelegateInput): Promise<{ status: DelegationStatus }> {
    const comment = input.comment?.trim().slice(0, COMMENT_MAX_LENGTH) || null;
    const status = await this.transactions.run(async (manager): Promise<DelegationStatus> => {
      const found = await this.invitations.findMeetingFor(manager, input);
      // Locked: a PATCH of the participants and a second delegation wait for this one.
      const meeting = found && (await this.snapshots.find(manager, found.id, { lock: true }));
      if (!meeting) return 'unknown-meeting';
      const participant = await this.invitations.findParticipantFor(manager, meeting.id, input);
      if (!participant || !isCurrentParticipant(participant)) return 'not-invited';
      if (meeting.status === 'cancelled' || meeting.status === 'held') return 'stale';
      if (input.sequence !== undefined && input.sequence < meeting.sequence) return 'stale';
      const substitute = await this.candidates.find(participant, input.substitute);
      if (
        substitute &&
        participant.partstat === 'DELEGATED' &&
        participant.delegatedToPersonId === substitute.id
      ) {
        return 'unchanged';
      }
      const takingPart =
        substitute !== null &&
        (substitute.id === participant.personId ||
          meeting.participants.some(
            (entry) => entry.personId === substitute.id && isCurrentParticipant(entry),
          ));
      if (!substitute || takingPart) {
        const refusal = substitute ? 'substitute-taking-part' : 'substitute-not-found';
        if (!input.recordRefused) return refusal;
        if (participant.partstat === 'DELEGATED' && participant.delegatedToPersonId === null)
          return 'unchanged';
        await this.meetingChanges.recordResponse(manager, {
          meetingId: meeting.id,
          personId: participant.personId,
          partstat: 'DELEGATED',
          comment,
        });
        await this.auditAnswer(manager, meeting, participant, input, 'invitation.respond', {
          partstat: 'DELEGATED',
          substituteRefused: refusal,
          comment,
        });
        // Nobody would know otherwise: the calendar that sent it shows no refusal.
        const address = 'email' in input.substitute ? input.substitute.email : '';
        await this.refusalMail.queue(manager, {
          meeting,
          delegator: participant,
          refusal: takingPart ? 'taking-part' : address.trim() ? 'not-a-colleague' : 'not-one',
          substituteAddress: address,
        });
        return 'delegation-refused';
      }
      const delegated = await this.meetingChanges.delegate(manager, {
        meetingId: meeting.id,
        fromPersonId: participant.personId,
        toPersonId: substitute.id,
        role: participant.role,
        comment,
      });
      if (!delegated) return 'not-invited';
      await this.auditAnswer(manager, meeting, participant, input, 'invitation.delegate', {
        partstat: 'DELEGATED',
        delegatedTo: substitute.id,
        comment,
      });
      return 'delegated';
    });
    this.logger.log({ msg: 'invitation delegated', source: input.source, status });
    return { status };
  }

  /** The audit entry of a delegator's answer: what it was, what it is now, and where it came from. */
  private auditAnswer(
    manager: EntityManager,
    meeting: MeetingSnapshot,
    participant: MeetingParticipantSnapshot,
    input: DelegateInput,
    action: 'invitation.respond' | 'invitation.delegate',
    after: Record<string, unknown>,
  ): Promise<void> {
    return this.audit.record(manager, {
      actorId: participant.personId,
      action,
      entityType: 'meeting',
      entityId: meeting.id,
      organizationId: meeting.regionId,
      before: {
        personId: participant.personId,
        partstat: participant.partstat,
        delegatedTo: participant.delegatedToPersonId,
      },
      after: {
        personId: participant.personId,
        ...after,
        source: input.source,
        ...(input.sequence === undefined ? {} : { sequence: input.sequence }),
      },
    });
  }

  /** `GET /api/meetings/:id/substitutes`: whom the signed-in participant may send (standing ones first). */
  async listForParticipant(
    user: AuthenticatedUser,
    meetingId: string,
  ): Promise<{ items: SubstituteCandidate[] }> {
    await this.meetings.findVisibleById(user, meetingId);
    const refusal = await this.invitations.rsvpRefusal(meetingId, user.personId);
    if (refusal) throw new InvitationException(refusal, RSVP_REFUSALS[refusal]);
    const meeting = await this.snapshots.find(this.transactions.manager, meetingId);
    const participant = meeting?.participants.find((entry) => entry.personId === user.personId);
    if (!meeting || !participant) throw MeetingException.notFound();
    return { items: await this.candidates.list(meeting, participant) };
  }

  /**
   * `POST /api/meetings/:id/substitute`: the signed-in participant sends a colleague in their place (the
   * RSVP link's rules; 404 outside scope, 403 when not a participant, 404 SUBSTITUTE_NOT_FOUND for anyone
   * but an active colleague, 409 SUBSTITUTE_TAKING_PART).
   */
  async sendForParticipant(
    user: AuthenticatedUser,
    meetingId: string,
    input: SendSubstituteInput,
  ): Promise<MeetingRsvpView> {
    await this.meetings.findVisibleById(user, meetingId);
    const refusal = await this.invitations.rsvpRefusal(meetingId, user.personId);
    if (refusal) throw new InvitationException(refusal, RSVP_REFUSALS[refusal]);
    const { status } = await this.delegate({
      meetingId,
      personId: user.personId,
      substitute: { personId: input.personId },
      comment: input.comment ?? '',
      source: 'api',
    });
    if (status === 'substitute-not-found' || status === 'substitute-taking-part') {
      throw substituteRefusal(status);
    }
    if (status !== 'delegated' && status !== 'unchanged') {
      const now =
        (await this.invitations.rsvpRefusal(meetingId, user.personId)) ?? InvitationErrorCode.RsvpClosed;
      throw new InvitationException(now, RSVP_REFUSALS[now]);
    }
    return {
      status: status === 'delegated' ? 'updated' : 'unchanged',
      invitation: await this.invitations.participantInvitation(meetingId, user.personId),
    };
  }

  /**
   * `POST /rsvp/:token/substitute`: the link's person sends a colleague in their place. Limited as answers
   * are (LinkAnswerLimit). A refused substitute comes back as `refused` with the page to show again.
   */
  async sendThroughLink(
    token: string,
    input: RsvpSubstituteInput,
    address: string | undefined,
  ): Promise<
    | { ok: true; status: 'updated' | 'unchanged'; view: RsvpView }
    | { ok: false; code: RsvpLinkErrorCode; locale: Locale }
    | { ok: false; refused: InvitationException; view: RsvpView }
  > {
    await this.answerLimit.check(token, address);
    const lookup = await this.invitations.lookUpRsvp(token);
    if (!lookup.ok) return lookup;
    const { status } = await this.delegate({
      meetingId: lookup.meetingId,
      personId: lookup.personId,
      substitute: { personId: input.personId },
      comment: input.comment ?? '',
      source: 'link',
    });
    const after = await this.invitations.lookUpRsvp(token);
    if (!after.ok) return after;
    if (status === 'substitute-not-found' || status === 'substitute-taking-part') {
      return { ok: false, refused: substituteRefusal(status), view: after.view };
    }
    if (status !== 'delegated' && status !== 'unchanged') {
      return { ok: false, code: InvitationErrorCode.RsvpLinkRevoked, locale: after.view.locale };
    }
    return { ok: true, status: status === 'delegated' ? 'updated' : 'unchanged', view: after.view };
  }
}
