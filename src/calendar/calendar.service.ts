import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import {
  buildFeed,
  buildInvitation,
  type CalendarEventInput,
  type CalendarMethod,
  type CalendarOptions,
  type CalendarPerson,
  type FeedOptions,
  type InvitationInput,
  isEmailAddress,
} from './calendar-builder.js';
import { calendarMimePart, type CalendarMimePart } from './calendar-mime.js';
import { parseReply, type ParseReplyResult } from './calendar-reply.parser.js';
import { CalendarError, CalendarErrorCode } from './calendar.exception.js';

/** An event as features describe it: the organizer is always the sending address, filled in here. */
export type MeetingCalendarEvent = Omit<CalendarEventInput, 'organizer'>;
export type MeetingInvitation = Omit<InvitationInput, 'organizer'>;
export type MeetingFeedOptions = Omit<FeedOptions, keyof CalendarOptions>;

/**
 * The calendar building block with the deployment's settings applied: business time zone, default locale
 * and ORGANIZER = MAIL_FROM. The pure functions in calendar-builder.ts stay usable without Nest.
 */
@Injectable()
export class CalendarService {
  private readonly options: CalendarOptions;
  private readonly defaultLocale: AppConfig['defaultLocale'];
  readonly organizer: CalendarPerson;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.options = { timeZone: config.timeZone };
    this.defaultLocale = config.defaultLocale;
    this.organizer = parseMailbox(config.mail.from);
  }

  invitation(input: MeetingInvitation): string {
    return buildInvitation(this.complete(input), this.options);
  }

  feed(events: readonly MeetingCalendarEvent[], options: MeetingFeedOptions): string {
    return buildFeed(
      events.map((event) => this.complete(event)),
      { ...options, ...this.options },
    );
  }

  mimePart(ics: string, method: CalendarMethod): CalendarMimePart {
    return calendarMimePart(ics, method);
  }

  parseReply(ics: string | Buffer): ParseReplyResult {
    return parseReply(ics);
  }

  private complete<T extends MeetingCalendarEvent>(event: T): T & { organizer: CalendarPerson } {
    return { ...event, locale: event.locale ?? this.defaultLocale, organizer: this.organizer };
  }
}

/** `Samverkan <samverkan@region.se>`, `"Region, X" <a@b.se>` or a bare address → CN and email. */
export function parseMailbox(mailbox: string): CalendarPerson {
  const match = /^\s*(?:"((?:[^"\\]|\\.)*)"|([^<]*?))\s*<([^<>]+)>\s*$/.exec(mailbox);
  const email = (match ? match[3] : mailbox).trim();
  if (!isEmailAddress(email)) {
    throw new CalendarError(CalendarErrorCode.InvalidInput, 'MAIL_FROM holds no usable address', {
      mailbox,
    });
  }
  const name = (match ? (match[1]?.replace(/\\(.)/g, '$1') ?? match[2]) : '').trim();
  return { name: name || email, email };
}
