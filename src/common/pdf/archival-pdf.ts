import { dirname, join } from 'node:path';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';

/**
 * The one place pdfmake is set up. DejaVu Sans from the dejavu-fonts-ttf package, embedded (subset) in every
 * PDF: it covers Latin Extended A and B, so Sami names (ŋ, đ, ŧ, č, š, ž, ï, ǯ, ǥ, ǩ …) and those of
 * neighbouring countries print as written, which PDF's standard fonts (Windows-1252 only) cannot.
 */
const FONT_DIR = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const FONTS = {
  DejaVuSans: {
    normal: join(FONT_DIR, 'DejaVuSans.ttf'),
    bold: join(FONT_DIR, 'DejaVuSans-Bold.ttf'),
    italics: join(FONT_DIR, 'DejaVuSans-Oblique.ttf'),
    bolditalics: join(FONT_DIR, 'DejaVuSans-BoldOblique.ttf'),
  },
};
const FONT_FILES = new Set(Object.values(FONTS.DejaVuSans));

pdfmake.setFonts(FONTS);
// Nothing in a document may make pdfmake read a file or fetch a URL: only the font files are read.
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path: string) => FONT_FILES.has(path));

/** Control characters (a tab becomes a space) have no place in a document; every other letter prints. */
export function printable(text: string): string {
  let result = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const control = code < 0x20 || (code >= 0x7f && code <= 0x9f);
    result += char === '\t' ? ' ' : control && char !== '\n' ? '' : char;
  }
  return result;
}

/**
 * Text for the document information, which pdfkit also writes into the XMP metadata without escaping it:
 * markup characters would make that XML invalid, so they are worded or left out.
 */
function xmpText(text: string): string {
  return printable(text)
    .replace(/\s*&\s*/g, ' och ')
    .replace(/[<>]/g, '');
}

export interface ArchivalPdfInfo {
  title: string;
  /** e.g. the date and the parties: written as the document's subject (dc:description). */
  subject: string;
  keywords: string[];
  /** BCP 47, e.g. sv-SE. */
  language: string;
}

/**
 * Renders a PDF/A-2b (archival): PDF 1.7, pdfkit's XMP metadata with pdfaid part 2 and conformance B, title,
 * subject and keywords, an sRGB output intent, and DejaVu Sans (the only font) embedded.
 */
export function renderArchivalPdf(
  info: ArchivalPdfInfo,
  definition: Omit<TDocumentDefinitions, 'info' | 'version' | 'subset' | 'language'>,
): Promise<Buffer> {
  return pdfmake
    .createPdf({
      ...definition,
      version: '1.7',
      subset: 'PDF/A-2b',
      language: info.language,
      info: {
        title: xmpText(info.title),
        subject: xmpText(info.subject),
        keywords: xmpText(info.keywords.filter(Boolean).join(', ')),
        creator: 'Samverkan',
        producer: 'Samverkan',
      },
      defaultStyle: { font: 'DejaVuSans', ...definition.defaultStyle },
    })
    .getBuffer();
}
