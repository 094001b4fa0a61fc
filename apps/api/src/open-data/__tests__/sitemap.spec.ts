import type { SitemapData } from '../open-data.service';
import { renderSitemap, STATIC_PAGES } from '../sitemap';

const at = new Date('2026-01-02T03:04:05.678Z');
const empty: SitemapData = {
  practices: [],
  patterns: [],
  events: [],
  collections: [],
  organizations: [],
  categories: [],
  truncated: false,
};

describe('our sitemap (the sitemap library)', () => {
  it('is a plain 0.9 urlset: the static pages, then each kind of page, with lastmod where known', async () => {
    const xml = await renderSitemap(
      {
        ...empty,
        practices: [{ slug: 'safe-jobs', updated_at: at }],
        events: [{ slug: 'summit', updated_at: at }],
        categories: [{ slug: 'research' }],
      },
      'https://commons.example.org',
    );
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    // No news/image/video/xhtml namespaces: we use none of those extensions.
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(xml).not.toMatch(/xmlns:/);
    const locs = [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]);
    expect(locs).toEqual([
      ...STATIC_PAGES.map((p) => `https://commons.example.org${p}`),
      'https://commons.example.org/practices/safe-jobs',
      'https://commons.example.org/events/summit',
      'https://commons.example.org/discussions/c/research',
    ]);
    expect(xml).toContain(
      '<url><loc>https://commons.example.org/practices/safe-jobs</loc><lastmod>2026-01-02T03:04:05.678Z</lastmod></url>',
    );
    expect(xml).toContain(
      '<url><loc>https://commons.example.org/</loc><lastmod>2026-01-02T03:04:05.678Z</lastmod></url>',
    );
    expect(xml).toContain('<url><loc>https://commons.example.org/about</loc></url>');
    expect(xml).toContain(
      '<url><loc>https://commons.example.org/discussions/c/research</loc></url>',
    );
  });

  it('escapes what a hostile slug could carry: no markup, no entity, no control character gets through', async () => {
    const xml = await renderSitemap(
      { ...empty, collections: [{ slug: 'a&b<c>"d\u0000', updated_at: at }] },
      'https://commons.example.org',
    );
    expect(xml).toContain('<loc>https://commons.example.org/collections/a%26b%3Cc%3E%22d%00</loc>');
    expect(xml).not.toContain('\u0000');
  });
});
