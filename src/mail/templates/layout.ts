import type { Locale } from '../../person/person.entity.js';

/**
 * The HTML frame every message shares. `body` is the template's HTML, already rendered and escaped, so
 * it is inserted with triple braces; everything else is escaped by Handlebars.
 */
export const LAYOUT_HTML = `<!DOCTYPE html>
<html lang="{{locale}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{subject}}</title>
</head>
<body style="margin:0;padding:0;background:#f4f5f7;font-family:Arial,Helvetica,sans-serif;color:#1f2933;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f5f7;padding:24px 0;">
<tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="max-width:600px;background:#ffffff;border-radius:6px;">
<tr><td style="padding:20px 32px;border-bottom:3px solid #0b5394;font-size:20px;font-weight:bold;color:#0b5394;">Samverkan</td></tr>
<tr><td style="padding:24px 32px;font-size:15px;line-height:1.5;">
{{{body}}}
</td></tr>
<tr><td style="padding:16px 32px;font-size:12px;color:#6b7280;border-top:1px solid #e5e7eb;">{{footer}}</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`;

/** The plain-text frame: the template's text, then a signature. */
export const LAYOUT_TEXT = `{{{body}}}

-- 
{{{footer}}}
`;

export const LAYOUT_FOOTER: Record<Locale, string> = {
  sv: 'Det här meddelandet skickades automatiskt av Samverkan. Svara inte på det.',
  en: 'This message was sent automatically by Samverkan. Please do not reply to it.',
};
