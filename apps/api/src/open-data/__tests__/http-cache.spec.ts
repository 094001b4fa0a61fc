import type { Request } from 'express';
import { notModified } from '../http-cache';

const request = (headers: Record<string, string>) => ({ headers }) as unknown as Request;
const etag = 'W/"abc"';
const lastModified = new Date('2025-03-01T10:00:00.750Z');

describe('conditional requests (RFC 9110)', () => {
  it('matches If-None-Match weakly, in a list, or *', () => {
    expect(notModified(request({ 'if-none-match': 'W/"abc"' }), etag, null)).toBe(true);
    expect(notModified(request({ 'if-none-match': '"abc"' }), etag, null)).toBe(true);
    expect(notModified(request({ 'if-none-match': '"x", W/"abc"' }), etag, null)).toBe(true);
    expect(notModified(request({ 'if-none-match': '*' }), etag, null)).toBe(true);
    expect(notModified(request({ 'if-none-match': 'W/"abcd"' }), etag, null)).toBe(false);
  });

  it('lets If-None-Match decide when both are sent', () => {
    expect(
      notModified(
        request({ 'if-none-match': '"other"', 'if-modified-since': lastModified.toUTCString() }),
        etag,
        lastModified,
      ),
    ).toBe(false);
  });

  it('compares If-Modified-Since in whole seconds', () => {
    expect(
      notModified(
        request({ 'if-modified-since': 'Sat, 01 Mar 2025 10:00:00 GMT' }),
        etag,
        lastModified,
      ),
    ).toBe(true);
    expect(
      notModified(
        request({ 'if-modified-since': 'Sat, 01 Mar 2025 09:59:59 GMT' }),
        etag,
        lastModified,
      ),
    ).toBe(false);
    expect(notModified(request({ 'if-modified-since': 'not a date' }), etag, lastModified)).toBe(
      false,
    );
    expect(
      notModified(request({ 'if-modified-since': 'Sat, 01 Mar 2025 10:00:00 GMT' }), etag, null),
    ).toBe(false);
  });

  it('ignores a request Cache-Control: no-cache (a directive for caches, added by fetch())', () => {
    expect(
      notModified(request({ 'if-none-match': etag, 'cache-control': 'no-cache' }), etag, null),
    ).toBe(true);
  });

  it('is false without preconditions', () => {
    expect(notModified(request({}), etag, lastModified)).toBe(false);
  });
});
