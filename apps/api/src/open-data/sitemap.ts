import { Readable } from 'node:stream';
import { ErrorLevel, SitemapStream, streamToPromise } from 'sitemap';
import type { SitemapData } from './open-data.service';
import { patternUrl } from './pattern-record';
import { organizationUrl, practiceUrl } from './practice-record';

/** Pages of the web app (apps/web/src/app/routes.tsx) that anyone may read. */
export const STATIC_PAGES = [
  '/',
  '/about',
  '/practices',
  '/misuse-patterns',
  '/events',
  '/collections',
  '/organizations',
  '/discussions',
] as const;

/** One <url> of the sitemap. */
interface SitemapEntry {
  url: string;
  lastmod?: string;
}

/** The entries: the static pages first, then each kind of page in the order of SitemapData. */
function* sitemapEntries(data: SitemapData, publicUrl: string): Generator<SitemapEntry> {
  const latestPractice = data.practices.reduce<Date | null>(
    (latest, p) => (!latest || p.updated_at > latest ? p.updated_at : latest),
    null,
  );
  const entry = (url: string, lastmod?: Date | null): SitemapEntry =>
    lastmod ? { url, lastmod: lastmod.toISOString() } : { url };
  for (const path of STATIC_PAGES) {
    yield entry(
      path === '/' ? `${publicUrl}/` : `${publicUrl}${path}`,
      path === '/' || path === '/practices' ? latestPractice : null,
    );
  }
  for (const p of data.practices) yield entry(practiceUrl(publicUrl, p.slug), p.updated_at);
  for (const m of data.patterns) yield entry(patternUrl(publicUrl, m.slug), m.updated_at);
  for (const e of data.events)
    yield entry(`${publicUrl}/events/${encodeURIComponent(e.slug)}`, e.updated_at);
  for (const c of data.collections)
    yield entry(`${publicUrl}/collections/${encodeURIComponent(c.slug)}`, c.updated_at);
  for (const o of data.organizations) yield entry(organizationUrl(publicUrl, o.slug), o.updated_at);
  for (const c of data.categories)
    yield entry(`${publicUrl}/discussions/c/${encodeURIComponent(c.slug)}`);
}

/**
 * A sitemap (protocol 0.9, sitemaps.org) of the public pages of the web app, written by the
 * `sitemap` library (escaping, characters XML forbids dropped). Only the plain urlset namespace:
 * no news, image, video or hreflang extensions are used. An invalid entry is our bug and fails
 * the request rather than producing a sitemap search engines reject.
 */
export async function renderSitemap(data: SitemapData, publicUrl: string): Promise<string> {
  const stream = new SitemapStream({
    xmlns: { news: false, xhtml: false, image: false, video: false },
    level: ErrorLevel.THROW,
  });
  const xml = streamToPromise(Readable.from(sitemapEntries(data, publicUrl)).pipe(stream));
  return (await xml).toString('utf8');
}
