import type { SearchFacet } from '@alliance/domain';
import {
  DEFAULT_CANDIDATE_CAP,
  PostgresSearchEngine,
} from '../../src/search/postgres-search.engine';
import type { SearchResponse } from '../../src/search/search-engine';
import { startTestPlatform, type TestPlatform } from '../utils/test-platform';
import { request, seedSearchCorpus, type SearchCorpus } from './search-fixtures';

/**
 * PostgresSearchEngine's candidate cap: a relevance search reads at most a fixed number of
 * matches of each kind. Below the cap nothing changes (exact counts, same page); past it, the
 * page comes from the candidates read, counts are estimates (exhaustive: false), and
 * visibility is enforced all the same.
 */
const FACETS: SearchFacet[] = [
  'KIND',
  'FOCUS_AREA',
  'COUNTRY',
  'CATEGORY',
  'ORGANIZATION',
  'STAGE',
];
const ids = (r: SearchResponse) => r.hits.map((h) => h.entityId);
const counts = (r: SearchResponse) =>
  r.facetDistribution.map((f) => ({
    facet: f.facet,
    values: [...f.values].sort((a, b) => a.value.localeCompare(b.value)),
  }));

describe('PostgresSearchEngine candidate cap', () => {
  let t: TestPlatform;
  let c: SearchCorpus;
  let everything: PostgresSearchEngine;
  let capped: PostgresSearchEngine;
  let byDefault: PostgresSearchEngine;

  beforeAll(async () => {
    t = await startTestPlatform();
    c = await seedSearchCorpus(t.db);
    everything = new PostgresSearchEngine(t.db, { candidateCap: 0 });
    capped = new PostgresSearchEngine(t.db, { candidateCap: 1 });
    byDefault = new PostgresSearchEngine(t.db);
  });
  afterAll(() => t?.close());

  it(`changes nothing below the cap (${DEFAULT_CANDIDATE_CAP} matches of a kind): same page, exact total and counts`, async () => {
    for (const query of [
      'recruitment',
      'zebracorn',
      'trafficking -labour',
      '"human beings"',
      'recrutment',
      'advertisem',
    ]) {
      for (const filter of [
        {},
        { kinds: ['PRACTICE' as const] },
        { categories: ['online-platforms'] },
      ]) {
        const r = request(query, { filter, facets: FACETS, scope: c.scopes.ngoMember });
        const [exact, fast] = [await everything.search(r), await byDefault.search(r)];
        expect(fast.exhaustive).toBe(true);
        expect(ids(fast)).toEqual(ids(exact));
        expect(fast.estimatedTotalHits).toBe(exact.estimatedTotalHits);
        expect(counts(fast)).toEqual(counts(exact));
      }
    }
  });

  it('past the cap: estimated counts, the best-ranked candidates first, nothing the viewer may not see', async () => {
    const visible = new Set(ids(await everything.search(request('recruitment', { limit: 100 }))));
    const exact = await everything.search(request('recruitment', { facets: FACETS }));
    expect(exact.exhaustive).toBe(true);
    const seen = new Set<string>();
    for (let offset = 0; offset < 4; offset++) {
      // The cap is at least offset + limit: one match of each kind is read for the first page.
      const r = await capped.search(request('recruitment', { facets: FACETS, offset, limit: 1 }));
      if (offset === 0) expect(r.exhaustive).toBe(false);
      expect(r.hits).toHaveLength(1);
      expect(r.estimatedTotalHits).toBeGreaterThan(0);
      for (const f of r.facetDistribution)
        for (const v of f.values) expect(v.count).toBeGreaterThan(0);
      for (const id of ids(r)) {
        expect(visible.has(id)).toBe(true);
        seen.add(id);
      }
    }
    expect(seen.size).toBeGreaterThan(1);
    // Practices: the title matches are read apart, so a title match still comes first.
    const practices = await capped.search(
      request('recruitment', { filter: { kinds: ['PRACTICE'] }, limit: 1 }),
    );
    expect(ids(practices)).toEqual([c.practices.adsMonitor.id]);
  });

  it("a members-only category's posts: found by members, not looked up for visitors", async () => {
    const inCategory = (scope: typeof c.scopes.ngoMember | undefined) =>
      byDefault.search(
        request('zebracorn', {
          filter: { kinds: ['POST'], categories: ['law-enforcement-exchange', 'online-platforms'] },
          ...(scope ? { scope } : {}),
        }),
      );
    const member = await inCategory(c.scopes.ngoMember);
    expect(ids(member)).toContain(c.threads.lawThread.posts[0]);
    const visitor = await inCategory(undefined);
    for (const id of c.threads.lawThread.posts) expect(ids(visitor)).not.toContain(id);
  });

  it('other orders and browsing read every match', async () => {
    for (const r of [
      request('recruitment', { sort: 'NEWEST', facets: FACETS, limit: 1 }),
      request('', { facets: FACETS, limit: 1 }),
    ]) {
      const [exact, fast] = [await everything.search(r), await capped.search(r)];
      expect(fast.exhaustive).toBe(true);
      expect(ids(fast)).toEqual(ids(exact));
      expect(fast.estimatedTotalHits).toBe(exact.estimatedTotalHits);
      expect(counts(fast)).toEqual(counts(exact));
    }
  });
});
