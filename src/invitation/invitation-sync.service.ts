import { randomUUID } from 'node:crypto';
import { setImmediate } from 'node:timers/promises';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  type CalendarAttendee,
  type CalendarMethod,
  isEmailAddress,
  foldedTemplate,
} from '../calendar/calendar-builder.js';
import { CalendarService } from '../calendar/calendar.service.js';
import { TransactionService } from '../common/database/transaction.service.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { type AnyQueueEmailInput, MailService, type MailTemplateName } from '../mail/mail.service.js';
import { ATTENDEE_ROLE, invitationDescription, meetingMailData, rsvpUrlOf } from './invitation-format.js';
import { type PlannedSend, planInvitationSends } from './invitation-plan.js';
import { type MeetingSnapshot, MeetingSnapshots } from '../meeting/reads/meeting-snapshots.js';
import { InvitationRepository, type ParticipantRecord, withInvitations } from './invitation.repository.js';
import { newRsvpTokens } from './rsvp-token.js';
import type { Locale } from '../person/person.entity.js';
import type { MeetingMailData } from '../mail/templates/invitation.js';
import { appLinks } from '../common/web/app-links.js';

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

/** What one meeting's sync writes: its emails and, per email, the invitation record to update. */
interface MeetingSends {
  meeting: MeetingSnapshot;
  change: number;
  emails: AnyQueueEmailInput[];
  records: Array<{ invitationId: string; personId: string; method: PlannedSend['method'] }>;
  tokens: Array<{ invitationId: string; hash: Buffer }>;
  superseded: string[];
}

/**
 * Brings every participant's calendar up to date with the meeting as it is now (job invitation.sync). In one
 * transaction, with the meeting rows locked: decide who needs which iTIP message (invitation-plan.ts), render
 * each email once with the current SEQUENCE and queue it (MailService: stored, outbox), record what was sent
 * per invitation, and withdraw an older email of the same invitation still waiting to be sent. A meeting
 * whose change number is older than its latest is left alone: the job of the latest change renders the
 * emails, so a burst of edits gives one email per participant. A repeated job finds the plan empty.
 *
 * One job carries the meetings whose changes were announced together (a confirmed round: many), so that
 * their syncs share a transaction and a handful of statements.
 */
@Injectable()
export class InvitationSyncService {
  private readonly logger = new Logger(InvitationSyncService.name);

  constructor(
    private readonly repository: InvitationRepository,
    private readonly meetings: MeetingSnapshots,
    private readonly transactions: TransactionService,
    private readonly calendar: CalendarService,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async sync(meetingId: string, change: number): Promise<SyncOutcome> {
    return (await this.syncMany([{ meetingId, change }]))[0];
  }

  /** Several meetings in one transaction; outcomes in input order. */
  syncMany(entries: ReadonlyArray<{ meetingId: string; change: number }>): Promise<SyncOutcome[]> {
    return this.transactions.run(async (manager) => {
      const found = await this.findForSync(
        manager,
        entries.map((entry) => entry.meetingId),
      );
      const outcomes: SyncOutcome[] = [];
      const synced: Array<{ meetingId: string; change: number }> = [];
      const work: MeetingSends[] = [];
      // One DTSTAMP for every message of this sync: they are the same version of each object.
      const stamp = new Date();
      for (const { meetingId, change } of entries) {
        const record = found.get(meetingId);
        if (!record) {
          outcomes.push({ result: 'skipped', reason: 'meeting-gone' });
          continue;
        }
        const { meeting, participants, latestChange } = record;
        if (change < latestChange) {
          outcomes.push({ result: 'skipped', reason: 'superseded' });
          continue;
        }
        synced.push({ meetingId, change });
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
          outcomes.push({ result: 'skipped', reason: 'up-to-date' });
          continue;
        }
        // Rendering a meeting's emails is the long stretch of computing here: between meetings, the other
        // work of the process (SMTP conversations, other jobs, requests) gets its turn.
        if (work.length > 0) await setImmediate();
        work.push(this.render(meeting, change, reachable, plan, stamp));
        outcomes.push({ result: 'done', queued: plan.length });
      }
      await this.write(manager, work, synced);
      return outcomes;
    });
  }

  /**
   * The meetings locked FOR UPDATE (serialising syncs with each other and with changes), each with every
   * participant (removed ones too) and what they were last sent, and its latest change number. Missing
   * meetings are left out.
   */
  private async findForSync(
    manager: EntityManager,
    meetingIds: readonly string[],
  ): Promise<
    Map<string, { meeting: MeetingSnapshot; participants: ParticipantRecord[]; latestChange: number }>
  > {
    const meetings = await this.meetings.findMany(manager, meetingIds, { lock: true });
    const states = await this.repository.findStates(manager, [...meetings.keys()]);
    return new Map(
      [...meetings].map(([id, meeting]) => {
        const state = states.get(id);
        return [
          id,
          {
            meeting,
            participants: withInvitations(meeting.participants, state?.invitations ?? new Map()),
            latestChange: state?.latestChange ?? 0,
          },
        ];
      }),
    );
  }

  /** Renders one meeting's emails; nothing is written yet. */
  private render(
    meeting: MeetingSnapshot,
    change: number,
    participants: readonly ParticipantRecord[],
    plan: readonly PlannedSend[],
    stamp: Date,
  ): MeetingSends {
    const byPerson = new Map(participants.map((participant) => [participant.personId, participant]));
    // New invitations get their ids here; recordSync creates them with the rest.
    const invitationIds = new Map(
      plan.map((send) => [send.personId, byPerson.get(send.personId)!.invitationId ?? randomUUID()]),
    );
    const current = participants.filter(
      (participant) => participant.removedAt === null && !participant.personDeleted,
    );
    const isCurrent = new Set(current.map((participant) => participant.personId));
    const attendees = current.map((participant) => toAttendee(participant, byPerson));
    const requests = plan.filter((send) => send.method === 'REQUEST');
    const tokens = new Map(
      newRsvpTokens(requests.length).map((token, index) => [requests[index].personId, token]),
    );
    const render = new MeetingRendering(meeting, this.calendar, {
      publicUrl: this.config.http.publicUrl,
      timeZone: this.config.timeZone,
      stamp,
      attendees,
    });
    const related = { type: 'meeting', id: meeting.id };
    const emails: AnyQueueEmailInput[] = [];

    for (const send of plan) {
      const person = byPerson.get(send.personId)!;
      const token = tokens.get(send.personId);
      const base = render.mailData(person);
      const common = {
        to: { address: person.email, name: person.name, personId: person.personId, locale: person.locale },
        related,
        calendarEvent: this.calendar.mimePart(
          // An uninvited person's CANCEL names them alone (RFC 5546 §3.2.5); every other message names all.
          send.kind === 'removed'
            ? render.ics(send.method, person.locale, { attendees: [toAttendee(person, byPerson)] })
            : isCurrent.has(person.personId)
              ? render.ics(send.method, person.locale, { rsvpToken: token?.token })
              : render.ics(send.method, person.locale, {
                  attendees: [...attendees, toAttendee(person, byPerson)],
                }),
          send.method,
        ).icalEvent,
      };
      emails.push(
        send.method === 'REQUEST'
          ? {
              ...common,
              template: TEMPLATE[send.kind] as 'invitation',
              data: { ...base, rsvpUrl: rsvpUrlOf(this.config.http.publicUrl, token!.token) },
            }
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
    return {
      meeting,
      change,
      emails,
      records: plan.map((send) => ({
        invitationId: invitationIds.get(send.personId)!,
        personId: send.personId,
        method: send.method,
      })),
      tokens: requests.map((send) => ({
        invitationId: invitationIds.get(send.personId)!,
        hash: tokens.get(send.personId)!.hash,
      })),
      // An older message still waiting (e.g. retrying after SMTP 4xx) must not arrive after these.
      superseded: plan.flatMap((send) => byPerson.get(send.personId)!.lastEmailId ?? []),
    };
  }

  /** Every meeting's emails queued, older ones withdrawn and the invitations recorded: a few statements. */
  private async write(
    manager: EntityManager,
    work: readonly MeetingSends[],
    synced: ReadonlyArray<{ meetingId: string; change: number }>,
  ): Promise<void> {
    const queued = await this.mail.queueMany(
      manager,
      work.flatMap((meeting) => meeting.emails),
    );
    const withdrawn = new Set(
      await this.mail.withdrawQueued(
        manager,
        work.flatMap((meeting) => meeting.superseded),
        SUPERSEDED_REASON,
      ),
    );
    let next = 0;
    const sends = work.flatMap((meeting) =>
      meeting.records.map((record) => ({
        ...record,
        meetingId: meeting.meeting.id,
        sequence: meeting.meeting.sequence,
        emailId: queued[next++].emailId,
      })),
    );
    await this.repository.recordSync(
      manager,
      synced,
      sends,
      work.flatMap((meeting) => meeting.tokens),
    );
    for (const meeting of work) {
      const requests = meeting.records.filter((record) => record.method === 'REQUEST').length;
      this.logger.log({
        msg: 'invitations queued',
        meetingId: meeting.meeting.id,
        sequence: meeting.meeting.sequence,
        requests,
        cancels: meeting.records.length - requests,
        withdrawn: meeting.superseded.filter((id) => withdrawn.has(id)).length,
      });
    }
  }

  /** A participant whose address no calendar message can carry is logged and left out. */
  private reachable(participant: ParticipantRecord, meetingId: string): boolean {
    // An erased person's address is a pseudonym: their calendar is not ours to update any more.
    if (participant.personErased) return false;
    if (isEmailAddress(participant.email)) return true;
    this.logger.warn({
      msg: 'participant has no usable email address',
      meetingId,
      personId: participant.personId,
    });
    return false;
  }
}

/** One ATTENDEE; a delegation names the other person's address (DELEGATED-TO / DELEGATED-FROM, RFC 5546). */
function toAttendee(
  participant: ParticipantRecord,
  byPerson: ReadonlyMap<string, ParticipantRecord>,
): CalendarAttendee {
  const addressOf = (personId: string | null) => {
    const other = personId === null ? undefined : byPerson.get(personId);
    return other && isEmailAddress(other.email) ? other.email : undefined;
  };
  const delegatedTo =
    participant.partstat === 'DELEGATED' ? addressOf(participant.delegatedToPersonId) : undefined;
  const delegatedFrom = addressOf(participant.delegatedFromPersonId);
  return {
    name: participant.name,
    email: participant.email,
    role: ATTENDEE_ROLE[participant.role],
    partstat: participant.partstat,
    ...(delegatedTo ? { delegatedTo } : {}),
    ...(delegatedFrom ? { delegatedFrom } : {}),
  };
}

/**
 * The parts of one sync's emails that are the same for many recipients, made once: the meeting's time in
 * each language, and per method and language one iCalendar object for the current attendees, into which
 * each recipient's RSVP token is put (foldedTemplate keeps it byte for byte what building it afresh gives).
 */
class MeetingRendering {
  private readonly mailBase = new Map<Locale, Omit<MeetingMailData, 'personName'>>();
  private readonly shared = new Map<string, (token: string | undefined) => string>();
  private readonly placeholder = newRsvpTokens(1)[0].token;

  constructor(
    private readonly meeting: MeetingSnapshot,
    private readonly calendar: CalendarService,
    private readonly settings: {
      publicUrl: string;
      timeZone: string;
      stamp: Date;
      attendees: CalendarAttendee[];
    },
  ) {}

  mailData(person: { name: string; locale: Locale }): MeetingMailData {
    let base = this.mailBase.get(person.locale);
    if (!base) {
      base = meetingMailData(this.meeting, { name: '', locale: person.locale }, this.settings);
      this.mailBase.set(person.locale, base);
    }
    return { ...base, personName: person.name };
  }

  /** With `rsvpToken` (a REQUEST to a current attendee) or without; `attendees` for a one-off list. */
  ics(
    method: CalendarMethod,
    locale: Locale,
    options: { rsvpToken?: string; attendees?: CalendarAttendee[] },
  ): string {
    if (options.attendees) return this.build(method, locale, null, options.attendees);
    const key = `${method}.${locale}.${options.rsvpToken ? 'rsvp' : 'plain'}`;
    let fill = this.shared.get(key);
    if (!fill) {
      if (options.rsvpToken) {
        const template = this.build(method, locale, this.placeholder, this.settings.attendees);
        const withToken = foldedTemplate(template, this.placeholder);
        fill = (token) => withToken(token!);
      } else {
        const ics = this.build(method, locale, null, this.settings.attendees);
        fill = () => ics;
      }
      this.shared.set(key, fill);
    }
    return fill(options.rsvpToken);
  }

  private build(
    method: CalendarMethod,
    locale: Locale,
    token: string | null,
    attendees: CalendarAttendee[],
  ): string {
    const { meeting, settings } = this;
    const rsvpUrl = token ? rsvpUrlOf(settings.publicUrl, token) : null;
    return this.calendar.invitation({
      method,
      uid: meeting.uid,
      sequence: meeting.sequence,
      stamp: settings.stamp,
      start: meeting.startAt,
      end: meeting.endAt,
      summary: meeting.title,
      description: invitationDescription(meeting.description, rsvpUrl, locale),
      agendaUrl: appLinks.meetingAgenda(settings.publicUrl, meeting.id),
      location: meeting.locationAddress ?? undefined,
      videoUrl: meeting.videoUrl ?? undefined,
      locale,
      attendees,
    });
  }
}
