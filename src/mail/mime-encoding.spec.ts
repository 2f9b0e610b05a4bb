import fc from 'fast-check';
import { simpleParser } from 'mailparser';
import { composeMessage } from './mail-message';
import { encodeParameter, encodePhrase, encodeText, quotedPrintable } from './mime-encoding';

/** Text as people type it: Swedish letters, punctuation MIME cares about, emoji, tabs and line breaks. */
const humanText = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'å',
        'ä',
        'ö',
        'Å',
        'Ä',
        'Ö',
        'é',
        '–',
        '€',
        '😀',
        ' ',
        '\t',
        '=',
        '.',
        ',',
        ';',
        '"',
        '?',
        '_',
      ),
      fc.string({ minLength: 0, maxLength: 12 }),
      fc.constant('\n'),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

function decodeQuotedPrintable(encoded: string): string {
  const bytes = Buffer.from(encoded.replace(/=\r\n/g, ''), 'latin1');
  const out: number[] = [];
  for (let index = 0; index < bytes.length; index += 1) {
    if (bytes[index] === 61) {
      out.push(parseInt(bytes.subarray(index + 1, index + 3).toString('latin1'), 16));
      index += 2;
    } else out.push(bytes[index]);
  }
  return Buffer.from(out).toString('utf8');
}

describe('quotedPrintable', () => {
  it('round-trips any text, with ASCII lines of at most 76 characters and no bare line feed', () => {
    fc.assert(
      fc.property(humanText, (text) => {
        const encoded = quotedPrintable(text);
        expect(encoded).toMatch(/^[\x20-\x7e\t\r\n]*$/);
        expect(encoded).not.toMatch(/[^\r]\n/);
        for (const line of encoded.split('\r\n')) {
          expect(line.length).toBeLessThanOrEqual(76);
          // A line never ends in whitespace a relay could strip.
          expect(line).not.toMatch(/[ \t]$/);
        }
        expect(decodeQuotedPrintable(encoded)).toBe(text.replace(/\r\n|\r|\n/g, '\r\n'));
      }),
    );
  });

  it('writes Swedish letters as their UTF-8 bytes', () => {
    expect(quotedPrintable('Hej Åsa, välkommen ')).toBe('Hej =C3=85sa, v=C3=A4lkommen=20');
  });
});

describe('header encodings', () => {
  it('keeps short ASCII as it is and encodes the rest as UTF-8 words on lines of at most 78', () => {
    expect(encodeText('Kallelse: Samverkan')).toBe('Kallelse: Samverkan');
    expect(encodePhrase('Region, Samverkan')).toBe('"Region, Samverkan"');
    expect(encodePhrase('Åsa Öberg')).toBe('=?UTF-8?B?w4VzYSDDlmJlcmc=?=');
    const long = encodeText('Vårrundan 2027 – Åsele, Öje; "Ä" '.repeat(5));
    for (const line of long.split('\r\n')) expect(line.length).toBeLessThanOrEqual(77);
  });

  it('never lets a line break in data start a new header', () => {
    expect(encodeText('Hej\r\nBcc: intruder@example.se')).not.toMatch(/[\r\n]B/);
    expect(encodePhrase('Åsa\nBcc: x@y.se')).not.toMatch(/\nBcc/);
  });

  it('names files in ASCII as quoted strings and others by RFC 2231 with a plain stand-in', () => {
    expect(encodeParameter('filename', 'protokoll.pdf')).toBe('filename="protokoll.pdf"');
    expect(encodeParameter('filename', 'Protokoll Åsele.pdf')).toBe(
      `filename="Protokoll Asele.pdf"; filename*=utf-8''Protokoll%20%C3%85sele.pdf`,
    );
  });
});

describe('composeMessage round trip through mailparser', () => {
  it('gives back subject, names, bodies and attachments for any text', async () => {
    await fc.assert(
      fc.asyncProperty(humanText, humanText, humanText, async (subject, name, body) => {
        const raw = composeMessage({
          messageId: '<x@samverkan.example.se>',
          date: new Date('2027-02-01T09:00:00Z'),
          from: 'Region Västerbotten Samverkan <samverkan@regionvasterbotten.se>',
          to: { address: 'asa@kommun.se', name },
          subject,
          text: body,
          html: `<p>${body}</p>`,
          attachments: [{ filename: 'Protokoll Åsele.pdf', content: Buffer.from(body, 'utf8') }],
        });
        expect(raw).toMatch(/^[\x20-\x7e\t\r\n]*$/);
        const parsed = await simpleParser(raw);
        // Header text is one line: line breaks and runs of whitespace read as a single space.
        const flat = (value: string) => value.replace(/[\r\n]+/g, ' ').trim();
        expect(flat(parsed.subject ?? '')).toBe(flat(subject));
        const to = Array.isArray(parsed.to) ? parsed.to[0] : parsed.to;
        expect(to?.value[0].address).toBe('asa@kommun.se');
        expect(parsed.text?.replace(/\n$/, '')).toBe(body.replace(/\r\n|\r/g, '\n').replace(/\n$/, ''));
        expect(parsed.attachments[0].filename).toBe('Protokoll Åsele.pdf');
        expect(parsed.attachments[0].content.toString('utf8')).toBe(body);
      }),
      { numRuns: 60 },
    );
  });
});
