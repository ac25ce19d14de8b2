/** A spreadsheet cell's value; undefined and null are empty cells. */
export type CsvValue = string | number | boolean | undefined | null;

/** Spreadsheets (Excel above all) read a UTF-8 file as such only when it starts with a byte-order mark. */
export const UTF8_BOM = '\uFEFF';

/**
 * A text cell starting with one of these is read as a formula by spreadsheets (CSV injection): such a
 * cell gets a leading apostrophe, which spreadsheets show as text and do not evaluate.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell as RFC 4180 writes it: quoted (quotes doubled) when it holds a comma, a quote or a line break. */
export function csvCell(value: CsvValue): string {
  if (value === undefined || value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole file: the BOM, a header row, then one row per record, each line ended by CRLF (RFC 4180). */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}

/** A table whose columns are declared once: each column's heading and how a record fills it. */
export interface CsvColumn<T> {
  header: string;
  value: (record: T) => CsvValue;
}

export function csvOf<T>(columns: readonly CsvColumn<T>[], records: readonly T[]): string {
  return toCsv(
    columns.map((column) => column.header),
    records.map((record) => columns.map((column) => column.value(record))),
  );
}
