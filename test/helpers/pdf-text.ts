import { execFileSync } from 'node:child_process';

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
 * The text of a PDF as poppler's pdftotext reads it back (UTF-8, through the fonts' ToUnicode maps): what a
 * reader's search and copy find. Runs of white space (line wraps, page breaks) become one space.
 */
export function pdfText(pdf: Buffer): string {
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-q', '-', '-'], {
    input: pdf,
    maxBuffer: 64 * 1024 * 1024,
  }).toString('utf8');
  return text.replace(/\s+/g, ' ').trim();
}

/** One row of poppler's `pdffonts`: a font the PDF uses and whether it is embedded (and subset). */
export interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
  subset: boolean;
}

/** The fonts a PDF uses, as poppler's pdffonts lists them. */
export function pdfFonts(pdf: Buffer): PdfFont[] {
  const lines = execFileSync('pdffonts', ['-'], { input: pdf }).toString('utf8').split('\n');
  // name type [type…] encoding emb sub uni object ID: the columns after the name are fixed from the right.
  return lines
    .slice(2)
    .filter((line) => line.trim())
    .map((line) => {
      const parts = line.trim().split(/\s+/);
      const [emb, sub] = parts.slice(-5, -3);
      return {
        name: parts[0],
        type: parts.slice(1, -6).join(' '),
        embedded: emb === 'yes',
        subset: sub === 'yes',
      };
    });
}

/** The PDF's XMP metadata as poppler's `pdfinfo -meta` prints it. */
export function pdfXmp(pdf: Buffer): string {
  return execFileSync('pdfinfo', ['-meta', '-'], { input: pdf }).toString('utf8');
}
