import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { buildInvitation } from './calendar-builder.js';
import { type ParseReplyResult, parseReply } from './calendar-reply.parser.js';
import { CalendarError, CalendarErrorCode } from './calendar.exception.js';

const FIXTURES = resolve(__dirname, '../../test/fixtures/calendar');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

function expectError(result: ParseReplyResult, code: CalendarErrorCode): CalendarError {
  if (result.ok) throw new Error(`expected ${code}, got a reply for ${result.reply.attendeeEmail}`);
  expect(result.error).toBeInstanceOf(CalendarError);
  expect(result.error.code).toBe(code);
  expect(result.error.kind).toBe('invalid');
  return result.error;
}

/** A REPLY in the shape most clients send, with lines to vary. */
function reply(eventLines: string[], calendarLines = ['METHOD:REPLY']): string {
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Test//Test//EN',
    ...calendarLines,
    'BEGIN:VEVENT',
    ...eventLines,
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

const UID = 'UID:meeting-7f3c@samverkan.example';
const STAMP = 'DTSTAMP:20260121T101500Z';

describe('parseReply', () => {
  it('reads an Outlook/Exchange reply, which has no ORGANIZER', () => {
    const result = parseReply(fixture('replies/exchange-accepted.ics'));
    expect(result).toEqual({
      ok: true,
      reply: {
        uid: 'meeting-7f3c@samverkan.example',
        sequence: 2,
        attendeeEmail: 'anna.lund@lycksele.se',
        partstat: 'ACCEPTED',
        comment: 'Jag kommer, men blir tio minuter sen.',
        stamp: new Date('2026-01-20T08:30:15Z'),
      },
    });
    expect(result.ok && 'organizerEmail' in result.reply).toBe(false);
  });

  it('reads a Google reply with its comment in X-RESPONSE-COMMENT and a folded ATTENDEE line', () => {
    const text = fixture('replies/google-tentative.ics');
    expect(text).toMatch(/\r\n [^\r\n]*erik/i); // the ATTENDEE line really is folded
    expect(parseReply(text)).toEqual({
      ok: true,
      reply: {
        uid: 'meeting-7f3c@samverkan.example',
        sequence: 0,
        attendeeEmail: 'erik.lundstrom@gmail.com',
        partstat: 'TENTATIVE',
        comment: 'Kan bli sen – tåget från Umeå',
        organizerEmail: 'samverkan@regionvasterbotten.se',
        stamp: new Date('2026-01-21T10:15:00Z'),
      },
    });
  });

  it('accepts the reply as a Buffer with a byte order mark', () => {
    const buffer = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      readFileSync(join(FIXTURES, 'replies/google-tentative.ics')),
    ]);
    const result = parseReply(buffer);
    expect(result.ok && result.reply.attendeeEmail).toBe('erik.lundstrom@gmail.com');
  });

  it('rejects a reply that names two attendees', () => {
    const error = expectError(
      parseReply(fixture('replies/two-attendees.ics')),
      CalendarErrorCode.ReplyAttendeeCount,
    );
    expect(error.details).toEqual({ attendees: 2 });
  });

  it('reads an Outlook/Exchange delegation that names the substitute as a second ATTENDEE', () => {
    expect(parseReply(fixture('replies/outlook-delegated.ics'))).toEqual({
      ok: true,
      reply: {
        uid: 'meeting-7f3c@samverkan.example',
        sequence: 0,
        attendeeEmail: 'anna.lund@lycksele.se',
        partstat: 'DELEGATED',
        delegatedTo: ['bo.berg@lycksele.se'],
        comment: 'Jag är på semester, Bo kommer i mitt ställe.',
        stamp: new Date('2026-01-20T08:30:15Z'),
      },
    });
  });

  it('reads a Google delegation: one ATTENDEE with DELEGATED-TO, folded mid-parameter', () => {
    const text = fixture('replies/google-delegated.ics');
    expect(text).toMatch(/DELEGAT\r\n ED-TO/);
    expect(parseReply(text)).toEqual({
      ok: true,
      reply: {
        uid: 'meeting-7f3c@samverkan.example',
        sequence: 0,
        attendeeEmail: 'anna.lund@lycksele.se',
        partstat: 'DELEGATED',
        delegatedTo: ['bo.berg@lycksele.se'],
        comment: 'Bo tar mötet',
        organizerEmail: 'samverkan@regionvasterbotten.se',
        stamp: new Date('2026-01-21T10:15:00Z'),
      },
    });
  });

  it('reads every address of a DELEGATED-TO with several, and none when it is missing', () => {
    const several = parseReply(
      reply([
        UID,
        STAMP,
        'ATTENDEE;PARTSTAT=DELEGATED;DELEGATED-TO="mailto:b@x.se","mailto:C@x.se":mailto:a@x.se',
      ]),
    );
    expect(several.ok && several.reply.delegatedTo).toEqual(['b@x.se', 'c@x.se']);
    const none = parseReply(reply([UID, STAMP, 'ATTENDEE;PARTSTAT=DELEGATED:mailto:a@x.se']));
    expect(none.ok && none.reply.delegatedTo).toEqual([]);
  });

  it('refuses a second ATTENDEE that is not the delegation’s substitute', () => {
    const delegator = 'ATTENDEE;PARTSTAT=DELEGATED;DELEGATED-TO="mailto:b@x.se":mailto:a@x.se';
    // The other attendee is someone else, or does not name the delegator in DELEGATED-FROM.
    for (const other of [
      'ATTENDEE;DELEGATED-FROM="mailto:a@x.se":mailto:c@x.se',
      'ATTENDEE;PARTSTAT=ACCEPTED:mailto:b@x.se',
    ]) {
      expectError(parseReply(reply([UID, STAMP, delegator, other])), CalendarErrorCode.ReplyAttendeeCount);
    }
    const accepted = 'ATTENDEE;PARTSTAT=ACCEPTED;DELEGATED-TO="mailto:b@x.se":mailto:a@x.se';
    expectError(
      parseReply(reply([UID, STAMP, accepted, 'ATTENDEE;DELEGATED-FROM="mailto:a@x.se":mailto:b@x.se'])),
      CalendarErrorCode.ReplyAttendeeCount,
    );
  });

  it('rejects a reply without an attendee', () => {
    expectError(parseReply(reply([UID, STAMP])), CalendarErrorCode.ReplyAttendeeCount);
  });

  it('rejects a truncated reply as malformed', () => {
    expectError(parseReply(fixture('replies/malformed-truncated.ics')), CalendarErrorCode.ReplyMalformed);
  });

  it.each([
    ['plain text', 'Tack, jag kommer!'],
    ['an empty string', ''],
    ['a line without a colon', reply([UID, 'ATTENDEE', 'PARTSTAT=ACCEPTED mailto a@b.se'])],
    ['an unterminated quote', reply([UID, 'ATTENDEE;PARTSTAT=ACCEPTED;CN="Anna:mailto:a@b.se'])],
    ['two calendars', `${reply([UID, 'ATTENDEE:mailto:a@b.se'])}${reply([UID, 'ATTENDEE:mailto:a@b.se'])}`],
    ['no UID', reply(['ATTENDEE;PARTSTAT=ACCEPTED:mailto:a@b.se'])],
    [
      'a SEQUENCE that is no number',
      reply([UID, 'SEQUENCE:abc', 'ATTENDEE;PARTSTAT=ACCEPTED:mailto:a@b.se']),
    ],
    ['a negative SEQUENCE', reply([UID, 'SEQUENCE:-1', 'ATTENDEE;PARTSTAT=ACCEPTED:mailto:a@b.se'])],
  ])('rejects %s as malformed', (_label, text) => {
    expectError(parseReply(text), CalendarErrorCode.ReplyMalformed);
  });

  it('rejects input that is not text', () => {
    expectError(parseReply(42 as unknown as string), CalendarErrorCode.ReplyMalformed);
    expectError(parseReply(null as unknown as string), CalendarErrorCode.ReplyMalformed);
  });

  it('rejects our own REQUEST and a CANCEL: they are not replies', () => {
    expectError(parseReply(fixture('request.ics')), CalendarErrorCode.ReplyNotAReply);
    expectError(parseReply(fixture('cancel.ics')), CalendarErrorCode.ReplyNotAReply);
    expectError(parseReply(reply([UID, 'ATTENDEE:mailto:a@b.se'], [])), CalendarErrorCode.ReplyNotAReply);
  });

  it('rejects a reply with no VEVENT or with two', () => {
    const none = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REPLY\r\nEND:VCALENDAR\r\n';
    expectError(parseReply(none), CalendarErrorCode.ReplyEventCount);
    const two = reply([UID, 'ATTENDEE;PARTSTAT=ACCEPTED:mailto:a@b.se', 'END:VEVENT', 'BEGIN:VEVENT', UID]);
    expectError(parseReply(two), CalendarErrorCode.ReplyEventCount);
  });

  it('rejects a PARTSTAT an event reply cannot carry, and an attendee without an address', () => {
    expectError(
      parseReply(reply([UID, 'ATTENDEE;PARTSTAT=IN-PROCESS:mailto:a@b.se'])),
      CalendarErrorCode.ReplyInvalidPartstat,
    );
    expectError(
      parseReply(reply([UID, 'ATTENDEE;PARTSTAT=ACCEPTED:mailto:'])),
      CalendarErrorCode.ReplyInvalidAttendee,
    );
    expectError(
      parseReply(reply([UID, 'ATTENDEE;PARTSTAT=ACCEPTED:urn:uuid:00000000-0000-0000-0000-000000000000'])),
      CalendarErrorCode.ReplyInvalidAttendee,
    );
  });

  it('refuses input over the size limit before parsing it', () => {
    const padded = reply([UID, 'ATTENDEE;PARTSTAT=ACCEPTED:mailto:a@b.se', `COMMENT:${'å'.repeat(140_000)}`]);
    const error = expectError(parseReply(padded), CalendarErrorCode.ReplyTooLarge);
    expect((error.details as { size: number }).size).toBeGreaterThan(256 * 1024);
    expect(parseReply(padded, { maxBytes: 1024 * 1024 }).ok).toBe(true);
  });

  it.each([
    [
      'a lower-case method and partstat',
      ['ATTENDEE;PARTSTAT=declined:MAILTO:Nils.Berg@Sorsele.SE'],
      ['METHOD:reply'],
      'DECLINED',
    ],
    [
      'no PARTSTAT (RFC 5545 default)',
      ['ATTENDEE:mailto:nils.berg@sorsele.se'],
      ['METHOD:REPLY'],
      'NEEDS-ACTION',
    ],
    [
      'a delegation',
      ['ATTENDEE;PARTSTAT=DELEGATED;DELEGATED-TO="mailto:x@sorsele.se":mailto:nils.berg@sorsele.se'],
      ['METHOD:REPLY'],
      'DELEGATED',
    ],
    [
      'an address only in the EMAIL parameter',
      ['ATTENDEE;PARTSTAT=ACCEPTED;EMAIL=nils.berg@sorsele.se:urn:uuid:1234'],
      ['METHOD:REPLY'],
      'ACCEPTED',
    ],
    [
      'a percent-encoded mailto',
      ['ATTENDEE;PARTSTAT=ACCEPTED:mailto:nils%2Eberg@sorsele.se'],
      ['METHOD:REPLY'],
      'ACCEPTED',
    ],
  ])('reads %s', (_label, eventLines, calendarLines, partstat) => {
    const result = parseReply(reply([UID, ...eventLines], calendarLines));
    expect(result.ok && result.reply).toMatchObject({
      attendeeEmail: 'nils.berg@sorsele.se',
      partstat,
      sequence: 0,
    });
  });

  it('leaves out an unreadable DTSTAMP instead of refusing the answer', () => {
    const result = parseReply(reply([UID, 'DTSTAMP:2026XX', 'ATTENDEE;PARTSTAT=ACCEPTED:mailto:a@b.se']));
    expect(result.ok && result.reply.stamp).toBeUndefined();
    expect(result.ok && result.reply.partstat).toBe('ACCEPTED');
  });

  it('caps a very long comment', () => {
    const result = parseReply(
      reply([UID, 'ATTENDEE;PARTSTAT=ACCEPTED:mailto:a@b.se', `COMMENT:${'x'.repeat(5000)}`]),
    );
    expect(result.ok && result.reply.comment).toHaveLength(2000);
  });

  it('reads back what a client answering our own invitation would send', () => {
    // Turn our REQUEST into the REPLY a minimal client makes: same UID and SEQUENCE, one ATTENDEE answering.
    const start = DateTime.fromISO('2026-02-10T10:00', { zone: 'Europe/Stockholm' });
    const request = buildInvitation({
      method: 'REQUEST',
      uid: 'meeting-99@samverkan.example',
      sequence: 4,
      stamp: new Date('2026-01-15T12:00:00Z'),
      start,
      end: start.plus({ hours: 1 }),
      summary: 'Samverkansmöte',
      organizer: { name: 'Samverkan', email: 'samverkan@regionvasterbotten.se' },
      attendees: [{ name: 'Åsa Öberg', email: 'Asa.Oberg@Umea.se' }],
    });
    const answer = request
      .replace('METHOD:REQUEST', 'METHOD:REPLY')
      .replace('PARTSTAT=NEEDS-ACTION', 'PARTSTAT=ACCEPTED')
      .replace(/BEGIN:VALARM[^]*?END:VALARM\r\n/, '');
    expect(parseReply(answer)).toEqual({
      ok: true,
      reply: {
        uid: 'meeting-99@samverkan.example',
        sequence: 4,
        attendeeEmail: 'asa.oberg@umea.se',
        partstat: 'ACCEPTED',
        organizerEmail: 'samverkan@regionvasterbotten.se',
        stamp: new Date('2026-01-15T12:00:00Z'),
      },
    });
  });

  it('never throws, whatever it is given', () => {
    const base = fixture('replies/exchange-accepted.ics');
    const mutated = fc
      .tuple(fc.nat({ max: base.length }), fc.nat({ max: 200 }), fc.string({ maxLength: 40, unit: 'binary' }))
      .map(([at, cut, insert]) => base.slice(0, at) + insert + base.slice(Math.min(base.length, at + cut)));
    fc.assert(
      fc.property(fc.oneof(mutated, fc.string({ maxLength: 400, unit: 'binary' })), (text) => {
        const result = parseReply(text);
        if (!result.ok) expect(result.error).toBeInstanceOf(CalendarError);
        else expect(result.reply.attendeeEmail).toMatch(/^[^\sA-Z]+@[^\sA-Z]+$/);
      }),
      { numRuns: 500, seed: 4 },
    );
  });
});
