/**
 * Raw iMIP REPLY emails shaped as the big clients send them (RFC 6047), for unit tests of the extraction and
 * for e2e tests that send them to the listener over SMTP. Lines end in CRLF.
 */

export interface ReplyMessageInput {
  uid: string;
  attendee: { name: string; email: string };
  partstat: 'ACCEPTED' | 'TENTATIVE' | 'DECLINED' | 'NEEDS-ACTION' | 'DELEGATED';
  /** Default 0. Outlook and Google write it; left out when null (RFC 5546 allows that for 0). */
  sequence?: number | null;
  comment?: string;
  /** The organizer address; Exchange leaves ORGANIZER out, so outlookReply ignores it. */
  organizer?: string;
  /** The From header address; default the attendee's (who else would send their answer?). */
  from?: string;
  to?: string;
  /** METHOD and the MIME method= parameter; default REPLY (Outlook only). */
  method?: string;
}

const CRLF = '\r\n';

function lines(...parts: string[]): string {
  return parts.join(CRLF);
}

/** RFC 5545 TEXT escaping. */
function text(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\n/g, '\\n');
}

/** Folds a content line at 75 octets (ASCII input here). */
function fold(line: string): string {
  const out = [line.slice(0, 75)];
  for (let at = 75; at < line.length; at += 74) out.push(` ${line.slice(at, at + 74)}`);
  return out.join(CRLF);
}

function base64Lines(value: string): string {
  return (
    Buffer.from(value, 'utf8')
      .toString('base64')
      .match(/.{1,76}/g) ?? []
  ).join(CRLF);
}

function sequenceLine(input: ReplyMessageInput): string[] {
  return input.sequence === null ? [] : [`SEQUENCE:${input.sequence ?? 0}`];
}

function headers(
  input: ReplyMessageInput,
  subject: string,
  contentType: string,
  extra: string[] = [],
): string {
  return lines(
    `From: "${input.attendee.name}" <${input.from ?? input.attendee.email}>`,
    `To: ${input.to ?? input.organizer ?? 'samverkan@region.example'}`,
    `Subject: ${subject}`,
    'Date: Tue, 20 Jan 2026 09:30:15 +0100',
    `Message-ID: <${Math.random().toString(36).slice(2)}@client.example>`,
    'MIME-Version: 1.0',
    ...extra,
    `Content-Type: ${contentType}`,
  );
}

/** Exchange / Outlook: no ORGANIZER, COMMENT, a text/calendar method=REPLY part in base64, Windows zone names. */
export function outlookReply(input: ReplyMessageInput): string {
  const ics = lines(
    'BEGIN:VCALENDAR',
    `METHOD:${input.method ?? 'REPLY'}`,
    'PRODID:Microsoft Exchange Server 2010',
    'VERSION:2.0',
    'BEGIN:VTIMEZONE',
    'TZID:W. Europe Standard Time',
    'BEGIN:STANDARD',
    'DTSTART:16010101T030000',
    'TZOFFSETFROM:+0200',
    'TZOFFSETTO:+0100',
    'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10',
    'END:STANDARD',
    'BEGIN:DAYLIGHT',
    'DTSTART:16010101T020000',
    'TZOFFSETFROM:+0100',
    'TZOFFSETTO:+0200',
    'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3',
    'END:DAYLIGHT',
    'END:VTIMEZONE',
    'BEGIN:VEVENT',
    fold(`ATTENDEE;PARTSTAT=${input.partstat};CN="${input.attendee.name}":MAILTO:${input.attendee.email}`),
    ...(input.comment ? [fold(`COMMENT;LANGUAGE=sv-SE:${text(input.comment)}`)] : []),
    'SUMMARY;LANGUAGE=sv-SE:Accepterat: Samverkansmöte',
    'DTSTART;TZID=W. Europe Standard Time:20260210T100000',
    'DTEND;TZID=W. Europe Standard Time:20260210T113000',
    fold(`UID:${input.uid}`),
    'CLASS:PUBLIC',
    'PRIORITY:5',
    'DTSTAMP:20260120T083015Z',
    'TRANSP:OPAQUE',
    'STATUS:CONFIRMED',
    ...sequenceLine(input),
    `X-MICROSOFT-CDO-APPT-SEQUENCE:${input.sequence ?? 0}`,
    'X-MICROSOFT-CDO-OWNERAPPTID:-1',
    'X-MICROSOFT-CDO-BUSYSTATUS:BUSY',
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  );
  return lines(
    headers(input, 'Accepterat: Samverkansmöte', 'multipart/alternative; boundary="_000_outlook_"', [
      'Thread-Topic: Samverkansmöte',
      'X-MS-Has-Attach:',
      'X-MS-TNEF-Correlator:',
    ]),
    '',
    '--_000_outlook_',
    'Content-Type: text/plain; charset="utf-8"',
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(input.comment ?? ''),
    '',
    '--_000_outlook_',
    `Content-Type: text/calendar; charset="utf-8"; method=${input.method ?? 'REPLY'}`,
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(ics),
    '',
    '--_000_outlook_--',
    '',
  );
}

/**
 * Google Calendar: ORGANIZER present, the comment in X-RESPONSE-COMMENT, the calendar both inline
 * (text/calendar method=REPLY) and as an application/ics invite.ics attachment.
 */
export function googleReply(input: ReplyMessageInput): string {
  const comment = input.comment ? `;X-RESPONSE-COMMENT="${input.comment.replace(/"/g, "'")}"` : '';
  const ics = lines(
    'BEGIN:VCALENDAR',
    'PRODID:-//Google Inc//Google Calendar 70.9054//EN',
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    'METHOD:REPLY',
    'BEGIN:VEVENT',
    'DTSTART:20260210T090000Z',
    'DTEND:20260210T103000Z',
    'DTSTAMP:20260121T101500Z',
    fold(`ORGANIZER;CN=Samverkan:mailto:${input.organizer ?? 'samverkan@region.example'}`),
    fold(`UID:${input.uid}`),
    fold(
      `ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=${input.partstat};CN=${input.attendee.name}` +
        `;X-NUM-GUESTS=0${comment}:mailto:${input.attendee.email}`,
    ),
    'CREATED:20260115T120000Z',
    'LAST-MODIFIED:20260121T101500Z',
    ...sequenceLine(input),
    'STATUS:CONFIRMED',
    'SUMMARY:Samverkansmöte',
    'TRANSP:OPAQUE',
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  );
  return lines(
    headers(input, `Updated invitation with note: Samverkansmöte`, 'multipart/mixed; boundary="000mixed"'),
    '',
    '--000mixed',
    'Content-Type: multipart/alternative; boundary="000alt"',
    '',
    '--000alt',
    'Content-Type: text/plain; charset="UTF-8"; format=flowed; delsp=yes',
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(`${input.attendee.name} has answered.`),
    '--000alt',
    'Content-Type: text/html; charset="UTF-8"',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    '<p>Answered.</p>',
    '--000alt',
    'Content-Type: text/calendar; charset="UTF-8"; method=REPLY',
    'Content-Transfer-Encoding: 7bit',
    '',
    ics,
    '--000alt--',
    '',
    '--000mixed',
    'Content-Type: application/ics; name="invite.ics"',
    'Content-Disposition: attachment; filename="invite.ics"',
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(ics),
    '--000mixed--',
    '',
  );
}

/** Apple Calendar / Mail: the reply only as an attachment, quoted-printable, named iCal-….ics. */
export function appleReply(input: ReplyMessageInput): string {
  const ics = lines(
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Apple Inc.//macOS 15.2//EN',
    'METHOD:REPLY',
    'CALSCALE:GREGORIAN',
    'BEGIN:VEVENT',
    fold(`ATTENDEE;CN="${input.attendee.name}";PARTSTAT=${input.partstat}:mailto:${input.attendee.email}`),
    ...(input.comment ? [fold(`COMMENT:${text(input.comment)}`)] : []),
    'DTEND;TZID=Europe/Stockholm:20260210T113000',
    'DTSTAMP:20260120T083015Z',
    'DTSTART;TZID=Europe/Stockholm:20260210T100000',
    fold(`ORGANIZER;CN=Samverkan:mailto:${input.organizer ?? 'samverkan@region.example'}`),
    ...sequenceLine(input),
    'SUMMARY:Samverkansmöte',
    fold(`UID:${input.uid}`),
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  );
  // Quoted-printable: = and the only non-ASCII here, "ö" (UTF-8 C3 B6), are encoded; lines are folded below 76.
  const qp = ics.replace(/=/g, '=3D').replace(/ö/g, '=C3=B6');
  return lines(
    headers(input, 'Invitation: Samverkansmöte (Declined)', 'multipart/mixed; boundary="Apple-Mail=_1"'),
    '',
    '--Apple-Mail=_1',
    'Content-Transfer-Encoding: 7bit',
    'Content-Type: text/plain; charset=us-ascii',
    '',
    `${input.attendee.name} has declined your event.`,
    '',
    '--Apple-Mail=_1',
    'Content-Disposition: attachment; filename=iCal-20260120-083015.ics',
    'Content-Type: text/calendar; name=iCal-20260120-083015.ics; charset=utf-8',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    qp,
    '--Apple-Mail=_1--',
    '',
  );
}

/** A text/calendar method=REPLY part that is not iCalendar at all (cut off mid-way). */
export function malformedReply(input: ReplyMessageInput): string {
  const truncated = lines(
    'BEGIN:VCALENDAR',
    'METHOD:REPLY',
    'BEGIN:VEVENT',
    `UID:${input.uid}`,
    'ATTENDEE;PARTSTAT=ACC',
  );
  return lines(
    headers(input, 'Accepterat: Samverkansmöte', 'text/calendar; charset="utf-8"; method=REPLY'),
    'Content-Transfer-Encoding: 7bit',
    '',
    truncated,
    '',
  );
}

/** An out-of-office auto-reply: no calendar part at all. */
export function outOfOffice(input: Pick<ReplyMessageInput, 'attendee' | 'to'>): string {
  return lines(
    `From: "${input.attendee.name}" <${input.attendee.email}>`,
    `To: ${input.to ?? 'samverkan@region.example'}`,
    'Subject: Automatiskt svar: Samverkansmöte',
    'Auto-Submitted: auto-replied',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Jag är på semester till och med 3 augusti.',
    '',
  );
}

/**
 * A stored REPLY (test/fixtures/calendar/replies/…) as the client's email carries it: Outlook as a base64
 * text/calendar method=REPLY part beside the text; Google inline and again as an invite.ics attachment.
 * `replace` swaps the fixture's UID and addresses for those of the meeting under test.
 */
export function fixtureReplyMessage(
  ics: string,
  client: 'outlook' | 'google',
  from: { name: string; email: string },
  replace: Record<string, string> = {},
): string {
  let calendar = ics.replace(/\r?\n[ \t]/g, '');
  for (const [fixtureValue, value] of Object.entries(replace))
    calendar = calendar.split(fixtureValue).join(value);
  // Folded again at 75 octets, as the clients write it.
  calendar = calendar
    .split(/\r?\n/)
    .map((line) => (line ? fold(line) : line))
    .join(CRLF);
  const input: ReplyMessageInput = { uid: '', attendee: from, partstat: 'DELEGATED' };
  if (client === 'outlook') {
    return lines(
      headers(input, 'Delegerat: Samverkansmöte', 'multipart/alternative; boundary="_000_outlook_"'),
      '',
      '--_000_outlook_',
      'Content-Type: text/plain; charset="utf-8"',
      'Content-Transfer-Encoding: base64',
      '',
      base64Lines(`${from.name} har delegerat mötet.`),
      '',
      '--_000_outlook_',
      'Content-Type: text/calendar; charset="utf-8"; method=REPLY',
      'Content-Transfer-Encoding: base64',
      '',
      base64Lines(calendar),
      '',
      '--_000_outlook_--',
      '',
    );
  }
  return lines(
    headers(input, 'Delegated invitation: Samverkansmöte', 'multipart/mixed; boundary="000mixed"'),
    '',
    '--000mixed',
    'Content-Type: multipart/alternative; boundary="000alt"',
    '',
    '--000alt',
    'Content-Type: text/plain; charset="UTF-8"',
    '',
    `${from.name} has delegated.`,
    '--000alt',
    'Content-Type: text/calendar; charset="UTF-8"; method=REPLY',
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(calendar),
    '--000alt--',
    '',
    '--000mixed',
    'Content-Type: application/ics; name="invite.ics"',
    'Content-Disposition: attachment; filename="invite.ics"',
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(calendar),
    '--000mixed--',
    '',
  );
}
