import { assertValidPdf, pdfText } from '../../test/helpers/pdf-text';
import { type MinutesDocument, renderMinutesPdf, toWinAnsi } from './minutes-pdf';

const DOC: MinutesDocument = {
  meetingTitle: 'Samverkansmöte Åsele',
  when: 'tisdag 9 februari 2027 kl. 10:00–11:30',
  organizations: 'Åsele kommun',
  location: '',
  final: true,
  items: [
    {
      number: 1,
      title: 'Kommunens näringslivsläge',
      typeLabel: 'Information',
      notes: 'Två etableringar i Öråker; kompetensbrist inom vård.',
      decisions: ['Regionen återkommer om växtkraftsmedel före årsskiftet'],
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
    expect(text).not.toContain('UTKAST');
  });

  it('marks a draft on its pages', async () => {
    const text = pdfText(await renderMinutesPdf({ ...DOC, final: false }));
    expect(text).toContain('UTKAST – ej justerat');
  });

  it('replaces characters the standard fonts cannot draw', () => {
    expect(toWinAnsi('Åsa – “ok” € 😀 Ж')).toBe('Åsa – “ok” € ? ?');
  });
});
