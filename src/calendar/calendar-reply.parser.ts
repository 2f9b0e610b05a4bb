import ICAL from 'ical.js';
import { type ParticipationStatus, PARTICIPATION_STATUSES, isEmailAddress } from './calendar-builder.js';
import { CalendarError, CalendarErrorCode } from './calendar.exception.js';

/** An attendee's answer to one of our invitations, as sent back by a calendar client (iMIP REPLY). */
export interface CalendarReply {
  uid: string;
  /** The SEQUENCE the attendee answered; 0 when absent (RFC 5546 allows leaving out 0). */
  sequence: number;
  /** Lower-cased, without mailto:. */
  attendeeEmail: string;
  partstat: ParticipationStatus;
  /** COMMENT (Outlook, Apple) or the attendee's X-RESPONSE-COMMENT parameter (Google). */
  comment?: string;
  /** Exchange leaves ORGANIZER out of replies; then this is absent. */
  organizerEmail?: string;
  /** DTSTAMP when it is given in UTC: orders two replies for the same SEQUENCE. */
  stamp?: Date;
  /**
   * PARTSTAT=DELEGATED: the addresses in the attendee's DELEGATED-TO (lower-cased, without mailto:), in
   * order; empty when the parameter is missing or names nothing usable.
   */
  delegatedTo?: string[];
}

export type ParseReplyResult = { ok: true; reply: CalendarReply } | { ok: false; error: CalendarError };

export interface ParseReplyOptions {
  /** Larger input is refused before parsing; default 256 KiB (a real REPLY is a few kB). */
  maxBytes?: number;
}

export const DEFAULT_REPLY_MAX_BYTES = 256 * 1024;
const MAX_COMMENT_LENGTH = 2000;
const MAX_UID_LENGTH = 1000;

/**
 * Reads an iMIP REPLY (METHOD:REPLY, one VEVENT, exactly one ATTENDEE; a delegation may also name the
 * substitute, RFC 5546 §3.2.2.3). Never throws: anything else, and any failure of the parser, comes back as
 * `{ ok: false, error }` with a CalendarError code.
 */
export function parseReply(ics: string | Buffer, options: ParseReplyOptions = {}): ParseReplyResult {
  try {
    return { ok: true, reply: readReply(ics, options.maxBytes ?? DEFAULT_REPLY_MAX_BYTES) };
  } catch (error) {
    if (error instanceof CalendarError) return { ok: false, error };
    return {
      ok: false,
      error: new CalendarError(CalendarErrorCode.ReplyMalformed, 'The reply is not valid iCalendar', {
        cause: error instanceof Error ? error.message.slice(0, 200) : String(error).slice(0, 200),
      }),
    };
  }
}

function readReply(ics: string | Buffer, maxBytes: number): CalendarReply {
  if (typeof ics !== 'string' && !Buffer.isBuffer(ics)) {
    throw fail(CalendarErrorCode.ReplyMalformed, 'The reply must be text');
  }
  const size = typeof ics === 'string' ? Buffer.byteLength(ics, 'utf8') : ics.length;
  if (size > maxBytes) {
    throw fail(CalendarErrorCode.ReplyTooLarge, `The reply is larger than ${maxBytes} bytes`, { size });
  }
  const text = (typeof ics === 'string' ? ics : ics.toString('utf8')).replace(/^\uFEFF/, '');
  if (!/^BEGIN:VCALENDAR\r?$/im.test(text)) {
    throw fail(CalendarErrorCode.ReplyMalformed, 'The reply holds no VCALENDAR');
  }

  const parsed: unknown = ICAL.parse(text);
  // One root component parses to ['vcalendar', …]; several to an array of those.
  const roots = Array.isArray(parsed) && typeof parsed[0] === 'string' ? [parsed] : parsed;
  if (!Array.isArray(roots) || roots.length !== 1) {
    throw fail(CalendarErrorCode.ReplyMalformed, 'The reply must hold exactly one VCALENDAR');
  }
  const calendar = new ICAL.Component(roots[0] as unknown[]);
  if (calendar.name !== 'vcalendar') {
    throw fail(CalendarErrorCode.ReplyMalformed, 'The reply holds no VCALENDAR');
  }

  const method = stringValue(calendar.getFirstPropertyValue('method'));
  if (method?.trim().toUpperCase() !== 'REPLY') {
    throw fail(CalendarErrorCode.ReplyNotAReply, 'METHOD is not REPLY', { method: method ?? null });
  }

  const events = calendar.getAllSubcomponents('vevent');
  if (events.length !== 1) {
    throw fail(CalendarErrorCode.ReplyEventCount, 'A reply must hold exactly one VEVENT', {
      events: events.length,
    });
  }
  const event = events[0];

  const uid = stringValue(event.getFirstPropertyValue('uid'))?.trim();
  if (!uid || uid.length > MAX_UID_LENGTH) throw fail(CalendarErrorCode.ReplyMalformed, 'UID is missing');

  const attendee = replyingAttendee(event.getAllProperties('attendee'));
  const attendeeEmail = addressOf(attendee);
  if (!attendeeEmail) throw fail(CalendarErrorCode.ReplyInvalidAttendee, 'The ATTENDEE has no email address');

  // PARTSTAT defaults to NEEDS-ACTION (RFC 5545 §3.2.12).
  const partstat = (stringValue(attendee.getParameter('partstat')) ?? 'NEEDS-ACTION').trim().toUpperCase();
  if (!isPartstat(partstat)) {
    throw fail(CalendarErrorCode.ReplyInvalidPartstat, 'PARTSTAT is not one an event reply may carry', {
      partstat: partstat.slice(0, 50),
    });
  }

  const reply: CalendarReply = { uid, sequence: sequenceOf(text), attendeeEmail, partstat };
  if (partstat === 'DELEGATED')
    reply.delegatedTo = delegationAddresses(attendee.getParameter('delegated-to'));
  const comment = cleanComment(
    stringValue(event.getFirstPropertyValue('comment')) ??
      stringValue(attendee.getParameter('x-response-comment')),
  );
  if (comment) reply.comment = comment;
  const organizer = event.getFirstProperty('organizer');
  const organizerEmail = organizer ? addressOf(organizer) : null;
  if (organizerEmail) reply.organizerEmail = organizerEmail;
  const stamp = utcDate(event);
  if (stamp) reply.stamp = stamp;
  return reply;
}

/**
 * The one ATTENDEE who answers. A delegator's reply may also carry the substitute's ATTENDEE (with
 * DELEGATED-FROM naming the delegator, as RFC 5546's example does): then the answer is the one with
 * PARTSTAT=DELEGATED whose DELEGATED-TO names the other. Any other second ATTENDEE is refused.
 */
function replyingAttendee(attendees: ICAL.Property[]): ICAL.Property {
  if (attendees.length === 1) return attendees[0];
  if (attendees.length === 2) {
    for (const [delegator, substitute] of [attendees, [...attendees].reverse()]) {
      const partstat = stringValue(delegator.getParameter('partstat'))?.trim().toUpperCase();
      const delegatorAddress = addressOf(delegator);
      const substituteAddress = addressOf(substitute);
      if (partstat !== 'DELEGATED' || !delegatorAddress || !substituteAddress) continue;
      const to = delegationAddresses(delegator.getParameter('delegated-to'));
      const from = delegationAddresses(substitute.getParameter('delegated-from'));
      if (to.includes(substituteAddress) && from.includes(delegatorAddress)) return delegator;
    }
  }
  throw fail(CalendarErrorCode.ReplyAttendeeCount, 'A reply must name exactly one ATTENDEE', {
    attendees: attendees.length,
  });
}

/** DELEGATED-TO / DELEGATED-FROM: one or more quoted cal-addresses → plain lower-cased addresses. */
function delegationAddresses(value: unknown): string[] {
  const values = Array.isArray(value) ? value : [value];
  const addresses = values.flatMap((entry) => {
    if (typeof entry !== 'string') return [];
    let address = entry
      .trim()
      .replace(/^"|"$/g, '')
      .replace(/^mailto:/i, '');
    try {
      address = decodeURIComponent(address);
    } catch {
      // Not percent-encoded after all: keep it as it is.
    }
    address = address.trim().toLowerCase();
    return isEmailAddress(address) ? [address] : [];
  });
  return [...new Set(addresses)];
}

/**
 * SEQUENCE from the raw text: ical.js reads a non-numeric SEQUENCE as 0, which would let garbage pass for
 * the first version. Only the one VEVENT has a SEQUENCE (VTIMEZONE and VALARM have none).
 */
function sequenceOf(text: string): number {
  const values = [...text.replace(/\r?\n[ \t]/g, '').matchAll(/^SEQUENCE(?:;[^:\r\n]*)?:([^\r\n]*)$/gim)];
  if (values.length === 0) return 0;
  const raw = values[0][1].trim();
  if (values.length > 1 || !/^\d{1,9}$/.test(raw)) {
    throw fail(CalendarErrorCode.ReplyMalformed, 'SEQUENCE is not a non-negative integer', {
      sequence: raw.slice(0, 20),
    });
  }
  return Number(raw);
}

/** `mailto:Anna@X.se` (any case) → `anna@x.se`; falls back to an EMAIL parameter (RFC 7986). */
function addressOf(property: ICAL.Property): string | null {
  const candidates = [stringValue(property.getFirstValue()), stringValue(property.getParameter('email'))];
  for (const candidate of candidates) {
    if (!candidate) continue;
    let address = candidate.trim().replace(/^mailto:/i, '');
    try {
      address = decodeURIComponent(address);
    } catch {
      // Not percent-encoded after all: keep it as it is.
    }
    address = address.trim().toLowerCase();
    if (isEmailAddress(address)) return address;
  }
  return null;
}

/** DTSTAMP as a Date when it is a valid UTC date-time; otherwise absent rather than a reason to refuse. */
function utcDate(event: ICAL.Component): Date | null {
  try {
    const value: unknown = event.getFirstPropertyValue('dtstamp');
    if (!(value instanceof ICAL.Time) || value.isDate || value.zone !== ICAL.Timezone.utcTimezone)
      return null;
    const date = new Date(
      Date.UTC(value.year, value.month - 1, value.day, value.hour, value.minute, value.second),
    );
    return Number.isNaN(date.getTime()) ? null : date;
  } catch {
    return null;
  }
}

function cleanComment(value: string | null): string | null {
  if (!value) return null;
  // eslint-disable-next-line no-control-regex
  const text = value.replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '').trim();
  return text ? text.slice(0, MAX_COMMENT_LENGTH) : null;
}

function isPartstat(value: string): value is ParticipationStatus {
  return (PARTICIPATION_STATUSES as readonly string[]).includes(value);
}

function stringValue(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && typeof value[0] === 'string') return value[0];
  return null;
}

function fail(code: CalendarErrorCode, message: string, details?: unknown): CalendarError {
  return new CalendarError(code, message, details);
}
