import { Readable, Writable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { type CsvValue, csvStringifier, writeCsv } from '../csv';

/** What our configured csv-stringify writes for these records, as one file (BOM kept: text() would drop it). */
const csv = async (...records: CsvValue[][]) =>
  (await buffer(Readable.from(records).pipe(csvStringifier()))).toString('utf8');
/** One record's line without the BOM and its CRLF. */
const line = async (...values: CsvValue[]) => {
  const out = await csv(values);
  expect(out.startsWith('\uFEFF')).toBe(true);
  expect(out.endsWith('\r\n')).toBe(true);
  return out.slice(1, -2);
};

describe('our CSV (csv-stringify, RFC 4180 for spreadsheets)', () => {
  it('starts with a BOM and ends every record with CRLF, an empty export included', async () => {
    expect(await csv(['id', 'title'], ['1', 'a'], ['2', 'b'])).toBe(
      '\uFEFFid,title\r\n1,a\r\n2,b\r\n',
    );
    expect(await csv(['id', 'title'])).toBe('\uFEFFid,title\r\n');
  });

  it('leaves plain fields as they are and writes missing ones empty', async () => {
    expect(await line('Prevention', '', null, undefined)).toBe('Prevention,,,');
  });

  it('quotes fields with a comma, a quote or a line break, doubling quotes', async () => {
    expect(await line('a,b', 'say "hi"', 'line\nbreak', 'cr\rlf', '"')).toBe(
      '"a,b","say ""hi""","line\nbreak","cr\rlf",""""',
    );
  });

  it('joins lists with ";", quoting the cell when a value needs it', async () => {
    expect(await line(['AT', 'DE'], [], ['a,b', 'c'])).toBe('AT;DE,,"a,b;c"');
  });

  it('writes numbers and booleans as they are, a negative number included', async () => {
    expect(await line(2024, -1, 0, true, false)).toBe('2024,-1,0,true,false');
  });

  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '＝1+1', '＠SUM(A1)'])(
    'neutralises formula-like text %j with a leading apostrophe',
    async (value) => {
      expect(await line(value, 'x')).toBe(`'${value},x`);
    },
  );

  it('neutralises a CR-led cell and still quotes it', async () => {
    expect(await line('\rx')).toBe(`"'\rx"`);
  });

  it('neutralises a list whose first value looks like a formula, and then quotes as needed', async () => {
    expect(await line(['=cmd|"/c calc"!A1', 'x'])).toBe(`"'=cmd|""/c calc""!A1;x"`);
  });

  it('does not touch text with a formula character later on', async () => {
    expect(await line('a=b', ' =b', ['x', '=y'])).toBe('a=b, =b,x;=y');
  });
});

describe('writeCsv', () => {
  it('pulls records only as fast as the reader takes them, so a large export is never built in memory', async () => {
    let pulled = 0;
    async function* endless() {
      yield ['id', 'title'];
      for (;;) {
        pulled += 1;
        yield [String(pulled), 'A practice title long enough to fill the buffers a little faster'];
      }
    }
    let received = 0;
    // A reader that takes the first chunk and then stops reading (never acknowledges the second).
    const stalled = new Writable({
      highWaterMark: 1024,
      write(chunk: Buffer, _encoding, done) {
        received += chunk.length;
        if (received === chunk.length) done();
      },
    });
    const writing = writeCsv(endless(), stalled);
    for (let turn = 0; turn < 200; turn += 1) await new Promise((resolve) => setImmediate(resolve));
    const pulledWhileStalled = pulled;
    for (let turn = 0; turn < 200; turn += 1) await new Promise((resolve) => setImmediate(resolve));
    expect(received).toBeGreaterThan(0);
    // Bounded by the stream buffers (a few thousand rows at most), and no more once they are full.
    expect(pulledWhileStalled).toBeLessThan(5_000);
    expect(pulled).toBe(pulledWhileStalled);
    stalled.destroy();
    await expect(writing).rejects.toThrow();
  });
});
