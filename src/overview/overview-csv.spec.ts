import { CSV_BOM, csvCell, toCsv } from './overview-csv';

describe('overview CSV', () => {
  it('starts with a BOM, separates with semicolons and ends lines with CRLF', () => {
    expect(
      toCsv(
        ['Kommun', 'Öppna'],
        [
          ['Åsele', 3],
          ['Umeå', 12],
        ],
      ),
    ).toBe(`${CSV_BOM}Kommun;Öppna\r\nÅsele;3\r\nUmeå;12\r\n`);
  });

  it('writes decimal commas, empty cells for null, and quotes what needs quoting', () => {
    expect(csvCell(13.5)).toBe('13,5');
    expect(csvCell(null)).toBe('');
    expect(csvCell('Almi: 1; Region: 2')).toBe('"Almi: 1; Region: 2"');
    expect(csvCell('Säg "hej"')).toBe('"Säg ""hej"""');
    expect(csvCell('rad 1\nrad 2')).toBe('"rad 1\nrad 2"');
  });

  it('keeps spreadsheet formulas from running', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+46 90 123')).toBe("'+46 90 123");
    expect(csvCell(-5)).toBe('-5');
  });
});
