import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, {
  ICalAlarmType,
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalAttendeeType,
  ICalCalendarMethod,
  ICalEventStatus,
  ICalEventTransparency,
  escape as escapeText,
  type ICalCalendar,
} from 'ical-generator';
import { DateTime, IANAZone } from 'luxon';
import { CalendarError, CalendarErrorCode } from './calendar.exception.js';

/**
 * iCalendar (RFC 5545) objects for meetings: iTIP REQUEST/CANCEL invitations (RFC 5546), a single-event
 * PUBLISH download and subscription feeds. Pure functions: no clock, no process time zone, no I/O after the
 * first VTIMEZONE lookup, so the same input gives the same bytes on any server (DESIGN.md, "Calendar and
 * email invariants").
 */

export const DEFAULT_TIME_ZONE = 'Europe/Stockholm';
export const DEFAULT_PRODID = '//Samverkan//Samverkan//SV';
export const DEFAULT_ALARM_MINUTES_BEFORE = 24 * 60;

export const CALENDAR_METHODS = ['REQUEST', 'CANCEL', 'PUBLISH'] as const;
export type CalendarMethod = (typeof CALENDAR_METHODS)[number];

export const ATTENDEE_ROLES = ['CHAIR', 'REQ-PARTICIPANT', 'OPT-PARTICIPANT'] as const;
export type AttendeeRole = (typeof ATTENDEE_ROLES)[number];

export const PARTICIPATION_STATUSES = [
  'NEEDS-ACTION',
  'ACCEPTED',
  'TENTATIVE',
  'DECLINED',
  'DELEGATED',
] as const;
export type ParticipationStatus = (typeof PARTICIPATION_STATUSES)[number];

export type CalendarLocale = 'sv' | 'en';

/** An instant. A Luxon DateTime in any zone or a Date; both are placed in the business zone here. */
export type CalendarInstant = DateTime | Date;

export interface CalendarPerson {
  /** Display name (CN). Double quotes become ' and semicolons become , (see `parameterText`). */
  name: string;
  email: string;
}

export interface CalendarAttendee extends CalendarPerson {
  /** Default REQ-PARTICIPANT. */
  role?: AttendeeRole;
  /** The answer we know of; default NEEDS-ACTION. */
  partstat?: ParticipationStatus;
  /** DELEGATED-TO: the address of the colleague this attendee sent in their place (RFC 5545 §3.2.5). */
  delegatedTo?: string;
  /** DELEGATED-FROM: the address of the attendee this one stands in for (RFC 5545 §3.2.4). */
  delegatedFrom?: string;
}

/** One meeting as one VEVENT. */
export interface CalendarEventInput {
  /** Stable per meeting, stored; printable ASCII without space, comma, semicolon or backslash. */
  uid: string;
  /** 0 for the first REQUEST, +1 on each change of time, place or status; never decreases. */
  sequence: number;
  /** DTSTAMP: when this version of the object was created. Given, never read from a clock. */
  stamp: CalendarInstant;
  start: CalendarInstant;
  end: CalendarInstant;
  summary: string;
  /** Free text; the agenda and video links are appended to it. */
  description?: string;
  agendaUrl?: string;
  /** Physical place. Without one, the video link becomes the LOCATION so every client shows it. */
  location?: string;
  videoUrl?: string;
  /** ORGANIZER: must be the address the invitation email is sent from. */
  organizer: CalendarPerson;
  /** For PUBLISH and feeds: a cancelled meeting stays in the calendar as STATUS:CANCELLED. */
  cancelled?: boolean;
  /** Language of the link labels in DESCRIPTION; default sv. */
  locale?: CalendarLocale;
}

export interface InvitationInput extends CalendarEventInput {
  method: CalendarMethod;
  /**
   * One ATTENDEE per participant; required for REQUEST and CANCEL. A PUBLISH object carries none (RFC 5546
   * §3.2.1), so a downloaded .ics is not mistaken for an invitation to answer.
   */
  attendees: readonly CalendarAttendee[];
  /** VALARM offset for REQUEST and PUBLISH; default one day; null for none. CANCEL never has one. */
  alarmMinutesBefore?: number | null;
}

export interface CalendarOptions {
  /** Business time zone of DTSTART/DTEND (IANA name); default Europe/Stockholm. */
  timeZone?: string;
  /** PRODID after the leading '-'; default '//Samverkan//Samverkan//SV'. */
  prodId?: string;
}

export interface FeedOptions extends CalendarOptions {
  /** X-WR-CALNAME and NAME: what Outlook and Google show as the calendar's name. */
  name: string;
  description?: string;
  /** METHOD:PUBLISH (default) or no METHOD at all (null). */
  method?: 'PUBLISH' | null;
  /** REFRESH-INTERVAL and X-PUBLISHED-TTL; default 60 minutes. */
  refreshIntervalMinutes?: number;
}

const ROLE: Record<AttendeeRole, ICalAttendeeRole> = {
  CHAIR: ICalAttendeeRole.CHAIR,
  'REQ-PARTICIPANT': ICalAttendeeRole.REQ,
  'OPT-PARTICIPANT': ICalAttendeeRole.OPT,
};

const PARTSTAT: Record<ParticipationStatus, ICalAttendeeStatus> = {
  'NEEDS-ACTION': ICalAttendeeStatus.NEEDSACTION,
  ACCEPTED: ICalAttendeeStatus.ACCEPTED,
  TENTATIVE: ICalAttendeeStatus.TENTATIVE,
  DECLINED: ICalAttendeeStatus.DECLINED,
  DELEGATED: ICalAttendeeStatus.DELEGATED,
};

const LINK_LABELS: Record<CalendarLocale, { agenda: string; video: string }> = {
  sv: { agenda: 'Dagordning', video: 'Anslut till videomötet' },
  en: { agenda: 'Agenda', video: 'Join the video meeting' },
};

/** Characters RFC 5545 forbids in TEXT (every control except HTAB; line breaks are escaped separately). */
// eslint-disable-next-line no-control-regex
const FORBIDDEN_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
// eslint-disable-next-line no-control-regex
const ANY_CONTROL = /[\u0000-\u001F\u007F]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const UID_PATTERN = /^[\x21-\x7E]+$/;
const UID_FORBIDDEN = /[,;\\"]/;
// Dotless domains too: the development default MAIL_FROM is samverkan@localhost.
const EMAIL_PATTERN = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:".]+(?:\.[^\s@<>()[\]\\,;:".]+)*$/;

/**
 * Builds one VCALENDAR with one VEVENT: an iTIP REQUEST or CANCEL to email, or a PUBLISH object to download.
 * Throws CalendarError when the input breaks an invariant.
 */
export function buildInvitation(input: InvitationInput, options: CalendarOptions = {}): string {
  if (!(CALENDAR_METHODS as readonly string[]).includes(input.method)) {
    throw invalid(`method must be one of ${CALENDAR_METHODS.join(', ')}`, { method: input.method });
  }
  const zone = resolveZone(options.timeZone);
  const calendar = newCalendar(zone, options.prodId);
  calendar.method(ICalCalendarMethod[input.method]);

  if (input.method === 'REQUEST' && input.cancelled) {
    throw invalid('a cancelled meeting is sent with method CANCEL, not REQUEST');
  }
  const cancelled = input.method === 'CANCEL' || input.cancelled === true;
  const withAttendees = input.method !== 'PUBLISH';
  if (withAttendees && input.attendees.length === 0) {
    throw invalid(`${input.method} needs at least one attendee`);
  }
  // null means "no alarm"; only an absent value takes the default.
  const alarmMinutes =
    cancelled || input.alarmMinutesBefore === null
      ? null
      : (input.alarmMinutesBefore ?? DEFAULT_ALARM_MINUTES_BEFORE);
  addEvent(calendar, input, zone, {
    cancelled,
    attendees: withAttendees ? input.attendees : [],
    alarmMinutes,
  });
  return render(calendar);
}

/**
 * Builds a subscription feed (`GET /calendar/:token.ics`): one VEVENT per meeting, cancelled ones kept as
 * STATUS:CANCELLED so subscribed clients remove or strike them; no attendees (feeds are read-only and the
 * URL may travel) and no alarms (Outlook and Google ignore or duplicate them in subscriptions).
 */
export function buildFeed(events: readonly CalendarEventInput[], options: FeedOptions): string {
  const zone = resolveZone(options.timeZone);
  const calendar = newCalendar(zone, options.prodId);
  const name = cleanText(options.name).trim();
  if (!name) throw invalid('a feed needs a name');
  // ical-generator writes NAME, X-WR-CALNAME and X-WR-CALDESC without TEXT escaping: escape here.
  calendar.name(escapeText(name, false));
  if (options.description) calendar.description(escapeText(cleanText(options.description), false));
  if (options.method !== null) calendar.method(ICalCalendarMethod.PUBLISH);
  const refreshMinutes = options.refreshIntervalMinutes ?? 60;
  if (!Number.isInteger(refreshMinutes) || refreshMinutes < 1) {
    throw invalid('refreshIntervalMinutes must be a positive integer', { refreshMinutes });
  }

  const seen = new Set<string>();
  for (const event of events) {
    if (seen.has(event.uid)) throw invalid('two feed events share a UID', { uid: event.uid });
    seen.add(event.uid);
    addEvent(calendar, event, zone, {
      cancelled: event.cancelled === true,
      attendees: [],
      alarmMinutes: null,
    });
  }
  // Not through calendar.ttl(): ical-generator writes these after the VTIMEZONE, but calendar properties
  // must precede every component (RFC 5545 §3.4), or strict readers drop them.
  const interval = isoDuration(refreshMinutes);
  return withCalendarProperties(render(calendar), [
    `REFRESH-INTERVAL;VALUE=DURATION:${interval}`,
    `X-PUBLISHED-TTL:${interval}`,
  ]);
}

// ---------------------------------------------------------------------------------------------------------

interface EventShape {
  cancelled: boolean;
  attendees: readonly CalendarAttendee[];
  alarmMinutes?: number | null;
}

function addEvent(calendar: ICalCalendar, input: CalendarEventInput, zone: string, shape: EventShape): void {
  validateUid(input.uid);
  validateSequence(input.sequence);
  const start = inZone(input.start, zone, 'start');
  const end = inZone(input.end, zone, 'end');
  if (end <= start) throw invalid('end must be after start', { uid: input.uid });
  const stamp = inZone(input.stamp, 'UTC', 'stamp');

  const summary = cleanText(input.summary).trim();
  if (!summary) throw invalid('summary must not be empty', { uid: input.uid });
  const videoUrl = input.videoUrl ? safeUri(input.videoUrl, 'videoUrl') : null;
  const agendaUrl = input.agendaUrl ? safeUri(input.agendaUrl, 'agendaUrl') : null;
  const location = input.location ? cleanText(input.location).trim() : '';

  const event = calendar.createEvent({
    id: input.uid,
    sequence: input.sequence,
    stamp,
    // Zoned Luxon values, never Date + timezone option: ical-generator formats a Date in the process zone.
    start,
    end,
    timezone: zone,
    summary,
    description: composeDescription(input, agendaUrl, videoUrl) || null,
    location: location || videoUrl || null,
    url: videoUrl,
    organizer: person(input.organizer, 'organizer'),
    status: shape.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    transparency: shape.cancelled ? ICalEventTransparency.TRANSPARENT : ICalEventTransparency.OPAQUE,
  });

  const emails = new Set<string>();
  for (const attendee of shape.attendees) {
    const { name, email } = person(attendee, 'attendee');
    const key = email.toLowerCase();
    if (emails.has(key)) throw invalid('an attendee appears twice', { uid: input.uid, email });
    emails.add(key);
    const role = ROLE[attendee.role ?? 'REQ-PARTICIPANT'];
    if (!role) throw invalid('unknown role', { role: attendee.role });
    const partstat = PARTSTAT[attendee.partstat ?? 'NEEDS-ACTION'];
    if (!partstat) throw invalid('unknown PARTSTAT', { partstat: attendee.partstat });
    event.createAttendee({
      name,
      email,
      role,
      status: partstat,
      rsvp: true,
      type: ICalAttendeeType.INDIVIDUAL,
      // ical-generator writes the value as given inside quotes; the parameter is a cal-address (a mailto: URI).
      ...(attendee.delegatedTo ? { delegatedTo: `mailto:${delegationAddress(attendee.delegatedTo)}` } : {}),
      ...(attendee.delegatedFrom
        ? { delegatedFrom: `mailto:${delegationAddress(attendee.delegatedFrom)}` }
        : {}),
    });
  }

  if (shape.alarmMinutes !== null && shape.alarmMinutes !== undefined) {
    const minutes = shape.alarmMinutes;
    if (!Number.isInteger(minutes) || minutes < 0 || minutes > 4 * 7 * 24 * 60) {
      throw invalid('alarmMinutesBefore must be an integer from 0 to 40320', { minutes });
    }
    event.createAlarm({ type: ICalAlarmType.display, trigger: minutes * 60, description: summary });
  }
}

/** A DELEGATED-TO/-FROM address goes inside a quoted parameter: it must be a plain address. */
function delegationAddress(email: string): string {
  if (!isEmailAddress(email)) throw invalid('a delegation names an invalid address', { email });
  return email;
}

function newCalendar(zone: string, prodId: string | undefined): ICalCalendar {
  const vtimezone = vtimezoneFor(zone);
  return ical({
    prodId: prodId ?? DEFAULT_PRODID,
    scale: 'GREGORIAN',
    // No calendar-level zone name: with one, ical-generator writes DTSTAMP in that zone without the Z.
    // Events carry the zone; the generator adds its VTIMEZONE once per calendar.
    timezone: { name: null, generator: (tzid: string) => (tzid === zone ? vtimezone : null) },
  });
}

function render(calendar: ICalCalendar): string {
  // ical-generator ends without the final CRLF that RFC 5545 requires after every content line.
  return `${calendar.toString()}\r\n`;
}

/** Inserts short ASCII calendar properties after the existing ones, before the first component. */
function withCalendarProperties(ics: string, lines: string[]): string {
  const firstComponent = ics.indexOf('\r\nBEGIN:', 'BEGIN:VCALENDAR'.length);
  const at = firstComponent >= 0 ? firstComponent + 2 : ics.lastIndexOf('END:VCALENDAR');
  return ics.slice(0, at) + lines.map((line) => `${line}\r\n`).join('') + ics.slice(at);
}

/** 90 → PT1H30M, 1440 → P1D (RFC 5545 §3.3.6). */
function isoDuration(totalMinutes: number): string {
  const days = Math.floor(totalMinutes / 1440);
  const hours = Math.floor((totalMinutes % 1440) / 60);
  const minutes = totalMinutes % 60;
  const time = (hours ? `${hours}H` : '') + (minutes ? `${minutes}M` : '');
  return `P${days ? `${days}D` : ''}${time ? `T${time}` : ''}`;
}

const vtimezoneCache = new Map<string, string>();

function vtimezoneFor(zone: string): string {
  let vtimezone = vtimezoneCache.get(zone);
  if (vtimezone === undefined) {
    const component = getVtimezoneComponent(zone);
    if (!component || !component.includes(`TZID:${zone}`)) {
      throw new CalendarError(CalendarErrorCode.UnknownTimeZone, `No VTIMEZONE is known for ${zone}`, {
        zone,
      });
    }
    vtimezone = component;
    vtimezoneCache.set(zone, vtimezone);
  }
  return vtimezone;
}

function resolveZone(timeZone: string | undefined): string {
  const zone = timeZone ?? DEFAULT_TIME_ZONE;
  // Checked once per zone: isValidZone builds an Intl.DateTimeFormat (~50 µs) on every call.
  if (vtimezoneCache.has(zone)) return zone;
  if (!IANAZone.isValidZone(zone)) {
    throw new CalendarError(CalendarErrorCode.UnknownTimeZone, `Unknown time zone ${zone}`, { zone });
  }
  vtimezoneFor(zone);
  return zone;
}

function inZone(value: CalendarInstant, zone: string, field: string): DateTime {
  const dateTime = value instanceof Date ? DateTime.fromJSDate(value) : value;
  if (!DateTime.isDateTime(dateTime) || !dateTime.isValid) throw invalid(`${field} is not a valid instant`);
  // Whole seconds: iCalendar DATE-TIME has no fractions, and truncating here keeps end > start honest.
  return dateTime.setZone(zone).startOf('second');
}

function validateUid(uid: string): void {
  if (typeof uid !== 'string' || !UID_PATTERN.test(uid) || UID_FORBIDDEN.test(uid) || uid.length > 255) {
    throw invalid('uid must be 1–255 printable ASCII characters without , ; \\ or "', { uid });
  }
}

function validateSequence(sequence: number): void {
  if (!Number.isInteger(sequence) || sequence < 0 || sequence > 2_147_483_647) {
    throw invalid('sequence must be a non-negative integer', { sequence });
  }
}

function person(input: CalendarPerson, field: string): { name: string; email: string } {
  const email = typeof input.email === 'string' ? input.email.trim() : '';
  if (!isEmailAddress(email)) throw invalid(`${field} has an invalid email address`, { email });
  const name = parameterText(input.name ?? '') || email;
  return { name, email };
}

function composeDescription(
  input: CalendarEventInput,
  agendaUrl: string | null,
  videoUrl: string | null,
): string {
  const labels = LINK_LABELS[input.locale ?? 'sv'];
  const links: string[] = [];
  if (agendaUrl) links.push(`${labels.agenda}: ${agendaUrl}`);
  if (videoUrl) links.push(`${labels.video}: ${videoUrl}`);
  const text = input.description ? cleanText(input.description).trim() : '';
  return [text, links.join('\n')].filter(Boolean).join('\n\n');
}

/**
 * TEXT values: NFC (so equal input gives equal bytes), no lone surrogates, no control characters RFC 5545
 * forbids. ical-generator then escapes \ ; , and line breaks.
 */
export function cleanText(value: string): string {
  return String(value)
    .normalize('NFC')
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(/\r\n?/g, '\n')
    .replace(FORBIDDEN_CONTROLS, '');
}

/**
 * Parameter values (CN) are written quoted, which carries , : and ; by the RFC. Two things do not survive
 * every reader: node-ical and other naive parsers split parameters at every ';' even inside quotes, and a
 * double quote can only be written as RFC 6868 ^' which Outlook and node-ical show literally. So ; becomes
 * , and " becomes ' here; line breaks and other controls become spaces.
 */
export function parameterText(value: string): string {
  return cleanText(value)
    .replace(ANY_CONTROL, ' ')
    .replace(/"/g, "'")
    .replace(/;/g, ',')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * URI values are not TEXT: a reader must not unescape them, so ical-generator's TEXT escaping of , ; \ would
 * corrupt a link (ical.js returns "a\,b"). Percent-encode those three instead; WHATWG URL already encodes
 * spaces and non-ASCII characters.
 */
function safeUri(value: string, field: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw invalid(`${field} is not a valid URL`, { value });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw invalid(`${field} must be an http(s) URL`, { value });
  }
  return url.href.replace(/[,;\\]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** A plain addr-spec as we send and accept it: local@domain, no spaces, quotes or separators. */
export function isEmailAddress(value: string): boolean {
  return value.length <= 254 && EMAIL_PATTERN.test(value);
}

function invalid(message: string, details?: unknown): CalendarError {
  return new CalendarError(CalendarErrorCode.InvalidInput, message, details);
}

const FOLD = '\r\n ';

/**
 * Built iCalendar text with `placeholder` to fill in: the returned function puts a value of the same length
 * in its place (both printable ASCII without characters TEXT escapes). The result is byte for byte what
 * building with the value gives, since folding (every 75 octets) falls at the same places; one object then
 * serves every recipient of a meeting whose only personal part is a link. Throws when the placeholder is not
 * found exactly once.
 */
export function foldedTemplate(ics: string, placeholder: string): (value: string) => string {
  if (!REPLACEABLE.test(placeholder)) {
    throw invalid('the placeholder must be ASCII without , ; \\ or line breaks');
  }
  const found = findFolded(ics, placeholder, 0);
  if (!found || findFolded(ics, placeholder, found.end)) {
    throw invalid('the placeholder must occur exactly once');
  }
  const before = ics.slice(0, found.start);
  const after = ics.slice(found.end);
  return (value) => {
    if (value.length !== placeholder.length || !REPLACEABLE.test(value)) {
      throw invalid('the value must be as long as the placeholder, ASCII without , ; \\ or line breaks');
    }
    let filled = '';
    let next = 0;
    for (const cut of found.folds) {
      filled += `${value.slice(next, cut)}${FOLD}`;
      next = cut;
    }
    return before + filled + value.slice(next) + after;
  };
}

/** Where `text` occurs from `from` on, folds allowed between its characters; `folds`: where in `text`. */
function findFolded(
  ics: string,
  text: string,
  from: number,
): { start: number; end: number; folds: number[] } | null {
  for (let start = ics.indexOf(text[0], from); start !== -1; start = ics.indexOf(text[0], start + 1)) {
    const folds: number[] = [];
    let at = start;
    let matched = 0;
    while (matched < text.length) {
      if (matched > 0 && ics.startsWith(FOLD, at)) {
        folds.push(matched);
        at += FOLD.length;
      } else if (ics[at] === text[matched]) {
        at += 1;
        matched += 1;
      } else break;
    }
    if (matched === text.length) return { start, end: at, folds };
  }
  return null;
}

const REPLACEABLE = /^[\x21-\x2b\x2d-\x3a\x3c-\x5b\x5d-\x7e]+$/;
