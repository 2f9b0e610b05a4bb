import { randomBytes } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import ICAL from 'ical.js';
import nodeIcal from 'node-ical';
import type { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../../src/common/auth/authenticated-user';
import type { MeetingView } from '../../src/meeting/meeting.dto';
import type { ParticipantRole } from '../../src/meeting/meeting.entity';
import { MeetingChanges } from '../../src/meeting/changes/meeting-changes';
import { MeetingCreation } from '../../src/meeting/creation/meeting-creation';
import { MeetingReads } from '../../src/meeting/reads/meeting-reads';
import type { Locale, PersonRole } from '../../src/person/person.entity';
import { PersonService } from '../../src/person/person.service';
import type { ReceivedMail } from './smtp-sink';

export interface TestPerson {
  id: string;
  name: string;
  email: string;
  locale: Locale;
}

/**
 * People written straight to the table (no welcome email). Given roles, the person may log in (no password):
 * enough to act through the services as them.
 */
export async function insertPeople(
  dataSource: DataSource,
  organizationId: string,
  people: ReadonlyArray<{ name: string; locale?: Locale; email?: string; roles?: PersonRole[] }>,
): Promise<TestPerson[]> {
  const created: TestPerson[] = [];
  for (const person of people) {
    const email = (person.email ?? `p-${randomBytes(4).toString('hex')}@kommun.example.se`).toLowerCase();
    const locale = person.locale ?? 'sv';
    const rows: Array<{ id: string }> = await dataSource.query(
      `INSERT INTO people (organization_id, name, email, locale, roles, login_enabled, version)
       VALUES ($1, $2, $3, $4, $5, $6, 1) RETURNING id`,
      [organizationId, person.name, email, locale, person.roles ?? [], person.roles !== undefined],
    );
    created.push({ id: rows[0].id, name: person.name, email, locale });
  }
  return created;
}

export interface NewMeeting {
  organizationIds: string[];
  participants: ReadonlyArray<{ personId: string; role?: ParticipantRole }>;
  start: Date;
  minutes?: number;
  title?: string;
  description?: string;
  /** An address makes the meeting on site; without one it is digital. */
  location?: string;
  videoUrl?: string | null;
}

/**
 * Writes meetings through the product's MeetingCreation and MeetingChanges, as a person of the region who may change meetings
 * (an admin, coordinator or secretary): the same checks, rows, change notifications and audit entries as
 * the meetings API, in an application context as well as in an HTTP test app.
 */
export class MeetingTestDriver {
  private constructor(
    private readonly app: INestApplicationContext,
    private readonly actor: AuthenticatedUser,
  ) {}

  /** Acts as the person with this email, loaded as authentication loads a caller. */
  static async as(app: INestApplicationContext, email: string): Promise<MeetingTestDriver> {
    const actor = await app.get(PersonService).findAuthenticatedUser({ email });
    if (!actor) throw new Error(`no person who may log in as ${email}`);
    return new MeetingTestDriver(app, actor);
  }

  private get creation(): MeetingCreation {
    return this.app.get(MeetingCreation);
  }

  private get changes(): MeetingChanges {
    return this.app.get(MeetingChanges);
  }

  /** A confirmed meeting, so invitations go out at once. */
  async create(input: NewMeeting): Promise<{ id: string; uid: string }> {
    const end = new Date(input.start.getTime() + (input.minutes ?? 90) * 60_000);
    const meeting = await this.creation.create(this.actor, {
      title: input.title ?? 'Samverkansmöte',
      description: input.description,
      start: input.start.toISOString(),
      end: end.toISOString(),
      mode: input.location ? 'onsite' : 'digital',
      locationAddress: input.location,
      videoUrl: input.videoUrl === undefined ? 'https://video.example.se/m/1' : (input.videoUrl ?? undefined),
      organizationIds: input.organizationIds,
      participants: input.participants.map((participant) => ({
        personId: participant.personId,
        role: participant.role ?? 'required',
      })),
      status: 'confirmed',
    });
    return { id: meeting.id, uid: meeting.uid };
  }

  async removeParticipant(meetingId: string, personId: string): Promise<void> {
    await this.changeParticipants(meetingId, (participants) =>
      participants.filter((participant) => participant.personId !== personId),
    );
  }

  async addParticipant(
    meetingId: string,
    personId: string,
    role: ParticipantRole = 'required',
  ): Promise<void> {
    await this.changeParticipants(meetingId, (participants) => [...participants, { personId, role }]);
  }

  /** Cancelled with SEQUENCE + 1; returns the new SEQUENCE. */
  async cancel(meetingId: string, reason = 'Mötet behövs inte längre'): Promise<number> {
    return (await this.changes.cancel(this.actor, meetingId, { reason })).sequence;
  }

  /** A PATCH of the full participant list, as the API takes it. */
  private async changeParticipants(
    meetingId: string,
    change: (
      participants: Array<{ personId: string; role: ParticipantRole }>,
    ) => Array<{ personId: string; role: ParticipantRole }>,
  ): Promise<MeetingView> {
    const current = await this.app.get(MeetingReads).findVisibleById(this.actor, meetingId);
    const participants = current.participants.map(({ personId, role }) => ({ personId, role }));
    return this.changes.update(this.actor, meetingId, {
      participants: change(participants),
      version: current.version,
    });
  }
}

// --- reading calendar emails ------------------------------------------------------------------------------

export interface AttendeeView {
  email: string;
  cn: string | undefined;
  role: string | undefined;
  partstat: string | undefined;
  rsvp: string | undefined;
}

export interface CalendarEmail {
  /** `method=` of the text/calendar MIME part. */
  headerMethod: string | undefined;
  ics: string;
  /** The .ics attachment: the same object for clients that only read attachments. */
  attachmentIcs: string | undefined;
  method: string;
  uid: string;
  sequence: number;
  status: string;
  summary: string;
  description: string;
  location: string | undefined;
  /** DTSTAMP as written. */
  dtstampLine: string;
  dtstartTzid: string | undefined;
  /** Instants as ical.js computes them from the document's own VTIMEZONE, and as node-ical does. */
  startUtc: string;
  endUtc: string;
  nodeStartUtc: string;
  nodeSummary: string;
  hasVtimezone: boolean;
  hasAlarm: boolean;
  hasRrule: boolean;
  organizer: string;
  attendees: AttendeeView[];
  nodeAttendees: AttendeeView[];
}

function lineOf(ics: string, name: string): string {
  const unfolded = ics.replace(/\r\n[ \t]/g, '');
  return (
    unfolded.split('\r\n').find((line) => line.startsWith(`${name}:`) || line.startsWith(`${name};`)) ?? ''
  );
}

function utcOf(calendar: ICAL.Component, event: ICAL.Component, property: string): string {
  const prop = event.getFirstProperty(property)!;
  const tzid = prop.getParameter('tzid') as string | undefined;
  const time = (prop.getFirstValue() as ICAL.Time).clone();
  if (tzid) {
    const vtimezone = calendar
      .getAllSubcomponents('vtimezone')
      .find((component) => component.getFirstPropertyValue('tzid') === tzid);
    if (!vtimezone) throw new Error(`no VTIMEZONE for ${tzid}`);
    time.zone = new ICAL.Timezone(vtimezone);
  }
  return new Date(time.toUnixTime() * 1000).toISOString();
}

const asArray = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/** The calendar part of an email, read with ical.js and with node-ical. */
export function readCalendarEmail(mail: ReceivedMail): CalendarEmail {
  const part = mail.parsed.attachments.find((attachment) => attachment.contentType === 'text/calendar');
  if (!part) throw new Error(`no text/calendar part in "${mail.parsed.subject}"`);
  const header = part.headers.get('content-type') as { params?: Record<string, string> } | undefined;
  const ics = part.content.toString('utf8');
  const attachment = mail.parsed.attachments.find((candidate) => candidate.contentType === 'application/ics');
  const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  const event = calendar.getFirstSubcomponent('vevent')!;
  const organizer = String(event.getFirstPropertyValue('organizer'));
  const attendees = event.getAllProperties('attendee').map((prop) => ({
    email: String(prop.getFirstValue()).replace(/^mailto:/i, ''),
    cn: prop.getParameter('cn') as string | undefined,
    role: prop.getParameter('role') as string | undefined,
    partstat: prop.getParameter('partstat') as string | undefined,
    rsvp: prop.getParameter('rsvp') as string | undefined,
  }));
  const parsed = nodeIcal.sync.parseICS(ics) as Record<string, any>;
  const nodeEvent = Object.values(parsed).find((component: any) => component?.type === 'VEVENT');
  return {
    headerMethod: header?.params?.method,
    ics,
    attachmentIcs: attachment?.content.toString('utf8'),
    method: String(calendar.getFirstPropertyValue('method')),
    uid: String(event.getFirstPropertyValue('uid')),
    sequence: Number(event.getFirstPropertyValue('sequence')),
    status: String(event.getFirstPropertyValue('status')),
    summary: String(event.getFirstPropertyValue('summary')),
    description: String(event.getFirstPropertyValue('description') ?? ''),
    location: (event.getFirstPropertyValue('location') as string | null) ?? undefined,
    dtstampLine: lineOf(ics, 'DTSTAMP'),
    dtstartTzid: event.getFirstProperty('dtstart')!.getParameter('tzid') as string | undefined,
    startUtc: utcOf(calendar, event, 'dtstart'),
    endUtc: utcOf(calendar, event, 'dtend'),
    nodeStartUtc: (nodeEvent.start as Date).toISOString(),
    nodeSummary: typeof nodeEvent.summary === 'string' ? nodeEvent.summary : nodeEvent.summary?.val,
    hasVtimezone: calendar.getAllSubcomponents('vtimezone').length === 1,
    hasAlarm: event.getAllSubcomponents('valarm').length > 0,
    // Within the VEVENT: the VTIMEZONE's own RRULEs describe daylight saving time.
    hasRrule: event.hasProperty('rrule') || /^RRULE[:;]/m.test(ics.slice(ics.indexOf('BEGIN:VEVENT'))),
    organizer,
    attendees,
    nodeAttendees: asArray(nodeEvent.attendee).map((attendee: any) => ({
      email: String(attendee.val).replace(/^mailto:/i, ''),
      cn: attendee.params?.CN,
      role: attendee.params?.ROLE,
      partstat: attendee.params?.PARTSTAT,
      rsvp: attendee.params?.RSVP === undefined ? undefined : String(attendee.params.RSVP).toUpperCase(),
    })),
  };
}

/** The RSVP token in an invitation's text body. */
export function rsvpTokenOf(mail: ReceivedMail): string {
  const match = /\/rsvp\/([A-Za-z0-9_-]{43})/.exec(mail.parsed.text ?? '');
  if (!match) throw new Error(`no RSVP link in "${mail.parsed.subject}"`);
  return match[1];
}
