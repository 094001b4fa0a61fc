import { startTestPlatform, type TestPlatform } from './utils/test-platform';

describe('GraphQL errors', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform();
  });
  afterAll(() => t.close());

  it('rejects an unknown field with a typed 400, never a stack trace', async () => {
    const res = await t.gql('{ platformStats { nope } }');
    expect(res.status).toBe(400);
    expect(res.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(res)).not.toMatch(/stacktrace|at .*\.js:\d+/);
  });

  it('rejects a malformed query with a typed 400', async () => {
    const res = await t.gql('{ platformStats { ');
    expect(res.status).toBe(400);
    expect(res.errors![0].extensions!.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('hides internal failures behind a generic message and code', async () => {
    await t.db.query('ALTER TABLE organization RENAME TO organization_moved');
    try {
      const res = await t.gql('{ platformStats { organizationCount } }');
      expect(res.errors![0].extensions!.code).toBe('INTERNAL_SERVER_ERROR');
      expect(res.errors![0].message).not.toMatch(/organization|relation|SELECT/i);
    } finally {
      await t.db.query('ALTER TABLE organization_moved RENAME TO organization');
    }
  });

  it('refuses a GET mutation-less request without CSRF-safe headers', async () => {
    const res = await fetch(
      `${t.url}/graphql?query=${encodeURIComponent('{ platformStats { organizationCount } }')}`,
    );
    expect(res.status).toBe(400);
  });

  it('answers a GET query that carries a preflight-forcing header', async () => {
    const res = await fetch(
      `${t.url}/graphql?query=${encodeURIComponent('{ platformStats { organizationCount } }')}`,
      {
        headers: { 'apollo-require-preflight': 'true' },
      },
    );
    expect(res.status).toBe(200);
  });

  it('rejects a body over 1 MB', async () => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `{ platformStats { organizationCount } } # ${'x'.repeat(1_100_000)}`,
      }),
    });
    expect(res.status).toBe(413);
  });
});
