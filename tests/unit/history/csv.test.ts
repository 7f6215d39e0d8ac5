import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../../electron/main/history/csv';

describe('CSV', () => {
  it('quotes commas, quotes and line breaks as RFC 4180 says, rows ending in CRLF', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['x, y', 'say "hi"'],
          ['line\nbreak', null],
        ],
      ),
    ).toBe('a,b\r\n"x, y","say ""hi"""\r\n"line\nbreak",\r\n');
  });

  it('keeps a spreadsheet from running a cell as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-cmd')).toBe("'-cmd");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('gpt-4o')).toBe('gpt-4o');
  });

  it('writes numbers as numbers and missing values as empty cells', () => {
    expect(csvCell(0.00043)).toBe('0.00043');
    expect(csvCell(undefined)).toBe('');
  });
});
