import type { Locale } from '../../person/person.entity.js';
import { BASELINE_SECURITY_HEADERS } from './security-headers.js';

/**
 * The shell of the public pages reached by a link in an email (RSVP, minutes approval): plain HTML, no
 * scripts, every value escaped, served with headers that forbid scripts, framing, caching and Referer leaks.
 */
export const PUBLIC_PAGE_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  ...BASELINE_SECURITY_HEADERS,
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy':
    "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'cache-control': 'no-store',
});

/** A public link page answers JSON when the client sends JSON or asks for it over HTML; the page otherwise. */
export function wantsJson(request: {
  method: string;
  headers: Record<string, string | string[] | undefined>;
}): boolean {
  const header = (name: string) => String(request.headers[name] ?? '');
  if (request.method === 'POST') return /json/i.test(header('content-type'));
  const accept = header('accept');
  return /application\/json/i.test(accept) && !/text\/html/i.test(accept);
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
  '=': '&#61;',
};

export function escapeHtml(value: string): string {
  return String(value).replace(/[&<>"'`=]/g, (char) => HTML_ESCAPES[char]);
}

const BASE_STYLE = `body{margin:0;background:#f4f5f7;font-family:Arial,Helvetica,sans-serif;color:#1f2933}
main{max-width:var(--width,560px);margin:24px auto;background:#fff;border-radius:6px;padding:24px 32px}
h1{font-size:20px;color:#0b5394;margin-top:0}h2{font-size:16px;margin-top:20px}
textarea{width:100%;box-sizing:border-box;min-height:4em;margin:4px 0 12px}
button{padding:10px 16px;margin:0 8px 8px 0;border:0;border-radius:4px;color:#fff;font-size:15px;cursor:pointer}
.note{color:#6b7280}`;

export interface PublicPageOptions {
  locale: Locale;
  /** Plain text; escaped here. */
  title: string;
  /** Trusted HTML built from escaped values. */
  body: string;
  /** Extra rules for this page's own elements. */
  style?: string;
  /** The content column's width, e.g. wider for minutes. */
  width?: string;
}

export function renderPublicPage(options: PublicPageOptions): string {
  const width = options.width ? `:root{--width:${options.width}}\n` : '';
  return `<!DOCTYPE html>
<html lang="${options.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(options.title)}</title>
<style>${width}${BASE_STYLE}${options.style ? `\n${options.style}` : ''}</style>
</head>
<body><main>
${options.body}
</main></body>
</html>
`;
}

/** Past the limit of answers through a link (429): in both languages, since the link's person is not looked up. */
export function renderTooManyAnswers(): string {
  return renderPublicPage({
    locale: 'sv',
    title: 'För många svar',
    body: `<h1>För många svar</h1>
<p>Svaret sparades inte: länken har använts för många gånger på kort tid. Försök igen om en stund.</p>
<h2 lang="en">Too many answers</h2>
<p lang="en">Your answer was not saved: the link was used too often in a short time. Try again in a while.</p>`,
  });
}
