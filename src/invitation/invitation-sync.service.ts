import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type CalendarAttendee, isEmailAddress } from '../calendar/calendar-builder.js';
import { CalendarService } from '../calendar/calendar.service.js';
import { TransactionService } from '../common/database/transaction.service.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { type AnyQueueEmailInput, MailService, type MailTemplateName } from '../mail/mail.service.js';
import {
  ATTENDEE_ROLE,
  agendaUrlOf,
  invitationDescription,
  meetingMailData,
  rsvpUrlOf,
} from './invitation-format.js';
import { type PlannedSend, planInvitationSends } from './invitation-plan.js';
import {
  InvitationRepository,
  type MeetingSnapshot,
  type ParticipantRecord,
} from './invitation.repository.js';
import { newRsvpToken } from './rsvp-token.js';

export type SyncOutcome =
  | { result: 'done'; queued: number }
  | { result: 'skipped'; reason: 'meeting-gone' | 'superseded' | 'up-to-date' };

const TEMPLATE: Record<PlannedSend['kind'], MailTemplateName> = {
  invitation: 'invitation',
  update: 'invitation-update',
  removed: 'invitation-cancel',
  cancelled: 'invitation-cancel',
};

export const SUPERSEDED_REASON = 'superseded by a newer invitation for the same meeting';

/**
 * Brings every participant's calendar up to date with the meeting as it is now (job invitation.sync). In one
 * transaction, with the meeting row locked: decide who needs which iTIP message (invitation-plan.ts), render
 * each email once with the current SEQUENCE and queue it (MailService: stored, outbox), record what was sent
 * per invitation, and withdraw an older email of the same invitation still waiting to be sent. A job for an
 * older change number returns at once: the job of the latest change renders the emails, so a burst of edits
 * gives one email per participant. A repeated job finds the plan empty.
 */
@Injectable()
export class InvitationSyncService {
  private readonly logger = new Logger(InvitationSyncService.name);

  constructor(
    private readonly repository: InvitationRepository,
    private readonly transactions: TransactionService,
    private readonly calendar: CalendarService,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  sync(meetingId: string, change: number): Promise<SyncOutcome> {
    return this.transactions.run(async (manager) => {
      const meeting = await this.repository.findMeeting(manager, meetingId, { lock: true });
      if (!meeting) return { result: 'skipped', reason: 'meeting-gone' };
      if (change < meeting.latestChange) return { result: 'skipped', reason: 'superseded' };
      const participants = await this.repository.findParticipants(manager, meetingId);
      const reachable = participants.filter((participant) => this.reachable(participant, meetingId));
      const plan = planInvitationSends(
        meeting,
        reachable.map((participant) => ({
          personId: participant.personId,
          removed: participant.removedAt !== null || participant.personDeleted,
          lastSequenceSent: participant.lastSequenceSent,
          lastMethodSent: participant.lastMethodSent,
        })),
      );
      if (plan.length === 0) {
        await this.repository.recordSync(manager, meetingId, change, [], []);
        return { result: 'skipped', reason: 'up-to-date' };
      }
      await this.send(manager, meeting, change, reachable, plan);
      return { result: 'done', queued: plan.length };
    });
  }

  private async send(
    manager: EntityManager,
    meeting: MeetingSnapshot,
    change: number,
    participants: readonly ParticipantRecord[],
    plan: readonly PlannedSend[],
  ): Promise<void> {
    const byPerson = new Map(participants.map((participant) => [participant.personId, participant]));
    const invitationIds = new Map(
      participants.flatMap((participant) =>
        participant.invitationId ? [[participant.personId, participant.invitationId] as const] : [],
      ),
    );
    const missing = plan.filter((send) => !invitationIds.has(send.personId)).map((send) => send.personId);
    for (const [personId, id] of await this.repository.ensureInvitations(manager, meeting.id, missing)) {
      invitationIds.set(personId, id);
    }
    const current = participants.filter(
      (participant) => participant.removedAt === null && !participant.personDeleted,
    );
    const attendees = current.map(toAttendee);
    // One DTSTAMP for every message of this sync: they are the same version of the object.
    const stamp = new Date();
    const publicUrl = this.config.http.publicUrl;
    const settings = { publicUrl, timeZone: this.config.timeZone };
    const related = { type: 'meeting', id: meeting.id };
    const tokens: Array<{ invitationId: string; hash: Buffer }> = [];
    const emails: AnyQueueEmailInput[] = [];

    for (const send of plan) {
      const person = byPerson.get(send.personId)!;
      let rsvpUrl: string | null = null;
      if (send.method === 'REQUEST') {
        const token = newRsvpToken();
        tokens.push({ invitationId: invitationIds.get(send.personId)!, hash: token.hash });
        rsvpUrl = rsvpUrlOf(publicUrl, token.token);
      }
      const ics = this.calendar.invitation({
        method: send.method,
        uid: meeting.uid,
        sequence: meeting.sequence,
        stamp,
        start: meeting.startAt,
        end: meeting.endAt,
        summary: meeting.title,
        description: invitationDescription(meeting.description, rsvpUrl, person.locale),
        agendaUrl: agendaUrlOf(publicUrl, meeting.id),
        location: meeting.locationAddress ?? undefined,
        videoUrl: meeting.videoUrl ?? undefined,
        locale: person.locale,
        // An uninvited person's CANCEL names them alone (RFC 5546 §3.2.5); every other message names all.
        attendees:
          send.kind === 'removed'
            ? [toAttendee(person)]
            : current.some((participant) => participant.personId === person.personId)
              ? attendees
              : [...attendees, toAttendee(person)],
      });
      const base = meetingMailData(meeting, person, settings);
      const common = {
        to: { address: person.email, name: person.name, personId: person.personId, locale: person.locale },
        related,
        calendarEvent: this.calendar.mimePart(ics, send.method).icalEvent,
      };
      emails.push(
        send.method === 'REQUEST'
          ? { ...common, template: TEMPLATE[send.kind] as 'invitation', data: { ...base, rsvpUrl: rsvpUrl! } }
          : {
              ...common,
              template: 'invitation-cancel',
              data: {
                ...base,
                removed: send.kind === 'removed',
                reason: send.kind === 'cancelled' ? (meeting.cancelReason ?? '') : '',
              },
            },
      );
    }

    const queued = await this.mail.queueMany(manager, emails);
    // An older message still waiting (e.g. retrying after SMTP 4xx) must not arrive after these.
    const superseded = plan.flatMap((send) => byPerson.get(send.personId)!.lastEmailId ?? []);
    const withdrawn = await this.mail.withdrawQueued(manager, superseded, SUPERSEDED_REASON);
    await this.repository.recordSync(
      manager,
      meeting.id,
      change,
      plan.map((send, index) => ({
        invitationId: invitationIds.get(send.personId)!,
        sequence: meeting.sequence,
        method: send.method,
        emailId: queued[index].emailId,
      })),
      tokens,
    );
    this.logger.log({
      msg: 'invitations queued',
      meetingId: meeting.id,
      sequence: meeting.sequence,
      requests: plan.filter((send) => send.method === 'REQUEST').length,
      cancels: plan.filter((send) => send.method === 'CANCEL').length,
      withdrawn: withdrawn.length,
    });
  }

  /** A participant whose address no calendar message can carry is logged and left out. */
  private reachable(participant: ParticipantRecord, meetingId: string): boolean {
    if (isEmailAddress(participant.email)) return true;
    this.logger.warn({
      msg: 'participant has no usable email address',
      meetingId,
      personId: participant.personId,
    });
    return false;
  }
}

function toAttendee(participant: ParticipantRecord): CalendarAttendee {
  return {
    name: participant.name,
    email: participant.email,
    role: ATTENDEE_ROLE[participant.role],
    partstat: participant.partstat,
  };
}
