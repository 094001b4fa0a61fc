import type { DataSource } from 'typeorm';
import {
  HIGHLIGHT_END,
  HIGHLIGHT_START,
  type SearchEngine,
  type SearchResponse,
} from '../../src/search/search-engine';
import { stripMarkers } from '../../src/search/snippets';
import { request, seedSearchCorpus, type SearchCorpus } from './search-fixtures';

export interface ContractSubject {
  engine: SearchEngine;
  db: DataSource;
  /** Makes the engine see the corpus (Meilisearch: index it; PostgreSQL: nothing). */
  index(): Promise<void>;
  close(): Promise<void>;
}

const ids = (r: SearchResponse) => r.hits.map((h) => h.entityId);
const facet = (r: SearchResponse, name: string) =>
  Object.fromEntries(
    r.facetDistribution.find((f) => f.facet === name)!.values.map((v) => [v.value, v.count]),
  );

/**
 * The behaviour every SearchEngine owes its users, whatever the engine: one suite, run
 * against PostgresSearchEngine in CI and against MeilisearchEngine when MEILI_HOST is set.
 */
export function describeSearchContract(label: string, open: () => Promise<ContractSubject>) {
  describe(`search contract: ${label}`, () => {
    let s: ContractSubject;
    let c: SearchCorpus;
    const search = (...args: Parameters<typeof request>) => s.engine.search(request(...args));

    beforeAll(async () => {
      s = await open();
      c = await seedSearchCorpus(s.db);
      await s.index();
    });
    afterAll(() => s?.close());

    it('ranks a title match above a body match', async () => {
      const r = await search('recruitment', { filter: { kinds: ['PRACTICE'] } });
      const order = ids(r);
      expect(order).toContain(c.practices.adsMonitor.id);
      expect(order).toContain(c.practices.hotline.id);
      expect(order.indexOf(c.practices.adsMonitor.id)).toBeLessThan(
        order.indexOf(c.practices.hotline.id),
      );
    });

    it('tolerates typos: "traficking recrutment" finds the practice about trafficking recruitment', async () => {
      const r = await search('traficking recrutment');
      expect(ids(r)[0]).toBe(c.practices.adsMonitor.id);
    });

    it('matches the word being typed as a prefix', async () => {
      expect(ids(await search('advertisem'))).toContain(c.practices.adsMonitor.id);
    });

    it('folds accents and case', async () => {
      expect(ids(await search('HÓTLINE'))).toContain(c.practices.hotline.id);
    });

    it('understands synonyms: THB finds "trafficking in human beings"', async () => {
      expect(ids(await search('THB'))).toContain(c.practices.financial.id);
    });

    it('matches quoted phrases exactly and excludes -words', async () => {
      const phrase = ids(await search('"human beings"'));
      expect(phrase).toContain(c.practices.financial.id);
      expect(phrase).not.toContain(c.practices.adsMonitor.id);

      const excluded = ids(
        await search('recruitment -hotline', { filter: { kinds: ['PRACTICE'] } }),
      );
      expect(excluded).toContain(c.practices.adsMonitor.id);
      expect(excluded).not.toContain(c.practices.hotline.id);
    });

    it('filters: any value within a field, every field together', async () => {
      expect(ids(await search('', { filter: { kinds: ['PRACTICE'], countries: ['KZ'] } }))).toEqual(
        [c.practices.adsMonitor.id],
      );
      const eitherCountry = ids(
        await search('', { filter: { kinds: ['PRACTICE'], countries: ['KZ', 'MD'] } }),
      );
      expect(eitherCountry.sort()).toEqual(
        [c.practices.adsMonitor.id, c.practices.hotline.id].sort(),
      );
      expect(
        ids(
          await search('', {
            filter: { countries: ['KZ', 'MD'], focusAreas: ['PROTECTION'], kinds: ['PRACTICE'] },
          }),
        ),
      ).toEqual([c.practices.hotline.id]);
      expect(
        ids(await search('', { filter: { organizations: ['nordic-bank'], kinds: ['PRACTICE'] } })),
      ).toEqual([c.practices.financial.id]);
      expect(ids(await search('', { filter: { yearFrom: 2015, yearTo: 2020 } }))).toEqual([
        c.practices.adsMonitor.id,
      ]);
      expect(
        ids(await search('', { filter: { categories: ['online-platforms'], kinds: ['THREAD'] } })),
      ).toEqual([c.threads.adsThread.id]);
      // Filters some kinds lack (categories: not practices) leave those kinds out, whatever the order.
      expect(
        ids(
          await search('', {
            filter: { organizations: ['la-strada-moldova'], categories: ['online-platforms'] },
          }),
        ),
      ).toEqual([]);
      expect(
        ids(
          await search('ads', { filter: { countries: ['MD'], categories: ['online-platforms'] } }),
        ),
      ).toEqual([]);
    });

    it('searches words, exclusions and phrases within a category of discussions', async () => {
      const inCategory = (q: string, slug = 'online-platforms') =>
        search(q, { filter: { kinds: ['POST'], categories: [slug] } }).then(ids);
      const post = c.threads.adsThread.posts[0];
      expect(await inCategory('deceptive')).toEqual([post]);
      expect(await inCategory('deceptive -travel')).toEqual([]);
      expect(await inCategory('"recruitment ads"')).toEqual([post]);
      expect(await inCategory('deceptive OR zebracorn')).toEqual([post]);
      expect(await inCategory('deceptive', 'research-data')).toEqual([]);
      expect(
        (
          await search('deceptive', {
            filter: { kinds: ['POST'], categories: ['online-platforms', 'research-data'] },
          })
        ).hits.map((h) => h.entityId),
      ).toEqual([post]);
    });

    it('counts facets over the filtered results, and the counts combine', async () => {
      const all = await search('', { facets: ['KIND', 'FOCUS_AREA', 'COUNTRY'] });
      expect(facet(all, 'KIND')).toEqual({
        PRACTICE: 3,
        THREAD: 2,
        POST: 2,
        ORGANIZATION: 3,
        MISUSE_PATTERN: 2,
      });
      expect(facet(all, 'FOCUS_AREA')).toEqual({ PREVENTION: 1, PROSECUTION: 1, PROTECTION: 1 });
      expect(facet(all, 'COUNTRY')).toMatchObject({ KZ: 1, KG: 1, SE: 2, DE: 2, MD: 2 });

      const narrowed = await search('', {
        filter: { kinds: ['PRACTICE'], countries: ['MD', 'SE'] },
        facets: ['FOCUS_AREA', 'KIND'],
      });
      expect(facet(narrowed, 'FOCUS_AREA')).toEqual({ PROSECUTION: 1, PROTECTION: 1 });
      expect(facet(narrowed, 'KIND')).toEqual({ PRACTICE: 2 });
      expect(narrowed.estimatedTotalHits).toBe(2);
    });

    it('highlights matches in titles and snippets', async () => {
      const r = await search('recruitment', { filter: { kinds: ['PRACTICE'] } });
      const hit = r.hits.find((h) => h.entityId === c.practices.adsMonitor.id)!;
      expect(hit.title).toBe(
        `Trafficking ${HIGHLIGHT_START}recruitment${HIGHLIGHT_END} ads monitor`,
      );
      expect(hit.snippet).toContain(`${HIGHLIGHT_START}recruitment${HIGHLIGHT_END}`);
      const body = r.hits.find((h) => h.entityId === c.practices.hotline.id)!;
      expect(body.snippet).toContain(`deceptive ${HIGHLIGHT_START}recruitment${HIGHLIGHT_END}`);
    });

    it('never shows drafts, hidden or removed posts, or what the viewer may not see', async () => {
      const hidden = [
        c.practices.draft.id,
        c.practices.restricted.id,
        c.practices.membersOnly.id,
        c.threads.lawThread.id,
        ...c.threads.lawThread.posts,
        c.threads.adsThread.posts[1]!,
        c.threads.adsThread.posts[2]!,
        c.patterns.draft.id,
        c.patterns.membersOnly.id,
        c.patterns.restricted.id,
        c.threads.callForPartners.id,
        ...c.threads.callForPartners.posts,
        c.threads.lawCall.id,
        ...c.threads.lawCall.posts,
      ];
      for (const query of ['recruitment', 'zebracorn', 'quokka', 'draft', '']) {
        const visitor = await search(query, { limit: 100 });
        for (const id of hidden) expect(ids(visitor)).not.toContain(id);
      }
      // Facet counts never count what the viewer may not see.
      const counts = await search('recruitment', { facets: ['KIND', 'COUNTRY'] });
      expect(counts.estimatedTotalHits).toBe(counts.hits.length);
      expect(facet(counts, 'COUNTRY').DE).toBeUndefined();

      // Drafts stay out of search even for their own organization.
      const owner = await search('unfinished recruitment checker', { scope: c.scopes.ngoMember });
      expect(ids(owner)).not.toContain(c.practices.draft.id);

      // Members of verified organizations see members-only content; restricted needs the type.
      const ngo = ids(await search('recruitment', { scope: c.scopes.ngoMember, limit: 100 }));
      expect(ngo).toContain(c.practices.membersOnly.id);
      expect(ngo).toContain(c.threads.lawThread.posts[0]);
      expect(ngo).not.toContain(c.practices.restricted.id);
      const police = ids(
        await search('recruitment', { scope: c.scopes.lawEnforcement, limit: 100 }),
      );
      expect(police).toContain(c.practices.restricted.id);
      // Hidden posts stay hidden even for members.
      expect(ids(await search('zebracorn', { scope: c.scopes.lawEnforcement }))).not.toContain(
        c.threads.adsThread.posts[1],
      );
    });

    describe('misuse patterns', () => {
      it('ranks a title match above a description match', async () => {
        const order = ids(
          await search('cryptocurrency', { filter: { kinds: ['MISUSE_PATTERN'] } }),
        );
        expect(order).toEqual([c.patterns.mixers.id, c.patterns.deepfakes.id]);
      });

      it('tolerates typos and completes the word being typed: "recrutment deepfak", "deepfak interview"', async () => {
        expect(ids(await search('recrutment deepfak'))[0]).toBe(c.patterns.deepfakes.id);
        expect(ids(await search('deepfak interview'))[0]).toBe(c.patterns.deepfakes.id);
      });

      it('finds a pattern by its indicators and highlights them in the snippet', async () => {
        const r = await search('camera', { filter: { kinds: ['MISUSE_PATTERN'] } });
        expect(ids(r)).toEqual([c.patterns.deepfakes.id]);
        expect(r.hits[0]!.snippet).toContain(`live ${HIGHLIGHT_START}camera${HIGHLIGHT_END}`);
        const titled = await search('mixers', { filter: { kinds: ['MISUSE_PATTERN'] } });
        expect(titled.hits[0]!.title).toBe(
          `Cryptocurrency ${HIGHLIGHT_START}mixers${HIGHLIGHT_END} launder exploitation proceeds`,
        );
      });

      it('filters by stage, misused technology, trend, region and the shared form of exploitation', async () => {
        expect(ids(await search('', { filter: { stages: ['FINANCIAL_FLOWS'] } }))).toEqual([
          c.patterns.mixers.id,
        ]);
        expect(
          ids(
            await search('', {
              filter: { misusedTechnologies: ['SOCIAL_MEDIA', 'DARK_WEB_MARKETS'] },
              sort: 'NEWEST',
            }),
          ),
        ).toEqual([c.patterns.mixers.id, c.patterns.deepfakes.id]);
        expect(ids(await search('', { filter: { trends: ['EMERGING'] } }))).toEqual([
          c.patterns.deepfakes.id,
        ]);
        expect(ids(await search('', { filter: { regions: ['WESTERN_EUROPE'] } }))).toEqual([
          c.patterns.mixers.id,
        ]);
        expect(
          ids(
            await search('', {
              filter: { organizations: ['nordic-bank'], kinds: ['MISUSE_PATTERN'] },
            }),
          ),
        ).toEqual([c.patterns.mixers.id]);
        // A form of exploitation is shared: practices and patterns both have it.
        const sexual = ids(
          await search('', { filter: { formsOfExploitation: ['SEXUAL_EXPLOITATION'] } }),
        );
        expect(sexual.sort()).toEqual([c.practices.financial.id, c.patterns.mixers.id].sort());
        // The practices' technologies are not the misused technologies: each filter leaves the other kind out.
        expect(
          ids(await search('', { filter: { technologies: ['FINANCIAL_TRANSACTION_MONITORING'] } })),
        ).toEqual([c.practices.financial.id]);
        expect(
          ids(await search('', { filter: { stages: ['RECRUITMENT'], kinds: ['PRACTICE'] } })),
        ).toEqual([]);
      });

      it('counts the pattern facets over the visible results only', async () => {
        const facets = ['STAGE', 'MISUSED_TECHNOLOGY', 'TREND', 'FORM_OF_EXPLOITATION'] as const;
        const visitor = await search('', { facets: [...facets] });
        expect(facet(visitor, 'STAGE')).toEqual({ RECRUITMENT: 1, FINANCIAL_FLOWS: 1 });
        expect(facet(visitor, 'MISUSED_TECHNOLOGY')).toEqual({
          GENERATIVE_AI_AND_DEEPFAKES: 1,
          SOCIAL_MEDIA: 1,
          CRYPTOCURRENCIES: 1,
          DARK_WEB_MARKETS: 1,
        });
        expect(facet(visitor, 'TREND')).toEqual({ EMERGING: 1, ESTABLISHED: 1 });
        expect(facet(visitor, 'FORM_OF_EXPLOITATION')).toEqual({
          SEXUAL_EXPLOITATION: 2,
          FORCED_LABOUR: 1,
        });

        const police = await search('', { facets: [...facets], scope: c.scopes.lawEnforcement });
        expect(facet(police, 'STAGE')).toEqual({
          RECRUITMENT: 1,
          FINANCIAL_FLOWS: 1,
          CONTROL_AND_EXPLOITATION: 1,
          MOVEMENT: 1,
        });
        expect(facet(police, 'TREND')).toEqual({ EMERGING: 2, ESTABLISHED: 1, DECLINING: 1 });

        const narrowed = await search('', {
          filter: { stages: ['RECRUITMENT', 'MOVEMENT'] },
          facets: ['MISUSED_TECHNOLOGY', 'KIND'],
          scope: c.scopes.lawEnforcement,
        });
        expect(facet(narrowed, 'MISUSED_TECHNOLOGY')).toEqual({
          GENERATIVE_AI_AND_DEEPFAKES: 1,
          SOCIAL_MEDIA: 1,
          MESSAGING_AND_ENCRYPTED_APPS: 1,
        });
        expect(facet(narrowed, 'KIND')).toEqual({ MISUSE_PATTERN: 2 });
      });

      it('shows a pattern and the threads about it only to those who may see the pattern', async () => {
        const aboutRestricted = [
          c.patterns.restricted.id,
          c.threads.callForPartners.id,
          ...c.threads.callForPartners.posts,
          c.threads.lawCall.id,
          ...c.threads.lawCall.posts,
        ];
        const visitor = ids(await search('quokka', { limit: 100 }));
        expect(visitor).toEqual([]);
        // Members see the members-only pattern, but neither the restricted one nor the calls about it.
        const ngo = ids(await search('quokka', { scope: c.scopes.ngoMember, limit: 100 }));
        expect(ngo).toEqual([c.patterns.membersOnly.id]);
        // Law enforcement (the audience, and the owners) see all of it, in the public and the members-only category.
        const police = ids(await search('quokka', { scope: c.scopes.lawEnforcement, limit: 100 }));
        expect(police.sort()).toEqual([c.patterns.membersOnly.id, ...aboutRestricted].sort());
        // Also when searching within the category (its own visibility path).
        const inPartnerships = (scope = c.scopes.visitor) =>
          search('quokka', {
            filter: { kinds: ['POST'], categories: ['partnerships'] },
            scope,
          }).then(ids);
        expect(await inPartnerships()).toEqual([]);
        expect(await inPartnerships(c.scopes.lawEnforcement)).toEqual(
          c.threads.callForPartners.posts,
        );
        const browsing = ids(
          await search('', {
            filter: { categories: ['partnerships', 'law-enforcement-exchange'] },
            limit: 100,
            scope: c.scopes.ngoMember,
          }),
        );
        for (const id of aboutRestricted) expect(browsing).not.toContain(id);
        // The pattern's own discussion is as public as the pattern, and belongs to its organization.
        const discussion = ids(
          await search('synthetic interviewer', {
            filter: { organizations: ['la-strada-moldova'] },
          }),
        );
        expect(discussion).toEqual(expect.arrayContaining([c.threads.deepfakeDiscussion.posts[0]]));
      });

      it('never shows a draft pattern, even to its own organization, nor what depends on it', async () => {
        expect(
          ids(await search('livestream coercion', { scope: c.scopes.ngoMember })),
        ).not.toContain(c.patterns.draft.id);
        const counts = await search('', { facets: ['TREND', 'STAGE'], scope: c.scopes.ngoMember });
        expect(facet(counts, 'STAGE').CONTROL_AND_EXPLOITATION).toBe(1); // the members-only pattern, not the draft
      });
    });

    it('pages through results without repeats, with a stable total', async () => {
      const first = await search('recruitment', {
        scope: c.scopes.lawEnforcement,
        limit: 2,
        offset: 0,
      });
      const second = await search('recruitment', {
        scope: c.scopes.lawEnforcement,
        limit: 2,
        offset: 2,
      });
      expect(first.hits).toHaveLength(2);
      expect(first.estimatedTotalHits).toBe(second.estimatedTotalHits);
      expect(first.estimatedTotalHits).toBeGreaterThan(3);
      for (const id of ids(second)) expect(ids(first)).not.toContain(id);
    });

    it('sorts by newest when asked', async () => {
      const r = await search('', { filter: { kinds: ['PRACTICE'] }, sort: 'NEWEST' });
      expect(ids(r)).toEqual([
        c.practices.hotline.id,
        c.practices.financial.id,
        c.practices.adsMonitor.id,
      ]);
    });

    it('finds organizations by name and posts by their text', async () => {
      expect(ids(await search('strada'))).toContain(c.orgs.ngo.id);
      const posts = await search('deceptive ads', { filter: { kinds: ['POST'] } });
      expect(ids(posts)).toEqual([c.threads.adsThread.posts[0]]);
      expect(stripMarkers(posts.hits[0]!.title)).toBe('Spotting fake job ads on social media');
    });

    it('reports its name and timing', async () => {
      const r = await search('hotline');
      expect(r.engine).toBe(s.engine.name);
      expect(r.processingTimeMs).toBeGreaterThanOrEqual(0);
    });
  });
}
