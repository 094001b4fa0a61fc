import { createOrganization, createPracticeRow } from '../utils/fixtures';
import { startTestPlatform, type TestPlatform } from '../utils/test-platform';
import { MeiliBoundaryServer } from '../search/meili-boundary-server';

/**
 * Meilisearch judges visibility by the access tokens in its documents, but its index lags the
 * database (the outbox drains every second, longer while Meilisearch is down). A practice that
 * was public when indexed and is a draft, restricted or members-only now must not come back
 * from search — not its entity, not its title, not its snippet.
 */
describe('search hits are judged again against the database', () => {
  let server: MeiliBoundaryServer;
  let t: TestPlatform;
  beforeAll(async () => {
    server = await new MeiliBoundaryServer().start();
    t = await startTestPlatform({ MEILI_HOST: server.url, SEARCH_OUTBOX_POLL_MS: '600000' });
  });
  afterAll(async () => {
    await t.close();
    await server.stop();
  });

  it('drops hits the viewer may no longer see, whatever the index says', async () => {
    const org = await createOrganization(t.db, { verifiedAt: new Date() });
    const open = await createPracticeRow(t.db, org.id, { title: 'Open practice MARKER-OPEN-1' });
    const closed = await createPracticeRow(t.db, org.id, {
      title: 'Restricted now MARKER-GOV-ONLY-9',
      visibility: 'RESTRICTED',
      visibleTo: ['GOVERNMENT'],
    });
    const draft = await createPracticeRow(t.db, org.id, {
      title: 'Back to draft MARKER-DRAFT-4',
      state: 'DRAFT',
      publishedAt: null,
    });
    // The index still holds all three as public documents.
    server.searchResponse = () => ({
      hits: [open, closed, draft].map((p) => ({
        kind: 'PRACTICE',
        entityId: p.id,
        title: p.title,
        _formatted: { title: p.title, summary: `${p.title} summary`, body: '' },
      })),
      query: 'practice',
      processingTimeMs: 1,
      limit: 20,
      offset: 0,
      estimatedTotalHits: 3,
      facetDistribution: {},
    });
    const response = await t.gql<{
      search: { engine: string; edges: { node: { title: string; snippet: string } }[] };
    }>(
      `{ search(query: "practice") { engine edges { node { title snippet ... on PracticeSearchHit { practice { title } } } } } }`,
    );
    server.searchResponse = null;
    expect(response.errors).toBeUndefined();
    expect(response.data!.search.engine).toBe('meilisearch');
    expect(response.data!.search.edges.map((e) => e.node.title)).toEqual([open.title]);
    const body = JSON.stringify(response);
    expect(body).not.toContain('MARKER-GOV-ONLY-9');
    expect(body).not.toContain('MARKER-DRAFT-4');
  });
});
