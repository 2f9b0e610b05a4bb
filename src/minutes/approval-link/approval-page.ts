import { escapeHtml, renderPublicPage } from '../../common/web/public-page.js';
import type { Locale } from '../../person/person.entity.js';
import type { ApprovalPageView } from '../minutes.dto.js';
import { MinutesErrorCode } from '../minutes.exception.js';

/**
 * The small HTML pages behind approval links (`/minutes-approval/:token`). No template engine and no
 * scripts: every value goes through `escapeHtml`, and the page is served with a CSP that forbids scripts.
 */

const TEXT = {
  sv: {
    title: 'Justering av protokoll',
    hello: (name: string) => `Hej ${name}!`,
    intro:
      'Läs protokollet nedan. Justera det, eller skicka tillbaka det med en kommentar om vad som behöver ändras.',
    deadline: 'Justera senast',
    items: 'Punkter',
    notes: 'Anteckningar',
    decisions: 'Beslut',
    attendance: 'Närvaro',
    status: { present: 'närvarande', absent: 'frånvarande', excused: 'anmält förhinder' },
    guests: 'Gäster',
    actions: 'Nya åtgärder',
    due: 'klar senast',
    comment: 'Kommentar (krävs om du skickar tillbaka)',
    approve: 'Justera',
    return: 'Skicka tillbaka',
    approved: 'Tack! Du har justerat protokollet.',
    returned: 'Tack! Protokollet har skickats tillbaka till sekreteraren.',
    closed: 'Den här justeringen är avslutad; länken gäller inte längre.',
    errors: {
      [MinutesErrorCode.ApprovalLinkNotFound]: [
        'Länken hittades inte',
        'Kontrollera att du har kopierat hela länken från e-postmeddelandet.',
      ],
      [MinutesErrorCode.ApprovalLinkClosed]: [
        'Länken gäller inte längre',
        'Du har redan tagit ställning, eller så har protokollet skickats på ny justering.',
      ],
    } as Record<string, [string, string]>,
  },
  en: {
    title: 'Approving the minutes',
    hello: (name: string) => `Hello ${name}!`,
    intro: 'Read the minutes below. Approve them, or return them with a comment on what needs to change.',
    deadline: 'Approve by',
    items: 'Items',
    notes: 'Notes',
    decisions: 'Decisions',
    attendance: 'Attendance',
    status: { present: 'present', absent: 'absent', excused: 'excused' },
    guests: 'Guests',
    actions: 'New actions',
    due: 'due',
    comment: 'Comment (required when returning)',
    approve: 'Approve',
    return: 'Return',
    approved: 'Thank you! You have approved the minutes.',
    returned: 'Thank you! The minutes went back to the secretary.',
    closed: 'This review is over; the link no longer works.',
    errors: {
      [MinutesErrorCode.ApprovalLinkNotFound]: [
        'Link not found',
        'Check that you copied the whole link from the email.',
      ],
      [MinutesErrorCode.ApprovalLinkClosed]: [
        'The link no longer works',
        'You have already decided, or the minutes were submitted for approval again.',
      ],
    } as Record<string, [string, string]>,
  },
};

/** This page's own elements; the shell and base style are shared. */
const STYLE = `.pre{white-space:pre-line}
.approve{background:#2e7d32}.return{background:#b3261e}`;

function page(locale: Locale, title: string, body: string): string {
  return renderPublicPage({ locale, title, body, style: STYLE, width: '720px' });
}

function minutesHtml(view: ApprovalPageView): string {
  const t = TEXT[view.locale];
  const minutes = view.minutes;
  if (!minutes) return '';
  const items = minutes.items
    .map((item) => {
      const notes = item.notes ? `<p class="pre">${escapeHtml(item.notes)}</p>` : '';
      const decisions = item.decisions.length
        ? `<p><strong>${escapeHtml(t.decisions)}:</strong></p><ul>${item.decisions
            .map((decision) => `<li>${escapeHtml(decision)}</li>`)
            .join('')}</ul>`
        : '';
      return `<li><strong>${escapeHtml(item.title)}</strong>${notes}${decisions}</li>`;
    })
    .join('\n');
  const attendance = minutes.attendance
    .filter((entry) => entry.status !== null)
    .map((entry) => `<li>${escapeHtml(entry.name)}: ${escapeHtml(t.status[entry.status!])}</li>`)
    .join('');
  const guests = minutes.guests.map((guest) => escapeHtml(guest.name)).join(', ');
  const actions = minutes.actions
    .map(
      (action) => `<li>${escapeHtml(action.title)} (${escapeHtml(t.due)} ${escapeHtml(action.dueDate)})</li>`,
    )
    .join('');
  return `<h2>${escapeHtml(t.items)}</h2>
<ol>
${items}
</ol>
${attendance ? `<h2>${escapeHtml(t.attendance)}</h2><ul>${attendance}</ul>` : ''}
${guests ? `<h2>${escapeHtml(t.guests)}</h2><p>${guests}</p>` : ''}
${actions ? `<h2>${escapeHtml(t.actions)}</h2><ul>${actions}</ul>` : ''}`;
}

/** GET /minutes-approval/:token: while the adjuster may still decide, the minutes and the form; then the outcome. */
export function renderApprovalPage(view: ApprovalPageView): string {
  const t = TEXT[view.locale];
  const state =
    view.state === 'open'
      ? `<p>${escapeHtml(t.intro)}</p>`
      : `<p class="note">${escapeHtml(view.state === 'approved' ? t.approved : view.state === 'returned' ? t.returned : t.closed)}</p>`;
  const form =
    view.state === 'open'
      ? `<form method="post">
<label for="comment">${escapeHtml(t.comment)}</label>
<textarea id="comment" name="comment" maxlength="4000"></textarea>
<button class="approve" type="submit" name="decision" value="approve">${escapeHtml(t.approve)}</button>
<button class="return" type="submit" name="decision" value="return">${escapeHtml(t.return)}</button>
</form>`
      : '';
  return page(
    view.locale,
    t.title,
    `<h1>${escapeHtml(t.title)}</h1>
<p>${escapeHtml(t.hello(view.adjusterName))}</p>
<p><strong>${escapeHtml(view.meetingTitle)}</strong><br>${escapeHtml(view.when)}</p>
${view.state === 'open' ? `<p class="note"><strong>${escapeHtml(t.deadline)}:</strong> ${escapeHtml(view.deadline)}</p>` : ''}
${state}
${minutesHtml(view)}
${form}`,
  );
}

/** After POST /minutes-approval/:token. */
export function renderApprovalSaved(view: ApprovalPageView): string {
  const t = TEXT[view.locale];
  return page(
    view.locale,
    t.title,
    `<h1>${escapeHtml(view.state === 'approved' ? t.approved : t.returned)}</h1>
<p><strong>${escapeHtml(view.meetingTitle)}</strong><br>${escapeHtml(view.when)}</p>`,
  );
}

/** 404 and 410 pages. */
export function renderApprovalError(code: MinutesErrorCode, locale: Locale): string {
  const [title, text] =
    TEXT[locale].errors[code] ?? TEXT[locale].errors[MinutesErrorCode.ApprovalLinkNotFound];
  return page(locale, title, `<h1>${escapeHtml(title)}</h1>\n<p>${escapeHtml(text)}</p>`);
}
