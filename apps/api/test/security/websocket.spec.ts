import { createClient, type Client } from 'graphql-ws';
import type { IncomingMessage } from 'node:http';
import WebSocket from 'ws';
import { AuthenticationService } from '../../src/identity/authentication.service';
import { QUERY_LIMITS } from '../../src/common/graphql/query-limits';
import { createToken, createUser } from '../utils/fixtures';
import { startTestPlatform, type TestPlatform } from '../utils/test-platform';

const PARTNER = 'https://partner.example.org';

/** A graphql-ws client over the `ws` package, so tests can set Origin and Cookie headers as a browser would. */
function wsClient(
  t: TestPlatform,
  headers: Record<string, string> = {},
  connectionParams?: Record<string, unknown>,
): Client {
  class HeaderedWebSocket extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers });
    }
  }
  return createClient({
    url: t.url.replace(/^http/, 'ws') + '/graphql',
    webSocketImpl: HeaderedWebSocket,
    connectionParams,
    lazy: true,
    retryAttempts: 0,
  });
}

/** Runs one operation to its end: its results, or the error it ended with. */
function run(
  client: Client,
  query: string,
  variables: Record<string, unknown> = {},
  settleMs = 1500,
) {
  return new Promise<{ results: any[]; error?: any }>((resolve) => {
    const results: any[] = [];
    const stop = client.subscribe(
      { query, variables },
      {
        next: (value) => results.push(value),
        error: (error) => resolve({ results, error }),
        complete: () => resolve({ results }),
      },
    );
    // Subscriptions stay open: after a while, what came is what counts.
    setTimeout(() => {
      stop();
      resolve({ results });
    }, settleMs);
  });
}

/** The status of a bare WebSocket handshake to /graphql (101 when accepted). */
function handshake(t: TestPlatform, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve) => {
    const socket = new WebSocket(
      t.url.replace(/^http/, 'ws') + '/graphql',
      'graphql-transport-ws',
      { headers },
    );
    socket.on('upgrade', () => {
      socket.close();
      resolve(101);
    });
    socket.on('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0);
      socket.terminate();
    });
    socket.on('error', () => resolve(0));
  });
}

/** The errors an operation ended with: an `error` message, or a result with errors (as over HTTP). */
const errorsOf = (r: { results: any[]; error?: any }): any[] =>
  Array.isArray(r.error) ? r.error : (r.results[0]?.errors ?? []);
const errorCode = (r: { results: any[]; error?: any }) =>
  errorsOf(r)[0]?.extensions?.code as string | undefined;

/**
 * Finding 4: the WebSocket endpoint refuses what HTTP refuses, with the same codes; it runs
 * subscriptions only; and a cross-origin handshake carrying a cookie is refused.
 */
describe('GraphQL over WebSocket', () => {
  let t: TestPlatform;
  const clients: Client[] = [];
  const client = (
    ...args: Parameters<typeof wsClient> extends [unknown, ...infer R] ? R : never
  ) => {
    const c = wsClient(t, ...args);
    clients.push(c);
    return c;
  };
  beforeAll(async () => {
    t = await startTestPlatform({
      CORS_ORIGINS: PARTNER,
      PUBLIC_URL: 'https://alliance.example.org',
    });
  });
  afterAll(async () => {
    for (const c of clients) await c.dispose();
    await t.close();
  });

  describe('the handshake', () => {
    it('refuses a foreign Origin, with or without a cookie', async () => {
      const user = await createUser(t.db);
      expect(await handshake(t, { origin: 'http://evil.example', ...user.session })).toBe(403);
      expect(await handshake(t, { origin: 'http://evil.example' })).toBe(403);
    });

    it('refuses a cookie from a partner origin (partners use tokens) and a cookie without any Origin', async () => {
      const user = await createUser(t.db);
      expect(await handshake(t, { origin: PARTNER, ...user.session })).toBe(403);
      expect(await handshake(t, { ...user.session })).toBe(403);
    });

    it('accepts our own origin (PUBLIC_URL or the Host it was reached at), partner origins without cookies, and clients without Origin or cookie', async () => {
      const user = await createUser(t.db);
      const host = new URL(t.url).host;
      expect(await handshake(t, { origin: 'https://alliance.example.org', ...user.session })).toBe(
        101,
      );
      expect(await handshake(t, { origin: `http://${host}`, ...user.session })).toBe(101);
      expect(await handshake(t, { origin: PARTNER })).toBe(101);
      expect(await handshake(t, {})).toBe(101);
    });

    it('does not run a mutation sent with a cookie from a foreign origin', async () => {
      const user = await createUser(t.db);
      const r = await run(
        client({ origin: 'http://evil.example', ...user.session }),
        'mutation { signOut }',
      );
      expect(r.results).toEqual([]);
      expect(r.error).toBeDefined();
      const sessions = await t.db.query(
        `SELECT count(*)::int AS n FROM user_session WHERE id = $1`,
        [user.sessionId],
      );
      expect(sessions[0].n).toBe(1);
    });
  });

  describe('operations', () => {
    it('refuses queries and mutations: subscriptions only', async () => {
      const token = await createToken(t.db, (await createUser(t.db)).id, ['read', 'write']);
      const query = await run(client({}, token), '{ platformStats { organizationCount } }');
      expect(query.results).toEqual([]);
      expect(errorCode(query)).toBe('SUBSCRIPTIONS_ONLY');
      const mutation = await run(client({}, token), 'mutation { signOut }');
      expect(errorCode(mutation)).toBe('SUBSCRIPTIONS_ONLY');
    });

    it('refuses deep, aliased and expensive subscriptions with the HTTP codes', async () => {
      const user = await createUser(t.db);
      const token = await createToken(t.db, user.id, ['read']);
      const nest = (n: number): string =>
        n === 0 ? 'id' : `thread { acceptedAnswer { ${nest(n - 1)} } }`;
      const deep = await run(
        client({}, token),
        `subscription { postAdded(threadId: "x") { ${nest(22)} } }`,
      );
      expect(errorCode(deep)).toBe('QUERY_TOO_DEEP');
      const aliases = Array.from({ length: 200 }, (_, i) => `a${i}: id`).join(' ');
      const aliased = await run(
        client({}, token),
        `subscription { notificationAdded { ${aliases} } }`,
      );
      expect(errorCode(aliased)).toBe('TOO_MANY_ALIASES');
      const chain = Array.from(
        { length: 30 },
        (_, i) => `fragment F${i} on Subscription { ...F${i + 1} ...F${i + 1} }`,
      ).join(' ');
      const started = performance.now();
      const doubled = await run(
        client({}, token),
        `subscription { ...F0 } ${chain} fragment F30 on Subscription { notificationAdded { id } }`,
      );
      expect(errorCode(doubled)).toBe('QUERY_TOO_COMPLEX');
      expect(performance.now() - started).toBeLessThan(1000);
      const big = await run(
        client({}, token),
        `subscription { notificationAdded { id } } ${'# padding\n'.repeat(QUERY_LIMITS.maxDocumentBytes / 10 + 1)}`,
      );
      expect(errorCode(big)).toBe('DOCUMENT_TOO_LARGE');
      const flood = await run(
        client({}, token),
        `subscription { notificationAdded { id } a: __schema { queryType { name } } b: __schema { queryType { name } } }`,
      );
      expect(['QUERY_TOO_COMPLEX', 'GRAPHQL_VALIDATION_FAILED']).toContain(errorCode(flood));
    });

    it('spends the same hourly cost budget as HTTP', async () => {
      const user = await createUser(t.db);
      const token = await createToken(t.db, user.id, ['read']);
      const expensive = `{ practices(first: 100) { nodes { endorsements { organization { name } } partners { name } contributors { displayName } revisions { number } } } }`;
      for (let i = 0; i < 200; i++) {
        const res = await fetch(`${t.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...token },
          body: JSON.stringify({ query: expensive }),
        });
        await res.text();
        if (res.status === 429) break;
      }
      const r = await run(client({}, token), 'subscription { notificationAdded { id } }');
      expect(errorCode(r)).toBe('RATE_LIMITED');
      expect(errorsOf(r)[0]?.extensions).toMatchObject({
        retryAfterSeconds: expect.any(Number),
        resetAt: expect.any(String),
      });
    });

    it('still delivers allowed subscriptions, with the same error shapes', async () => {
      const anonymous = await run(client(), 'subscription { notificationAdded { id } }');
      expect(errorCode(anonymous)).toBe('UNAUTHENTICATED');
      const raw = JSON.stringify(anonymous);
      expect(raw).not.toMatch(/stacktrace|"http"/);
    });
  });

  describe('credentials', () => {
    it('answers a bad token with UNAUTHENTICATED, as HTTP does, not a dropped socket', async () => {
      const r = await run(
        client({}, { authorization: 'Bearer acp_not-a-real-token' }),
        'subscription { notificationAdded { id } }',
      );
      expect(errorCode(r)).toBe('UNAUTHENTICATED');
      expect(JSON.stringify(r)).not.toMatch(/stacktrace|"http"/);
    });
  });

  describe("the caller's address", () => {
    it('is found behind a trusted proxy as over HTTP (TRUST_PROXY), so per-IP budgets see clients, not the proxy', async () => {
      const auth = t.platform.app.get(AuthenticationService);
      const upgrade = (forwardedFor: string | undefined, remoteAddress: string) =>
        ({
          headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
          socket: { remoteAddress },
          connection: { remoteAddress },
        }) as unknown as IncomingMessage;
      // The test platform trusts loopback proxies: their X-Forwarded-For names the client.
      expect((await auth.actorForSocket(upgrade('203.0.113.7', '127.0.0.1'), undefined)).ip).toBe(
        '203.0.113.7',
      );
      // Anyone else's X-Forwarded-For is their own claim, not believed.
      expect(
        (await auth.actorForSocket(upgrade('203.0.113.7', '198.51.100.20'), undefined)).ip,
      ).toBe('198.51.100.20');
      expect((await auth.actorForSocket(upgrade(undefined, '127.0.0.1'), undefined)).ip).toBe(
        '127.0.0.1',
      );
    });
  });
});
