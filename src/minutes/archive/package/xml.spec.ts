import { el, escapeXml, xmlDocument } from './xml';
import { paperFileName } from './package-files';

describe('the archive package’s XML and file names', () => {
  it('escapes markup and leaves out what XML 1.0 cannot carry', () => {
    expect(escapeXml('a & b <c> "d"')).toBe('a &amp; b &lt;c&gt; &quot;d&quot;');
    expect(escapeXml('bell\u0007 and\u0000 nul, tab\tkept')).toBe('bell and nul, tab\tkept');
    expect(escapeXml('Sámi ŋ đ ŧ č')).toBe('Sámi ŋ đ ŧ č');
  });

  it('writes elements with attributes, leaving out null ones and empty children', () => {
    const text = xmlDocument(
      el('root', { a: 'x&y', b: null, n: 3 }, el('empty', {}), null, false, el('text', {}, 'å <ä>')),
    ).toString('utf8');
    expect(text).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<root a="x&amp;y" n="3">\n  <empty/>\n  <text>å &lt;ä&gt;</text>\n</root>\n',
    );
  });

  it('names papers portably and uniquely by item and place', () => {
    expect(paperFileName(2, 0, 'Lägesrapport näringsliv.pdf')).toBe('punkt-02-1-Lagesrapport-naringsliv.pdf');
    expect(paperFileName(12, 1, '../../etc/passwd')).toBe('punkt-12-2-etc-passwd');
    expect(paperFileName(1, 0, '«»')).toBe('punkt-01-1-handling');
    expect(paperFileName(1, 0, 'Čoahkkin ŋ.docx')).toBe('punkt-01-1-Coahkkin-ng.docx');
    expect(paperFileName(3, 0, 'Beslut (slutlig).pdf')).toBe('punkt-03-1-Beslut-slutlig.pdf');
    expect(paperFileName(3, 1, 'Đuoddara ŧ.xlsx')).toBe('punkt-03-2-Duoddara-t.xlsx');
  });
});
