import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';
import type { DataVersion } from './open-data.service';

/** Open data may be cached by anyone (browsers, proxies, CDNs) for five minutes. */
export const CACHE_CONTROL = 'public, max-age=300';

/**
 * Sets the caching headers of an open-data response and answers 304 Not Modified when the
 * client's copy is current. The ETag is weak: `generatedAt` differs between otherwise equal
 * bodies.
 * @param variant what else the body depends on (endpoint, format, filters, public URL).
 * @returns true when a 304 was sent and the caller is done.
 */
export function answerIfFresh(
  req: Request,
  res: Response,
  version: DataVersion,
  variant: string,
): boolean {
  const etag = `W/"${createHash('sha256').update(`${variant}\n${version.fingerprint}`).digest('base64url').slice(0, 27)}"`;
  res.setHeader('Cache-Control', CACHE_CONTROL);
  res.setHeader('ETag', etag);
  if (version.lastModified) res.setHeader('Last-Modified', version.lastModified.toUTCString());
  if (!notModified(req, etag, version.lastModified)) return false;
  res.status(304).end();
  return true;
}

/**
 * RFC 9110 §13.2.2 for GET and HEAD: If-None-Match (weak comparison) decides when present,
 * else If-Modified-Since. Not Express's `req.fresh`, which never answers 304 to a request with
 * `Cache-Control: no-cache` — and fetch() adds exactly that to every conditional request.
 * That directive is for caches; the origin still evaluates the preconditions.
 */
export function notModified(req: Request, etag: string, lastModified: Date | null): boolean {
  const ifNoneMatch = req.headers['if-none-match'];
  if (ifNoneMatch !== undefined) {
    if (ifNoneMatch.trim() === '*') return true;
    const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
    return ifNoneMatch.split(',').some((tag) => opaque(tag) === opaque(etag));
  }
  const ifModifiedSince = req.headers['if-modified-since'];
  if (!ifModifiedSince || !lastModified) return false;
  const since = Date.parse(ifModifiedSince);
  // HTTP dates have whole seconds.
  return !Number.isNaN(since) && Math.floor(lastModified.getTime() / 1000) * 1000 <= since;
}
