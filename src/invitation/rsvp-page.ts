import { escapeHtml, renderPublicPage } from '../common/web/public-page.js';
import type { Partstat } from '../meeting/meeting.entity.js';
import type { Locale } from '../person/person.entity.js';
import { COMMENT_MAX_LENGTH, type RsvpView } from './invitation.dto.js';
import { InvitationErrorCode, type RsvpLinkErrorCode } from './invitation.exception.js';

type SubstituteErrorCode = InvitationErrorCode.SubstituteNotFound | InvitationErrorCode.SubstituteTakingPart;

/**
 * The small HTML pages behind RSVP links. No templates engine and no scripts: every value goes through
 * `escapeHtml`, and the page is served with a CSP that forbids scripts and foreign form targets.
 */

const TEXT = {
  sv: {
    title: 'Svar på kallelse',
    hello: (name: string) => `Hej ${name}!`,
    intro: 'Du är kallad till samverkansmötet nedan. Svara med en av knapparna.',
    meeting: 'Möte',
    time: 'Tid',
    with: 'Med',
    place: 'Plats',
    video: 'Video',
    agenda: 'Dagordning',
    openMeeting: 'Öppna mötet i Samverkan',
    appLinks: 'Mötet i Samverkan',
    current: 'Ditt svar just nu',
    comment: 'Kommentar (frivillig)',
    accept: 'Jag kommer',
    tentative: 'Kanske',
    decline: 'Jag kommer inte',
    saved: 'Tack! Ditt svar är sparat.',
    unchanged: 'Ditt svar var redan sparat.',
    change: 'Vill du ändra ditt svar kan du använda länken i kallelsen igen.',
    substitute: 'Skicka ersättare',
    substituteIntro:
      'Kan du inte komma? Skicka en kollega i din organisation i ditt ställe. Ersättaren får en egen kallelse, ' +
      'och du får fortfarande ändringar av mötet.',
    substitutePerson: 'Ersättare',
    standing: 'Stående ersättare enligt överenskommelsen',
    colleagues: 'Kollegor',
    substituteComment: 'Meddelande till mötets arrangör (frivilligt)',
    substituteSend: 'Skicka ersättare',
    noColleagues: 'Det finns ingen kollega i din organisation att skicka.',
    delegatedTo: (name: string) => `Du har skickat ${name} i ditt ställe.`,
    delegatedFrom: (name: string) => `Du är ersättare för ${name}.`,
    substituteSent: (name: string) => `Tack! ${name} har fått en kallelse i ditt ställe.`,
    substituteUnchanged: (name: string) => `${name} var redan skickad i ditt ställe.`,
    substituteErrors: {
      [InvitationErrorCode.SubstituteNotFound]:
        'Ersättaren finns inte bland dina kollegor i samma organisation. Välj någon i listan.',
      [InvitationErrorCode.SubstituteTakingPart]: 'Personen deltar redan i mötet. Välj någon annan.',
    } satisfies Record<SubstituteErrorCode, string>,
    partstat: {
      'NEEDS-ACTION': 'Inte svarat',
      ACCEPTED: 'Kommer',
      TENTATIVE: 'Kanske',
      DECLINED: 'Kommer inte',
      DELEGATED: 'Delegerat',
    } satisfies Record<Partstat, string>,
    errors: {
      [InvitationErrorCode.RsvpLinkNotFound]: [
        'Länken hittades inte',
        'Kontrollera att du har kopierat hela länken från kallelsen.',
      ],
      [InvitationErrorCode.RsvpLinkExpired]: [
        'Länken har gått ut',
        'Mötet är redan genomfört, så det går inte längre att svara.',
      ],
      [InvitationErrorCode.RsvpLinkRevoked]: [
        'Länken gäller inte längre',
        'Du är inte längre kallad till det här mötet.',
      ],
      [InvitationErrorCode.RsvpMeetingCancelled]: [
        'Mötet är inställt',
        'Det här samverkansmötet är inställt, så det behövs inget svar.',
      ],
    } satisfies Record<RsvpLinkErrorCode, [string, string]>,
  },
  en: {
    title: 'Answer the invitation',
    hello: (name: string) => `Hello ${name}!`,
    intro: 'You are invited to the collaboration meeting below. Answer with one of the buttons.',
    meeting: 'Meeting',
    time: 'Time',
    with: 'With',
    place: 'Place',
    video: 'Video',
    agenda: 'Agenda',
    openMeeting: 'Open the meeting in Samverkan',
    appLinks: 'The meeting in Samverkan',
    current: 'Your answer now',
    comment: 'Comment (optional)',
    accept: 'I will attend',
    tentative: 'Maybe',
    decline: 'I will not attend',
    saved: 'Thank you! Your answer has been saved.',
    unchanged: 'Your answer was already saved.',
    change: 'To change your answer, use the link in the invitation again.',
    substitute: 'Send a substitute',
    substituteIntro:
      'Cannot attend? Send a colleague of your organization in your place. The substitute gets an invitation ' +
      'of their own, and you still get the changes of the meeting.',
    substitutePerson: 'Substitute',
    standing: 'Standing substitutes of the agreement',
    colleagues: 'Colleagues',
    substituteComment: 'Message to the organizer (optional)',
    substituteSend: 'Send substitute',
    noColleagues: 'There is no colleague in your organization to send.',
    delegatedTo: (name: string) => `You have sent ${name} in your place.`,
    delegatedFrom: (name: string) => `You stand in for ${name}.`,
    substituteSent: (name: string) => `Thank you! ${name} has been invited in your place.`,
    substituteUnchanged: (name: string) => `${name} was already sent in your place.`,
    substituteErrors: {
      [InvitationErrorCode.SubstituteNotFound]:
        'The substitute is not among your colleagues of the same organization. Choose someone in the list.',
      [InvitationErrorCode.SubstituteTakingPart]:
        'The person already takes part in the meeting. Choose someone else.',
    } satisfies Record<SubstituteErrorCode, string>,
    partstat: {
      'NEEDS-ACTION': 'Not answered',
      ACCEPTED: 'Attending',
      TENTATIVE: 'Maybe',
      DECLINED: 'Not attending',
      DELEGATED: 'Delegated',
    } satisfies Record<Partstat, string>,
    errors: {
      [InvitationErrorCode.RsvpLinkNotFound]: [
        'Link not found',
        'Check that you copied the whole link from the invitation.',
      ],
      [InvitationErrorCode.RsvpLinkExpired]: [
        'The link has expired',
        'The meeting is over, so it can no longer be answered.',
      ],
      [InvitationErrorCode.RsvpLinkRevoked]: [
        'The link is no longer valid',
        'You are no longer invited to this meeting.',
      ],
      [InvitationErrorCode.RsvpMeetingCancelled]: [
        'The meeting is cancelled',
        'This collaboration meeting is cancelled, so no answer is needed.',
      ],
    } satisfies Record<RsvpLinkErrorCode, [string, string]>,
  },
};

/** This page's own elements; the shell and base style are shared. */
const STYLE = `dt{color:#6b7280;margin-top:8px}dd{margin:0}
.app-links{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:8px 24px}a{color:#0b5394}
.accept{background:#2e7d32}.tentative{background:#8a6d00}.decline{background:#b3261e}
details{margin-top:20px;border-top:1px solid #d1d5db;padding-top:12px}summary{cursor:pointer;font-weight:bold;
color:#0b5394;padding:8px 0}summary:focus-visible,select:focus-visible,button:focus-visible,textarea:focus-visible,
a:focus-visible{outline:3px solid #0b5394;outline-offset:2px}select{display:block;width:100%;max-width:100%;
padding:8px;margin:4px 0 12px;font-size:15px}.send{background:#0b5394}
.error{color:#b3261e;font-weight:bold}`;

function page(locale: Locale, title: string, body: string): string {
  return renderPublicPage({ locale, title, body, style: STYLE });
}

function details(view: RsvpView): string {
  const t = TEXT[view.locale];
  const rows: Array<[string, string]> = [
    [t.meeting, escapeHtml(view.meeting.title)],
    [t.time, escapeHtml(view.meeting.when)],
  ];
  if (view.meeting.organizations.length > 0)
    rows.push([t.with, escapeHtml(view.meeting.organizations.join(', '))]);
  if (view.meeting.location) rows.push([t.place, escapeHtml(view.meeting.location)]);
  if (view.meeting.videoUrl && /^https?:\/\//i.test(view.meeting.videoUrl)) {
    const url = escapeHtml(view.meeting.videoUrl);
    rows.push([t.video, `<a href="${url}" rel="noopener noreferrer">${url}</a>`]);
  }
  rows.push([t.current, escapeHtml(t.partstat[view.partstat])]);
  if (view.delegatedTo) rows.push([t.substitutePerson, escapeHtml(t.delegatedTo(view.delegatedTo.name))]);
  if (view.delegatedFrom)
    rows.push([t.substitutePerson, escapeHtml(t.delegatedFrom(view.delegatedFrom.name))]);
  return `<dl>\n${rows.map(([label, value]) => `<dt>${escapeHtml(label)}</dt><dd>${value}</dd>`).join('\n')}\n</dl>`;
}

/** The meeting and its agenda in the web app (which asks the reader to sign in first). */
function appLinksOf(view: RsvpView): string {
  const t = TEXT[view.locale];
  const link = (url: string, text: string) => `<li><a href="${escapeHtml(url)}">${escapeHtml(text)}</a></li>`;
  return `<nav aria-label="${escapeHtml(t.appLinks)}"><ul class="app-links">
${link(view.meeting.url, t.openMeeting)}
${link(view.meeting.agendaUrl, t.agenda)}
</ul></nav>`;
}

/**
 * "Skicka ersättare": a disclosure (no scripts on this page) holding the picker of colleagues, the
 * agreement's standing substitutes first, and an optional message. Open when it comes back with an error.
 */
function substituteForm(view: RsvpView, action: string, error: SubstituteErrorCode | undefined): string {
  const t = TEXT[view.locale];
  const option = (candidate: RsvpView['substitutes'][number]) =>
    `<option value="${escapeHtml(candidate.id)}">${escapeHtml(candidate.name)}</option>`;
  const standing = view.substitutes.filter((candidate) => candidate.standing);
  const others = view.substitutes.filter((candidate) => !candidate.standing);
  const groups = [
    standing.length > 0
      ? `<optgroup label="${escapeHtml(t.standing)}">${standing.map(option).join('')}</optgroup>`
      : '',
    others.length > 0
      ? standing.length > 0
        ? `<optgroup label="${escapeHtml(t.colleagues)}">${others.map(option).join('')}</optgroup>`
        : others.map(option).join('')
      : '',
  ].join('');
  const form =
    view.substitutes.length === 0
      ? `<p>${escapeHtml(t.noColleagues)}</p>`
      : `<form method="post" action="${escapeHtml(action)}">
<label for="substitute">${escapeHtml(t.substitutePerson)}</label>
<select id="substitute" name="personId" required${error ? ' aria-describedby="substitute-error" aria-invalid="true"' : ''}>${groups}</select>
<label for="substitute-comment">${escapeHtml(t.substituteComment)}</label>
<textarea id="substitute-comment" name="comment" maxlength="${COMMENT_MAX_LENGTH}"></textarea>
<button class="send" type="submit">${escapeHtml(t.substituteSend)}</button>
</form>`;
  return `<details${error ? ' open' : ''}>
<summary>${escapeHtml(t.substitute)}</summary>
${
  error
    ? `<p class="error" id="substitute-error" role="alert">${escapeHtml(t.substituteErrors[error])}</p>
`
    : ''
}<p>${escapeHtml(t.substituteIntro)}</p>
${form}
</details>`;
}

/**
 * GET /rsvp/:token: the meeting, a form with three answers and an optional comment, and "Skicka ersättare".
 * The forms name their targets: the page is also shown again at /rsvp/:token/substitute.
 */
export function renderRsvpPage(
  view: RsvpView,
  options: { token: string; substituteError?: SubstituteErrorCode },
): string {
  const t = TEXT[view.locale];
  const action = `/rsvp/${encodeURIComponent(options.token)}`;
  return page(
    view.locale,
    t.title,
    `<h1>${escapeHtml(t.title)}</h1>
<p>${escapeHtml(t.hello(view.person.name))}</p>
<p>${escapeHtml(t.intro)}</p>
${details(view)}
${appLinksOf(view)}
<form method="post" action="${escapeHtml(action)}">
<label for="comment">${escapeHtml(t.comment)}</label>
<textarea id="comment" name="comment" maxlength="${COMMENT_MAX_LENGTH}">${escapeHtml(view.comment ?? '')}</textarea>
<button class="accept" type="submit" name="partstat" value="ACCEPTED">${escapeHtml(t.accept)}</button>
<button class="tentative" type="submit" name="partstat" value="TENTATIVE">${escapeHtml(t.tentative)}</button>
<button class="decline" type="submit" name="partstat" value="DECLINED">${escapeHtml(t.decline)}</button>
</form>
${substituteForm(view, `${action}/substitute`, options.substituteError)}`,
  );
}

/** After POST /rsvp/:token/substitute. */
export function renderRsvpSubstituteSent(view: RsvpView, status: 'updated' | 'unchanged'): string {
  const t = TEXT[view.locale];
  const name = view.delegatedTo?.name ?? '';
  return page(
    view.locale,
    t.title,
    `<h1>${escapeHtml(status === 'updated' ? t.substituteSent(name) : t.substituteUnchanged(name))}</h1>
${details(view)}
${appLinksOf(view)}
<p class="note">${escapeHtml(t.change)}</p>`,
  );
}

/** After POST /rsvp/:token. */
export function renderRsvpSaved(view: RsvpView, status: 'updated' | 'unchanged'): string {
  const t = TEXT[view.locale];
  return page(
    view.locale,
    t.title,
    `<h1>${escapeHtml(status === 'updated' ? t.saved : t.unchanged)}</h1>
${details(view)}
${appLinksOf(view)}
<p class="note">${escapeHtml(t.change)}</p>`,
  );
}

/** 404 and 410 pages. */
export function renderRsvpError(code: RsvpLinkErrorCode, locale: Locale): string {
  const [title, text] = TEXT[locale].errors[code];
  return page(locale, title, `<h1>${escapeHtml(title)}</h1>${text ? `\n<p>${escapeHtml(text)}</p>` : ''}`);
}
