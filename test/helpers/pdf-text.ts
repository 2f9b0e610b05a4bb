import { inflateSync } from 'node:zlib';

const CP1252_HIGH: Record<number, string> = {
  0x80: '€',
  0x82: '‚',
  0x83: 'ƒ',
  0x84: '„',
  0x85: '…',
  0x86: '†',
  0x87: '‡',
  0x88: 'ˆ',
  0x89: '‰',
  0x8a: 'Š',
  0x8b: '‹',
  0x8c: 'Œ',
  0x8e: 'Ž',
  0x91: '‘',
  0x92: '’',
  0x93: '“',
  0x94: '”',
  0x95: '•',
  0x96: '–',
  0x97: '—',
  0x98: '˜',
  0x99: '™',
  0x9a: 'š',
  0x9b: '›',
  0x9c: 'œ',
  0x9e: 'ž',
  0x9f: 'Ÿ',
};

function decodeWinAnsi(bytes: Buffer): string {
  let text = '';
  for (const byte of bytes) text += CP1252_HIGH[byte] ?? String.fromCharCode(byte);
  return text;
}

/**
 * Checks the structure a PDF reader relies on: header, trailer, a startxref offset that points at the
 * cross-reference table, and every object the table lists where it says. Throws when one is wrong.
 */
export function assertValidPdf(pdf: Buffer): void {
  const text = pdf.toString('latin1');
  if (!text.startsWith('%PDF-1.')) throw new Error('no %PDF header');
  if (!/%%EOF\s*$/.test(text)) throw new Error('no %%EOF at the end');
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text);
  if (!startxref) throw new Error('no startxref');
  const xrefAt = Number(startxref[1]);
  if (text.slice(xrefAt, xrefAt + 4) !== 'xref') throw new Error('startxref does not point at xref');
  const table = /^xref\s+(\d+)\s+(\d+)\s+/.exec(text.slice(xrefAt));
  if (!table) throw new Error('malformed xref');
  const first = Number(table[1]);
  const count = Number(table[2]);
  const entries = text
    .slice(xrefAt + table[0].length)
    .split(/\r?\n/)
    .slice(0, count);
  entries.forEach((entry, index) => {
    const [offset, , kind] = entry.trim().split(/\s+/);
    if (kind !== 'n') return;
    const at = Number(offset);
    const expected = `${first + index} 0 obj`;
    if (text.slice(at, at + expected.length) !== expected)
      throw new Error(`object ${first + index} not at ${at}`);
  });
  if (!/\/Type\s*\/Catalog/.test(text)) throw new Error('no catalog');
}

/**
 * The text drawn in a pdfmake/PDFKit PDF with the standard fonts: content streams inflated when compressed,
 * strings of the TJ/Tj operators decoded from WinAnsi, in drawing order.
 */
export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const streams: string[] = [];
  const pattern = /<<([^]*?)>>\s*stream\r?\n/g;
  for (let match = pattern.exec(raw); match; match = pattern.exec(raw)) {
    const dictionary = match[1];
    const start = match.index + match[0].length;
    const lengthMatch = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dictionary);
    const end = lengthMatch ? start + Number(lengthMatch[1]) : raw.indexOf('endstream', start);
    const bytes = pdf.subarray(start, end);
    if (/\/Subtype\s*\/(Image|Type1C|CIDFontType0C)/.test(dictionary)) continue;
    try {
      streams.push((/\/FlateDecode/.test(dictionary) ? inflateSync(bytes) : bytes).toString('latin1'));
    } catch {
      // Not a content stream we can read (e.g. a font program): skip it.
    }
  }
  const pieces: string[] = [];
  for (const stream of streams) {
    const operators =
      /\[((?:<[0-9a-fA-F]*>|\(.*?\)|[-\d.\s])*)\]\s*TJ|(<[0-9a-fA-F]*>|\((?:\\.|[^\\)])*\))\s*Tj/g;
    for (let op = operators.exec(stream); op; op = operators.exec(stream)) {
      const body = op[1] ?? op[2];
      for (const part of body.matchAll(/<([0-9a-fA-F]*)>|\(((?:\\.|[^\\)])*)\)/g)) {
        if (part[1] !== undefined) pieces.push(decodeWinAnsi(Buffer.from(part[1], 'hex')));
        else pieces.push(part[2].replace(/\\(.)/g, '$1'));
      }
    }
  }
  return pieces.join('');
}
