import { QUERY_LIMITS } from '../src/common/graphql/query-limits';
import { createOrganization, createPracticeRow, createToken, createUser } from './utils/fixtures';
import { startTestPlatform, type TestPlatform } from './utils/test-platform';
import { countStatements } from './utils/waiting';

/** A legal cycle in the schema: a thread's accepted answer belongs to the thread. */
const nest = (depth: number): string =>
  depth === 0 ? 'id' : `acceptedAnswer { thread { ${nest(depth - 1)} } }`;

/**
 * Hostile queries are refused with their code before anything executes (no SQL at all for a
 * visitor), and every answer reports its cost.
 */
describe('GraphQL limits', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform();
  });
  afterAll(() => t.close());

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

  async function refused(query: string, variables: Record<string, unknown> = {}) {
    let res!: Response;
    const statements = await countStatements(t.db, async () => {
      res = await post({ query, variables });
    });
    const body = (await res.json()) as {
      data?: unknown;
      errors: { message: string; extensions: Record<string, unknown> }[];
    };
    return { status: res.status, statements, body, error: body.errors?.[0] };
  }

  it('refuses deep nesting', async () => {
    const r = await refused(`{ threads(first: 1) { nodes { ${nest(6)} } } }`);
    expect(r.error).toMatchObject({
      extensions: { code: 'QUERY_TOO_DEEP', limit: QUERY_LIMITS.maxDepth },
    });
    expect(r.status).toBe(400);
    expect(r.statements).toBe(0);
    expect(r.body.data).toBeUndefined();
  });

  it('refuses alias floods', async () => {
    const aliases = Array.from(
      { length: 40 },
      (_, i) => `a${i}: platformStats { organizationCount }`,
    ).join(' ');
    const r = await refused(`{ ${aliases} }`);
    expect(r.error).toMatchObject({
      extensions: { code: 'TOO_MANY_ALIASES', aliases: 40, limit: QUERY_LIMITS.maxAliases },
    });
    expect(r.status).toBe(400);
    expect(r.statements).toBe(0);
  });

  it('refuses a huge first, also through variables', async () => {
    const literal = await refused(`{ practices(first: 1000) { nodes { id } } }`);
    expect(literal.error).toMatchObject({
      message: 'first must be between 1 and 100.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(literal.status).toBe(400);
    expect(literal.statements).toBe(0);
    const variable = await refused(`query($n: Int) { threads(last: $n) { nodes { id } } }`, {
      n: 101,
    });
    expect(variable.error).toMatchObject({ message: 'last must be between 1 and 100.' });
    expect(variable.statements).toBe(0);
  });

  it('refuses queries over the cost limit, stating the cost and the limit', async () => {
    const page = `(first: 100) { nodes { endorsements { organization { name } } partners { name } contributors { displayName } revisions { number } } }`;
    const r = await refused(`{ a: practices${page} b: practices${page} c: practices${page} }`);
    expect(r.error!.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      limit: QUERY_LIMITS.maxCost,
    });
    expect(r.error!.extensions.cost).toBeGreaterThan(QUERY_LIMITS.maxCost);
    expect(r.error!.message).toContain(`the limit is ${QUERY_LIMITS.maxCost}`);
    expect(r.status).toBe(400);
    expect(r.statements).toBe(0);
  });

  it('refuses batches (one operation per request) and oversized bodies', async () => {
    let status = 0;
    const statements = await countStatements(t.db, async () => {
      status = (
        await post([
          { query: '{ platformStats { organizationCount } }' },
          { query: '{ platformStats { organizationCount } }' },
        ])
      ).status;
    });
    expect(status).toBe(400);
    expect(statements).toBe(0);
    const big = await post({
      query: `{ platformStats { organizationCount } }`,
      variables: { padding: 'x'.repeat(2 * 1024 * 1024) },
    });
    expect(big.status).toBe(413);
  });

  it('reports the cost and the remaining hourly budget in extensions', async () => {
    const res = await post({
      query: '{ practices(first: 50) { nodes { id organization { name } } } }',
    });
    const body = (await res.json()) as {
      extensions: {
        cost: {
          cost: number;
          points: number;
          limit: number;
          budget: { limit: number; remaining: number; resetAt: string };
        };
      };
    };
    expect(body.extensions.cost).toMatchObject({
      cost: 1 + 50 * 1,
      points: 1,
      limit: QUERY_LIMITS.maxCost,
      budget: { limit: QUERY_LIMITS.pointsPerHour },
    });
    expect(body.extensions.cost.budget.remaining).toBeLessThanOrEqual(
      QUERY_LIMITS.pointsPerHour - 1,
    );
    expect(Date.parse(body.extensions.cost.budget.resetAt)).toBeGreaterThan(Date.now());
  });

  it('spends a per-token budget and then answers RATE_LIMITED with the reset time', async () => {
    const user = await createUser(t.db);
    const token = await createToken(t.db, user.id, ['read']);
    const expensive = `{ practices(first: 100) { nodes { endorsements { organization { name } } partners { name } contributors { displayName } revisions { number } } } }`;
    let last: { status: number; body: any } | undefined;
    for (let i = 0; i < 200; i++) {
      const res = await post({ query: expensive }, token);
      last = { status: res.status, body: await res.json() };
      if (last.status === 429) break;
    }
    expect(last!.status).toBe(429);
    expect(last!.body.errors[0]).toMatchObject({
      extensions: { code: 'RATE_LIMITED', resetAt: expect.any(String) },
    });
    // The budget belongs to the token: a visitor still gets answers.
    expect((await post({ query: '{ platformStats { organizationCount } }' })).status).toBe(200);
  });
});

describe('GraphQL over HTTP', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform();
  });
  afterAll(() => t.close());

  it('answers GET queries (with a CSRF preflight header) and refuses mutations over GET', async () => {
    const query = encodeURIComponent('{ platformStats { organizationCount } }');
    const ok = await fetch(`${t.url}/graphql?query=${query}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as any).data.platformStats).toBeDefined();

    const csrf = await fetch(`${t.url}/graphql?query=${query}`);
    expect(csrf.status).toBe(400);

    const mutation = encodeURIComponent('mutation { signOut }');
    const viaGet = await fetch(`${t.url}/graphql?query=${mutation}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(viaGet.status).toBe(405);
  });

  it('speaks application/graphql-response+json with the statuses of the specification', async () => {
    const accept = {
      accept: 'application/graphql-response+json',
      'content-type': 'application/json',
    };
    const ok = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: accept,
      body: JSON.stringify({ query: '{ platformStats { organizationCount } }' }),
    });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toContain('application/graphql-response+json');

    const parse = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: accept,
      body: JSON.stringify({ query: '{ platformStats { ' }),
    });
    expect(parse.status).toBe(400);
    const invalid = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: accept,
      body: JSON.stringify({ query: '{ noSuchField }' }),
    });
    expect(invalid.status).toBe(400);
    expect(((await invalid.json()) as any).errors[0].extensions.code).toBe(
      'GRAPHQL_VALIDATION_FAILED',
    );
    const badVariables = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: accept,
      body: JSON.stringify({
        query: 'query($n: Int!) { practices(first: $n) { totalCount } }',
        variables: { n: 'x' },
      }),
    });
    expect(badVariables.status).toBe(400);

    // A field error during execution still answers 200 with data (null where it failed).
    const fieldError = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: accept,
      body: JSON.stringify({ query: '{ search(query: "x", first: 0) { totalCount } }' }),
    });
    const body = (await fieldError.json()) as any;
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect([200, 400]).toContain(fieldError.status);
  });

  it('keeps introspection on (the schema is public) and cheap', async () => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          '{ __schema { types { name fields { name type { name ofType { name ofType { name ofType { name ofType { name } } } } } } } } }',
      }),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as any;
    expect(body.data.__schema.types.length).toBeGreaterThan(50);
    expect(body.extensions.cost.cost).toBe(0);
  });
});

describe('CORS', () => {
  it('lets configured partner origins call the API from browsers, and no one else', async () => {
    const t = await startTestPlatform({ CORS_ORIGINS: 'https://partner.example.org' });
    try {
      const preflight = (origin: string) =>
        fetch(`${t.url}/graphql`, {
          method: 'OPTIONS',
          headers: {
            origin,
            'access-control-request-method': 'POST',
            'access-control-request-headers': 'content-type,authorization',
          },
        });
      const allowed = await preflight('https://partner.example.org');
      expect(allowed.headers.get('access-control-allow-origin')).toBe(
        'https://partner.example.org',
      );
      expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();
      const other = await preflight('https://evil.example.com');
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await t.close();
    }
  });
});

describe('field suggestions', () => {
  const typo = { query: '{ practics(first: 1) { totalCount } }' };
  const ask = async (t: TestPlatform) => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(typo),
    });
    return ((await res.json()) as { errors: { message: string }[] }).errors[0]!.message;
  };

  it('are given in development and withheld in production', async () => {
    const dev = await startTestPlatform();
    try {
      expect(await ask(dev)).toMatch(/Did you mean .*"practices"\?/);
    } finally {
      await dev.close();
    }
    const prod = await startTestPlatform({
      NODE_ENV: 'production',
      PUBLIC_URL: 'https://alliance.example.org',
    });
    try {
      const message = await ask(prod);
      expect(message).toContain('Cannot query field "practics"');
      expect(message).not.toContain('Did you mean');
    } finally {
      await prod.close();
    }
  });
});

describe('the execution deadline', () => {
  it('stops resolving fields once the time is up, answering TIMEOUT for the rest', async () => {
    const t = await startTestPlatform({ GRAPHQL_TIMEOUT_MS: '1' });
    try {
      const org = await createOrganization(t.db);
      for (let i = 0; i < 5; i++) await createPracticeRow(t.db, org.id);
      const res = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query:
            '{ practices(first: 5) { nodes { id organization { name } endorsements { kind } } } }',
        }),
      });
      const body = (await res.json()) as {
        errors?: { message: string; extensions: { code: string } }[];
      };
      expect(body.errors?.some((e) => e.extensions.code === 'TIMEOUT')).toBe(true);
      expect(body.errors!.find((e) => e.extensions.code === 'TIMEOUT')!.message).toContain(
        'was stopped',
      );
    } finally {
      await t.close();
    }
  });
});
