import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Attachment, simpleParser } from 'mailparser';
import { createTransport } from 'nodemailer';
import { type CalendarMethod } from './calendar-builder.js';
import { CALENDAR_FILENAME, calendarMimePart, declaredMethod } from './calendar-mime.js';
import { CalendarError, CalendarErrorCode } from './calendar.exception.js';

const FIXTURES = resolve(__dirname, '../../test/fixtures/calendar');
const requestIcs = readFileSync(join(FIXTURES, 'request.ics'), 'utf8');
const cancelIcs = readFileSync(join(FIXTURES, 'cancel.ics'), 'utf8');

/** Composes a real message with nodemailer and reads it back with mailparser. */
async function composeAndParse(message: Record<string, unknown>) {
  const transport = createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  const info = await transport.sendMail({
    from: 'Region Västerbotten <samverkan@regionvasterbotten.se>',
    to: 'anna.lund@lycksele.se',
    subject: 'Kallelse: Samverkansmöte',
    text: 'Välkommen.',
    html: '<p>Välkommen.</p>',
    ...message,
  });
  const bytes = info.message as Buffer;
  return { raw: bytes.toString('utf8'), parsed: await simpleParser(bytes) };
}

/** The Content-Type of every part, in order, from the raw message. */
function mimeTypes(raw: string): string[] {
  return [...raw.matchAll(/^Content-Type: ([^;\r\n]+)/gim)].map((match) => match[1].toLowerCase());
}

function calendarParts(attachments: Attachment[]) {
  return attachments.map((attachment) => {
    const contentType = attachment.headers.get('content-type') as {
      value: string;
      params: Record<string, string>;
    };
    return {
      type: contentType.value,
      method: contentType.params.method,
      filename: attachment.filename,
      disposition: attachment.contentDisposition,
      content: attachment.content.toString('utf8'),
    };
  });
}

describe('calendarMimePart', () => {
  it.each<[CalendarMethod, string]>([
    ['REQUEST', requestIcs],
    ['CANCEL', cancelIcs],
  ])(
    'gives nodemailer an icalEvent that yields the %s layout Outlook, Gmail and Apple Mail expect',
    async (method, ics) => {
      const part = calendarMimePart(ics, method);
      expect(part.alternative.contentType).toBe(`text/calendar; charset=UTF-8; method=${method}`);
      const { raw, parsed } = await composeAndParse({ icalEvent: part.icalEvent });

      expect(mimeTypes(raw)).toEqual([
        'multipart/mixed',
        'multipart/alternative',
        'text/plain',
        'text/html',
        'text/calendar',
        'application/ics',
      ]);
      const [inline, file] = calendarParts(parsed.attachments);
      expect(inline).toMatchObject({ type: 'text/calendar', method, content: ics });
      expect(file).toMatchObject({
        type: 'application/ics',
        filename: CALENDAR_FILENAME,
        disposition: 'attachment',
        content: ics,
      });
      // The header's method= is the METHOD inside, byte for byte the object we built.
      expect(declaredMethod(inline.content)).toBe(inline.method);
    },
  );

  it('spells out the same two parts for a composer that adds them itself', async () => {
    const part = calendarMimePart(requestIcs, 'REQUEST');
    const { raw, parsed } = await composeAndParse({
      alternatives: [part.alternative],
      attachments: [part.attachment],
    });
    expect(mimeTypes(raw)).toEqual([
      'multipart/mixed',
      'multipart/alternative',
      'text/plain',
      'text/html',
      'text/calendar',
      'application/ics',
    ]);
    const [inline, file] = calendarParts(parsed.attachments);
    expect(inline).toMatchObject({ type: 'text/calendar', method: 'REQUEST', content: requestIcs });
    expect(file).toMatchObject({ filename: 'invite.ics', disposition: 'attachment', content: requestIcs });
  });

  it('refuses a method that differs from the METHOD inside', () => {
    let caught: unknown;
    try {
      calendarMimePart(cancelIcs, 'REQUEST');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CalendarError);
    expect((caught as CalendarError).code).toBe(CalendarErrorCode.MethodMismatch);
    expect((caught as CalendarError).details).toEqual({ declared: 'CANCEL', method: 'REQUEST' });
    expect(() => calendarMimePart('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n', 'PUBLISH')).toThrow(
      CalendarError,
    );
    expect(() => calendarMimePart(requestIcs, 'REPLY' as CalendarMethod)).toThrow(CalendarError);
  });
});

describe('declaredMethod', () => {
  it('reads METHOD of the calendar, not a property of the same name further down', () => {
    expect(declaredMethod(requestIcs)).toBe('REQUEST');
    expect(declaredMethod('BEGIN:VCALENDAR\r\nMETH\r\n OD:cancel\r\nEND:VCALENDAR\r\n')).toBe('CANCEL');
    expect(
      declaredMethod('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nMETHOD:REQUEST\r\nEND:VEVENT\r\nEND:VCALENDAR'),
    ).toBeNull();
    expect(declaredMethod('METHOD:REQUEST')).toBeNull();
  });
});
