import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type Options, stringify, type Stringifier } from 'csv-stringify';

/**
 * CSV through csv-stringify (adaltas/node-csv), configured for RFC 4180 as spreadsheets read
 * it: a UTF-8 byte order mark first (tells Excel the file is UTF-8), CRLF after every record,
 * a field quoted when it holds a comma, a double quote, CR or LF, its quotes doubled.
 *
 * Spreadsheets run a cell that starts with = + - @ (or a tab or CR, which some strip first) as
 * a formula ("CSV injection"), so such text cells get a leading apostrophe (`escape_formulas`;
 * the library also covers the full-width ＝ ＋ － ＠ that Apple Numbers normalises). Numbers
 * (a negative one starts with "-") and booleans we write ourselves are left alone.
 */
export type CsvValue = string | number | boolean | null | undefined | readonly string[];

/** What joins the values of a multi-valued field inside one cell. */
export const CSV_LIST_SEPARATOR = ';';

export const CSV_OPTIONS: Options = {
  bom: true,
  record_delimiter: 'windows',
  // Setting record_delimiter turns off quoting of a bare LF or CR inside a field unless asked for.
  quote_record_delimiter: true,
  eof: true,
  escape_formulas: true,
  cast: {
    // The library's default writes true as "1" and false as "".
    boolean: (value) => String(value),
    // Lists are the only objects we write; a formula at the start of the joined text is neutralised.
    object: (value) =>
      Array.isArray(value) ? value.join(CSV_LIST_SEPARATOR) : JSON.stringify(value),
  },
};

/**
 * A transform stream: records (arrays of CsvValue, the header row first) in, CSV text out.
 * The BOM comes before the first record, so a stream is one file.
 */
export function csvStringifier(): Stringifier {
  return stringify(CSV_OPTIONS);
}

/**
 * Writes the records to `out` as one CSV file, one record at a time with backpressure: the
 * next record is only pulled from `records` when `out` has taken the previous ones, so a large
 * export is never built in memory and a client that stops reading stops the fetching.
 */
export function writeCsv(
  records: AsyncIterable<readonly CsvValue[]> | Iterable<readonly CsvValue[]>,
  out: Writable,
): Promise<void> {
  return pipeline(Readable.from(records), csvStringifier(), out);
}
