import { FOCUS_AREAS, MISUSED_TECHNOLOGIES, TRAFFICKING_STAGES } from '@alliance/domain';
import type { OpenMisusePattern } from './pattern-record';
import type { OpenPractice } from './practice-record';
import { LICENSE } from './practice-record';
import { xmlAttributes, xmlElement } from './xml';

/** Labels of the codes the feeds filter and categorise by. */
export const FOCUS_AREA_LABELS = new Map<string, string>(FOCUS_AREAS.map((f) => [f.code, f.label]));
export const PATTERN_LABELS = new Map<string, string>(
  [...TRAFFICKING_STAGES, ...MISUSED_TECHNOLOGIES].map((t) => [t.code, t.label]),
);

export interface AtomFeedOptions {
  publicUrl: string;
  /** This feed's own address, filters included: its id and rel="self" link. */
  selfUrl: string;
  /** A human description of the filters, e.g. "Prevention · AT", or "" for none. */
  filterLabel: string;
  /** When nothing is in the feed: the time of the latest change to the data. */
  fallbackUpdated: Date;
}

/** One entry, whatever it is about. */
interface AtomEntry {
  /** What the tag URI names after the date, e.g. "practice:<global id>". */
  tagName: string;
  title: string;
  url: string;
  publishedAt: string | null;
  updatedAt: string;
  organization: { name: string; url: string };
  categories: { term: string; label: string }[];
  summary: string;
}

/**
 * An Atom 1.0 feed (RFC 4287). Entry ids are tag URIs (RFC 4151) from the item's stable id
 * and its first publication date, so they survive a change of title or slug.
 */
function renderAtom(
  entries: AtomEntry[],
  feed: AtomFeedOptions & { title: string; subtitle: string; alternatePath: string },
): string {
  const { publicUrl, selfUrl } = feed;
  const host = new URL(publicUrl).hostname;
  const updated = entries.reduce<string>(
    (latest, e) => (e.updatedAt > latest ? e.updatedAt : latest),
    entries.length ? entries[0].updatedAt : feed.fallbackUpdated.toISOString(),
  );
  const title = `${feed.title}${feed.filterLabel ? ` (${feed.filterLabel})` : ''}`;
  const items = entries.map((e) => {
    const published = e.publishedAt ?? e.updatedAt;
    return [
      '<entry>',
      xmlElement('id', `tag:${host},${published.slice(0, 10)}:${e.tagName}`),
      xmlElement('title', e.title, { type: 'text' }),
      `<link${xmlAttributes({ rel: 'alternate', type: 'text/html', href: e.url })}/>`,
      xmlElement('published', published),
      xmlElement('updated', e.updatedAt),
      `<author>${xmlElement('name', e.organization.name)}${xmlElement('uri', e.organization.url)}</author>`,
      ...e.categories.map((c) => `<category${xmlAttributes(c)}/>`),
      xmlElement('summary', e.summary, { type: 'text' }),
      '</entry>',
    ].join('');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    xmlElement('id', selfUrl),
    xmlElement('title', title, { type: 'text' }),
    xmlElement('subtitle', feed.subtitle, { type: 'text' }),
    xmlElement('updated', updated),
    `<link${xmlAttributes({ rel: 'self', type: 'application/atom+xml', href: selfUrl })}/>`,
    `<link${xmlAttributes({ rel: 'alternate', type: 'text/html', href: `${publicUrl}${feed.alternatePath}` })}/>`,
    `<author>${xmlElement('name', 'Alliance Commons')}${xmlElement('uri', publicUrl)}</author>`,
    xmlElement('generator', 'Alliance Commons', { uri: publicUrl }),
    xmlElement('rights', `${LICENSE.attribution} ${LICENSE.url}`, { type: 'text' }),
    ...items,
    '</feed>',
    '',
  ].join('\n');
}

/** The practice feed: one entry per practice, its focus areas as categories. */
export function renderAtomFeed(practices: OpenPractice[], options: AtomFeedOptions): string {
  return renderAtom(
    practices.map((p) => ({
      tagName: `practice:${p.id}`,
      title: p.title,
      url: p.url,
      publishedAt: p.publishedAt,
      updatedAt: p.updatedAt,
      organization: p.organization,
      categories: p.focusAreas.map((code) => ({
        term: code,
        label: FOCUS_AREA_LABELS.get(code) ?? code,
      })),
      summary: p.summary,
    })),
    {
      ...options,
      title: 'Alliance Commons: promising practices',
      subtitle:
        'The latest public practices against trafficking in human beings shared on Alliance Commons.',
      alternatePath: '/practices',
    },
  );
}

/** The misuse-pattern feed: one entry per pattern, its stages and technologies as categories. */
export function renderPatternAtomFeed(
  patterns: OpenMisusePattern[],
  options: AtomFeedOptions,
): string {
  return renderAtom(
    patterns.map((m) => ({
      tagName: `misuse-pattern:${m.id}`,
      title: m.title,
      url: m.url,
      publishedAt: m.publishedAt,
      updatedAt: m.updatedAt,
      organization: m.organization,
      categories: [...m.stages, ...m.technologies].map((code) => ({
        term: code,
        label: PATTERN_LABELS.get(code) ?? code,
      })),
      summary: m.summary,
    })),
    {
      ...options,
      title: 'Alliance Commons: misuse patterns',
      subtitle:
        'The latest public patterns of how traffickers misuse technology, shared on Alliance Commons.',
      alternatePath: '/misuse-patterns',
    },
  );
}
