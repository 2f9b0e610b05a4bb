import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { printable, renderArchivalPdf } from '../../common/pdf/archival-pdf.js';

/** What the PDF of the minutes shows, already in words (Swedish: the minutes are the record of both parties). */
export interface MinutesDocument {
  meetingTitle: string;
  when: string;
  organizations: string;
  location: string;
  /** Diarienummer; empty when the meeting has none. */
  caseNumber: string;
  /** draft: not approved, marked as such on every page. */
  final: boolean;
  items: Array<{
    number: number;
    title: string;
    typeLabel: string;
    /** The secrecy marking of a restricted item shown in full (the parties' version), with its note. */
    secrecy: string | null;
    notes: string;
    decisions: string[];
    /** The item's papers as the minutes lock them: name, size and SHA-256 (each file verifiable). */
    papers: string[];
  }>;
  present: string[];
  absent: string[];
  excused: string[];
  guests: string[];
  actions: Array<{ title: string; owner: string; dueDate: string; item: string }>;
  adjusters: Array<{ name: string; party: string; approvedAt: string }>;
  lockedAt: string;
}

const LABELS = {
  title: 'Protokoll',
  draft: 'UTKAST – ej justerat',
  when: 'Tid',
  with: 'Parter',
  place: 'Plats',
  caseNumber: 'Diarienummer',
  present: 'Närvarande',
  absent: 'Frånvarande',
  excused: 'Anmält förhinder',
  guests: 'Gäster',
  items: 'Punkter',
  notes: 'Anteckningar',
  decisions: 'Beslut',
  papers: 'Handlingar',
  actions: 'Nya åtgärder',
  action: 'Åtgärd',
  owner: 'Ansvarig',
  due: 'Klar senast',
  item: 'Punkt',
  adjustment: 'Justering',
  adjusted: 'Justerat',
  none: '–',
};

function line(label: string, value: string): Content {
  return {
    text: [{ text: `${label}: `, bold: true }, printable(value || LABELS.none)],
    margin: [0, 0, 0, 2],
  };
}

function definition(
  doc: MinutesDocument,
  compress: boolean,
): Omit<TDocumentDefinitions, 'info' | 'version' | 'subset' | 'language'> {
  const content: Content[] = [
    { text: printable(`${LABELS.title}: ${doc.meetingTitle}`), style: 'title' },
    ...(doc.final ? [] : [{ text: LABELS.draft, style: 'draft' } as Content]),
    line(LABELS.when, doc.when),
    line(LABELS.with, doc.organizations),
    ...(doc.location ? [line(LABELS.place, doc.location)] : []),
    ...(doc.caseNumber ? [line(LABELS.caseNumber, doc.caseNumber)] : []),
    { text: LABELS.present, style: 'heading' },
    printable(doc.present.join(', ') || LABELS.none),
  ];
  if (doc.absent.length) content.push(line(LABELS.absent, doc.absent.join(', ')));
  if (doc.excused.length) content.push(line(LABELS.excused, doc.excused.join(', ')));
  if (doc.guests.length) content.push(line(LABELS.guests, doc.guests.join(', ')));
  content.push({ text: LABELS.items, style: 'heading' });
  for (const item of doc.items) {
    content.push({ text: printable(`${item.number}. ${item.title} (${item.typeLabel})`), style: 'item' });
    if (item.secrecy) content.push({ text: printable(item.secrecy), style: 'secrecy' });
    if (item.notes) content.push({ text: printable(item.notes), margin: [12, 0, 0, 4] });
    if (item.decisions.length) {
      content.push({ text: `${LABELS.decisions}:`, bold: true, margin: [12, 2, 0, 2] });
      content.push({ ul: item.decisions.map(printable), margin: [24, 0, 0, 4] });
    }
    if (item.papers.length) {
      content.push({ text: `${LABELS.papers}:`, bold: true, margin: [12, 2, 0, 2] });
      content.push({ ul: item.papers.map(printable), fontSize: 9, margin: [24, 0, 0, 4] });
    }
  }
  if (doc.actions.length) {
    content.push({ text: LABELS.actions, style: 'heading' });
    content.push({
      table: {
        headerRows: 1,
        widths: ['*', 'auto', 'auto', 'auto'],
        body: [
          [LABELS.action, LABELS.owner, LABELS.due, LABELS.item].map((text) => ({ text, bold: true })),
          ...doc.actions.map((action) =>
            [action.title, action.owner, action.dueDate, action.item].map(printable),
          ),
        ],
      },
      layout: 'lightHorizontalLines',
    });
  }
  content.push({ text: LABELS.adjustment, style: 'heading' });
  for (const adjuster of doc.adjusters) {
    content.push(
      printable(
        `${adjuster.name} (${adjuster.party})${adjuster.approvedAt ? ` – ${LABELS.adjusted.toLowerCase()} ${adjuster.approvedAt}` : ''}`,
      ),
    );
  }
  if (doc.final && doc.lockedAt)
    content.push({ text: printable(`${LABELS.adjusted} ${doc.lockedAt}`), margin: [0, 6, 0, 0] });
  return {
    compress,
    pageSize: 'A4',
    pageMargins: [50, 50, 50, 60],
    defaultStyle: { font: 'DejaVuSans', fontSize: 10, lineHeight: 1.2 },
    styles: {
      title: { fontSize: 16, bold: true, margin: [0, 0, 0, 8] },
      draft: { fontSize: 11, bold: true, color: '#b91c1c', margin: [0, 0, 0, 8] },
      heading: { fontSize: 12, bold: true, margin: [0, 12, 0, 4] },
      item: { bold: true, margin: [0, 6, 0, 2] },
      secrecy: { italics: true, color: '#92400e', margin: [12, 0, 0, 4] },
    },
    footer: (page: number, pages: number) => ({
      text: printable(`${doc.meetingTitle}${doc.final ? '' : ` – ${LABELS.draft}`} – ${page}/${pages}`),
      alignment: 'center',
      fontSize: 8,
      color: '#6b7280',
    }),
    content,
  };
}

/** The minutes as a PDF/A-2b (pdfmake, DejaVu Sans embedded). */
export function renderMinutesPdf(
  doc: MinutesDocument,
  options: { compress?: boolean } = {},
): Promise<Buffer> {
  return renderArchivalPdf(
    {
      title: `${LABELS.title}: ${doc.meetingTitle}`,
      subject: [doc.when, doc.organizations].filter(Boolean).join(' – '),
      keywords: [LABELS.title, doc.organizations],
      language: 'sv-SE',
    },
    definition(doc, options.compress ?? true),
  );
}
