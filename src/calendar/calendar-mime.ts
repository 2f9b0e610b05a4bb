import { CALENDAR_METHODS, type CalendarMethod } from './calendar-builder.js';
import { CalendarError, CalendarErrorCode } from './calendar.exception.js';

export const CALENDAR_FILENAME = 'invite.ics';

/**
 * What an email needs to carry an iCalendar object so that Outlook, Gmail and Apple Mail all show it as an
 * invitation (with Accept / Tentative / Decline) or a cancellation. The robust layout is:
 *
 *   multipart/mixed
 *   ├─ multipart/alternative
 *   │  ├─ text/plain; charset=utf-8
 *   │  ├─ text/html; charset=utf-8
 *   │  └─ text/calendar; charset=utf-8; method=REQUEST   ← Outlook and Gmail build the invitation from this
 *   └─ application/ics; name="invite.ics" (attachment)  ← Apple Mail, mobile and webmail clients offer this
 *
 * The method= parameter must equal METHOD inside the object (Outlook ignores or misfiles a mismatch), and
 * ORGANIZER must be the From address. Passed as a message's `calendarEvent`, composeMessage
 * (mail/mail-message.ts) builds exactly that layout; `alternative` and `attachment` spell the same two parts
 * out for a composer that builds them itself.
 */
export interface CalendarMimePart {
  method: CalendarMethod;
  /** For the `calendarEvent` of a queued email (method, file name, content). */
  icalEvent: { method: CalendarMethod; filename: string; content: string };
  /** The inline text/calendar part of multipart/alternative. */
  alternative: { contentType: string; content: string };
  /** The same object as a file for clients that only look at attachments. */
  attachment: {
    filename: string;
    contentType: 'application/ics';
    contentDisposition: 'attachment';
    content: string;
  };
}

/** Checks that `ics` declares `method` and returns the MIME parts for it; throws CalendarError otherwise. */
export function calendarMimePart(ics: string, method: CalendarMethod): CalendarMimePart {
  if (!(CALENDAR_METHODS as readonly string[]).includes(method)) {
    throw new CalendarError(CalendarErrorCode.InvalidInput, `Unknown calendar method ${String(method)}`);
  }
  const declared = declaredMethod(ics);
  if (declared !== method) {
    throw new CalendarError(
      CalendarErrorCode.MethodMismatch,
      `The calendar object declares METHOD ${declared ?? '(none)'} but the email part says ${method}`,
      { declared, method },
    );
  }
  return {
    method,
    icalEvent: { method, filename: CALENDAR_FILENAME, content: ics },
    alternative: { contentType: `text/calendar; charset=UTF-8; method=${method}`, content: ics },
    attachment: {
      filename: CALENDAR_FILENAME,
      contentType: 'application/ics',
      contentDisposition: 'attachment',
      content: ics,
    },
  };
}

/** The METHOD of the VCALENDAR itself (before its first subcomponent), unfolded; null when absent. */
export function declaredMethod(ics: string): string | null {
  // Calendar properties come before the first component: only that head is read.
  const firstComponent = ics.search(/\r?\nBEGIN:/i);
  const head = firstComponent > 0 ? ics.slice(0, firstComponent) : ics;
  const unfolded = head.replace(/\r?\n[ \t]/g, '');
  const lines = unfolded.split(/\r?\n/);
  if (lines[0]?.trim().toUpperCase() !== 'BEGIN:VCALENDAR') return null;
  for (const line of lines.slice(1)) {
    if (/^BEGIN:/i.test(line)) return null;
    const match = /^METHOD(?:;[^:]*)?:(.*)$/i.exec(line);
    if (match) return match[1].trim().toUpperCase();
  }
  return null;
}
