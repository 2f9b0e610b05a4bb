/**
 * The county overview as CSV for Excel in Swedish (docs/adr/0009): UTF-8 with a byte-order mark (without
 * it Excel reads å, ä, ö as Latin-1), semicolons between fields (Swedish Excel uses the comma as decimal
 * separator and splits on the list separator, a semicolon), decimal commas, CRLF line ends, fields quoted
 * when they hold a semicolon, quote or line break. Cells that a spreadsheet would take for a formula are
 * prefixed with an apostrophe.
 */
export const CSV_BOM = '\uFEFF';

export type CsvCell = string | number | null;

export function csvCell(value: CsvCell): string {
  if (value === null) return '';
  let text = typeof value === 'number' ? String(value).replace('.', ',') : value;
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly CsvCell[]>): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(';'));
  return `${CSV_BOM}${lines.join('\r\n')}\r\n`;
}
