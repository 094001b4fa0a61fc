import { FACET_ATTRIBUTES, HIGHLIGHT_END, HIGHLIGHT_START } from '../../src/search/search-engine';
import {
  INDEX_SETTINGS,
  MeilisearchEngine,
  quoteFilterValue,
} from '../../src/search/meilisearch.engine';
import { ANONYMOUS_SCOPE, type ViewerScope } from '../../src/visibility';
import { PostgresSearchEngine } from '../../src/search/postgres-search.engine';
import {
  accessTokensOf,
  allDocumentKeys,
  documentId,
  loadDocuments,
  type SearchDocument,
} from '../../src/search/search-documents';
import { startTestPlatform, type TestPlatform } from '../utils/test-platform';
import { MeiliBoundaryServer } from './meili-boundary-server';
import { request, seedSearchCorpus, type SearchCorpus } from './search-fixtures';

/**
 * A filter expression read back with Meilisearch's grammar for what we emit:
 * `attribute IN ["value", …]` and `attribute >= number`, joined by AND; strings are
 * double-quoted with backslash escapes. Anything else fails the parse.
 */
function parseFilter(
  expression: string,
): { attribute: string; operator: string; values: (string | number)[] }[] {
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
    if (joiner.type === ('end' as string)) return clauses;
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
    engine = new MeilisearchEngine(t.db, {
      host: server.url,
      apiKey: 'test-master-key',
      index: 'alliance',
    });
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
    for (const attribute of Object.values(FACET_ATTRIBUTES))
      expect(s.filterableAttributes).toContain(attribute);
    expect(s.filterableAttributes).toContain('access');
    expect(s.sortableAttributes).toEqual(
      expect.arrayContaining(['publishedAt', 'endorsements', 'lastActivityAt']),
    );
    expect(s.searchableAttributes![0]).toBe('title');
    expect(s.rankingRules).toEqual(
      expect.arrayContaining(['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness']),
    );
    expect(s.synonyms!['thb']).toEqual(
      expect.arrayContaining(['human trafficking', 'trafficking in human beings']),
    );
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
      ...[...c.threads.adsThread.posts, ...c.threads.lawThread.posts].map((id) => ({
        kind: 'POST' as const,
        entityId: id,
      })),
      { kind: 'ORGANIZATION' as const, entityId: c.orgs.ngo.id },
    ];
    await engine.sync(keys);

    const [add] = server.requestsTo('POST', /^\/indexes\/alliance\/documents$/);
    expect(add!.query.get('primaryKey')).toBe('id');
    const docs = add!.body as SearchDocument[];
    for (const doc of docs) expect(doc.id).toMatch(/^[A-Za-z0-9_-]{1,511}$/);
    const byId = new Map(docs.map((d) => [d.id, d]));
    expect(byId.get(documentId('PRACTICE', p.adsMonitor.id))).toMatchObject({
      kind: 'PRACTICE',
      title: 'Trafficking recruitment ads monitor',
      countries: ['KZ', 'KG'],
      organizations: ['la-strada-moldova'],
      access: expect.arrayContaining(['public']),
    });
    expect(byId.get(documentId('PRACTICE', p.restricted.id))!.access.sort()).toEqual(
      ['moderator', `org:${c.orgs.police.id}`, 'type:GOVERNMENT'].sort(),
    );
    expect(byId.get(documentId('PRACTICE', p.membersOnly.id))!.access).toContain('members');
    expect(byId.get(documentId('PRACTICE', p.membersOnly.id))!.access).not.toContain('public');
    expect(byId.get(documentId('POST', c.threads.lawThread.posts[0]!))!.access.sort()).toEqual([
      'members',
      'moderator',
    ]);
    expect(byId.has(documentId('PRACTICE', p.draft.id))).toBe(false);

    const [deletion] = server.requestsTo('POST', /^\/indexes\/alliance\/documents\/delete-batch$/);
    expect((deletion!.body as string[]).sort()).toEqual(
      [
        documentId('PRACTICE', p.draft.id),
        documentId('POST', c.threads.adsThread.posts[1]!),
        documentId('POST', c.threads.adsThread.posts[2]!),
      ].sort(),
    );
    expect(
      server.indexes.get('alliance')!.documents.has(documentId('PRACTICE', p.adsMonitor.id)),
    ).toBe(true);
  });

  it('sends misuse patterns with their facets and access tokens mirroring visiblePatternSql, and never drafts', async () => {
    server.requests.length = 0;
    const m = c.patterns;
    await engine.sync(
      Object.values(m).map((x) => ({ kind: 'MISUSE_PATTERN' as const, entityId: x.id })),
    );
    const docs = server.requestsTo('POST', /^\/indexes\/alliance\/documents$/)[0]!
      .body as SearchDocument[];
    const byId = new Map(docs.map((d) => [d.id, d]));
    for (const doc of docs) expect(doc.id).toMatch(/^[A-Za-z0-9_-]{1,511}$/);
    expect(byId.get(documentId('MISUSE_PATTERN', m.deepfakes.id))).toEqual(
      expect.objectContaining({
        kind: 'MISUSE_PATTERN',
        entityId: m.deepfakes.id,
        title: 'Deepfake video interviews in job recruitment',
        summary: expect.stringContaining('generated faces'),
        body: 'The interviewer never appears on a live camera; An offer letter arrives before any reference check\n\nCandidates are interviewed by a synthetic persona, then asked to pay a visa fee in cryptocurrency before travelling.',
        stages: ['RECRUITMENT'],
        misusedTechnologies: ['GENERATIVE_AI_AND_DEEPFAKES', 'SOCIAL_MEDIA'],
        // The practices' technology attribute stays empty: the codes are different taxonomies.
        technologies: [],
        formsOfExploitation: ['FORCED_LABOUR'],
        trend: 'EMERGING',
        regions: ['CENTRAL_ASIA', 'EASTERN_EUROPE'],
        organizations: ['la-strada-moldova'],
        stakeholderTypes: ['CIVIL_SOCIETY'],
        visibility: 'PUBLIC',
        publishedAt: Math.floor(m.deepfakes.publishedAt!.getTime() / 1000),
      }),
    );
    expect(byId.get(documentId('MISUSE_PATTERN', m.deepfakes.id))!.access.sort()).toEqual(
      ['moderator', `org:${c.orgs.ngo.id}`, 'public'].sort(),
    );
    expect(byId.get(documentId('MISUSE_PATTERN', m.membersOnly.id))!.access.sort()).toEqual(
      ['members', 'moderator', `org:${c.orgs.police.id}`].sort(),
    );
    expect(byId.get(documentId('MISUSE_PATTERN', m.restricted.id))!.access.sort()).toEqual(
      ['moderator', `org:${c.orgs.police.id}`, 'type:GOVERNMENT'].sort(),
    );
    expect(byId.has(documentId('MISUSE_PATTERN', m.draft.id))).toBe(false);
    const [deletion] = server.requestsTo('POST', /delete-batch$/);
    expect(deletion!.body).toEqual([documentId('MISUSE_PATTERN', m.draft.id)]);
  });

  it('gives threads about a pattern the pattern’s audience, intersected with a members-only category’s', async () => {
    server.requests.length = 0;
    const t = c.threads;
    const keys = [t.deepfakeDiscussion, t.callForPartners, t.lawCall].flatMap((x) => [
      { kind: 'THREAD' as const, entityId: x.id },
      ...x.posts.map((id) => ({ kind: 'POST' as const, entityId: id })),
    ]);
    await engine.sync(keys);
    const docs = server.requestsTo('POST', /^\/indexes\/alliance\/documents$/)[0]!
      .body as SearchDocument[];
    const access = (kind: 'THREAD' | 'POST', id: string) =>
      docs.find((d) => d.id === documentId(kind, id))!.access.sort();
    const police = c.orgs.police.id;
    // The pattern's discussion: the public pattern's audience, and its organization for the facet.
    expect(access('THREAD', t.deepfakeDiscussion.id)).toEqual(
      ['moderator', `org:${c.orgs.ngo.id}`, 'public'].sort(),
    );
    expect(
      docs.find((d) => d.id === documentId('POST', t.deepfakeDiscussion.posts[0]!))!.organizations,
    ).toEqual(['la-strada-moldova']);
    // A call for partners in a public category: exactly the restricted pattern's audience; no organization.
    for (const [kind, id] of [
      ['THREAD', t.callForPartners.id],
      ['POST', t.callForPartners.posts[0]!],
    ] as const) {
      expect(access(kind, id)).toEqual(['moderator', `org:${police}`, 'type:GOVERNMENT'].sort());
      expect(docs.find((d) => d.id === documentId(kind, id))!.organizations).toEqual([]);
    }
    // In a members-only category: members of the pattern's types (members all), moderators, and
    // its organization's members only when they are also members of a verified organization.
    for (const [kind, id] of [
      ['THREAD', t.lawCall.id],
      ['POST', t.lawCall.posts[0]!],
    ] as const) {
      expect(access(kind, id)).toEqual(
        ['moderator', `members+org:${police}`, 'type:GOVERNMENT'].sort(),
      );
    }
  });

  it('gives members of a verified organization a members+org token per membership, and no one else', () => {
    const unverifiedOwner = {
      userId: 'u1',
      memberOrgIds: ['o1'],
      verifiedStakeholderTypes: [],
      memberOfVerifiedOrganization: false,
      moderator: false,
    };
    expect(accessTokensOf(unverifiedOwner)).toEqual(['public', 'org:o1', 'user:u1']);
    const verifiedOwner = {
      ...unverifiedOwner,
      memberOrgIds: ['o1', 'o2'],
      verifiedStakeholderTypes: ['ACADEMIA' as const],
      memberOfVerifiedOrganization: true,
    };
    expect(accessTokensOf(verifiedOwner)).toEqual([
      'public',
      'members',
      'type:ACADEMIA',
      'org:o1',
      'org:o2',
      'user:u1',
      'members+org:o1',
      'members+org:o2',
    ]);
  });

  it('lets every viewer find through the access tokens exactly what the SQL predicates let them find', async () => {
    const documents: SearchDocument[] = [];
    for await (const keys of allDocumentKeys(t.db))
      documents.push(...(await loadDocuments(t.db, keys)).upsert);
    const police = c.orgs.police.id;
    const scopes: Record<string, ViewerScope> = {
      ...c.scopes,
      moderator: { ...ANONYMOUS_SCOPE, userId: c.scopes.ngoMember.userId, moderator: true },
      // A member of the restricted pattern's organization without its type, through another verified organization…
      ownerAmongMembers: {
        userId: c.scopes.ngoMember.userId,
        memberOrgIds: [police, c.orgs.ngo.id],
        verifiedStakeholderTypes: ['CIVIL_SOCIETY'],
        memberOfVerifiedOrganization: true,
        moderator: false,
      },
      // …and without any verified organization (members-only categories stay closed to them).
      ownerOnly: {
        userId: c.scopes.ngoMember.userId,
        memberOrgIds: [police],
        verifiedStakeholderTypes: [],
        memberOfVerifiedOrganization: false,
        moderator: false,
      },
    };
    const postgres = new PostgresSearchEngine(t.db);
    for (const [name, scope] of Object.entries(scopes)) {
      const tokens = new Set(accessTokensOf(scope));
      const viaTokens = documents
        .filter((d) => d.access.some((a) => tokens.has(a)))
        .map((d) => `${d.kind}:${d.entityId}`);
      const viaSql = (await postgres.search(request('', { scope, limit: 1000 }))).hits.map(
        (h) => `${h.kind}:${h.entityId}`,
      );
      expect([name, viaTokens.sort()]).toEqual([name, viaSql.sort()]);
    }
    // The cases that need the members+org token are really there.
    const lawCall = `THREAD:${c.threads.lawCall.id}`;
    const visibleTo = async (scope: ViewerScope) =>
      (await postgres.search(request('', { scope, limit: 1000 }))).hits.map(
        (h) => `${h.kind}:${h.entityId}`,
      );
    expect(await visibleTo(scopes.ownerAmongMembers!)).toContain(lawCall);
    expect(await visibleTo(scopes.ownerOnly!)).not.toContain(lawCall);
    expect(await visibleTo(scopes.ownerOnly!)).toContain(`THREAD:${c.threads.callForPartners.id}`);
  });

  it('filters by the pattern facets as quoted IN lists and declares them filterable', async () => {
    for (const attribute of [
      'stages',
      'misusedTechnologies',
      'trend',
      'formsOfExploitation',
      'regions',
    ])
      expect(INDEX_SETTINGS.filterableAttributes).toContain(attribute);
    server.requests.length = 0;
    await engine.search(
      request('deepfak', {
        filter: {
          kinds: ['MISUSE_PATTERN'],
          stages: ['RECRUITMENT', 'MOVEMENT'],
          misusedTechnologies: ['GENERATIVE_AI_AND_DEEPFAKES'],
          trends: ['EMERGING'],
          formsOfExploitation: ['FORCED_LABOUR'],
        },
        facets: ['STAGE', 'MISUSED_TECHNOLOGY', 'TREND'],
      }),
    );
    const body = server.requestsTo('POST', /search$/)[0]!.body as {
      filter: string;
      facets: string[];
    };
    expect(body.facets).toEqual(['stages', 'misusedTechnologies', 'trend']);
    expect(parseFilter(body.filter)).toEqual([
      { attribute: 'access', operator: 'IN', values: ['public'] },
      { attribute: 'kind', operator: 'IN', values: ['MISUSE_PATTERN'] },
      { attribute: 'formsOfExploitation', operator: 'IN', values: ['FORCED_LABOUR'] },
      { attribute: 'stages', operator: 'IN', values: ['RECRUITMENT', 'MOVEMENT'] },
      { attribute: 'misusedTechnologies', operator: 'IN', values: ['GENERATIVE_AI_AND_DEEPFAKES'] },
      { attribute: 'trend', operator: 'IN', values: ['EMERGING'] },
    ]);
  });

  it('surfaces a failed Meilisearch task with its code', async () => {
    server.failNextTaskWith = 'invalid_document_fields';
    await expect(
      engine.sync([{ kind: 'PRACTICE', entityId: c.practices.hotline.id }]),
    ).rejects.toThrow(/invalid_document_fields/);
  });

  it('searches with the access filter first, the filters as quoted IN lists, facets, sort and highlight tags', async () => {
    server.requests.length = 0;
    const pid = c.practices.adsMonitor.id;
    server.searchResponse = () => ({
      hits: [
        {
          kind: 'PRACTICE',
          entityId: pid,
          title: 'Trafficking recruitment ads monitor',
          _formatted: {
            title: `Trafficking ${HIGHLIGHT_START}recruitment${HIGHLIGHT_END} ads monitor`,
            summary: `Monitors online ${HIGHLIGHT_START}recruitment${HIGHLIGHT_END} advertisements…`,
            body: 'Volunteers…',
          },
          _rankingScore: 0.93,
        },
      ],
      query: 'recruitment',
      processingTimeMs: 3,
      limit: 10,
      offset: 0,
      estimatedTotalHits: 1,
      facetDistribution: { countries: { KZ: 1, KG: 1 }, kind: { PRACTICE: 1 } },
    });
    const response = await engine.search(
      request('recruitment "social media" -hotline', {
        filter: {
          kinds: ['PRACTICE'],
          countries: ['KZ', 'KG'],
          focusAreas: ['PREVENTION'],
          yearFrom: 2015,
        },
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
      {
        attribute: 'access',
        operator: 'IN',
        values: [
          'public',
          'members',
          'type:GOVERNMENT',
          `org:${c.orgs.police.id}`,
          `user:${c.scopes.lawEnforcement.userId}`,
          `members+org:${c.orgs.police.id}`,
        ],
      },
      { attribute: 'kind', operator: 'IN', values: ['PRACTICE'] },
      { attribute: 'focusAreas', operator: 'IN', values: ['PREVENTION'] },
      { attribute: 'countries', operator: 'IN', values: ['KZ', 'KG'] },
      { attribute: 'year', operator: '>=', values: [2015] },
    ]);

    expect(response).toMatchObject({
      engine: 'meilisearch',
      estimatedTotalHits: 1,
      processingTimeMs: 3,
      hits: [
        {
          kind: 'PRACTICE',
          entityId: pid,
          title: `Trafficking ${HIGHLIGHT_START}recruitment${HIGHLIGHT_END} ads monitor`,
          score: 0.93,
        },
      ],
      facetDistribution: [
        {
          facet: 'COUNTRY',
          values: [
            { value: 'KG', count: 1 },
            { value: 'KZ', count: 1 },
          ],
        },
        { facet: 'KIND', values: [{ value: 'PRACTICE', count: 1 }] },
      ],
    });
    expect(response.hits[0]!.snippet).toContain(`${HIGHLIGHT_START}recruitment${HIGHLIGHT_END}`);
  });

  it('sorts with the sortable attributes', async () => {
    for (const [sort, expected] of [
      ['NEWEST', ['publishedAt:desc']],
      ['MOST_ENDORSED', ['endorsements:desc']],
      ['LAST_ACTIVITY', ['lastActivityAt:desc']],
    ] as const) {
      server.requests.length = 0;
      await engine.search(request('', { sort }));
      expect(server.requestsTo('POST', /search$/)[0]!.body).toMatchObject({ sort: expected });
    }
  });

  it('quotes and escapes user-supplied values so no filter syntax can be injected', async () => {
    const hostile = [
      'x" OR access IN ["moderator',
      'a\\" OR kind = "POST',
      'back\\slash',
      '] OR access EXISTS',
      'ünïcödé "quoted"',
    ];
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
    const created = server
      .requestsTo('POST', /^\/indexes$/)
      .map((r) => (r.body as { uid: string }).uid);
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
    // The rebuild covers misuse patterns too (and still no draft).
    expect(live.documents.has(documentId('MISUSE_PATTERN', c.patterns.deepfakes.id))).toBe(true);
    expect(live.documents.has(documentId('MISUSE_PATTERN', c.patterns.restricted.id))).toBe(true);
    expect(live.documents.has(documentId('MISUSE_PATTERN', c.patterns.draft.id))).toBe(false);
    expect(server.indexes.has(next)).toBe(false);
  });
});
