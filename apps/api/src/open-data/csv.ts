/**
 * A small RFC 4180 writer (no CSV library is in the tree). Records end with CRLF; a field is
 * quoted when it holds a comma, a double quote, CR or LF, and its quotes are doubled.
 *
 * Spreadsheets run a cell that starts with = + - @ (or a tab or CR, which some strip first) as
 * a formula ("CSV injection"), so such text cells get a leading apostrophe: Excel and
 * LibreOffice show the text as typed. Numbers and booleans we write ourselves are left alone.
 */
export type CsvValue = string | number | boolean | null | undefined | readonly string[];

/** Byte order mark: tells Excel the file is UTF-8. */
export const CSV_BOM = '\uFEFF';

/** What joins the values of a multi-valued field inside one cell. */
export const CSV_LIST_SEPARATOR = ';';

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** Text that a spreadsheet would read as a formula, made inert with a leading apostrophe. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function csvField(value: CsvValue): string {
  let text: string;
  if (value === null || value === undefined) text = '';
  else if (typeof value === 'number' || typeof value === 'boolean') text = String(value);
  else text = neutraliseFormula(typeof value === 'string' ? value : value.join(CSV_LIST_SEPARATOR));
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One record, CRLF-terminated. */
export function csvRecord(values: readonly CsvValue[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}
