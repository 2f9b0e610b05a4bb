/**
 * The encodings an RFC 5322 / MIME message needs, for the fixed shapes Samverkan sends: RFC 2047 encoded
 * words for headers, RFC 2231 parameters for file names, quoted-printable bodies and base64 attachments.
 * Everything returned is 7-bit ASCII with CRLF line ends, so a stored message survives any SMTP hop.
 */

const CRLF = '\r\n';
/** RFC 2045: encoded lines at most 76 characters; QP content at most 75 plus the soft-break `=`. */
const QP_LINE = 75;
const BASE64_LINE = 76;
/** 45 bytes → 60 base64 characters → a 72-character encoded word (limit 75). */
const WORD_BYTES = 45;

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
/** A line quoted-printable leaves as it is: printable ASCII but `=`, not ending in a space. */
const QP_PLAIN_LINE = /^(?:[\x20-\x3c\x3e-\x7e]*[\x21-\x3c\x3e-\x7e])?$/;
/** RFC 5322 specials that force a display name into a quoted string. */
const PHRASE_SPECIALS = /[()<>[\]:;@\\,."]/;

/** Each byte as quoted-printable writes it: printable ASCII as itself, the rest as =XX. */
const QP_BYTE: readonly string[] = Array.from({ length: 256 }, (_, byte) =>
  (byte >= 33 && byte <= 126 && byte !== 61) || byte === 32 || byte === 9
    ? String.fromCharCode(byte)
    : `=${byte.toString(16).toUpperCase().padStart(2, '0')}`,
);

/** A space or tab ending a line is encoded, so that no relay can strip it. */
const QP_BYTE_AT_END: Readonly<Record<number, string>> = { 32: '=20', 9: '=09' };

/** Header values never carry line breaks: a CR or LF in data must not start a new header. */
export function headerSafe(value: string): string {
  return value.replace(/[\r\n]+/g, ' ');
}

/**
 * Unstructured text (Subject) as it goes after `Name: `: as is when it is short printable ASCII, otherwise
 * as UTF-8 encoded words, one per folded line, each cut on a character boundary.
 */
export function encodeText(value: string, room = 66): string {
  const text = headerSafe(value);
  if (PRINTABLE_ASCII.test(text) && text.length <= room) return text;
  return encodedWords(text).join(`${CRLF} `);
}

/** A display name: an atom, a quoted string, or encoded words when it holds more than ASCII. */
export function encodePhrase(name: string): string {
  const text = headerSafe(name).trim();
  if (!PRINTABLE_ASCII.test(text)) return encodedWords(text).join(`${CRLF} `);
  if (!PHRASE_SPECIALS.test(text)) return text;
  return `"${text.replace(/[\\"]/g, (char) => `\\${char}`)}"`;
}

/** `Name <address>`, or the bare address. */
export function encodeMailbox(mailbox: { name?: string; address: string }): string {
  const address = headerSafe(mailbox.address).trim();
  const name = mailbox.name?.trim();
  return name ? `${encodePhrase(name)} <${address}>` : address;
}

function encodedWords(text: string): string[] {
  const words: string[] = [];
  let chunk = '';
  let bytes = 0;
  for (const char of text) {
    const size = Buffer.byteLength(char);
    if (bytes + size > WORD_BYTES && chunk) {
      words.push(encodedWord(chunk));
      chunk = '';
      bytes = 0;
    }
    chunk += char;
    bytes += size;
  }
  if (chunk || words.length === 0) words.push(encodedWord(chunk));
  return words;
}

function encodedWord(chunk: string): string {
  return `=?UTF-8?B?${Buffer.from(chunk, 'utf8').toString('base64')}?=`;
}

/**
 * A MIME parameter (`name`, `filename`): quoted when ASCII, RFC 2231 `param*=utf-8''…` when not, with an
 * ASCII stand-in first for readers that know only the plain form.
 */
export function encodeParameter(key: string, value: string): string {
  const text = headerSafe(value);
  if (PRINTABLE_ASCII.test(text)) return `${key}="${text.replace(/[\\"]/g, (char) => `\\${char}`)}"`;
  const plain =
    text
      .normalize('NFD')
      .replace(/[^\x20-\x7e]/g, '')
      .replace(/[\\"]/g, '_') || 'file';
  const extended = encodeURIComponent(text).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${key}="${plain}"; ${key}*=utf-8''${extended}`;
}

/**
 * Quoted-printable (RFC 2045 §6.7) of UTF-8 text: line breaks become CRLF hard breaks, long lines get soft
 * breaks that never split an =XX, and a space or tab ending a line is encoded so no relay can strip it.
 */
export function quotedPrintable(text: string): string {
  const lines = text.split(/\r\n|\r|\n/);
  const out: string[] = [];
  for (const line of lines) {
    // Most lines of our templates and iCalendar objects need no encoding at all.
    out.push(line.length <= QP_LINE && QP_PLAIN_LINE.test(line) ? line : quotedPrintableLine(line));
  }
  return out.join(CRLF);
}

const encodedCharacters = new Map<number, string>();

/** `å` → `=C3=A5`; remembered, since a text repeats the few letters beyond ASCII it has. */
function encodedCharacter(point: number): string {
  let encoded = encodedCharacters.get(point);
  if (encoded === undefined) {
    const bytes = Buffer.from(String.fromCodePoint(point), 'utf8');
    encoded = Array.from(bytes, (byte) => QP_BYTE[byte]).join('');
    if (encodedCharacters.size < 4096) encodedCharacters.set(point, encoded);
  }
  return encoded;
}

/** One line without line breaks: each character as its UTF-8 bytes, soft breaks between characters. */
function quotedPrintableLine(line: string): string {
  let encoded = '';
  let length = 0;
  const last = line.length - 1;
  let index = 0;
  while (index <= last) {
    // A run of characters written as they are, cut into pieces that fill each encoded line.
    let end = index;
    while (end <= last && isPlainAt(line, end, last)) end += 1;
    while (index < end) {
      if (length === QP_LINE) {
        encoded += `=${CRLF}`;
        length = 0;
      }
      const take = Math.min(QP_LINE - length, end - index);
      encoded += line.slice(index, index + take);
      length += take;
      index += take;
    }
    if (index > last) break;
    // One character that needs =XX: an ASCII special, a space or tab ending the line, or beyond ASCII
    // (a surrogate pair counts as one, its bytes kept on one line).
    const code = line.charCodeAt(index);
    let token: string;
    if (code < 0x80) {
      token = index === last && (code === 32 || code === 9) ? QP_BYTE_AT_END[code] : QP_BYTE[code];
      index += 1;
    } else {
      const point = line.codePointAt(index)!;
      token = encodedCharacter(point);
      index += point > 0xffff ? 2 : 1;
    }
    if (length + token.length > QP_LINE) {
      encoded += `=${CRLF}`;
      length = 0;
    }
    encoded += token;
    length += token.length;
  }
  return encoded;
}

/** Printable ASCII but `=`, or a space or tab that does not end the line. */
function isPlainAt(line: string, index: number, last: number): boolean {
  const code = line.charCodeAt(index);
  if (code >= 33 && code <= 126) return code !== 61;
  return (code === 32 || code === 9) && index !== last;
}

/** Base64 in 76-character lines. */
export function base64Lines(content: Buffer): string {
  const encoded = content.toString('base64');
  if (encoded.length <= BASE64_LINE) return encoded;
  const lines: string[] = [];
  for (let start = 0; start < encoded.length; start += BASE64_LINE) {
    lines.push(encoded.slice(start, start + BASE64_LINE));
  }
  return lines.join(CRLF);
}

/** RFC 5322 date-time in UTC: `Mon, 01 Feb 2027 10:00:00 +0000`. */
export function rfc5322Date(date: Date): string {
  return date.toUTCString().replace(/GMT$/, '+0000');
}
