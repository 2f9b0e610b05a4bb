import { DateTime } from 'luxon';
import type { PublicRecordsManifest, RecordDocument } from './public-records.dto.js';

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function withheldWords(document: RecordDocument): string {
  if (document.withheld.length === 0) return 'Inget';
  return document.withheld
    .map((part) => (part.item === null ? part.marking : `Punkt ${part.item}: ${part.marking}`))
    .join('; ');
}

/**
 * The manifest as a page a person reads (förteckning.html, Swedish): every document with its meeting, date,
 * municipality, case number and what was withheld on which ground, and why a document is missing. Every
 * text is escaped; the links are the files' paths in the zip.
 */
export function recordIndexHtml(manifest: PublicRecordsManifest, zone: string): string {
  const rows = manifest.meetings.flatMap((meeting) =>
    meeting.documents.map((document) => {
      const municipality =
        document.municipality?.name ??
        meeting.municipalities.map((organization) => organization.name).join(', ');
      const cells = [
        escapeHtml(meeting.title),
        escapeHtml(document.date),
        escapeHtml(municipality),
        escapeHtml(meeting.caseNumber ?? '–'),
        `<a href="${escapeHtml(document.file)}">${escapeHtml(document.title)}</a>`,
        escapeHtml(withheldWords(document)),
      ];
      return `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`;
    }),
  );
  const missing = manifest.meetings.flatMap((meeting) =>
    meeting.notes.map(
      (note) => `<li>${escapeHtml(`${meeting.date} ${meeting.title}`)}: ${escapeHtml(note)}</li>`,
    ),
  );
  const generated = DateTime.fromISO(manifest.generatedAt, { zone }).toFormat('yyyy-MM-dd HH:mm');
  const municipalities = manifest.municipalities.map((organization) => organization.name).join(', ');
  return `<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Förteckning över utlämnade allmänna handlingar</title>
<style>
body { font-family: sans-serif; margin: 2rem; line-height: 1.4; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #9ca3af; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
</style>
</head>
<body>
<h1>Förteckning över utlämnade allmänna handlingar</h1>
<p>${escapeHtml(manifest.region.name)}: möten ${escapeHtml(manifest.period.from)} – ${escapeHtml(manifest.period.to)} med ${escapeHtml(municipalities)}. Sammanställd ${escapeHtml(generated)}.</p>
<p>Handlingarna är offentliga versioner. Delar som omfattas av sekretess har ersatts med sin markering, som anger sekretessgrunden (till exempel ”Sekretess enligt 31 kap. 16 § OSL”). Protokoll lämnas ut först när de är justerade. Samma uppgifter finns maskinläsbart i manifest.json.</p>
<p>${manifest.totals.meetings} möten, ${manifest.totals.documents} handlingar, ${manifest.totals.withheld} delar undantagna på grund av sekretess.</p>
<table>
<thead><tr><th scope="col">Möte</th><th scope="col">Datum</th><th scope="col">Kommun</th><th scope="col">Diarienummer</th><th scope="col">Handling</th><th scope="col">Undantaget (sekretess)</th></tr></thead>
<tbody>
${rows.join('\n') || '<tr><td colspan="6">Inga handlingar.</td></tr>'}
</tbody>
</table>
<h2>Handlingar som inte lämnas ut</h2>
${missing.length ? `<ul>\n${missing.join('\n')}\n</ul>` : '<p>Inga.</p>'}
</body>
</html>
`;
}
