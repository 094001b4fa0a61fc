import { CSV_BOM, csvField, csvRecord, neutraliseFormula } from '../csv';

describe('CSV writer (RFC 4180)', () => {
  it('leaves plain fields as they are', () => {
    expect(csvField('Prevention')).toBe('Prevention');
    expect(csvField('')).toBe('');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
  });

  it('quotes fields with a comma, a quote or a line break, doubling quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('cr\rlf')).toBe('"cr\rlf"');
    expect(csvField('"')).toBe('""""');
  });

  it('joins lists with ";"', () => {
    expect(csvField(['AT', 'DE'])).toBe('AT;DE');
    expect(csvField([])).toBe('');
    expect(csvField(['a,b', 'c'])).toBe('"a,b;c"');
  });

  it('writes numbers and booleans as they are', () => {
    expect(csvField(2024)).toBe('2024');
    expect(csvField(-1)).toBe('-1');
    expect(csvField(true)).toBe('true');
    expect(csvField(false)).toBe('false');
  });

  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'])('neutralises formula-like text %j', (text) => {
    expect(neutraliseFormula(text)).toBe(`'${text}`);
    expect(csvField(text).replace(/^"|"$/g, '')).toMatch(/^'/);
  });

  it('neutralises a list whose first value looks like a formula, and then quotes as needed', () => {
    expect(csvField(['=cmd|"/c calc"!A1', 'x'])).toBe(`"'=cmd|""/c calc""!A1;x"`);
  });

  it('does not touch text with a formula character later on', () => {
    expect(neutraliseFormula('a=b')).toBe('a=b');
    expect(neutraliseFormula(' =b')).toBe(' =b');
  });

  it('ends records with CRLF and exposes the BOM', () => {
    expect(csvRecord(['a', 'b,c', 1, null])).toBe('a,"b,c",1,\r\n');
    expect(CSV_BOM).toBe('\uFEFF');
  });
});
