import { escapeHtml, renderPublicPage } from '../../common/web/public-page.js';
import type { Locale } from '../../person/person.entity.js';
import type { RoundProposalPageView } from '../round.dto.js';
import { RoundErrorCode } from '../round.exception.js';

/**
 * The small HTML pages behind a round's proposal links (`/round-proposal/:token`): no scripts, every value
 * through `escapeHtml`, served with a CSP that forbids scripts (common/web/public-page.ts).
 */

const TEXT = {
  sv: {
    title: 'Förslag till samverkansmöte',
    hello: (name: string) => `Hej ${name}!`,
    intro: (organization: string, round: string) =>
      `Regionen föreslår den här tiden för samverkansmötet med ${organization} i omgången ${round}. Det är ännu inte en kallelse.`,
    answerBy: (date: string) => `Svara senast ${date}; utan svar räknar vi med att tiden passar.`,
    modes: { onsite: 'På plats', digital: 'Digitalt', hybrid: 'På plats och digitalt' },
    legend: 'Passar tiden?',
    accept: 'Ja, tiden passar',
    other: 'Nej, vi ber om en annan tid',
    alternatives: 'Andra tider som passar (upp till tre)',
    alternative: (n: number) => `Förslag ${n}`,
    reason: 'Skäl eller meddelande',
    hint: 'Ange minst en annan tid eller ett skäl om ni ber om en annan tid.',
    send: 'Skicka svar',
    current: 'Ert svar',
    accepted: 'Tiden passar.',
    acceptedByDefault: 'Inget svar kom i tid; tiden räknas som godtagen.',
    askedOther: 'Ni har bett om en annan tid.',
    saved: 'Tack! Ert svar är sparat. Samordnaren ser det och hör av sig med kallelsen.',
    change: 'Ni kan ändra svaret tills omgången är bekräftad.',
    closed: 'Omgången är bekräftad; kallelsen har skickats. Svara på den i stället.',
    error: 'Svaret kunde inte sparas',
    errors: {
      [RoundErrorCode.ProposalLinkNotFound]: [
        'Länken hittades inte',
        'Kontrollera att du har kopierat hela länken från e-postmeddelandet.',
      ],
      [RoundErrorCode.ProposalLinkClosed]: [
        'Förslaget går inte längre att besvara',
        'Omgången är bekräftad och kallelsen skickad.',
      ],
    } as Record<string, [string, string]>,
  },
  en: {
    title: 'Proposed collaboration meeting',
    hello: (name: string) => `Hello ${name}!`,
    intro: (organization: string, round: string) =>
      `The region proposes this time for the collaboration meeting with ${organization} in the round ${round}. This is not an invitation yet.`,
    answerBy: (date: string) =>
      `Please answer by ${date}; without an answer we take it that the time suits you.`,
    modes: { onsite: 'On site', digital: 'Online', hybrid: 'On site and online' },
    legend: 'Does the time suit you?',
    accept: 'Yes, the time suits us',
    other: 'No, we ask for another time',
    alternatives: 'Other times that suit you (up to three)',
    alternative: (n: number) => `Alternative ${n}`,
    reason: 'Reason or message',
    hint: 'When asking for another time, give at least one other time or a reason.',
    send: 'Send answer',
    current: 'Your answer',
    accepted: 'The time suits you.',
    acceptedByDefault: 'No answer came in time; the time counts as accepted.',
    askedOther: 'You have asked for another time.',
    saved: 'Thank you! Your answer is saved. The coordinator sees it and will send the invitation.',
    change: 'You may change the answer until the round is confirmed.',
    closed: 'The round is confirmed and the invitation sent. Please answer that instead.',
    error: 'The answer could not be saved',
    errors: {
      [RoundErrorCode.ProposalLinkNotFound]: [
        'Link not found',
        'Check that you copied the whole link from the email.',
      ],
      [RoundErrorCode.ProposalLinkClosed]: [
        'The proposal can no longer be answered',
        'The round is confirmed and the invitation sent.',
      ],
    } as Record<string, [string, string]>,
  },
};

const STYLE = `fieldset{border:1px solid #c4c9d0;border-radius:4px;margin:0 0 12px;padding:8px 12px}
legend{font-weight:bold;padding:0 4px}
label{display:block;margin:6px 0 2px}
.choice{display:flex;gap:8px;align-items:center;margin:8px 0}.choice label{display:inline;margin:0}
input[type=radio]{width:20px;height:20px;margin:0}
input[type=datetime-local]{font-size:15px;padding:6px;margin-bottom:6px;min-height:32px}
.send{background:#0b5394}.alert{border-left:4px solid #b3261e;padding:8px 12px;background:#fdecea}
.done{border-left:4px solid #2e7d32;padding:8px 12px;background:#e8f5e9}
input:focus-visible,textarea:focus-visible,button:focus-visible{outline:3px solid #0b5394;outline-offset:2px}`;

function page(locale: Locale, title: string, body: string): string {
  return renderPublicPage({ locale, title, body, style: STYLE });
}

function answerHtml(view: RoundProposalPageView): string {
  const t = TEXT[view.locale];
  const answer = view.answer;
  if (!answer) return '';
  const text =
    answer.state === 'accepted' ? (answer.byDefault ? t.acceptedByDefault : t.accepted) : t.askedOther;
  const alternatives = answer.alternatives.length
    ? `<ul>${answer.alternatives.map((when) => `<li>${escapeHtml(when)}</li>`).join('')}</ul>`
    : '';
  const reason = answer.reason ? `<p class="pre">${escapeHtml(answer.reason)}</p>` : '';
  return `<h2>${escapeHtml(t.current)}</h2>\n<p>${escapeHtml(text)}</p>${alternatives}${reason}`;
}

function formHtml(view: RoundProposalPageView): string {
  const t = TEXT[view.locale];
  const other = view.answer?.state === 'other';
  const inputs = [1, 2, 3]
    .map(
      (n) =>
        `<label for="alternative${n}">${escapeHtml(t.alternative(n))}</label>
<input type="datetime-local" id="alternative${n}" name="alternative${n}" step="900">`,
    )
    .join('\n');
  return `<form method="post">
<fieldset>
<legend>${escapeHtml(t.legend)}</legend>
<div class="choice"><input type="radio" id="answer-accept" name="answer" value="accept"${other ? '' : ' checked'}><label for="answer-accept">${escapeHtml(t.accept)}</label></div>
<div class="choice"><input type="radio" id="answer-other" name="answer" value="other"${other ? ' checked' : ''}><label for="answer-other">${escapeHtml(t.other)}</label></div>
</fieldset>
<fieldset>
<legend>${escapeHtml(t.alternatives)}</legend>
<p class="note" id="hint">${escapeHtml(t.hint)}</p>
${inputs}
</fieldset>
<label for="reason">${escapeHtml(t.reason)}</label>
<textarea id="reason" name="reason" maxlength="2000" aria-describedby="hint"></textarea>
<button class="send" type="submit">${escapeHtml(t.send)}</button>
</form>`;
}

/** GET (and after POST) /round-proposal/:token: the slot, the answer so far, and while open the form. */
export function renderRoundProposalPage(
  view: RoundProposalPageView,
  notice?: { kind: 'saved' } | { kind: 'error'; message: string },
): string {
  const t = TEXT[view.locale];
  const banner = !notice
    ? ''
    : notice.kind === 'saved'
      ? `<p class="done" role="status">${escapeHtml(t.saved)} ${escapeHtml(t.change)}</p>`
      : `<div class="alert" role="alert"><p><strong>${escapeHtml(t.error)}</strong></p><p>${escapeHtml(notice.message)}</p></div>`;
  const open = view.state === 'open';
  return page(
    view.locale,
    t.title,
    `<h1>${escapeHtml(t.title)}</h1>
${banner}
<p>${escapeHtml(t.hello(view.personName))}</p>
<p>${escapeHtml(t.intro(view.organizationName, view.roundName))}</p>
<p><strong>${escapeHtml(view.when)}</strong><br>${escapeHtml(t.modes[view.mode])}</p>
${open && view.answerBy ? `<p class="note">${escapeHtml(t.answerBy(view.answerBy))}</p>` : ''}
${open ? '' : `<p class="note">${escapeHtml(t.closed)}</p>`}
${answerHtml(view)}
${open ? formHtml(view) : ''}`,
  );
}

/** 404 and 410 pages. */
export function renderRoundProposalError(code: RoundErrorCode, locale: Locale): string {
  const [title, text] = TEXT[locale].errors[code] ?? TEXT[locale].errors[RoundErrorCode.ProposalLinkNotFound];
  return page(locale, title, `<h1>${escapeHtml(title)}</h1>\n<p>${escapeHtml(text)}</p>`);
}
