import { contentDisposition } from './content-disposition';
import { formatFileSize } from './paper-format';
import { classifyPaper, cleanPaperName, extensionOf } from './paper-types';

describe('classifyPaper: the type from the content, the name only agreeing with it', () => {
  it('takes the accepted types with a name that agrees, or no extension at all', () => {
    expect(classifyPaper({ ext: 'pdf' }, 'Rapport.PDF')).toEqual({ ok: true, mediaType: 'application/pdf' });
    expect(classifyPaper({ ext: 'jpg' }, 'bild.jpeg')).toEqual({ ok: true, mediaType: 'image/jpeg' });
    expect(classifyPaper({ ext: 'xlsx' }, 'budget')).toEqual({
      ok: true,
      mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    expect(classifyPaper({ ext: 'odp' }, 'bilder.odp')).toEqual({
      ok: true,
      mediaType: 'application/vnd.oasis.opendocument.presentation',
    });
  });

  it('names the old Office formats by the name, since their content is one compound-file format', () => {
    expect(classifyPaper({ ext: 'cfb' }, 'gammal.doc')).toEqual({
      ok: true,
      mediaType: 'application/msword',
    });
    expect(classifyPaper({ ext: 'cfb' }, 'tabell.xls')).toEqual({
      ok: true,
      mediaType: 'application/vnd.ms-excel',
    });
    expect(classifyPaper({ ext: 'cfb' }, 'installera.msi')).toEqual({
      ok: false,
      reason: 'not-allowed',
      detected: 'cfb',
    });
  });

  it('refuses unknown and unaccepted content, and a name that says another accepted type', () => {
    expect(classifyPaper(undefined, 'text.txt')).toEqual({
      ok: false,
      reason: 'not-allowed',
      detected: null,
    });
    expect(classifyPaper({ ext: 'exe' }, 'rapport.pdf')).toEqual({
      ok: false,
      reason: 'not-allowed',
      detected: 'exe',
    });
    expect(classifyPaper({ ext: 'docm' }, 'makro.docx')).toEqual({
      ok: false,
      reason: 'not-allowed',
      detected: 'docm',
    });
    expect(classifyPaper({ ext: 'png' }, 'rapport.pdf')).toEqual({
      ok: false,
      reason: 'mismatch',
      detected: 'png',
      named: 'pdf',
    });
  });
});

describe('paper names', () => {
  it('keeps the name without folders, control or direction characters', () => {
    expect(cleanPaperName('C:\\Users\\anna\\Lägesrapport.pdf')).toBe('Lägesrapport.pdf');
    expect(cleanPaperName('../../etc/passwd')).toBe('passwd');
    expect(cleanPaperName('faktura\u202Efdp.exe')).toBe('fakturafdp.exe');
    expect(cleanPaperName('  \u0000 ')).toBe('handling');
    expect(cleanPaperName(undefined)).toBe('handling');
    const long = cleanPaperName(`${'å'.repeat(300)}.pdf`);
    expect(long).toHaveLength(200);
    expect(extensionOf(long)).toBe('pdf');
  });

  it('gives the name back in Content-Disposition: an ASCII fallback and the exact UTF-8 name', () => {
    expect(contentDisposition('Läges "rapport" (1).pdf')).toBe(
      `attachment; filename="L_ges _rapport_ (1).pdf"; filename*=UTF-8''L%C3%A4ges%20%22rapport%22%20%281%29.pdf`,
    );
  });

  it('words sizes in each language', () => {
    expect(formatFileSize(820, 'sv')).toBe('820 byte');
    expect(formatFileSize(14_000, 'en')).toBe('14 kB');
    expect(formatFileSize(1_300_000, 'sv')).toBe('1,2 MB');
    expect(formatFileSize(1_300_000, 'en')).toBe('1.2 MB');
  });
});
