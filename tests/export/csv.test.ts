import { describe, expect, it } from 'vitest';
import { csvCell, toCsv, UTF8_BOM } from '../../lib/export/csv';

/** A small RFC 4180 reader, so the tests check what a spreadsheet would read back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += char;
  }
  return rows;
}

describe('CSV cells (RFC 4180)', () => {
  it('leaves plain text, numbers and empty values alone', () => {
    expect(csvCell('Ana Silva')).toBe('Ana Silva');
    expect(csvCell(45)).toBe('45');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(null)).toBe('');
    expect(csvCell('')).toBe('');
  });

  it('quotes cells with commas, quotes and line breaks, doubling quotes', () => {
    expect(csvCell('delegation, trust')).toBe('"delegation, trust"');
    expect(csvCell('She said "not yet"')).toBe('"She said ""not yet"""');
    expect(csvCell('line one\nline two')).toBe('"line one\nline two"');
    expect(csvCell('line one\r\nline two')).toBe('"line one\r\nline two"');
  });

  it('neutralises cells a spreadsheet would run as a formula: = + - @ tab and carriage return', () => {
    expect(csvCell('=HYPERLINK("http://evil.example","click")')).toBe(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(csvCell('+1 more call')).toBe("'+1 more call");
    expect(csvCell('-2 points')).toBe("'-2 points");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('\rcmd')).toBe(`"'\rcmd"`);
    // Only at the start of a cell; numbers we write are numbers, not text.
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell(-3)).toBe('-3');
  });
});

describe('CSV files', () => {
  it('start with a UTF-8 byte-order mark and end every line with CRLF', () => {
    const text = toCsv(['Name', 'Note'], [['Zoë', 'ça va'], ['李', '«ok»']]);
    expect(text.startsWith(UTF8_BOM)).toBe(true);
    expect(text).toBe(`${UTF8_BOM}Name,Note\r\nZoë,ça va\r\n李,«ok»\r\n`);
    expect(new TextEncoder().encode(text).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('read back cell for cell, whatever the text holds', () => {
    const nasty = ['a,b', 'say "hi"', 'two\nlines', '=1+1', '', 'plain'];
    const text = toCsv(['one', 'two', 'three', 'four', 'five', 'six'], [nasty]);
    expect(parseCsv(text.slice(1))).toEqual([['one', 'two', 'three', 'four', 'five', 'six'], ['a,b', 'say "hi"', 'two\nlines', "'=1+1", '', 'plain']]);
  });
});
