import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { transformFileSync } from '@swc/core';
import fc from 'fast-check';
import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import nodeIcal from 'node-ical';
import {
  buildFeed,
  buildInvitation,
  type CalendarAttendee,
  type CalendarEventInput,
  cleanText,
  type InvitationInput,
  foldedTemplate,
} from './calendar-builder.js';
import { CalendarError, CalendarErrorCode } from './calendar.exception.js';

const ZONE = 'Europe/Stockholm';
const ROOT = resolve(__dirname, '../..');
const GOLDEN_DIR = join(ROOT, 'test/fixtures/calendar');
const stockholm = (iso: string) => DateTime.fromISO(iso, { zone: ZONE });

const ORGANIZER = { name: 'Region Västerbotten, Samverkan', email: 'samverkan@regionvasterbotten.se' };

function attendees(count: number): CalendarAttendee[] {
  return Array.from({ length: count }, (_, i) => ({
    name: `Deltagare ${i + 1} Åström`,
    email: `deltagare${i + 1}@kommun${i % 5}.se`,
    role: i === 0 ? 'CHAIR' : i % 4 === 3 ? 'OPT-PARTICIPANT' : 'REQ-PARTICIPANT',
    partstat: i === 1 ? 'ACCEPTED' : i === 2 ? 'TENTATIVE' : undefined,
  }));
}

function request(overrides: Partial<InvitationInput> = {}): InvitationInput {
  return {
    method: 'REQUEST',
    uid: 'meeting-7f3c@samverkan.example',
    sequence: 0,
    stamp: new Date('2026-01-15T12:00:00Z'),
    start: stockholm('2026-02-10T10:00'),
    end: stockholm('2026-02-10T11:30'),
    summary: 'Samverkansmöte Skellefteå',
    description: 'Uppföljning av överenskommelsen.',
    agendaUrl: 'https://samverkan.example/meetings/7f3c/agenda',
    location: 'Stadshuset, Skellefteå',
    videoUrl: 'https://video.example/j/123456',
    organizer: ORGANIZER,
    attendees: attendees(15),
    ...overrides,
  };
}

// --- reading the output -----------------------------------------------------------------------------------

function readWithIcalJs(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  const events = calendar.getAllSubcomponents('vevent');
  return { calendar, events, event: events[0] };
}

function readWithNodeIcal(ics: string) {
  const parsed = nodeIcal.sync.parseICS(ics) as Record<string, any>;
  const components = Object.values(parsed);
  return {
    calendar: parsed.vcalendar as Record<string, any>,
    events: components.filter((component) => component?.type === 'VEVENT'),
    timezones: components.filter((component) => component?.type === 'VTIMEZONE'),
  };
}

/** node-ical gives an object for one occurrence of a property and an array for several. */
function asArray<T>(value: T | T[] | undefined): T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** Physical lines as written, without their CRLF. */
function physicalLines(ics: string): string[] {
  return ics.replace(/\r\n$/, '').split('\r\n');
}

/** Content lines after unfolding (RFC 5545 §3.1). */
function contentLines(ics: string): string[] {
  return ics
    .replace(/\r\n[ \t]/g, '')
    .replace(/\r\n$/, '')
    .split('\r\n');
}

/** Unfolded lines of the first <name> component, BEGIN and END included. */
function componentLines(ics: string, name: string): string[] {
  const lines = contentLines(ics);
  const start = lines.indexOf(`BEGIN:${name}`);
  const end = lines.indexOf(`END:${name}`, start);
  return start < 0 || end < 0 ? [] : lines.slice(start, end + 1);
}

/**
 * The instant ical.js computes for a TZID date-time, with the zone taken explicitly from the VTIMEZONE of
 * the same document (ical.js has no zone data of its own): this is what proves the VTIMEZONE right.
 */
function utcViaVtimezone(ics: string, property: 'dtstart' | 'dtend', index = 0): string {
  const { calendar, events } = readWithIcalJs(ics);
  const prop = events[index].getFirstProperty(property)!;
  const tzid = prop.getParameter('tzid') as string;
  const vtimezone = calendar
    .getAllSubcomponents('vtimezone')
    .find((component) => component.getFirstPropertyValue('tzid') === tzid);
  if (!vtimezone) throw new Error(`no VTIMEZONE defines ${tzid}`);
  const time = (prop.getFirstValue() as ICAL.Time).clone();
  time.zone = new ICAL.Timezone(vtimezone);
  return new Date(time.toUnixTime() * 1000).toISOString();
}

function expectWellFormedLines(ics: string): void {
  expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  // Every line break is CRLF: no bare CR or LF once the CRLFs are gone.
  expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (const line of physicalLines(ics)) {
    const bytes = Buffer.from(line, 'utf8');
    expect(bytes.length).toBeLessThanOrEqual(75);
    // A fold never splits a multi-byte character: each physical line is valid UTF-8 on its own.
    expect(() => decoder.decode(bytes)).not.toThrow();
  }
  expectCalendarPropertiesFirst(ics);
}

/** Calendar properties come before the first component, and components nest properly (RFC 5545 §3.4). */
function expectCalendarPropertiesFirst(ics: string): void {
  const stack: string[] = [];
  let componentSeen = false;
  for (const line of contentLines(ics)) {
    const begin = /^BEGIN:(.+)$/.exec(line);
    const end = /^END:(.+)$/.exec(line);
    if (begin) {
      if (stack.length === 1) componentSeen = true;
      stack.push(begin[1]);
    } else if (end) {
      expect(stack.pop()).toBe(end[1]);
    } else if (stack.length === 1 && componentSeen) {
      throw new Error(`calendar property after a component: ${line}`);
    }
  }
  expect(stack).toEqual([]);
}

function expectCalendarError(run: () => unknown, code: CalendarErrorCode): void {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(CalendarError);
  expect((caught as CalendarError).code).toBe(code);
}

// --- REQUEST ------------------------------------------------------------------------------------------------

describe('buildInvitation: REQUEST', () => {
  const ics = buildInvitation(request());

  it('declares PRODID, VERSION:2.0, CALSCALE:GREGORIAN and METHOD:REQUEST', () => {
    const { calendar } = readWithIcalJs(ics);
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Samverkan//Samverkan//SV');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    const node = readWithNodeIcal(ics);
    expect(node.calendar).toMatchObject({ version: '2.0', calscale: 'GREGORIAN', method: 'REQUEST' });
  });

  it('holds exactly one VEVENT with the given UID and SEQUENCE and a DTSTAMP in UTC', () => {
    const { events } = readWithIcalJs(ics);
    expect(events).toHaveLength(1);
    expect(events[0].getFirstPropertyValue('uid')).toBe('meeting-7f3c@samverkan.example');
    expect(events[0].getFirstPropertyValue('sequence')).toBe(0);
    expect(contentLines(ics)).toContain('DTSTAMP:20260115T120000Z');
    const node = readWithNodeIcal(ics);
    expect(node.events).toHaveLength(1);
    expect(node.events[0].uid).toBe('meeting-7f3c@samverkan.example');
    expect(Number(node.events[0].sequence)).toBe(0);
    expect((node.events[0].dtstamp as Date).toISOString()).toBe('2026-01-15T12:00:00.000Z');
  });

  it('writes DTSTART/DTEND with TZID=Europe/Stockholm and one VTIMEZONE that defines it', () => {
    const lines = contentLines(ics);
    expect(lines).toContain('DTSTART;TZID=Europe/Stockholm:20260210T100000');
    expect(lines).toContain('DTEND;TZID=Europe/Stockholm:20260210T113000');
    const { calendar } = readWithIcalJs(ics);
    const vtimezones = calendar.getAllSubcomponents('vtimezone');
    expect(vtimezones.map((component) => component.getFirstPropertyValue('tzid'))).toEqual([ZONE]);
    expect(vtimezones[0].getAllSubcomponents('standard')).toHaveLength(1);
    expect(vtimezones[0].getAllSubcomponents('daylight')).toHaveLength(1);
    expect(utcViaVtimezone(ics, 'dtstart')).toBe('2026-02-10T09:00:00.000Z');
    expect(utcViaVtimezone(ics, 'dtend')).toBe('2026-02-10T10:30:00.000Z');
    const node = readWithNodeIcal(ics);
    expect(node.timezones.map((tz) => tz.tzid)).toEqual([ZONE]);
    expect(node.events[0].start.tz).toBe(ZONE);
  });

  it.each([
    ['February (CET)', '2026-02-10T10:00', '2026-02-10T09:00:00.000Z'],
    ['April (CEST)', '2026-04-14T10:00', '2026-04-14T08:00:00.000Z'],
    ['the Friday before the spring change', '2026-03-27T10:00', '2026-03-27T09:00:00.000Z'],
    ['the Monday after the spring change', '2026-03-30T10:00', '2026-03-30T08:00:00.000Z'],
    ['the Monday after the autumn change', '2026-10-26T10:00', '2026-10-26T09:00:00.000Z'],
  ])('10:00 Stockholm in %s is the right UTC instant for both parsers', (_label, local, utc) => {
    const start = stockholm(local);
    const out = buildInvitation(request({ start, end: start.plus({ hours: 1 }) }));
    expect(contentLines(out)).toContain(
      `DTSTART;TZID=Europe/Stockholm:${start.toFormat("yyyyLLdd'T'HHmmss")}`,
    );
    expect(utcViaVtimezone(out, 'dtstart')).toBe(utc);
    expect((readWithNodeIcal(out).events[0].start as Date).toISOString()).toBe(utc);
  });

  it('has a VTIMEZONE that agrees with the time zone database on every day of 2025–2035', () => {
    const { calendar } = readWithIcalJs(ics);
    const zone = new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone')!);
    const mismatches: string[] = [];
    for (let day = stockholm('2025-01-01T12:00'); day.year < 2036; day = day.plus({ days: 1 })) {
      const time = ICAL.Time.fromData({ year: day.year, month: day.month, day: day.day, hour: 12 });
      if (zone.utcOffset(time) !== day.offset * 60) mismatches.push(day.toISODate()!);
    }
    expect(mismatches).toEqual([]);
  });

  it('makes ORGANIZER the sending address with its CN', () => {
    const { event } = readWithIcalJs(ics);
    const organizer = event.getFirstProperty('organizer')!;
    expect(organizer.getFirstValue()).toBe('mailto:samverkan@regionvasterbotten.se');
    expect(organizer.getParameter('cn')).toBe('Region Västerbotten, Samverkan');
    const node = readWithNodeIcal(ics).events[0];
    expect(node.organizer.val).toBe('mailto:samverkan@regionvasterbotten.se');
    expect(node.organizer.params.CN).toBe('Region Västerbotten, Samverkan');
  });

  it('writes one ATTENDEE per participant with CN, ROLE, PARTSTAT, RSVP=TRUE and CUTYPE=INDIVIDUAL', () => {
    const expected = request().attendees.map((attendee) => ({
      email: attendee.email,
      cn: attendee.name,
      role: attendee.role,
      partstat: attendee.partstat ?? 'NEEDS-ACTION',
    }));
    const fromIcalJs = readWithIcalJs(ics)
      .event.getAllProperties('attendee')
      .map((property) => {
        expect(property.getParameter('rsvp')).toBe('TRUE');
        expect(property.getParameter('cutype')).toBe('INDIVIDUAL');
        return {
          email: String(property.getFirstValue()).replace(/^mailto:/i, ''),
          cn: property.getParameter('cn'),
          role: property.getParameter('role'),
          partstat: property.getParameter('partstat'),
        };
      });
    expect(fromIcalJs).toEqual(expected);
    const fromNodeIcal = asArray<any>(readWithNodeIcal(ics).events[0].attendee).map((attendee) => {
      expect(attendee.params.RSVP).toBe(true);
      expect(attendee.params.CUTYPE).toBe('INDIVIDUAL');
      return {
        email: String(attendee.val).replace(/^mailto:/i, ''),
        cn: attendee.params.CN,
        role: attendee.params.ROLE,
        partstat: attendee.params.PARTSTAT,
      };
    });
    expect(fromNodeIcal).toEqual(expected);
    expect(expected).toHaveLength(15);
    expect(new Set(expected.map((attendee) => attendee.role))).toEqual(
      new Set(['CHAIR', 'REQ-PARTICIPANT', 'OPT-PARTICIPANT']),
    );
  });

  it('adds a DISPLAY alarm one day before by default, another offset on request, none when null', () => {
    const alarm = readWithIcalJs(ics).event.getFirstSubcomponent('valarm')!;
    expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect(String(alarm.getFirstPropertyValue('trigger'))).toBe('-P1D');
    expect(alarm.getFirstPropertyValue('description')).toBe('Samverkansmöte Skellefteå');
    expect(readWithNodeIcal(ics).events[0].alarms).toHaveLength(1);

    const twoHours = buildInvitation(request({ alarmMinutesBefore: 120 }));
    const trigger = readWithIcalJs(twoHours).event.getFirstSubcomponent('valarm')!;
    expect(String(trigger.getFirstPropertyValue('trigger'))).toBe('-PT2H');

    const none = buildInvitation(request({ alarmMinutesBefore: null }));
    expect(readWithIcalJs(none).event.getAllSubcomponents('valarm')).toHaveLength(0);
  });

  it('never writes an RRULE into the event (the VTIMEZONE rules are the only RRULEs)', () => {
    expect(componentLines(ics, 'VEVENT').length).toBeGreaterThan(10);
    expect(componentLines(ics, 'VEVENT').filter((line) => /^(RRULE|RDATE|EXDATE)/.test(line))).toEqual([]);
    expect(readWithIcalJs(ics).event.getFirstProperty('rrule')).toBeNull();
    expect(readWithNodeIcal(ics).events[0].rrule).toBeUndefined();
  });

  it('links the agenda and the video in DESCRIPTION, the video as URL, and the place as LOCATION', () => {
    const { event } = readWithIcalJs(ics);
    expect(event.getFirstPropertyValue('description')).toBe(
      'Uppföljning av överenskommelsen.\n\n' +
        'Dagordning: https://samverkan.example/meetings/7f3c/agenda\n' +
        'Anslut till videomötet: https://video.example/j/123456',
    );
    expect(event.getFirstPropertyValue('url')).toBe('https://video.example/j/123456');
    expect(event.getFirstPropertyValue('location')).toBe('Stadshuset, Skellefteå');
    expect(event.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(readWithNodeIcal(ics).events[0].url.val).toBe('https://video.example/j/123456');

    const english = readWithIcalJs(buildInvitation(request({ locale: 'en', description: undefined }))).event;
    expect(english.getFirstPropertyValue('description')).toBe(
      'Agenda: https://samverkan.example/meetings/7f3c/agenda\n' +
        'Join the video meeting: https://video.example/j/123456',
    );
    const remote = readWithIcalJs(buildInvitation(request({ location: undefined }))).event;
    expect(remote.getFirstPropertyValue('location')).toBe('https://video.example/j/123456');
  });

  it('keeps , ; and \\ of a video link intact (URI values are not TEXT-unescaped by readers)', () => {
    const out = buildInvitation(request({ videoUrl: 'https://video.example/j/1?pwd=a,b;c\\d&x=å' }));
    const url = readWithIcalJs(out).event.getFirstPropertyValue('url') as string;
    expect(url).toBe('https://video.example/j/1?pwd=a%2Cb%3Bc%5Cd&x=%C3%A5');
    expect(new URL(url).searchParams.get('pwd')).toBe('a,b;c\\d');
    expect(readWithNodeIcal(out).events[0].url.val).toBe(url);
  });

  it('gives the same bytes for the same instants whatever zone or type they arrive in', () => {
    const start = stockholm('2026-02-10T10:00');
    const variants = [
      request({ start, end: start.plus({ minutes: 90 }) }),
      request({ start: start.toJSDate(), end: start.plus({ minutes: 90 }).toJSDate() }),
      request({
        start: start.setZone('America/New_York'),
        end: start.plus({ minutes: 90 }).setZone('Asia/Tokyo'),
        stamp: DateTime.fromISO('2026-01-15T13:00', { zone: ZONE }),
      }),
    ];
    const outputs = variants.map((input) => buildInvitation(input));
    expect(outputs[1]).toBe(outputs[0]);
    expect(outputs[2]).toBe(outputs[0]);
    expect(contentLines(outputs[2])).toContain('DTSTAMP:20260115T120000Z');
  });

  it('writes DTSTART/DTEND in another business time zone when configured', () => {
    const start = DateTime.fromISO('2026-02-10T10:00', { zone: 'Europe/Helsinki' });
    const out = buildInvitation(request({ start, end: start.plus({ hours: 1 }) }), {
      timeZone: 'Europe/Helsinki',
    });
    expect(contentLines(out)).toContain('DTSTART;TZID=Europe/Helsinki:20260210T100000');
    expect(utcViaVtimezone(out, 'dtstart')).toBe('2026-02-10T08:00:00.000Z');
  });
});

// --- text, escaping, folding --------------------------------------------------------------------------------

describe('buildInvitation: text survives both parsers', () => {
  const summary = 'Möte: Åsele, Vännäs; "uppföljning" \\ C:\\Temp och 50% — 🚀';
  const description = 'Rad ett, med komma; semikolon\nRad två "citat" \\ backslash\r\nRad tre\rRad fyra';
  const location = 'Kommunhuset; sal "Ö", Åsele';

  it('keeps å ä ö, commas, semicolons, quotes, backslashes and line breaks', () => {
    const ics = buildInvitation(
      request({ summary, description, location, agendaUrl: undefined, videoUrl: undefined }),
    );
    const expectedDescription =
      'Rad ett, med komma; semikolon\nRad två "citat" \\ backslash\nRad tre\nRad fyra';
    const { event } = readWithIcalJs(ics);
    expect(event.getFirstPropertyValue('summary')).toBe(summary);
    expect(event.getFirstPropertyValue('description')).toBe(expectedDescription);
    expect(event.getFirstPropertyValue('location')).toBe(location);
    const node = readWithNodeIcal(ics).events[0];
    expect(node.summary).toBe(summary);
    expect(node.description).toBe(expectedDescription);
    expect(node.location).toBe(location);
    expectWellFormedLines(ics);
  });

  it('folds long lines at 75 octets without splitting å, ö or an emoji, and unfolds them unchanged', () => {
    // Shift a run of two-, three- and four-byte characters across the fold point.
    for (let pad = 0; pad < 8; pad++) {
      const long = `${'x'.repeat(pad)}${'åäö€🚀'.repeat(40)} slut`;
      const ics = buildInvitation(request({ summary: long, description: long }));
      expectWellFormedLines(ics);
      expect(physicalLines(ics).some((line) => line.startsWith(' '))).toBe(true);
      const { event } = readWithIcalJs(ics);
      expect(event.getFirstPropertyValue('summary')).toBe(long);
      expect(readWithNodeIcal(ics).events[0].summary).toBe(long);
    }
  });

  it('writes CN quoted so , and : survive; ; and " become , and \' so every parser reads the same name', () => {
    const ics = buildInvitation(
      request({
        organizer: { name: 'Region Västerbotten: "Samverkan"', email: ORGANIZER.email },
        attendees: [
          { name: 'Lund, Anna: "Annie"; kansliet', email: 'anna@lycksele.se' },
          { name: 'Östen\nÅkesson', email: 'osten@asele.se' },
        ],
      }),
    );
    const expected = ["Lund, Anna: 'Annie', kansliet", 'Östen Åkesson'];
    const { event } = readWithIcalJs(ics);
    expect(event.getAllProperties('attendee').map((property) => property.getParameter('cn'))).toEqual(
      expected,
    );
    expect(event.getFirstProperty('organizer')!.getParameter('cn')).toBe("Region Västerbotten: 'Samverkan'");
    const node = readWithNodeIcal(ics).events[0];
    expect(asArray<any>(node.attendee).map((attendee) => attendee.params.CN)).toEqual(expected);
    expect(asArray<any>(node.attendee).map((attendee) => attendee.val)).toEqual([
      'MAILTO:anna@lycksele.se',
      'MAILTO:osten@asele.se',
    ]);
    expect(node.organizer.params.CN).toBe("Region Västerbotten: 'Samverkan'");
  });

  it('round-trips arbitrary text through ical.js exactly and through node-ical where it is able', () => {
    const alphabet = fc.constantFrom(
      ...'abcXYZ019 åäöÅÄÖéü€—🚀🇸🇪,;:"\\\n\t^\'<>&%'.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]|[^]/g)!,
    );
    const text = fc.array(alphabet, { minLength: 1, maxLength: 160 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(text, text, (summaryText, locationText) => {
        const expectedSummary = cleanText(summaryText).trim();
        const expectedLocation = cleanText(locationText).trim();
        fc.pre(expectedSummary.length > 0);
        const ics = buildInvitation(
          request({
            summary: summaryText,
            location: locationText,
            agendaUrl: undefined,
            videoUrl: undefined,
          }),
        );
        expectWellFormedLines(ics);
        const { event } = readWithIcalJs(ics);
        expect(event.getFirstPropertyValue('summary')).toBe(expectedSummary);
        expect(event.getFirstPropertyValue('location') ?? '').toBe(expectedLocation);
        // node-ical turns an escaped backslash before n into a line break and strips quotes around a whole
        // value; ical.js (above) is the reference, node-ical is checked for everything else.
        const nodeCanRead = (value: string) => !/\\[nN]/.test(value) && !/^".*"$/s.test(value);
        const node = readWithNodeIcal(ics).events[0];
        if (nodeCanRead(expectedSummary)) expect(node.summary).toBe(expectedSummary);
        if (expectedLocation && nodeCanRead(expectedLocation)) expect(node.location).toBe(expectedLocation);
      }),
      { numRuns: 150, seed: 20260210 },
    );
  });

  it('drops control characters RFC 5545 forbids and normalizes to NFC', () => {
    const ics = buildInvitation(request({ summary: 'A\u0000B\u0007C\u001bD Sa\u0308vja\u030a' }));
    expect(readWithIcalJs(ics).event.getFirstPropertyValue('summary')).toBe('ABCD Sävjå');
    // eslint-disable-next-line no-control-regex
    expect(ics).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  });
});

// --- CANCEL and PUBLISH -------------------------------------------------------------------------------------

describe('buildInvitation: CANCEL', () => {
  it('is complete: METHOD:CANCEL, STATUS:CANCELLED, same UID, the higher SEQUENCE, every attendee', () => {
    const original = request({ sequence: 2 });
    const cancel = buildInvitation({ ...original, method: 'CANCEL', sequence: 3 });
    const { calendar, events, event } = readWithIcalJs(cancel);
    expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(events).toHaveLength(1);
    expect(event.getFirstPropertyValue('uid')).toBe(original.uid);
    expect(event.getFirstPropertyValue('sequence')).toBe(3);
    expect(event.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(event.getFirstProperty('organizer')!.getFirstValue()).toBe(`mailto:${ORGANIZER.email}`);
    expect(
      event.getAllProperties('attendee').map((property) => String(property.getFirstValue()).slice(7)),
    ).toEqual(original.attendees.map((attendee) => attendee.email));
    expect(event.getAllSubcomponents('valarm')).toHaveLength(0);
    expect(utcViaVtimezone(cancel, 'dtstart')).toBe('2026-02-10T09:00:00.000Z');
    const node = readWithNodeIcal(cancel);
    expect(node.calendar.method).toBe('CANCEL');
    expect(node.events[0]).toMatchObject({ uid: original.uid, status: 'CANCELLED' });
    expect(asArray(node.events[0].attendee)).toHaveLength(15);
    expectWellFormedLines(cancel);
  });

  it('leaves out the alarm even when one is asked for', () => {
    const cancel = buildInvitation(request({ method: 'CANCEL', sequence: 1, alarmMinutesBefore: 30 }));
    expect(componentLines(cancel, 'VALARM')).toEqual([]);
  });
});

describe('buildInvitation: PUBLISH (calendar.ics download)', () => {
  it('has ORGANIZER but no ATTENDEE, so clients import it rather than ask for an answer', () => {
    const ics = buildInvitation(request({ method: 'PUBLISH' }));
    const { calendar, event } = readWithIcalJs(ics);
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(event.getAllProperties('attendee')).toHaveLength(0);
    expect(event.getFirstProperty('organizer')).not.toBeNull();
    expect(event.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(event.getAllSubcomponents('valarm')).toHaveLength(1);
  });

  it('shows a cancelled meeting as STATUS:CANCELLED', () => {
    const ics = buildInvitation(request({ method: 'PUBLISH', cancelled: true, sequence: 4 }));
    const { event } = readWithIcalJs(ics);
    expect(event.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(event.getAllSubcomponents('valarm')).toHaveLength(0);
  });
});

describe('buildInvitation: invalid input', () => {
  const later = stockholm('2026-02-10T09:00');
  it.each<[string, Partial<InvitationInput>, CalendarErrorCode]>([
    ['an empty UID', { uid: '' }, CalendarErrorCode.InvalidInput],
    ['a UID with a comma', { uid: 'a,b@x' }, CalendarErrorCode.InvalidInput],
    ['a UID with a line break', { uid: 'a\r\nATTENDEE:mailto:x@y.se' }, CalendarErrorCode.InvalidInput],
    ['a negative SEQUENCE', { sequence: -1 }, CalendarErrorCode.InvalidInput],
    ['a fractional SEQUENCE', { sequence: 1.5 }, CalendarErrorCode.InvalidInput],
    ['an end before the start', { end: later }, CalendarErrorCode.InvalidInput],
    ['an invalid instant', { start: DateTime.invalid('test') }, CalendarErrorCode.InvalidInput],
    ['an empty summary', { summary: ' \n ' }, CalendarErrorCode.InvalidInput],
    ['a REQUEST without attendees', { attendees: [] }, CalendarErrorCode.InvalidInput],
    ['a cancelled REQUEST', { cancelled: true }, CalendarErrorCode.InvalidInput],
    ['an unknown method', { method: 'REPLY' as never }, CalendarErrorCode.InvalidInput],
    ['a javascript: video link', { videoUrl: 'javascript:alert(1)' }, CalendarErrorCode.InvalidInput],
    [
      'an invalid organizer address',
      { organizer: { name: 'X', email: 'x@y.se\r\nBCC' } },
      CalendarErrorCode.InvalidInput,
    ],
    [
      'the same attendee twice',
      {
        attendees: [
          { name: 'A', email: 'a@b.se' },
          { name: 'A', email: 'A@B.se' },
        ],
      },
      CalendarErrorCode.InvalidInput,
    ],
    [
      'an alarm four weeks and a minute before',
      { alarmMinutesBefore: 40321 },
      CalendarErrorCode.InvalidInput,
    ],
  ])('rejects %s', (_label, overrides, code) => {
    expectCalendarError(() => buildInvitation(request(overrides)), code);
  });

  it('rejects a business time zone it has no VTIMEZONE for', () => {
    expectCalendarError(
      () => buildInvitation(request(), { timeZone: 'Mars/Olympus' }),
      CalendarErrorCode.UnknownTimeZone,
    );
  });
});

// --- feeds ----------------------------------------------------------------------------------------------------

describe('buildFeed', () => {
  const base = request();
  const events: CalendarEventInput[] = [
    { ...base, uid: 'meeting-1@samverkan.example', sequence: 0 },
    {
      ...base,
      uid: 'meeting-2@samverkan.example',
      sequence: 3,
      start: stockholm('2026-04-14T10:00'),
      end: stockholm('2026-04-14T12:00'),
      summary: 'Samverkansmöte Umeå',
      cancelled: true,
    },
  ];
  const feed = buildFeed(events, { name: 'Samverkan, Västerbotten; möten' });

  beforeAll(() => {
    // ical.js predates RFC 7986 and returns unknown properties raw; RFC 5545 §3.8.8.2 makes X- properties
    // TEXT by default, and RFC 7986 makes NAME TEXT: teach it both, as node-ical already reads them.
    Object.assign((ICAL.design as any).icalendar.property, {
      name: { defaultType: 'text' },
      'x-wr-calname': { defaultType: 'text' },
    });
  });

  it('is a PUBLISH calendar with a name and refresh hints Outlook and Google read', () => {
    const { calendar } = readWithIcalJs(feed);
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstPropertyValue('name')).toBe('Samverkan, Västerbotten; möten');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Samverkan, Västerbotten; möten');
    expect(String(calendar.getFirstPropertyValue('refresh-interval'))).toBe('PT1H');
    expect(calendar.getFirstPropertyValue('x-published-ttl')).toBe('PT1H');
    const node = readWithNodeIcal(feed);
    expect(node.calendar['WR-CALNAME']).toBe('Samverkan, Västerbotten; möten');
    expectWellFormedLines(feed);
  });

  it('holds every meeting once, cancelled ones as STATUS:CANCELLED, without attendees or alarms', () => {
    const { calendar, events: parsed } = readWithIcalJs(feed);
    expect(calendar.getAllSubcomponents('vtimezone')).toHaveLength(1);
    expect(parsed.map((event) => event.getFirstPropertyValue('uid'))).toEqual([
      'meeting-1@samverkan.example',
      'meeting-2@samverkan.example',
    ]);
    expect(parsed.map((event) => event.getFirstPropertyValue('status'))).toEqual(['CONFIRMED', 'CANCELLED']);
    expect(parsed.map((event) => event.getFirstPropertyValue('sequence'))).toEqual([0, 3]);
    expect(parsed.flatMap((event) => event.getAllProperties('attendee'))).toHaveLength(0);
    expect(parsed.flatMap((event) => event.getAllSubcomponents('valarm'))).toHaveLength(0);
    expect(parsed.every((event) => event.getFirstProperty('organizer'))).toBe(true);
    expect(utcViaVtimezone(feed, 'dtstart', 1)).toBe('2026-04-14T08:00:00.000Z');
    const node = readWithNodeIcal(feed);
    expect(node.events.map((event) => event.status)).toEqual(['CONFIRMED', 'CANCELLED']);
  });

  it('can leave METHOD out and set another refresh interval', () => {
    const bare = buildFeed(events, { name: 'Möten', method: null, refreshIntervalMinutes: 15 });
    const { calendar } = readWithIcalJs(bare);
    expect(calendar.getFirstProperty('method')).toBeNull();
    expect(calendar.getFirstPropertyValue('x-published-ttl')).toBe('PT15M');
    expectWellFormedLines(bare);
    const daily = buildFeed(events, { name: 'Möten', refreshIntervalMinutes: 1530 });
    expect(String(readWithIcalJs(daily).calendar.getFirstPropertyValue('refresh-interval'))).toBe(
      'P1DT1H30M',
    );
  });

  it('is valid when empty', () => {
    const empty = buildFeed([], { name: 'Inga möten' });
    expect(readWithIcalJs(empty).events).toHaveLength(0);
    expectWellFormedLines(empty);
  });

  it('rejects two events with one UID and a feed without a name', () => {
    expectCalendarError(
      () => buildFeed([events[0], events[0]], { name: 'x' }),
      CalendarErrorCode.InvalidInput,
    );
    expectCalendarError(() => buildFeed(events, { name: ' ' }), CalendarErrorCode.InvalidInput);
  });
});

// --- byte-identical whatever the process time zone; golden files ------------------------------------------

// Golden files in test/fixtures/calendar/. After a deliberate change of output, regenerate them with
// `UPDATE_GOLDEN=1 npx jest --selectProjects unit -- src/calendar` and review the diff.

/**
 * Inputs in a form a child process can rebuild: instants as ISO strings with the kind of value the caller
 * would pass (a zoned Luxon DateTime or a Date).
 */
type Serialized = { $dateTime: string; zone: string } | { $date: string };

const GOLDEN_INPUTS = {
  request: {
    kind: 'invitation',
    input: {
      ...request({
        summary: 'Samverkansmöte Skellefteå; vår, "uppföljning" \\ å ä ö',
        description:
          'Vi går igenom överenskommelsen, åtgärderna och frågorna; välkomna!\n' +
          'Längre rad som måste vikas över flera rader: Åsele, Vännäs, Vilhelmina, Örnsköldsvik, Överkalix.',
        attendees: [
          ...attendees(13),
          { name: 'Lund, Anna: "Annie"', email: 'anna.lund@lycksele.se', role: 'OPT-PARTICIPANT' },
          { name: 'Örjan Ek', email: 'orjan.ek@asele.se', partstat: 'DECLINED' },
        ],
      }),
    },
  },
  cancel: { kind: 'invitation', input: { ...request({ method: 'CANCEL', sequence: 1 }) } },
  feed: {
    kind: 'feed',
    input: [
      { ...request(), uid: 'meeting-1@samverkan.example' },
      {
        ...request(),
        uid: 'meeting-2@samverkan.example',
        sequence: 2,
        start: stockholm('2026-04-14T10:00').toJSDate(),
        end: stockholm('2026-04-14T12:00').toJSDate(),
        cancelled: true,
      },
    ],
    options: { name: 'Samverkan – Skellefteå' },
  },
} as const;

function serialize(value: unknown): unknown {
  if (DateTime.isDateTime(value)) {
    const serialized: Serialized = { $dateTime: value.toISO()!, zone: value.zoneName! };
    return serialized;
  }
  if (value instanceof Date) {
    const serialized: Serialized = { $date: value.toISOString() };
    return serialized;
  }
  if (Array.isArray(value)) return value.map(serialize);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, serialize(inner)]));
  }
  return value;
}

function revive(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(revive);
  if (value && typeof value === 'object') {
    if ('$dateTime' in value) {
      const { $dateTime, zone } = value as { $dateTime: string; zone: string };
      return DateTime.fromISO($dateTime, { zone });
    }
    if ('$date' in value) return new Date((value as { $date: string }).$date);
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, revive(inner)]));
  }
  return value;
}

function buildGolden(spec: { kind: string; input: unknown; options?: unknown }): string {
  return spec.kind === 'feed'
    ? buildFeed(spec.input as CalendarEventInput[], spec.options as { name: string })
    : buildInvitation(spec.input as InvitationInput);
}

/** Compiles the builder and its relative imports to CommonJS with swc, so a plain `node` can load it. */
function compileForNode(entry: string, outDir: string, srcRoot: string, done = new Set<string>()): void {
  if (done.has(entry)) return;
  done.add(entry);
  const { code } = transformFileSync(entry, {
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
    module: { type: 'commonjs' },
    sourceMaps: false,
  });
  const target = join(outDir, relative(srcRoot, entry)).replace(/\.ts$/, '.js');
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, code);
  for (const [, specifier] of readFileSync(entry, 'utf8').matchAll(/from '(\.{1,2}\/[^']+)\.js'/g)) {
    compileForNode(resolve(dirname(entry), `${specifier}.ts`), outDir, srcRoot, done);
  }
}

const CHILD_SCRIPT = `
const { DateTime } = require('luxon');
const builder = require(process.argv[1]);
const specs = JSON.parse(process.argv[2]);
function revive(value) {
  if (Array.isArray(value)) return value.map(revive);
  if (value && typeof value === 'object') {
    if ('$dateTime' in value) return DateTime.fromISO(value.$dateTime, { zone: value.zone });
    if ('$date' in value) return new Date(value.$date);
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, revive(inner)]));
  }
  return value;
}
const out = {};
for (const [name, spec] of Object.entries(specs)) {
  const input = revive(spec.input);
  const ics = spec.kind === 'feed' ? builder.buildFeed(input, spec.options) : builder.buildInvitation(input);
  out[name] = Buffer.from(ics, 'utf8').toString('base64');
}
const probe = new Date(2026, 1, 10, 10);
out.$zone = { offset: probe.getTimezoneOffset(), local: probe.toString() };
process.stdout.write(JSON.stringify(out));
`;

describe('byte-identical output whatever the process time zone', () => {
  const execFileAsync = promisify(execFile);
  let outDir: string;
  let builderPath: string;

  beforeAll(() => {
    outDir = mkdtempSync(join(tmpdir(), 'samverkan-calendar-'));
    const srcRoot = join(ROOT, 'src');
    compileForNode(join(srcRoot, 'calendar/calendar-builder.ts'), outDir, srcRoot);
    builderPath = join(outDir, 'calendar/calendar-builder.js');
  });
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('builds the same bytes under TZ=UTC, Europe/Stockholm and America/New_York, equal to the golden files', async () => {
    const specs = JSON.stringify(serialize(GOLDEN_INPUTS));
    const zones = ['UTC', 'Europe/Stockholm', 'America/New_York'];
    const results = await Promise.all(
      zones.map(async (tz) => {
        const { stdout } = await execFileAsync(process.execPath, ['-e', CHILD_SCRIPT, builderPath, specs], {
          cwd: ROOT,
          env: { ...process.env, TZ: tz, NODE_PATH: join(ROOT, 'node_modules') },
        });
        return JSON.parse(stdout) as Record<string, any>;
      }),
    );
    // The children really ran in different zones (a test that cannot fail is a defect).
    expect(results.map((result) => result.$zone.offset)).toEqual([0, -60, 300]);

    for (const name of Object.keys(GOLDEN_INPUTS) as (keyof typeof GOLDEN_INPUTS)[]) {
      const inProcess = Buffer.from(buildGolden(GOLDEN_INPUTS[name]), 'utf8');
      // The in-process build sees the same revived inputs as the children.
      const revived = Buffer.from(
        buildGolden(revive(serialize(GOLDEN_INPUTS[name])) as (typeof GOLDEN_INPUTS)[typeof name]),
        'utf8',
      );
      expect(revived.equals(inProcess)).toBe(true);
      for (const result of results) {
        expect(Buffer.from(result[name] as string, 'base64').equals(inProcess)).toBe(true);
      }

      const goldenPath = join(GOLDEN_DIR, `${name}.ics`);
      if (process.env.UPDATE_GOLDEN === '1') {
        mkdirSync(GOLDEN_DIR, { recursive: true });
        writeFileSync(goldenPath, inProcess);
      }
      const golden = readFileSync(goldenPath);
      expect(inProcess.toString('utf8')).toBe(golden.toString('utf8'));
      expect(inProcess.equals(golden)).toBe(true);
      expectWellFormedLines(golden.toString('utf8'));
    }
  });
});

describe('foldedTemplate', () => {
  const base: InvitationInput = {
    method: 'REQUEST',
    uid: 'm-1@samverkan.example.se',
    sequence: 2,
    stamp: new Date('2027-02-01T08:00:00Z'),
    start: new Date('2027-02-03T09:00:00Z'),
    end: new Date('2027-02-03T10:30:00Z'),
    summary: 'Vårrundan 2027 – Åsele',
    organizer: { name: 'Region Västerbotten', email: 'samverkan@regionvasterbotten.se' },
    attendees: [{ name: 'Åsa Öberg', email: 'asa@asele.se' }],
  };
  const token = fc.stringMatching(/^[A-Za-z0-9_-]{43}$/);

  it('gives byte for byte what building with the value gives, wherever the folds fall', () => {
    fc.assert(
      fc.property(token, token, fc.string({ maxLength: 90 }), (placeholder, real, text) => {
        fc.pre(placeholder !== real);
        const describe = (value: string) =>
          `${text}\n\nSvara på kallelsen: https://samverkan.example.se/rsvp/${value}`;
        const template = buildInvitation({ ...base, description: describe(placeholder) });
        const direct = buildInvitation({ ...base, description: describe(real) });
        expect(foldedTemplate(template, placeholder)(real)).toBe(direct);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses a value of another length or a placeholder that is missing', () => {
    const ics = buildInvitation({ ...base, description: 'link abcdef' });
    expect(() => foldedTemplate(ics, 'abcdef')('abc')).toThrow(/as long as/);
    expect(() => foldedTemplate(ics, 'zzzzzz')).toThrow(/exactly once/);
  });
});
