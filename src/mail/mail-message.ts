import addressparser from 'nodemailer/lib/addressparser';
import MailComposer from 'nodemailer/lib/mail-composer';

/** A file attached to the message, from memory only (no paths or URLs). */
export interface MailAttachment {
  filename: string;
  content: string | Buffer;
  contentType?: string;
  /** 'inline' with a `cid` embeds an image referenced from the HTML as `cid:<cid>`. */
  contentDisposition?: 'attachment' | 'inline';
  cid?: string;
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

/** The address part of MAIL_FROM (`Name <address>`), for the SMTP envelope. */
export function senderAddress(from: string): string {
  for (const entry of addressparser(from, { flatten: true })) {
    if (entry.address) return entry.address;
  }
  throw new Error('MAIL_FROM holds no address');
}

/** `<id@domain of MAIL_FROM>`: fixed when the message is rendered, so every retry carries it. */
export function messageIdFor(id: string, from: string): string {
  const address = senderAddress(from);
  const domain = address.includes('@') ? address.slice(address.lastIndexOf('@') + 1) : 'localhost';
  return `<${id}@${domain || 'localhost'}>`;
}

/** Builds the complete RFC 5322 message, once; the bytes are stored and every send uses them as they are. */
export function composeMessage(parts: MessageParts): Promise<Buffer> {
  const composer = new MailComposer({
    from: parts.from,
    to: parts.to.name ? { name: parts.to.name, address: parts.to.address } : parts.to.address,
    subject: parts.subject,
    messageId: parts.messageId,
    date: parts.date,
    text: parts.text,
    html: parts.html,
    attachments: parts.attachments,
    alternatives: parts.alternatives,
    icalEvent: parts.calendarEvent
      ? {
          method: parts.calendarEvent.method,
          content: parts.calendarEvent.content,
          filename: parts.calendarEvent.filename ?? 'invite.ics',
        }
      : undefined,
    headers: parts.headers,
    newline: 'windows',
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  return composer.compile().build();
}
