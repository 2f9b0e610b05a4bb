import { assertValidPdf, pdfFonts, pdfText, pdfXmp } from '../../../test/helpers/pdf-text';
import { type MinutesDocument, renderMinutesPdf } from './minutes-pdf';

const DOC: MinutesDocument = {
  meetingTitle: 'Samverkansmöte Åsele',
  when: 'tisdag 9 februari 2027 kl. 10:00–11:30',
  organizations: 'Åsele kommun',
  location: '',
  caseNumber: 'RUN 2027/45',
  final: true,
  items: [
    {
      number: 1,
      title: 'Kommunens näringslivsläge',
      typeLabel: 'Information',
      secrecy: null,
      notes: 'Två etableringar i Öråker; kompetensbrist inom vård.',
      decisions: ['Regionen återkommer om växtkraftsmedel före årsskiftet'],
      papers: [],
    },
  ],
  present: ['Åsa Öberg', 'Jörgen Ärlig'],
  absent: [],
  excused: ['Björn Ek'],
  guests: ['Gäst Gästsson'],
  actions: [{ title: 'Ta fram lägesbild', owner: 'Åsa Öberg', dueDate: '2027-03-01', item: '1' }],
  adjusters: [{ name: 'Jörgen Ärlig', party: 'Region', approvedAt: '2027-02-12' }],
  lockedAt: '12 februari 2027',
};

describe('renderMinutesPdf', () => {
  it('renders a valid, compressed PDF whose text, å ä ö included, can be read back', async () => {
    const pdf = await renderMinutesPdf(DOC);
    assertValidPdf(pdf);
    expect(pdf.toString('latin1')).toContain('/FlateDecode');
    const text = pdfText(pdf);
    expect(text).toContain('Protokoll: Samverkansmöte Åsele');
    expect(text).toContain('Regionen återkommer om växtkraftsmedel före årsskiftet');
    expect(text).toContain('Två etableringar i Öråker');
    expect(text).toContain('Åsa Öberg, Jörgen Ärlig');
    expect(text).toContain('Anmält förhinder');
    expect(text).toContain('Diarienummer: RUN 2027/45');
    expect(text).not.toContain('UTKAST');
  });

  it('is an archival PDF/A-2b: every font embedded, XMP with the PDF/A identification, title, date and parties', async () => {
    const pdf = await renderMinutesPdf({ ...DOC, organizations: 'Åsele kommun & Region <Västerbotten>' });
    assertValidPdf(pdf);
    expect(pdf.toString('latin1')).toMatch(/^%PDF-1\.7/);
    expect(pdf.toString('latin1')).toMatch(/\/OutputIntents\s*\[/);
    const fonts = pdfFonts(pdf);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((font) => !font.embedded)).toEqual([]);
    const xmp = pdfXmp(pdf);
    expect(xmp).toMatch(/<pdfaid:part>2<\/pdfaid:part>/);
    expect(xmp).toMatch(/<pdfaid:conformance>B<\/pdfaid:conformance>/);
    expect(xmp).toContain('Protokoll: Samverkansmöte Åsele');
    expect(xmp).toContain('tisdag 9 februari 2027 kl. 10:00–11:30 – Åsele kommun och Region Västerbotten');
    expect(xmp).toMatch(/<xmp:CreateDate>\d{4}-\d\d-\d\dT/);
  });

  it('marks a draft on its pages', async () => {
    const text = pdfText(await renderMinutesPdf({ ...DOC, final: false }));
    expect(text).toContain('UTKAST – ej justerat');
  });

  it('prints Sami and other letters outside Windows-1252, read back by pdftotext', async () => {
    // North, Lule, South, Ume and Pite Sami, Skolt and Inari Sami, and neighbours' names.
    const names = [
      'Máret Ŋuhttá Đuolbbas',
      'Ŧoahkkin Čázádat Šiellaš Žuvvá',
      'Ïnga Ååre-Sjïdtege',
      'Ǯǯ Ʒʒ Ǥǥ Ǩǩ Ǧǧ õ',
      'Dvořák Łódź Ğüneş Ærø',
    ];
    const pdf = await renderMinutesPdf({
      ...DOC,
      meetingTitle: 'Samverkansmöte Lusspie/Lycksele',
      organizations: 'Lusspie/Lycksele, Ubmeje/Umeå',
      present: names,
      items: [{ ...DOC.items[0], notes: `Deltog: ${names.join('; ')}.` }],
    });
    assertValidPdf(pdf);
    const text = pdfText(pdf);
    expect(text).toContain('Protokoll: Samverkansmöte Lusspie/Lycksele');
    for (const name of names) expect(text).toContain(name);
    expect(text).toContain(`Deltog: ${names.join('; ')}.`);
    expect(text).not.toContain('?');
  });

  it('leaves out control characters', async () => {
    const text = pdfText(await renderMinutesPdf({ ...DOC, meetingTitle: 'Möte\u0007 i\tÅsele\u009b' }));
    expect(text).toContain('Protokoll: Möte i Åsele');
  });
});
