import { FOCUS_AREAS } from '@alliance/domain';
import type { OpenPractice } from './practice-record';
import { LICENSE } from './practice-record';
import { xmlAttributes, xmlElement } from './xml';

const FOCUS_AREA_LABELS = new Map<string, string>(FOCUS_AREAS.map((f) => [f.code, f.label]));

export interface AtomFeedOptions {
  publicUrl: string;
  /** This feed's own address, filters included: its id and rel="self" link. */
  selfUrl: string;
  /** A human description of the filters, e.g. "Prevention · AT", or "" for none. */
  filterLabel: string;
  /** When nothing is in the feed: the time of the latest change to the data. */
  fallbackUpdated: Date;
}

/**
 * An Atom 1.0 feed (RFC 4287). Entry ids are tag URIs (RFC 4151) from the practice's stable id
 * and its first publication date, so they survive a change of title or slug.
 */
export function renderAtomFeed(practices: OpenPractice[], options: AtomFeedOptions): string {
  const { publicUrl, selfUrl } = options;
  const host = new URL(publicUrl).hostname;
  const updated = practices.reduce<string>(
    (latest, p) => (p.updatedAt > latest ? p.updatedAt : latest),
    practices.length ? practices[0].updatedAt : options.fallbackUpdated.toISOString(),
  );
  const title = `Alliance Commons: promising practices${options.filterLabel ? ` (${options.filterLabel})` : ''}`;
  const entries = practices.map((p) => {
    const published = p.publishedAt ?? p.updatedAt;
    return [
      '<entry>',
      xmlElement('id', `tag:${host},${published.slice(0, 10)}:practice:${p.id}`),
      xmlElement('title', p.title, { type: 'text' }),
      `<link${xmlAttributes({ rel: 'alternate', type: 'text/html', href: p.url })}/>`,
      xmlElement('published', published),
      xmlElement('updated', p.updatedAt),
      `<author>${xmlElement('name', p.organization.name)}${xmlElement('uri', p.organization.url)}</author>`,
      ...p.focusAreas.map(
        (code) => `<category${xmlAttributes({ term: code, label: FOCUS_AREA_LABELS.get(code) ?? code })}/>`,
      ),
      xmlElement('summary', p.summary, { type: 'text' }),
      '</entry>',
    ].join('');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    xmlElement('id', selfUrl),
    xmlElement('title', title, { type: 'text' }),
    xmlElement('subtitle', 'The latest public practices against trafficking in human beings shared on Alliance Commons.', { type: 'text' }),
    xmlElement('updated', updated),
    `<link${xmlAttributes({ rel: 'self', type: 'application/atom+xml', href: selfUrl })}/>`,
    `<link${xmlAttributes({ rel: 'alternate', type: 'text/html', href: `${publicUrl}/practices` })}/>`,
    `<author>${xmlElement('name', 'Alliance Commons')}${xmlElement('uri', publicUrl)}</author>`,
    xmlElement('generator', 'Alliance Commons', { uri: publicUrl }),
    xmlElement('rights', `${LICENSE.attribution} ${LICENSE.url}`, { type: 'text' }),
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
