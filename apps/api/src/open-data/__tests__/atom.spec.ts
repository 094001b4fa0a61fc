import { renderPatternAtomFeed } from '../atom';
import type { OpenMisusePattern } from '../pattern-record';

/** A pattern whose free text tries every way out of an XML text node. */
const hostile: OpenMisusePattern = {
  id: 'TWlzdXNlUGF0dGVybjox',
  slug: 'fake-jobs',
  url: 'https://commons.example.org/misuse-patterns/fake-jobs',
  title: 'a]]>b]]><evil/> & <script>alert(1)</script> "q" \'s\' \u0000\u0008\uFFFE 🌍',
  summary: '<img src=x onerror=alert(1)> &amp; ]]>',
  description: '',
  stages: ['RECRUITMENT'],
  technologies: [],
  formsOfExploitation: [],
  indicators: [],
  regions: [],
  trend: 'STABLE',
  sources: [],
  organization: {
    name: 'Org & <Co>',
    slug: 'org',
    country: 'AT',
    stakeholderType: 'NGO',
    url: 'https://commons.example.org/organizations/org?a=1&b=2',
  },
  publishedAt: '2026-01-02T03:04:05.678Z',
  updatedAt: '2026-01-03T03:04:05.678Z',
  countermeasureCount: 0,
  countermeasures: [],
};

const ATOM_ELEMENTS = new Set([
  'feed',
  'id',
  'title',
  'subtitle',
  'updated',
  'link',
  'author',
  'name',
  'uri',
  'generator',
  'rights',
  'entry',
  'published',
  'category',
  'summary',
]);

describe('our Atom feed (hand-written, see docs/decisions.md)', () => {
  const xml = renderPatternAtomFeed([hostile], {
    publicUrl: 'https://commons.example.org',
    selfUrl: 'https://commons.example.org/feeds/misuse-patterns.atom?stage=RECRUITMENT&x=<1>',
    filterLabel: 'Recruitment & <advertising>',
    fallbackUpdated: new Date(0),
  });

  it('lets no hostile title or summary add an element, and writes no CDATA', () => {
    const tags = [...xml.matchAll(/<\/?([A-Za-z][\w:.-]*)/g)].map((m) => m[1]);
    expect(tags.filter((name) => !ATOM_ELEMENTS.has(name))).toEqual([]);
    expect(xml).not.toContain('CDATA');
  });

  it('writes titles and summaries as type="text", escaped, without characters XML forbids', () => {
    expect(xml).toContain(
      '<title type="text">a]]&gt;b]]&gt;&lt;evil/&gt; &amp; &lt;script&gt;alert(1)&lt;/script&gt; &quot;q&quot; &apos;s&apos;  🌍</title>',
    );
    expect(xml).toContain(
      '<summary type="text">&lt;img src=x onerror=alert(1)&gt; &amp;amp; ]]&gt;</summary>',
    );
    for (const forbidden of ['\u0000', '\u0008', '\uFFFE']) expect(xml).not.toContain(forbidden);
  });

  it('escapes attributes and the filter label in the feed title', () => {
    expect(xml).toContain(
      '<title type="text">Alliance Commons: misuse patterns (Recruitment &amp; &lt;advertising&gt;)</title>',
    );
    expect(xml).toContain(
      'href="https://commons.example.org/feeds/misuse-patterns.atom?stage=RECRUITMENT&amp;x=&lt;1&gt;"',
    );
    expect(xml).toContain(
      '<author><name>Org &amp; &lt;Co&gt;</name><uri>https://commons.example.org/organizations/org?a=1&amp;b=2</uri></author>',
    );
  });

  it('gives entries tag URIs from the stable id and first publication date', () => {
    expect(xml).toContain(
      '<id>tag:commons.example.org,2026-01-02:misuse-pattern:TWlzdXNlUGF0dGVybjox</id>',
    );
  });
});
