import { createHash } from 'node:crypto';
import addressparser from 'nodemailer/lib/addressparser';
import {
  base64Lines,
  encodeMailbox,
  encodeParameter,
  encodeText,
  headerSafe,
  quotedPrintable,
  rfc5322Date,
} from './mime-encoding.js';

/** A file attached to the message, from memory only (no paths or URLs). */
export interface MailAttachment {
  filename: string;
  content: string | Buffer;
  /** Guessed from the file name's extension when left out. */
  contentType?: string;
}

/** A further alternative body beside text and HTML, e.g. `text/calendar; method=REQUEST`. */
export interface MailAlternative {
  content: string | Buffer;
  contentType: string;
}

/**
 * An iTIP message (iMIP): nodemailer adds it both as a `text/calendar; method=…` alternative and as an
 * .ics attachment, the shape Outlook, Google and Apple calendars expect. The METHOD inside the iCalendar
 * content must equal `method`.
 */
export interface MailCalendarEvent {
  method: 'REQUEST' | 'CANCEL' | 'REPLY' | 'PUBLISH' | 'COUNTER' | 'DECLINECOUNTER' | 'REFRESH' | 'ADD';
  content: string;
  filename?: string;
}

export interface MailAddress {
  address: string;
  name?: string;
}

export interface MessageParts {
  messageId: string;
  date: Date;
  from: string;
  to: MailAddress;
  subject: string;
  text: string;
  html: string;
  attachments?: MailAttachment[];
  alternatives?: MailAlternative[];
  calendarEvent?: MailCalendarEvent;
  headers?: Record<string, string>;
}

/** Parsed MAIL_FROM values: one per process in practice, parsed once rather than per message. */
const parsedFrom = new Map<string, Array<{ name: string; address: string }>>();

function mailboxesOf(from: string): Array<{ name: string; address: string }> {
  let mailboxes = parsedFrom.get(from);
  if (!mailboxes) {
    mailboxes = addressparser(from, { flatten: true }).filter((entry) => entry.address);
    if (parsedFrom.size < 16) parsedFrom.set(from, mailboxes);
  }
  return mailboxes;
}

/** The address part of MAIL_FROM (`Name <address>`), for the SMTP envelope. */
export function senderAddress(from: string): string {
  const [first] = mailboxesOf(from);
  if (!first) throw new Error('MAIL_FROM holds no address');
  return first.address;
}

/** `<id@domain of MAIL_FROM>`: fixed when the message is rendered, so every retry carries it. */
export function messageIdFor(id: string, from: string): string {
  const address = senderAddress(from);
  const domain = address.includes('@') ? address.slice(address.lastIndexOf('@') + 1) : 'localhost';
  return `<${id}@${domain || 'localhost'}>`;
}

/**
 * Builds the complete RFC 5322 message, once, as 7-bit ASCII text with CRLF line ends; it is stored and every
 * send uses it as it is.
 */
export function composeMessage(parts: MessageParts): string {
  const boundaries = new BoundarySource(parts.messageId);
  const bodies: MimePart[] = [
    textPart('text/plain; charset=utf-8', parts.text),
    textPart('text/html; charset=utf-8', parts.html),
    ...(parts.alternatives ?? []).map((alternative) =>
      typeof alternative.content === 'string'
        ? textPart(alternative.contentType, alternative.content)
        : filePart(alternative.contentType, alternative.content),
    ),
  ];
  const files = (parts.attachments ?? []).map(attachmentPart);
  if (parts.calendarEvent) {
    const { method, content } = parts.calendarEvent;
    // Outlook and Gmail build the invitation from the inline part, Apple Mail and webmail from the file.
    bodies.push(textPart(`text/calendar; charset=utf-8; method=${method}`, content));
    files.push(
      attachmentPart({
        filename: parts.calendarEvent.filename ?? 'invite.ics',
        content,
        contentType: 'application/ics',
      }),
    );
  }
  const alternative = multipart('alternative', bodies, boundaries);
  const body = files.length === 0 ? alternative : multipart('mixed', [alternative, ...files], boundaries);

  const headers = [
    `From: ${encodeFromHeader(parts.from)}`,
    `To: ${encodeMailbox(parts.to)}`,
    `Subject: ${encodeText(parts.subject)}`,
    `Message-ID: ${headerSafe(parts.messageId)}`,
    `Date: ${rfc5322Date(parts.date)}`,
    'MIME-Version: 1.0',
    ...Object.entries(parts.headers ?? {}).map(([name, value]) => {
      if (!HEADER_NAME.test(name) || RESERVED_HEADERS.has(name.toLowerCase())) {
        throw new Error(`Header ${name} cannot be set on a message`);
      }
      return `${name}: ${headerSafe(value)}`;
    }),
  ];
  return `${headers.join(CRLF)}${CRLF}${serialize(body)}`;
}

const CRLF = '\r\n';
const HEADER_NAME = /^[A-Za-z0-9][A-Za-z0-9-]*$/;
const RESERVED_HEADERS = new Set([
  'from',
  'to',
  'cc',
  'bcc',
  'subject',
  'message-id',
  'date',
  'mime-version',
  'content-type',
  'content-transfer-encoding',
]);

const CONTENT_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  ics: 'application/ics',
  txt: 'text/plain; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
};

/** A leaf (headers and encoded body) or a multipart holding parts. */
type MimePart =
  { headers: string[]; body: string } | { headers: string[]; boundary: string; parts: MimePart[] };

/**
 * Boundaries of one message. `=_` cannot occur in quoted-printable or base64 output, so a boundary holding
 * it never collides with content. Seeded by the Message-ID (unique, and already random).
 */
class BoundarySource {
  private readonly seed: string;
  private count = 0;

  constructor(messageId: string) {
    this.seed = createHash('sha256').update(messageId).digest('hex').slice(0, 24);
  }

  next(): string {
    this.count += 1;
    return `=_samverkan_${this.seed}_${this.count}`;
  }
}

function textPart(contentType: string, content: string): MimePart {
  return {
    headers: [`Content-Type: ${contentType}`, 'Content-Transfer-Encoding: quoted-printable'],
    body: quotedPrintable(content),
  };
}

function filePart(contentType: string, content: Buffer, disposition?: string): MimePart {
  return {
    headers: [
      `Content-Type: ${contentType}`,
      'Content-Transfer-Encoding: base64',
      ...(disposition ? [`Content-Disposition: ${disposition}`] : []),
    ],
    body: base64Lines(content),
  };
}

/** Files come from memory only: an attachment naming a path or URL instead of content is refused. */
function attachmentPart(attachment: MailAttachment): MimePart {
  const { filename, content } = attachment;
  if (typeof content !== 'string' && !Buffer.isBuffer(content)) {
    throw new Error(`Attachment ${String(filename)} has no content in memory`);
  }
  const extension = /\.([A-Za-z0-9]+)$/.exec(filename)?.[1]?.toLowerCase() ?? '';
  const contentType = attachment.contentType ?? CONTENT_TYPES[extension] ?? 'application/octet-stream';
  return filePart(
    `${contentType}; ${encodeParameter('name', filename)}`,
    typeof content === 'string' ? Buffer.from(content, 'utf8') : content,
    `attachment; ${encodeParameter('filename', filename)}`,
  );
}

function multipart(
  subtype: 'alternative' | 'mixed',
  parts: MimePart[],
  boundaries: BoundarySource,
): MimePart {
  const boundary = boundaries.next();
  return { headers: [`Content-Type: multipart/${subtype};${CRLF} boundary="${boundary}"`], boundary, parts };
}

function serialize(part: MimePart): string {
  const head = part.headers.join(CRLF) + CRLF + CRLF;
  if ('body' in part) return head + part.body;
  const inner = part.parts.map((child) => `--${part.boundary}${CRLF}${serialize(child)}${CRLF}`).join('');
  return `${head}${inner}--${part.boundary}--${CRLF}`;
}

function encodeFromHeader(from: string): string {
  const mailboxes = mailboxesOf(from);
  if (mailboxes.length === 0) throw new Error('MAIL_FROM holds no address');
  return mailboxes.map((entry) => encodeMailbox({ name: entry.name, address: entry.address })).join(', ');
}
