import { DateTime } from 'luxon';
import type { AttendeeRole, ParticipationStatus } from '../calendar/calendar-builder.js';
import type { MeetingMailData } from '../mail/templates/invitation.js';
import type { ParticipantRole } from '../meeting/meeting.entity.js';
import type { Locale } from '../person/person.entity.js';

export const ATTENDEE_ROLE: Record<ParticipantRole, AttendeeRole> = {
  chair: 'CHAIR',
  required: 'REQ-PARTICIPANT',
  optional: 'OPT-PARTICIPANT',
};

const LUXON_LOCALE: Record<Locale, string> = { sv: 'sv-SE', en: 'en-GB' };

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

/** A meeting's time in the business zone and the reader's language, whatever the server's TZ. */
export function formatMeetingTime(start: Date, end: Date, zone: string, locale: Locale): MeetingTimeText {
  const from = DateTime.fromJSDate(start, { zone }).setLocale(LUXON_LOCALE[locale]);
  const to = DateTime.fromJSDate(end, { zone }).setLocale(LUXON_LOCALE[locale]);
  const whenShort = withoutDots(from.toFormat('ccc d LLL yyyy HH:mm'));
  const day = (value: DateTime) => value.toFormat('cccc d LLLL yyyy');
  const clock = (value: DateTime) => value.toFormat('HH:mm');
  const zoneName = ZONE_NAME[locale][zone] ?? zone;
  const sameDay = from.hasSame(to, 'day');
  const when =
    locale === 'sv'
      ? sameDay
        ? `${day(from)} kl. ${clock(from)}–${clock(to)} (${zoneName})`
        : `${day(from)} kl. ${clock(from)} – ${day(to)} kl. ${clock(to)} (${zoneName})`
      : sameDay
        ? `${day(from)}, ${clock(from)}–${clock(to)} (${zoneName})`
        : `${day(from)}, ${clock(from)} – ${day(to)}, ${clock(to)} (${zoneName})`;
  return { whenShort, when };
}

/** The meeting as every meeting email shows it. */
export interface MeetingForMail {
  id: string;
  title: string;
  description: string | null;
  startAt: Date;
  endAt: Date;
  locationAddress: string | null;
  videoUrl: string | null;
  organizationNames: string[];
}

export function agendaUrlOf(publicUrl: string, meetingId: string): string {
  return `${publicUrl}/api/meetings/${meetingId}/agenda`;
}

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
    organizationNames: meeting.organizationNames.join(', '),
    location: meeting.locationAddress ?? '',
    videoUrl: meeting.videoUrl ?? '',
    description: meeting.description ?? '',
    agendaUrl: agendaUrlOf(settings.publicUrl, meeting.id),
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
