import type { ReceivedMail } from './smtp-sink';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const TOKEN = '[\\w-]{20,}';
const QUERY = '(\\?[\\w=&%.,-]*)?';

/**
 * The pages an email may link to under PUBLIC_URL (DESIGN.md "Web app"): the web app's pages and the
 * public token pages. Never `/api/...`: a browser following it gets JSON or a 401.
 */
const PAGE_PATTERNS = [
  '/login',
  '/forgot-password',
  `/set-password/${TOKEN}`,
  `/meetings/${UUID}(/agenda|/minutes)?`,
  `/actions/${UUID}`,
  `/actions${QUERY}`,
  `/questions/${UUID}`,
  `/municipalities/${UUID}`,
  `/rsvp/${TOKEN}`,
  `/minutes-approval/${TOKEN}`,
  `/round-proposal/${TOKEN}`,
  `/rounds/${UUID}`,
  `/calendar/${TOKEN}\\.ics`,
].map((pattern) => new RegExp(`^${pattern}$`));

/** Every URL in a message: in its text, and every href of its HTML (entities decoded). */
export function linksOf(mail: ReceivedMail): string[] {
  const text = mail.parsed.text ?? '';
  const html = typeof mail.parsed.html === 'string' ? mail.parsed.html : '';
  const inText = text.match(/https?:\/\/[^\s<>"')]+/g) ?? [];
  const inHtml = [...html.matchAll(/href="([^"]+)"/g)].map((match) =>
    match[1]
      .replace(/&amp;/g, '&')
      .replace(/&#x3D;/g, '=')
      .replace(/&#x27;/g, "'"),
  );
  return [...new Set([...inText, ...inHtml].map((url) => url.replace(/[.,;:]+$/, '')))];
}

/**
 * The links of the messages that do not land on a page of the web app or a public page under `publicUrl`
 * (links elsewhere, e.g. a meeting's video link, are the meeting's own and are skipped). Empty when all do.
 */
export function linksOffThePages(messages: readonly ReceivedMail[], publicUrl: string): string[] {
  const wrong: string[] = [];
  for (const mail of messages) {
    for (const link of linksOf(mail)) {
      if (!link.startsWith(`${publicUrl}/`)) continue;
      const path = link.slice(publicUrl.length);
      if (!PAGE_PATTERNS.some((pattern) => pattern.test(path))) wrong.push(`${mail.parsed.subject}: ${link}`);
    }
  }
  return wrong;
}
