import { type Attachment, type ParsedMail, type StructuredHeader, simpleParser } from 'mailparser';
import { type CalendarReply, parseReply } from '../calendar/calendar-reply.parser.js';
import { CalendarErrorCode } from '../calendar/calendar.exception.js';

/** What an inbound message holds, as far as replies to our invitations go. */
export type ImipReading =
  | {
      kind: 'reply';
      reply: CalendarReply;
      /** The From header's addresses, lower-cased. */
      fromAddresses: string[];
    }
  | {
      kind: 'ignored';
      /** No calendar part (a plain message, an out-of-office), a delivery report, or another METHOD. */
      reason: 'no-calendar' | 'delivery-report' | 'not-a-reply';
    }
  | {
      kind: 'malformed';
      /** A CalendarErrorCode, or `mime` when the message itself could not be read. */
      reason: string;
    };

/** Only the parts that matter are parsed; HTML is never converted. */
const PARSER_OPTIONS = {
  skipHtmlToText: true,
  skipTextToHtml: true,
  skipTextLinks: true,
  skipImageLinks: true,
  keepCidLinks: true,
} as const;

/** How many calendar-looking parts are tried at most: a real reply has one or two (Google: both). */
const MAX_CANDIDATES = 5;

/**
 * Finds the iMIP REPLY in a raw message (RFC 6047): a `text/calendar` part, preferably one declaring
 * `method=REPLY` (Outlook, Exchange, Google), else any `.ics` attachment (Apple Mail sends the reply as an
 * attachment). The first part that parses as a REPLY wins. Never throws.
 */
export async function readImipReply(raw: Buffer): Promise<ImipReading> {
  let mail: ParsedMail;
  try {
    mail = await simpleParser(raw, PARSER_OPTIONS);
  } catch {
    return { kind: 'malformed', reason: 'mime' };
  }
  return extractImipReply(mail);
}

export function extractImipReply(mail: ParsedMail): ImipReading {
  // A bounce or delivery notice quotes the original message, which may be one of our REQUESTs: never a reply.
  const contentType = mail.headers.get('content-type') as StructuredHeader | undefined;
  if (contentType?.value.toLowerCase() === 'multipart/report')
    return { kind: 'ignored', reason: 'delivery-report' };

  const candidates = mail.attachments
    .filter(isCalendarPart)
    .sort((a, b) => priority(a) - priority(b))
    .slice(0, MAX_CANDIDATES);
  if (candidates.length === 0) return { kind: 'ignored', reason: 'no-calendar' };

  const errors: CalendarErrorCode[] = [];
  for (const part of candidates) {
    const result = parseReply(decodePart(part));
    if (result.ok) return { kind: 'reply', reply: result.reply, fromAddresses: fromAddresses(mail) };
    errors.push(result.error.code);
  }
  // Only other methods (REQUEST, COUNTER, REFRESH, PUBLISH): nothing we record, nothing wrong either.
  if (errors.every((code) => code === CalendarErrorCode.ReplyNotAReply)) {
    return { kind: 'ignored', reason: 'not-a-reply' };
  }
  return { kind: 'malformed', reason: errors.find((code) => code !== CalendarErrorCode.ReplyNotAReply)! };
}

function mimeParams(part: Attachment): Record<string, string> {
  const header = part.headers.get('content-type') as StructuredHeader | undefined;
  return header?.params ?? {};
}

function declaredType(part: Attachment): string {
  const header = part.headers.get('content-type') as StructuredHeader | undefined;
  return (header?.value ?? part.contentType).toLowerCase();
}

function isCalendarPart(part: Attachment): boolean {
  const type = declaredType(part);
  return (
    type === 'text/calendar' ||
    type === 'application/ics' ||
    // mailparser infers text/calendar from an .ics name on application/octet-stream parts.
    part.contentType.toLowerCase() === 'text/calendar' ||
    /\.ics$/i.test(part.filename ?? '')
  );
}

/** text/calendar with method=REPLY first, then other text/calendar parts, then .ics files of any type. */
function priority(part: Attachment): number {
  if (declaredType(part) !== 'text/calendar') return 2;
  return mimeParams(part).method?.trim().toUpperCase() === 'REPLY' ? 0 : 1;
}

/** The part as text in its declared charset (mailparser leaves attachment bytes undecoded). */
function decodePart(part: Attachment): string {
  const charset = mimeParams(part).charset?.trim().toLowerCase();
  if (charset && charset !== 'utf-8' && charset !== 'utf8' && charset !== 'us-ascii') {
    try {
      return new TextDecoder(charset).decode(part.content);
    } catch {
      // An unknown charset label: read it as UTF-8, which parseReply then judges.
    }
  }
  return part.content.toString('utf8');
}

function fromAddresses(mail: ParsedMail): string[] {
  return (mail.from?.value ?? [])
    .map((mailbox) => mailbox.address?.trim().toLowerCase())
    .filter((address): address is string => Boolean(address));
}
