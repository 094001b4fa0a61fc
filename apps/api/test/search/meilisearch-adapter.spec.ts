import { FACET_ATTRIBUTES, HIGHLIGHT_END, HIGHLIGHT_START } from '../../src/search/search-engine';
import { INDEX_SETTINGS, MeilisearchEngine, quoteFilterValue } from '../../src/search/meilisearch.engine';
import { documentId, type SearchDocument } from '../../src/search/search-documents';
import { startTestPlatform, type TestPlatform } from '../utils/test-platform';
import { MeiliBoundaryServer } from './meili-boundary-server';
import { request, seedSearchCorpus, type SearchCorpus } from './search-fixtures';

/**
 * A filter expression read back with Meilisearch's grammar for what we emit:
 * `attribute IN ["value", …]` and `attribute >= number`, joined by AND; strings are
 * double-quoted with backslash escapes. Anything else fails the parse.
 */
function parseFilter(expression: string): { attribute: string; operator: string; values: (string | number)[] }[] {
  const tokens: { type: 'word' | 'string' | 'punct'; value: string }[] = [];
  let i = 0;
  while (i < expression.length) {
    const ch = expression[i]!;
    if (/\s/.test(ch)) i++;
    else if (ch === '"') {
      let value = '';
      i++;
      while (expression[i] !== '"') {
        if (i >= expression.length) throw new Error('unterminated string');
        if (expression[i] === '\\') i++;
        value += expression[i++];
      }
      i++;
      tokens.push({ type: 'string', value });
    } else if ('[],'.includes(ch)) tokens.push({ type: 'punct', value: expression[i++]! });
    else if (ch === '>' || ch === '<') {
      const op = expression[i + 1] === '=' ? `${ch}=` : ch;
      i += op.length;
      tokens.push({ type: 'punct', value: op });
    } else {
      const m = /^[A-Za-z0-9_.:-]+/.exec(expression.slice(i));
      if (!m) throw new Error(`unexpected ${ch} at ${i}`);
      tokens.push({ type: 'word', value: m[0] });
      i += m[0].length;
    }
  }
  const clauses: { attribute: string; operator: string; values: (string | number)[] }[] = [];
  let t = 0;
  const next = () => tokens[t++] ?? { type: 'end', value: '' };
  for (;;) {
    const attribute = next();
    if (attribute.type !== 'word') throw new Error(`expected an attribute, got ${attribute.value}`);
    const op = next();
    if (op.type === 'word' && op.value === 'IN') {
      if (next().value !== '[') throw new Error('expected [');
      const values: string[] = [];
      for (;;) {
        const v = next();
        if (v.type !== 'string') throw new Error(`expected a string, got ${v.value}`);
        values.push(v.value);
        const sep = next();
        if (sep.value === ']') break;
        if (sep.value !== ',') throw new Error('expected , or ]');
      }
      clauses.push({ attribute: attribute.value, operator: 'IN', values });
    } else if (op.type === 'punct' && ['>=', '<='].includes(op.value)) {
      const v = next();
      if (v.type !== 'word' || !/^\d+$/.test(v.value)) throw new Error('expected a number');
      clauses.push({ attribute: attribute.value, operator: op.value, values: [Number(v.value)] });
    } else throw new Error(`unexpected operator ${op.value}`);
    const joiner = next();
    if (joiner.type === 'end' as string) return clauses;
    if (joiner.value !== 'AND') throw new Error(`expected AND, got ${joiner.value}`);
  }
}

describe('MeilisearchEngine at its HTTP boundary', () => {
  let t: TestPlatform;
  let server: MeiliBoundaryServer;
  let engine: MeilisearchEngine;
  let c: SearchCorpus;

  beforeAll(async () => {
    server = await new MeiliBoundaryServer().start();
    t = await startTestPlatform();
    engine = new MeilisearchEngine(t.db, { host: server.url, apiKey: 'test-master-key', index: 'alliance' });
    c = await seedSearchCorpus(t.db);
  });
  afterAll(async () => {
    await t.close();
    await server.stop();
  });

  it('creates the index and applies the settings from code, idempotently, with the API key', async () => {
    server.requests.length = 0;
    expect(await engine.ensureIndex()).toBe(true);
    const created = server.requestsTo('POST', /^\/indexes$/);
    expect(created.map((r) => r.body)).toEqual([{ uid: 'alliance', primaryKey: 'id' }]);
    const settings = server.requestsTo('PATCH', /^\/indexes\/alliance\/settings$/);
    expect(settings).toHaveLength(1);
    expect(settings[0]!.body).toEqual(JSON.parse(JSON.stringify(INDEX_SETTINGS)));
    expect(settings[0]!.headers.authorization).toBe('Bearer test-master-key');
    // The client waited on each task (GET /tasks/:uid) before going on.
    expect(server.requestsTo('GET', /^\/tasks\/\d+$/).length).toBeGreaterThanOrEqual(2);

    server.requests.length = 0;
    await engine.ensureIndex();
    expect(server.requestsTo('POST', /^\/indexes$/)).toHaveLength(0);
    expect(server.requestsTo('PATCH', /settings$/)).toHaveLength(1);
  });

  it('declares every facet filterable, the access tokens, sortable fields, synonyms both ways and typo tolerance', () => {
    const s = INDEX_SETTINGS;
    for (const attribute of Object.values(FACET_ATTRIBUTES)) expect(s.filterableAttributes).toContain(attribute);
    expect(s.filterableAttributes).toContain('access');
    expect(s.sortableAttributes).toEqual(expect.arrayContaining(['publishedAt', 'endorsements', 'lastActivityAt']));
    expect(s.searchableAttributes![0]).toBe('title');
    expect(s.rankingRules).toEqual(expect.arrayContaining(['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness']));
    expect(s.synonyms!['thb']).toEqual(expect.arrayContaining(['human trafficking', 'trafficking in human beings']));
    expect(s.synonyms!['trafficking in human beings']).toContain('thb');
    expect(s.synonyms!['osint']).toContain('open-source intelligence');
    expect(s.synonyms!['nrm']).toContain('national referral mechanism');
    expect(s.typoTolerance).toMatchObject({ enabled: true });
  });

  it('sends documents with valid ids and access tokens, and deletes drafts, hidden and removed posts', async () => {
    server.requests.length = 0;
    const p = c.practices;
    const keys = [
      ...Object.values(p).map((x) => ({ kind: 'PRACTICE' as const, entityId: x.id })),
      { kind: 'THREAD' as const, entityId: c.threads.adsThread.id },
      { kind: 'THREAD' as const, entityId: c.threads.lawThread.id },
      ...[...c.threads.adsThread.posts, ...c.threads.lawThread.posts].map((id) => ({ kind: 'POST' as const, entityId: id })),
      { kind: 'ORGANIZATION' as const, entityId: c.orgs.ngo.id },
    ];
    await engine.sync(keys);

    const [add] = server.requestsTo('POST', /^\/indexes\/alliance\/documents$/);
    expect(add!.query.get('primaryKey')).toBe('id');
    const docs = add!.body as SearchDocument[];
    for (const doc of docs) expect(doc.id).toMatch(/^[A-Za-z0-9_-]{1,511}$/);
    const byId = new Map(docs.map((d) => [d.id, d]));
    expect(byId.get(documentId('PRACTICE', p.adsMonitor.id))).toMatchObject({ kind: 'PRACTICE', title: 'Trafficking recruitment ads monitor', countries: ['KZ', 'KG'], organizations: ['la-strada-moldova'], access: expect.arrayContaining(['public']) });
    expect(byId.get(documentId('PRACTICE', p.restricted.id))!.access.sort()).toEqual(['moderator', `org:${c.orgs.police.id}`, 'type:GOVERNMENT'].sort());
    expect(byId.get(documentId('PRACTICE', p.membersOnly.id))!.access).toContain('members');
    expect(byId.get(documentId('PRACTICE', p.membersOnly.id))!.access).not.toContain('public');
    expect(byId.get(documentId('POST', c.threads.lawThread.posts[0]!))!.access.sort()).toEqual(['members', 'moderator']);
    expect(byId.has(documentId('PRACTICE', p.draft.id))).toBe(false);

    const [deletion] = server.requestsTo('POST', /^\/indexes\/alliance\/documents\/delete-batch$/);
    expect((deletion!.body as string[]).sort()).toEqual(
      [documentId('PRACTICE', p.draft.id), documentId('POST', c.threads.adsThread.posts[1]!), documentId('POST', c.threads.adsThread.posts[2]!)].sort(),
    );
    expect(server.indexes.get('alliance')!.documents.has(documentId('PRACTICE', p.adsMonitor.id))).toBe(true);
  });

  it('surfaces a failed Meilisearch task with its code', async () => {
    server.failNextTaskWith = 'invalid_document_fields';
    await expect(engine.sync([{ kind: 'PRACTICE', entityId: c.practices.hotline.id }])).rejects.toThrow(/invalid_document_fields/);
  });

  it('searches with the access filter first, the filters as quoted IN lists, facets, sort and highlight tags', async () => {
    server.requests.length = 0;
    const pid = c.practices.adsMonitor.id;
    server.searchResponse = () => ({
      hits: [{ kind: 'PRACTICE', entityId: pid, title: 'Trafficking recruitment ads monitor', _formatted: { title: `Trafficking ${HIGHLIGHT_START}recruitment${HIGHLIGHT_END} ads monitor`, summary: `Monitors online ${HIGHLIGHT_START}recruitment${HIGHLIGHT_END} advertisements…`, body: 'Volunteers…' }, _rankingScore: 0.93 }],
      query: 'recruitment',
      processingTimeMs: 3,
      limit: 10,
      offset: 0,
      estimatedTotalHits: 1,
      facetDistribution: { countries: { KZ: 1, KG: 1 }, kind: { PRACTICE: 1 } },
    });
    const response = await engine.search(
      request('recruitment "social media" -hotline', {
        filter: { kinds: ['PRACTICE'], countries: ['KZ', 'KG'], focusAreas: ['PREVENTION'], yearFrom: 2015 },
        facets: ['COUNTRY', 'KIND'],
        sort: 'RELEVANCE',
        limit: 10,
        scope: c.scopes.lawEnforcement,
      }),
    );
    server.searchResponse = null;

    const [sent] = server.requestsTo('POST', /^\/indexes\/alliance\/search$/);
    const body = sent!.body as Record<string, unknown>;
    expect(body).toMatchObject({
      q: 'recruitment "social media" -hotline',
      facets: ['countries', 'kind'],
      offset: 0,
      limit: 10,
      highlightPreTag: HIGHLIGHT_START,
      highlightPostTag: HIGHLIGHT_END,
      attributesToHighlight: ['title'],
      attributesToCrop: ['summary', 'body'],
      showRankingScore: true,
    });
    expect(body.sort).toBeUndefined();
    expect(parseFilter(body.filter as string)).toEqual([
      { attribute: 'access', operator: 'IN', values: ['public', 'members', 'type:GOVERNMENT', `org:${c.orgs.police.id}`, `user:${c.scopes.lawEnforcement.userId}`] },
      { attribute: 'kind', operator: 'IN', values: ['PRACTICE'] },
      { attribute: 'focusAreas', operator: 'IN', values: ['PREVENTION'] },
      { attribute: 'countries', operator: 'IN', values: ['KZ', 'KG'] },
      { attribute: 'year', operator: '>=', values: [2015] },
    ]);

    expect(response).toMatchObject({
      engine: 'meilisearch',
      estimatedTotalHits: 1,
      processingTimeMs: 3,
      hits: [{ kind: 'PRACTICE', entityId: pid, title: `Trafficking ${HIGHLIGHT_START}recruitment${HIGHLIGHT_END} ads monitor`, score: 0.93 }],
      facetDistribution: [
        { facet: 'COUNTRY', values: [{ value: 'KG', count: 1 }, { value: 'KZ', count: 1 }] },
        { facet: 'KIND', values: [{ value: 'PRACTICE', count: 1 }] },
      ],
    });
    expect(response.hits[0]!.snippet).toContain(`${HIGHLIGHT_START}recruitment${HIGHLIGHT_END}`);
  });

  it('sorts with the sortable attributes', async () => {
    for (const [sort, expected] of [['NEWEST', ['publishedAt:desc']], ['MOST_ENDORSED', ['endorsements:desc']], ['LAST_ACTIVITY', ['lastActivityAt:desc']]] as const) {
      server.requests.length = 0;
      await engine.search(request('', { sort }));
      expect(server.requestsTo('POST', /search$/)[0]!.body).toMatchObject({ sort: expected });
    }
  });

  it('quotes and escapes user-supplied values so no filter syntax can be injected', async () => {
    const hostile = ['x" OR access IN ["moderator', 'a\\" OR kind = "POST', 'back\\slash', '] OR access EXISTS', 'ünïcödé "quoted"'];
    for (const value of hostile) {
      server.requests.length = 0;
      await engine.search(request('', { filter: { organizations: [value], categories: [value] } }));
      const filter = server.requestsTo('POST', /search$/)[0]!.body as { filter: string };
      const clauses = parseFilter(filter.filter);
      expect(clauses).toEqual([
        { attribute: 'access', operator: 'IN', values: ['public'] },
        { attribute: 'organizations', operator: 'IN', values: [value] },
        { attribute: 'category', operator: 'IN', values: [value] },
      ]);
    }
    expect(quoteFilterValue('say "hi" \\ bye')).toBe('"say \\"hi\\" \\\\ bye"');
    expect(() => quoteFilterValue(Number.NaN)).toThrow();
  });

  it('rebuilds into a new index and swaps it in atomically, then drops the old one', async () => {
    server.requests.length = 0;
    const { documents } = await engine.rebuild();
    expect(documents).toBeGreaterThan(10);
    const created = server.requestsTo('POST', /^\/indexes$/).map((r) => (r.body as { uid: string }).uid);
    expect(created).toHaveLength(1);
    const next = created[0]!;
    expect(next).toMatch(/^alliance_rebuild_\d+$/);
    const added = server.requestsTo('POST', /\/documents$/);
    expect(added.every((r) => r.path === `/indexes/${next}/documents`)).toBe(true);
    const [swap] = server.requestsTo('POST', /^\/swap-indexes$/);
    expect(swap!.body).toEqual([{ indexes: ['alliance', next], rename: false }]);
    const swapAt = server.requests.indexOf(swap!);
    const lastAdd = server.requests.indexOf(added.at(-1)!);
    expect(lastAdd).toBeLessThan(swapAt);
    const [drop] = server.requestsTo('DELETE', new RegExp(`^/indexes/${next}$`));
    expect(server.requests.indexOf(drop!)).toBeGreaterThan(swapAt);
    // The live index has every searchable document, and no draft.
    const live = server.indexes.get('alliance')!;
    expect(live.documents.has(documentId('PRACTICE', c.practices.adsMonitor.id))).toBe(true);
    expect(live.documents.has(documentId('PRACTICE', c.practices.draft.id))).toBe(false);
    expect(server.indexes.has(next)).toBe(false);
  });
});
