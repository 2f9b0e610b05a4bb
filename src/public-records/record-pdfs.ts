import type { Content } from 'pdfmake/interfaces.js';
import { printable, renderArchivalPdf } from '../common/pdf/archival-pdf.js';

/** One line of a public document: label and value, the value printed as given (never HTML). */
export interface RecordLine {
  label: string;
  value: string;
}

/** An item of the public agenda: a restricted one arrives here as its number and marking only. */
export interface PublicAgendaItem {
  number: number;
  title: string;
  details: string;
  description: string;
}

/**
 * A public record rendered for the export (PDF/A-2b, as the minutes): a heading, the facts of the meeting,
 * and either the agenda's items or a proposal's text. Everything passed in is already the public version.
 */
export interface PublicRecordDocument {
  heading: string;
  /** Says which version this is, under the heading: "Offentlig version". */
  version: string;
  facts: RecordLine[];
  sections: Array<{ heading: string; items?: PublicAgendaItem[]; text?: string }>;
  /** For the document information: the meeting's date and parties. */
  subject: string;
}

function fact({ label, value }: RecordLine): Content {
  return { text: [{ text: `${label}: `, bold: true }, printable(value || '–')], margin: [0, 0, 0, 2] };
}

/** The document as a PDF/A-2b with DejaVu Sans embedded (common/pdf/archival-pdf.ts). */
export function renderPublicRecordPdf(doc: PublicRecordDocument): Promise<Buffer> {
  const content: Content[] = [
    { text: printable(doc.heading), style: 'title' },
    { text: printable(doc.version), style: 'version' },
    ...doc.facts.map(fact),
  ];
  for (const section of doc.sections) {
    content.push({ text: printable(section.heading), style: 'heading' });
    if (section.text !== undefined) content.push(printable(section.text || '–'));
    for (const item of section.items ?? []) {
      content.push({ text: printable(`${item.number}. ${item.title} (${item.details})`), style: 'item' });
      if (item.description) content.push({ text: printable(item.description), margin: [12, 0, 0, 4] });
    }
  }
  return renderArchivalPdf(
    { title: doc.heading, subject: doc.subject, keywords: [doc.version], language: 'sv-SE' },
    {
      pageSize: 'A4',
      pageMargins: [50, 50, 50, 60],
      defaultStyle: { fontSize: 10, lineHeight: 1.2 },
      styles: {
        title: { fontSize: 16, bold: true, margin: [0, 0, 0, 4] },
        version: { italics: true, color: '#4b5563', margin: [0, 0, 0, 8] },
        heading: { fontSize: 12, bold: true, margin: [0, 12, 0, 4] },
        item: { bold: true, margin: [0, 6, 0, 2] },
      },
      footer: (page: number, pages: number) => ({
        text: printable(`${doc.heading} – ${doc.version} – ${page}/${pages}`),
        alignment: 'center',
        fontSize: 8,
        color: '#6b7280',
      }),
      content,
    },
  );
}
