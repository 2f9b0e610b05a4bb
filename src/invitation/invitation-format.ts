import type { AttendeeRole, ParticipationStatus } from '../calendar/calendar-builder.js';
import type { MeetingMailData } from '../mail/templates/invitation.js';
import type { ParticipantRole } from '../meeting/meeting.entity.js';
import type { Locale } from '../person/person.entity.js';
import { appLinks } from '../common/web/app-links.js';
import type { MeetingSnapshot } from '../meeting/reads/meeting-snapshots.js';

export const ATTENDEE_ROLE: Record<ParticipantRole, AttendeeRole> = {
  chair: 'CHAIR',
  required: 'REQ-PARTICIPANT',
  optional: 'OPT-PARTICIPANT',
};

const INTL_LOCALE: Record<Locale, string> = { sv: 'sv-SE', en: 'en-GB' };

const ZONE_NAME: Record<Locale, Record<string, string>> = {
  sv: { 'Europe/Stockholm': 'svensk tid' },
  en: { 'Europe/Stockholm': 'Swedish time' },
};

/** Drops the period Swedish month abbreviations carry ("feb."), which reads oddly in a subject. */
const withoutDots = (value: string) => value.replace(/\./g, '');

export interface MeetingTimeText {
  /** `tis 10 feb 2026 10:00` / `Tue 10 Feb 2026 10:00` */
  whenShort: string;
  /** `tisdag 10 februari 2026 kl. 10:00–11:30 (svensk tid)` / `Tuesday 10 February 2026, 10:00–11:30 (Swedish time)` */
  when: string;
}

/** A wall-clock reading of an instant in a zone, with the names the reader's language gives its parts. */
interface LocalTime {
  dayKey: string;
  date: string;
  dateShort: string;
  clock: string;
}

/**
 * Formatting a time costs little once the Intl formatters exist; building them is the expensive part, so
 * they are made once per (zone, locale). Names are the standalone forms (month or weekday formatted alone),
 * as calendars print them.
 */
class LocalTimeFormat {
  private static readonly cache = new Map<string, LocalTimeFormat>();
  private readonly numeric: Intl.DateTimeFormat;
  private readonly weekdays: { short: string[]; long: string[] };
  private readonly months: { short: string[]; long: string[] };

  static of(zone: string, locale: Locale): LocalTimeFormat {
    const key = `${zone}|${locale}`;
    let format = this.cache.get(key);
    if (!format) {
      format = new LocalTimeFormat(zone, INTL_LOCALE[locale]);
      this.cache.set(key, format);
    }
    return format;
  }

  private constructor(zone: string, locale: string) {
    this.numeric = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      hourCycle: 'h23',
    });
    const name = (options: Intl.DateTimeFormatOptions, date: Date) =>
      new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(date);
    // 2023-01-01 was a Sunday (getUTCDay 0).
    const day = (index: number) => new Date(Date.UTC(2023, 0, 1 + index, 12));
    const month = (index: number) => new Date(Date.UTC(2023, index, 15, 12));
    this.weekdays = {
      short: Array.from({ length: 7 }, (_, index) => name({ weekday: 'short' }, day(index))),
      long: Array.from({ length: 7 }, (_, index) => name({ weekday: 'long' }, day(index))),
    };
    this.months = {
      short: Array.from({ length: 12 }, (_, index) => name({ month: 'short' }, month(index))),
      long: Array.from({ length: 12 }, (_, index) => name({ month: 'long' }, month(index))),
    };
  }

  private readonly readings = new Map<number, LocalTime>();

  /** Meetings share start and end times, so readings are kept (a bounded number). */
  read(instant: Date): LocalTime {
    const time = instant.getTime();
    let reading = this.readings.get(time);
    if (!reading) {
      reading = this.readUncached(instant);
      if (this.readings.size >= 2048) this.readings.clear();
      this.readings.set(time, reading);
    }
    return reading;
  }

  private readUncached(instant: Date): LocalTime {
    const parts: Record<string, number> = {};
    for (const part of this.numeric.formatToParts(instant)) {
      if (part.type !== 'literal') parts[part.type] = Number(part.value);
    }
    const { year, month, day, hour, minute } = parts;
    const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
    const pad = (value: number) => String(value).padStart(2, '0');
    return {
      dayKey: `${year}-${month}-${day}`,
      date: `${this.weekdays.long[weekday]} ${day} ${this.months.long[month - 1]} ${year}`,
      dateShort: `${this.weekdays.short[weekday]} ${day} ${this.months.short[month - 1]} ${year}`,
      clock: `${pad(hour)}:${pad(minute)}`,
    };
  }
}

/** A meeting's time in the business zone and the reader's language, whatever the server's TZ. */
export function formatMeetingTime(start: Date, end: Date, zone: string, locale: Locale): MeetingTimeText {
  const format = LocalTimeFormat.of(zone, locale);
  const from = format.read(start);
  const to = format.read(end);
  const whenShort = withoutDots(`${from.dateShort} ${from.clock}`);
  const zoneName = ZONE_NAME[locale][zone] ?? zone;
  const sameDay = from.dayKey === to.dayKey;
  const when =
    locale === 'sv'
      ? sameDay
        ? `${from.date} kl. ${from.clock}–${to.clock} (${zoneName})`
        : `${from.date} kl. ${from.clock} – ${to.date} kl. ${to.clock} (${zoneName})`
      : sameDay
        ? `${from.date}, ${from.clock}–${to.clock} (${zoneName})`
        : `${from.date}, ${from.clock} – ${to.date}, ${to.clock} (${zoneName})`;
  return { whenShort, when };
}

/** The meeting as every meeting email shows it. */
export type MeetingForMail = Pick<
  MeetingSnapshot,
  'id' | 'title' | 'description' | 'startAt' | 'endAt' | 'locationAddress' | 'videoUrl'
> & {
  /** In the order to name them. */
  organizations: ReadonlyArray<{ name: string }>;
};

export function rsvpUrlOf(publicUrl: string, token: string): string {
  return `${publicUrl}/rsvp/${token}`;
}

export function meetingMailData(
  meeting: MeetingForMail,
  recipient: { name: string; locale: Locale },
  settings: { publicUrl: string; timeZone: string },
): MeetingMailData {
  const time = formatMeetingTime(meeting.startAt, meeting.endAt, settings.timeZone, recipient.locale);
  return {
    personName: recipient.name,
    meetingTitle: meeting.title,
    whenShort: time.whenShort,
    when: time.when,
    organizationNames: meeting.organizations.map((organization) => organization.name).join(', '),
    location: meeting.locationAddress ?? '',
    videoUrl: meeting.videoUrl ?? '',
    description: meeting.description ?? '',
    agendaUrl: appLinks.meetingAgenda(settings.publicUrl, meeting.id),
  };
}

const ANSWER_TEXT: Record<Locale, Partial<Record<ParticipationStatus, string>>> = {
  sv: { ACCEPTED: 'Du har tackat ja.', TENTATIVE: 'Du har svarat kanske.', DECLINED: 'Du har tackat nej.' },
  en: {
    ACCEPTED: 'You have accepted.',
    TENTATIVE: 'You have answered maybe.',
    DECLINED: 'You have declined.',
  },
};

export function answerText(partstat: ParticipationStatus, locale: Locale): string {
  return ANSWER_TEXT[locale][partstat] ?? '';
}

const RSVP_LINE: Record<Locale, string> = { sv: 'Svara på kallelsen', en: 'Answer the invitation' };

/** DESCRIPTION of an emailed invitation: the meeting's text, then the personal RSVP link. */
export function invitationDescription(
  description: string | null,
  rsvpUrl: string | null,
  locale: Locale,
): string {
  const parts = [description?.trim() ?? ''];
  if (rsvpUrl) parts.push(`${RSVP_LINE[locale]}: ${rsvpUrl}`);
  return parts.filter(Boolean).join('\n\n');
}
