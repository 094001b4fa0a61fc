import { createHash } from 'node:crypto';
import { startTestPlatform, type GqlResponse, type TestPlatform } from './utils/test-platform';

/**
 * Automatic persisted queries (Apollo Server's default, in-memory per instance), which the web
 * app uses: a hash alone first, the query with its hash when the server does not know it yet.
 */
describe('automatic persisted queries', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform();
  });
  afterAll(() => t.close());

  const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

  /** POSTs what the web app's PersistedQueryLink sends. */
  async function post(body: {
    query?: string;
    hash: string;
  }): Promise<GqlResponse<{ platformStats: { organizationCount: number } }>> {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: body.query,
        extensions: { persistedQuery: { version: 1, sha256Hash: body.hash } },
      }),
    });
    return { status: res.status, ...((await res.json()) as object) };
  }

  it('asks for the query behind an unknown hash, then answers the hash alone', async () => {
    const query = 'query PersistedStats { platformStats { organizationCount } }';
    const hash = sha256(query);

    const unknown = await post({ hash });
    expect(unknown.data).toBeUndefined();
    expect(unknown.errors).toEqual([
      expect.objectContaining({
        message: 'PersistedQueryNotFound',
        extensions: expect.objectContaining({ code: 'PERSISTED_QUERY_NOT_FOUND' }),
      }),
    ]);

    const registered = await post({ query, hash });
    expect(registered.errors).toBeUndefined();
    expect(registered.data).toEqual({ platformStats: { organizationCount: 0 } });

    const hashOnly = await post({ hash });
    expect(hashOnly.status).toBe(200);
    expect(hashOnly.errors).toBeUndefined();
    expect(hashOnly.data).toEqual({ platformStats: { organizationCount: 0 } });
  });

  it('refuses a query whose hash does not match it', async () => {
    const query = '{ platformStats { organizationCount } }';
    const res = await post({ query, hash: sha256('{ something else }') });
    expect(res.status).toBe(400);
    expect(res.data).toBeUndefined();
    expect(res.errors).toHaveLength(1);
    // Nothing was registered under the wrong hash.
    expect((await post({ hash: sha256('{ something else }') })).errors?.[0]?.extensions?.code).toBe(
      'PERSISTED_QUERY_NOT_FOUND',
    );
  });

  it('applies the query limits, and does not register an operation they refuse', async () => {
    // Deeper than QUERY_LIMITS.maxDepth (as in graphql-limits.spec.ts).
    const nest = (depth: number): string =>
      depth === 0 ? 'id' : `acceptedAnswer { thread { ${nest(depth - 1)} } }`;
    const deep = `{ threads(first: 1) { nodes { ${nest(6)} } } }`;
    const hash = sha256(deep);

    const refused = await post({ query: deep, hash });
    expect(refused.status).toBe(400);
    expect(refused.data).toBeUndefined();
    expect(refused.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_DEEP');

    // The hash alone stays unknown, so the client has to send the query again, and is refused again.
    const hashOnly = await post({ hash });
    expect(hashOnly.data).toBeUndefined();
    expect(hashOnly.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });
});
