import { randomBytes, randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import ICAL from 'ical.js';
import nodeIcal from 'node-ical';
import { DataSource, type EntityManager } from 'typeorm';
import { TransactionService } from '../../src/common/database/transaction.service';
import { InvitationChangeListener } from '../../src/invitation/invitation-change.listener';
import { type MeetingChange, MeetingChangeListeners } from '../../src/meeting/meeting-change';
import type { ParticipantRole } from '../../src/meeting/meeting.entity';
import type { Locale } from '../../src/person/person.entity';
import { ReminderService } from '../../src/reminder/reminder.service';
import type { ReceivedMail } from './smtp-sink';

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function eventually<T>(
  probe: () => T | undefined | Promise<T | undefined>,
  what: string,
  timeoutMs = 15000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(25);
  }
}

export interface TestPerson {
  id: string;
  name: string;
  email: string;
  locale: Locale;
}

/** People written straight to the table (no welcome email, no login). */
export async function insertPeople(
  dataSource: DataSource,
  organizationId: string,
  people: ReadonlyArray<{ name: string; locale?: Locale; email?: string }>,
): Promise<TestPerson[]> {
  const created: TestPerson[] = [];
  for (const person of people) {
    const email = person.email ?? `p-${randomBytes(4).toString('hex')}@kommun.example.se`;
    const rows: Array<{ id: string }> = await dataSource.query(
      `INSERT INTO people (organization_id, name, email, locale, version) VALUES ($1, $2, $3, $4, 1) RETURNING id`,
      [organizationId, person.name, email.toLowerCase(), person.locale ?? 'sv'],
    );
    created.push({
      id: rows[0].id,
      name: person.name,
      email: email.toLowerCase(),
      locale: person.locale ?? 'sv',
    });
  }
  return created;
}

export interface NewMeeting {
  regionId: string;
  organizationIds: string[];
  participants: ReadonlyArray<{ personId: string; role?: ParticipantRole }>;
  start: Date;
  minutes?: number;
  title?: string;
  description?: string | null;
  location?: string | null;
  videoUrl?: string | null;
}

/**
 * Changes meetings the way the meeting feature does: the rows and the MeetingChange notifications in one
 * transaction. Uses the application's MeetingChangeListeners when it has one, otherwise calls the
 * invitation and reminder listeners directly.
 */
export class MeetingTestDriver {
  constructor(private readonly app: INestApplicationContext) {}

  private get dataSource(): DataSource {
    return this.app.get(DataSource);
  }

  private async notify(manager: EntityManager, changes: MeetingChange[]): Promise<void> {
    let registry: MeetingChangeListeners | undefined;
    try {
      registry = this.app.get(MeetingChangeListeners, { strict: false });
    } catch {
      registry = undefined;
    }
    if (registry) return registry.notify(manager, changes);
    const listeners = [this.app.get(InvitationChangeListener), this.app.get(ReminderService)];
    for (const listener of listeners) await listener.onMeetingsChanged(manager, changes);
  }

  private run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.app.get(TransactionService).run(work);
  }

  async create(input: NewMeeting): Promise<{ id: string; uid: string }> {
    return this.run(async (manager) => {
      const uid = `${randomUUID()}@samverkan.example.se`;
      const [row]: Array<{ id: string }> = await manager.query(
        `INSERT INTO meetings (uid, region_id, title, description, start_at, end_at, status, mode, location_address,
                               video_url, version)
         VALUES ($1, $2, $3, $4, $5, $6, 'confirmed', $7, $8, $9, 1) RETURNING id`,
        [
          uid,
          input.regionId,
          input.title ?? 'Samverkansmöte',
          input.description ?? null,
          input.start,
          new Date(input.start.getTime() + (input.minutes ?? 90) * 60_000),
          input.location ? 'onsite' : 'digital',
          input.location ?? null,
          input.videoUrl === undefined ? 'https://video.example.se/m/1' : input.videoUrl,
        ],
      );
      for (const organizationId of input.organizationIds) {
        await manager.query(
          `INSERT INTO meeting_organizations (meeting_id, organization_id) VALUES ($1, $2)`,
          [row.id, organizationId],
        );
      }
      for (const participant of input.participants) {
        await manager.query(
          `INSERT INTO meeting_participants (meeting_id, person_id, role) VALUES ($1, $2, $3)`,
          [row.id, participant.personId, participant.role ?? 'required'],
        );
      }
      await this.notify(manager, [{ kind: 'created', meetingId: row.id }]);
      return { id: row.id, uid };
    });
  }

  /** A new time: SEQUENCE + 1. */
  async move(meetingId: string, start: Date, minutes = 90): Promise<number> {
    return this.run(async (manager) => {
      const [[row]]: [Array<{ sequence: number }>, number] = await manager.query(
        `UPDATE meetings SET start_at = $2, end_at = $3, sequence = sequence + 1, version = version + 1,
                updated_at = now()
          WHERE id = $1 RETURNING sequence`,
        [meetingId, start, new Date(start.getTime() + minutes * 60_000)],
      );
      await this.notify(manager, [{ kind: 'rescheduled', meetingId, sequence: row.sequence }]);
      return row.sequence;
    });
  }

  async removeParticipant(meetingId: string, personId: string): Promise<void> {
    await this.run(async (manager) => {
      await manager.query(
        `UPDATE meeting_participants SET removed_at = now() WHERE meeting_id = $1 AND person_id = $2`,
        [meetingId, personId],
      );
      await this.notify(manager, [
        { kind: 'participants', meetingId, addedPersonIds: [], removedPersonIds: [personId] },
      ]);
    });
  }

  async addParticipant(meetingId: string, personId: string): Promise<void> {
    await this.run(async (manager) => {
      await manager.query(
        `INSERT INTO meeting_participants (meeting_id, person_id) VALUES ($1, $2)
         ON CONFLICT (meeting_id, person_id) DO UPDATE SET removed_at = NULL`,
        [meetingId, personId],
      );
      await this.notify(manager, [
        { kind: 'participants', meetingId, addedPersonIds: [personId], removedPersonIds: [] },
      ]);
    });
  }

  async cancel(meetingId: string, reason: string | null = null): Promise<number> {
    return this.run(async (manager) => {
      const [[row]]: [Array<{ sequence: number }>, number] = await manager.query(
        `UPDATE meetings SET status = 'cancelled', cancel_reason = $2, sequence = sequence + 1,
                version = version + 1, updated_at = now()
          WHERE id = $1 RETURNING sequence`,
        [meetingId, reason],
      );
      await this.notify(manager, [{ kind: 'cancelled', meetingId, sequence: row.sequence }]);
      return row.sequence;
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
