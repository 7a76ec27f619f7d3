import { csvField, rowsToCsv, toCsv } from './csv';

describe('csvField', () => {
  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+47 22 00 00 00', "'+47 22 00 00 00"],
    ['-1', "'-1"],
    ['@import', "'@import"],
  ])('defuses %s so a spreadsheet reads it as text', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('quotes separators, quotes and line breaks, and leaves plain text alone', () => {
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('si "hei"')).toBe('"si ""hei"""');
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField('Åse Nordmann')).toBe('Åse Nordmann');
  });
});

describe('toCsv', () => {
  it('starts with a BOM and ends every row, the header included, with CRLF', () => {
    const sut = toCsv(['Navn', 'Status'], [['Kari', '=1+1']]);
    expect(sut).toBe("\uFEFFNavn;Status\r\nKari;'=1+1\r\n");
  });
});

describe('rowsToCsv', () => {
  it('writes one column per declared column, in order', () => {
    const sut = rowsToCsv(
      [
        { header: 'Til', text: (row: { to: string; reason: string }) => row.to },
        { header: 'Begrunnelse', text: (row) => row.reason },
      ],
      [{ to: 'Helse', reason: 'Trenger; oppfølging' }],
    );
    expect(sut.replace('\uFEFF', '').split('\r\n')).toEqual(['Til;Begrunnelse', 'Helse;"Trenger; oppfølging"', '']);
  });
});
