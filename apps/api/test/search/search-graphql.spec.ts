import { createOrganization, createPracticeRow } from '../utils/fixtures';
import { startTestPlatform, type TestPlatform } from '../utils/test-platform';
import { seedSearchCorpus, type SearchCorpus } from './search-fixtures';

const SEARCH = `
  query($q: String!, $filter: SearchFilter, $facets: [SearchFacet!], $first: Int, $after: String, $sort: SearchSort) {
    search(query: $q, filter: $filter, facets: $facets, first: $first, after: $after, sort: $sort) {
      totalCount estimatedTotalHits exhaustive processingTimeMs engine
      pageInfo { hasNextPage endCursor }
      facetDistribution { facet values { value label count } }
      edges { cursor node {
        __typename id kind title highlightedTitle snippet score
        ... on PracticeSearchHit { practice { slug organization { slug } } }
        ... on ThreadSearchHit { thread { id title } }
        ... on PostSearchHit { post { id } thread { title } }
        ... on OrganizationSearchHit { organization { slug name } }
        ... on MisusePatternSearchHit { misusePattern { slug title stages technologies trend organization { slug } } }
      } }
    }
  }`;

describe('search through GraphQL (PostgreSQL engine)', () => {
  let t: TestPlatform;
  let c: SearchCorpus;
  beforeAll(async () => {
    t = await startTestPlatform();
    c = await seedSearchCorpus(t.db);
  });
  afterAll(() => t.close());

  const search = (variables: Record<string, unknown>, headers?: Record<string, string>) =>
    t.gql<any>(SEARCH, variables, headers);

  it('returns typed hits with their entities, HTML-safe highlights and facet labels', async () => {
    const r = await search({
      q: 'traficking recrutment',
      facets: ['KIND', 'ORGANIZATION', 'CATEGORY'],
    });
    expect(r.errors).toBeUndefined();
    const result = r.data.search;
    expect(result.engine).toBe('postgres');
    // A handful of matches: every one ranked and counted.
    expect(result.exhaustive).toBe(true);
    const first = result.edges[0].node;
    expect(first).toMatchObject({
      __typename: 'PracticeSearchHit',
      kind: 'PRACTICE',
      title: 'Trafficking recruitment ads monitor',
      highlightedTitle: '<mark>Trafficking</mark> <mark>recruitment</mark> ads monitor',
      practice: { slug: 'recruitment-ads-monitor', organization: { slug: 'la-strada-moldova' } },
    });
    expect(first.snippet).toContain('<mark>recruitment</mark>');
    const orgs = result.facetDistribution.find((f: any) => f.facet === 'ORGANIZATION').values;
    expect(orgs).toEqual(
      expect.arrayContaining([
        { value: 'la-strada-moldova', label: 'La Strada Moldova', count: expect.any(Number) },
      ]),
    );
    const ads = await search({ q: 'ads', facets: ['CATEGORY'] });
    const categories = ads.data.search.facetDistribution.find(
      (f: any) => f.facet === 'CATEGORY',
    ).values;
    expect(categories).toEqual([
      { value: 'online-platforms', label: 'Online platforms and ICT', count: 2 },
    ]);

    const kinds = await search({ q: 'strada' });
    expect(kinds.data.search.edges.map((e: any) => e.node.__typename)).toContain(
      'OrganizationSearchHit',
    );
    const posts = await search({ q: 'deceptive', filter: { kinds: ['POST'] } });
    expect(posts.data.search.edges[0].node).toMatchObject({
      __typename: 'PostSearchHit',
      thread: { title: 'Spotting fake job ads on social media' },
    });
  });

  it('finds misuse patterns with a typo, as typed hits with the pattern, and counts their facets', async () => {
    const r = await search({
      q: 'recrutment deepfak',
      facets: ['KIND', 'STAGE', 'MISUSED_TECHNOLOGY', 'TREND'],
    });
    expect(r.errors).toBeUndefined();
    const first = r.data.search.edges[0].node;
    expect(first).toMatchObject({
      __typename: 'MisusePatternSearchHit',
      kind: 'MISUSE_PATTERN',
      title: 'Deepfake video interviews in job recruitment',
      highlightedTitle: '<mark>Deepfake</mark> video interviews in job <mark>recruitment</mark>',
      misusePattern: {
        slug: 'deepfake-job-interviews',
        stages: ['RECRUITMENT'],
        technologies: ['GENERATIVE_AI_AND_DEEPFAKES', 'SOCIAL_MEDIA'],
        trend: 'EMERGING',
        organization: { slug: 'la-strada-moldova' },
      },
    });
    expect(first.id).toBe(c.patterns.deepfakes.globalId);
    const facet = (name: string) =>
      r.data.search.facetDistribution.find((f: any) => f.facet === name).values;
    expect(facet('STAGE')).toEqual([{ value: 'RECRUITMENT', label: null, count: 1 }]);
    expect(facet('MISUSED_TECHNOLOGY')).toEqual(
      expect.arrayContaining([{ value: 'GENERATIVE_AI_AND_DEEPFAKES', label: null, count: 1 }]),
    );

    const filtered = await search({
      q: '',
      filter: {
        stages: ['FINANCIAL_FLOWS'],
        trends: ['ESTABLISHED'],
        misusedTechnologies: ['CRYPTOCURRENCIES'],
      },
      facets: ['TREND'],
    });
    expect(filtered.data.search.edges.map((e: any) => e.node.misusePattern?.slug)).toEqual([
      'cryptocurrency-mixers',
    ]);
    expect(filtered.data.search.facetDistribution).toEqual([
      { facet: 'TREND', values: [{ value: 'ESTABLISHED', label: null, count: 1 }] },
    ]);

    const bad = await search({ q: 'x', filter: { stages: ['TELEPORTATION'] } });
    expect(bad.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('never shows a visitor a restricted, members-only or draft pattern, or a call for partners about one', async () => {
    const visitor = await search({ q: 'quokka', first: 100, facets: ['KIND', 'STAGE'] });
    expect(visitor.data.search.totalCount).toBe(0);
    expect(visitor.data.search.facetDistribution).toEqual([
      { facet: 'KIND', values: [] },
      { facet: 'STAGE', values: [] },
    ]);
    const browsing = await search({
      q: '',
      first: 100,
      filter: { kinds: ['MISUSE_PATTERN', 'THREAD', 'POST'] },
    });
    const found = browsing.data.search.edges.map((e: any) => e.node.title);
    expect(found).toEqual(
      expect.arrayContaining([
        'Deepfake video interviews in job recruitment',
        'Cryptocurrency mixers launder exploitation proceeds',
      ]),
    );
    expect(found.filter((title: string) => /quokka/i.test(title))).toEqual([]);
  });

  it('keeps selected filter values in their facets, with labels, even when nothing matches', async () => {
    const r = await search({
      q: 'zzzzunknownword',
      filter: { organizations: ['nordic-bank'], countries: ['AT'] },
      facets: ['ORGANIZATION', 'COUNTRY', 'KIND'],
    });
    const facet = (name: string) =>
      r.data.search.facetDistribution.find((f: any) => f.facet === name).values;
    expect(r.data.search.totalCount).toBe(0);
    expect(facet('ORGANIZATION')).toEqual([
      { value: 'nordic-bank', label: 'Nordic Bank', count: 0 },
    ]);
    expect(facet('COUNTRY')).toEqual([{ value: 'AT', label: null, count: 0 }]);
    expect(facet('KIND')).toEqual([]);
  });

  it('escapes user text in highlights, so a title can never inject markup', async () => {
    await createPracticeRow(t.db, c.orgs.ngo.id, {
      title: 'Escaping <script>alert("xss")</script> kangaroo & co',
      summary: 'Kangaroo summary with <b>tags</b> in it.',
    });
    const r = await search({ q: 'kangaroo' });
    const hit = r.data.search.edges[0].node;
    expect(hit.highlightedTitle).toBe(
      'Escaping &lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt; <mark>kangaroo</mark> &amp; co',
    );
    expect(hit.snippet).not.toMatch(/<(?!\/?mark>)/);
  });

  it('pages with cursors', async () => {
    const first = await search({ q: 'recruitment', first: 2 });
    expect(first.data.search.pageInfo.hasNextPage).toBe(true);
    const second = await search({
      q: 'recruitment',
      first: 2,
      after: first.data.search.pageInfo.endCursor,
    });
    const a = first.data.search.edges.map((e: any) => e.node.id);
    const b = second.data.search.edges.map((e: any) => e.node.id);
    expect(b.length).toBeGreaterThan(0);
    for (const id of b) expect(a).not.toContain(id);
    expect(second.data.search.totalCount).toBe(first.data.search.totalCount);
  });

  it.each([
    [{ q: 'x'.repeat(201) }, /at most 200/],
    [{ q: 'a', filter: { countries: ['ZZ'] } }, /country/i],
    [{ q: 'a', filter: { organizations: ['x" OR access IN ["moderator'] } }, /short name/],
    [{ q: 'a', filter: { yearFrom: 2020, yearTo: 2010 } }, /first year/],
    [{ q: 'a', first: 101 }, /between 1 and 100/],
    [{ q: 'a', after: 'not-a-cursor' }, /cursor/],
  ])('rejects bad input with BAD_USER_INPUT (%#)', async (variables, message) => {
    const r = await search(variables);
    expect(r.status).toBeLessThan(500);
    expect(r.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(r.errors![0]!.message).toMatch(message);
    expect(JSON.stringify(r.errors)).not.toMatch(/at .*\.ts:\d+/);
  });

  it('shows members-only content to members and never to visitors', async () => {
    const visitor = await search({ q: 'recruitment', first: 100 });
    const titles = visitor.data.search.edges.map((e: any) => e.node.title);
    expect(titles).not.toContain('Recruitment interview toolkit for members');
    expect(titles).not.toContain('Recruitment fraud checker (draft)');
  });

  it('follows a thread moved to another category (posts carry their category)', async () => {
    const thread = c.threads.adsThread.id;
    const inCategory = async (slug: string) =>
      (
        await search({ q: 'deceptive', filter: { kinds: ['POST'], categories: [slug] } })
      ).data.search.edges.map((e: any) => e.node.id);
    expect(await inCategory('online-platforms')).toHaveLength(1);
    await t.db.query(
      `UPDATE thread SET category_id = (SELECT id FROM discussion_category WHERE slug = 'research-data') WHERE id = $1`,
      [thread],
    );
    expect(await inCategory('online-platforms')).toHaveLength(0);
    expect(await inCategory('research-data')).toHaveLength(1);
    await t.db.query(
      `UPDATE thread SET category_id = (SELECT id FROM discussion_category WHERE slug = 'online-platforms') WHERE id = $1`,
      [thread],
    );
  });

  it('leaves the outbox empty when PostgreSQL is the engine (the database is the index)', async () => {
    await createOrganization(t.db, { name: 'No outbox needed' });
    expect((await t.db.query(`SELECT count(*)::int AS n FROM search_outbox`))[0].n).toBe(0);
  });
});
