import type { SitemapData } from './open-data.service';
import { patternUrl } from './pattern-record';
import { organizationUrl, practiceUrl } from './practice-record';
import { xmlElement } from './xml';

/** Pages of the web app (apps/web/src/app/routes.tsx) that anyone may read. */
export const STATIC_PAGES = ['/', '/about', '/practices', '/misuse-patterns', '/events', '/collections', '/organizations', '/discussions'] as const;

/** A sitemap (protocol 0.9, sitemaps.org) of the public pages of the web app. */
export function renderSitemap(data: SitemapData, publicUrl: string): string {
  const latestPractice = data.practices.reduce<Date | null>((latest, p) => (!latest || p.updated_at > latest ? p.updated_at : latest), null);
  const url = (loc: string, lastmod?: Date | null) =>
    `<url>${xmlElement('loc', loc)}${lastmod ? xmlElement('lastmod', lastmod.toISOString()) : ''}</url>`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...STATIC_PAGES.map((path) =>
      url(path === '/' ? `${publicUrl}/` : `${publicUrl}${path}`, path === '/' || path === '/practices' ? latestPractice : null),
    ),
    ...data.practices.map((p) => url(practiceUrl(publicUrl, p.slug), p.updated_at)),
    ...data.patterns.map((m) => url(patternUrl(publicUrl, m.slug), m.updated_at)),
    ...data.events.map((e) => url(`${publicUrl}/events/${encodeURIComponent(e.slug)}`, e.updated_at)),
    ...data.collections.map((c) => url(`${publicUrl}/collections/${encodeURIComponent(c.slug)}`, c.updated_at)),
    ...data.organizations.map((o) => url(organizationUrl(publicUrl, o.slug), o.updated_at)),
    ...data.categories.map((c) => url(`${publicUrl}/discussions/c/${encodeURIComponent(c.slug)}`)),
    '</urlset>',
    '',
  ].join('\n');
}
