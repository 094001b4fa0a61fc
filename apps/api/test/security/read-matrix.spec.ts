import { buildSchema, type GraphQLSchema } from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { buildSchemaSdl } from '../../src/cli';
import { loadConfig } from '../../src/config/config';
import { startTestPlatform, type TestPlatform } from '../utils/test-platform';
import { PROBES } from './read-matrix/probes';
import { FIELD_RULES, RULES } from './read-matrix/rules';
import { selectedCoordinates, walkReadSchema } from './read-matrix/schema-walker';
import { A, type Audience, type Viewer, VIEWERS } from './read-matrix/viewers';
import { buildWorld, type World } from './read-matrix/world';

/**
 * The read side, proven as the write side is (authorization-matrix.spec.ts): fixtures in every
 * state × every kind of viewer × every path the schema offers to content or personal data.
 * "Allowed" means the fixture's own marker came back; "denied" means no marker the viewer may
 * not see appears anywhere in the response (the marker scan). rules.ts classifies every field;
 * probes.ts holds the queries. One world, built once: reads change nothing.
 */
const forbiddenFor = (w: World, viewer: Viewer) =>
  [...w.markers].filter(([, audience]) => !audience.includes(viewer)).map(([marker]) => marker);
const leaked = (w: World, viewer: Viewer, text: string) => {
  const lower = text.toLowerCase();
  return forbiddenFor(w, viewer).filter((marker) => lower.includes(marker));
};
const DENIAL_CODES = ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'];

describe('read-side authorization matrix', () => {
  let t: TestPlatform;
  let w: World;
  let schema: GraphQLSchema;
  beforeAll(async () => {
    [t, schema] = await Promise.all([
      startTestPlatform(),
      buildSchemaSdl(loadConfig({ NODE_ENV: 'test' })).then((sdl) => buildSchema(sdl)),
    ]);
    w = await buildWorld(t.db);
  });
  afterAll(() => t.close());

  describe('classification', () => {
    it('gives every field that can reach content or personal data a rule', () => {
      const missing = walkReadSchema(schema)
        .filter((f) => !FIELD_RULES[f.type]?.[f.field])
        .map((f) => `${f.coordinate}: ${f.returns}`);
      expect(missing).toEqual([]);
    });

    it('has no rule for a field that no longer exists', () => {
      const reachable = new Set(walkReadSchema(schema).map((f) => f.coordinate));
      const stale = Object.entries(FIELD_RULES)
        .flatMap(([type, fields]) => Object.keys(fields).map((f) => `${type}.${f}`))
        .filter((c) => !reachable.has(c));
      expect(stale).toEqual([]);
    });

    it('uses only rules that exist, and proves each rule with at least one probe', () => {
      const used = Object.values(FIELD_RULES).flatMap((fields) => Object.values(fields));
      expect(used.filter((r) => !r.startsWith('public: ') && !(r in RULES))).toEqual([]);
      expect(Object.keys(RULES).filter((r) => !PROBES.some((p) => p.rule === r))).toEqual([]);
    });

    it('selects every content or personal field in some probe', () => {
      const selected = new Set(PROBES.flatMap((p) => [...selectedCoordinates(schema, p.query)]));
      // Subscriptions are proven over WebSocket below.
      selected.add('Subscription.postAdded').add('Subscription.notificationAdded');
      const guarded = walkReadSchema(schema).filter(
        (f) => !FIELD_RULES[f.type]?.[f.field]?.startsWith('public: '),
      );
      expect(guarded.map((f) => f.coordinate).filter((c) => !selected.has(c))).toEqual([]);
    });
  });

  const cases = PROBES.flatMap((probe) =>
    VIEWERS.map((viewer) => [viewer, probe.rule, probe.path, probe] as const),
  );
  it.each(cases)('%s × %s via %s', async (viewer, _rule, _path, probe) => {
    const res = await t.gql(probe.query, probe.variables?.(w) ?? {}, w.headers[viewer]);
    const body = JSON.stringify(res);
    const codes = (res.errors ?? []).map((e) => e.extensions?.code);
    expect(codes.filter((c) => !DENIAL_CODES.includes(c!))).toEqual([]);
    // Allowed: the right data came back.
    const expected = probe
      .shows(w)
      .map((s): [string, Audience] => (Array.isArray(s) ? s : [s, w.markers.get(s)!]));
    const missing = expected
      .filter(
        ([marker, audience]) => audience.includes(viewer) && !body.toLowerCase().includes(marker),
      )
      .map(([marker]) => marker);
    expect({ missing, errors: res.errors?.map((e) => e.message) ?? [] }).toEqual(
      expect.objectContaining({ missing: [] }),
    );
    // Denied: nothing the viewer may not see, anywhere in the response.
    expect(leaked(w, viewer, body)).toEqual([]);
  });

  describe('subscriptions (graphql-ws)', () => {
    const open = (viewer: Viewer) => {
      const headers = w.headers[viewer];
      const bearer = headers.authorization;
      // Sessions travel as the cookie of the handshake, tokens in connectionParams (as browsers and partners do).
      class Socket extends WebSocket {
        constructor(address: string, protocols?: string | string[]) {
          super(address, protocols, {
            headers: {
              ...(headers.cookie ? { cookie: headers.cookie } : {}),
              'x-forwarded-for': headers['x-forwarded-for'],
              origin: t.url,
            },
          });
        }
      }
      return createClient({
        url: t.url.replace(/^http/, 'ws') + '/graphql',
        webSocketImpl: Socket,
        connectionParams: bearer ? { authorization: bearer } : undefined,
        lazy: false,
        retryAttempts: 0,
      });
    };
    /** The first answer of a subscription: an error, or 'open' when it is still running after a while (nothing is posted). */
    const firstAnswer = (viewer: Viewer, query: string, variables: Record<string, unknown>) =>
      new Promise<{ status: 'open' | 'error' | 'data'; text: string }>((resolve) => {
        const client = open(viewer);
        const done = (status: 'open' | 'error' | 'data', payload: unknown) => {
          clearTimeout(timer);
          void client.dispose();
          resolve({ status, text: JSON.stringify(payload ?? null) });
        };
        const timer = setTimeout(() => done('open', null), 700);
        client.subscribe(
          { query, variables },
          {
            next: (v) => done(v.errors ? 'error' : 'data', v),
            error: (e) => done('error', e instanceof Error ? e.message : e),
            complete: () => done('error', 'completed'),
          },
        );
      });

    const threads: [string, Audience][] = [
      ['TH_PUBLIC', A.EVERYONE],
      ['TH_MEMBERS', A.VERIFIED_MEMBERS],
      ['TH_PR_GOV', A.GOVERNMENT],
      ['TH_PR_DRAFT', A.NGO_OWNERS],
    ];
    it.each(VIEWERS)(
      '%s × content:post via Subscription.postAdded and notificationAdded',
      async (viewer) => {
        const answers = await Promise.all([
          ...threads.map(([name]) =>
            firstAnswer(
              viewer,
              `subscription($t: ID!) { postAdded(threadId: $t) { body thread { title } } }`,
              { t: w.ids[name] },
            ),
          ),
          firstAnswer(
            viewer,
            `subscription { notificationAdded { kind post { body } thread { title } } }`,
            {},
          ),
        ]);
        threads.forEach(([name, audience], i) => {
          expect({ thread: name, status: answers[i].status }).toEqual({
            thread: name,
            status: audience.includes(viewer) ? 'open' : 'error',
          });
          expect(leaked(w, viewer, answers[i].text)).toEqual([]);
        });
        const notifications = answers[threads.length];
        expect({ notificationAdded: notifications.status }).toEqual({
          notificationAdded: viewer === 'visitor' ? 'error' : 'open',
        });
      },
    );
  });

  describe('open data as a visitor', () => {
    it.each([
      '/export/practices.json',
      '/export/misuse-patterns.json',
      '/export/practices.csv',
      '/export/misuse-patterns.csv',
      '/feeds/practices.atom',
      '/feeds/misuse-patterns.atom',
      '/sitemap.xml',
    ])('visitor × open data via %s', async (path) => {
      const res = await fetch(`${t.url}${path}`, { headers: w.headers.visitor });
      expect(res.status).toBe(200);
      const text = await res.text();
      expect(leaked(w, 'visitor', text)).toEqual([]);
      // The public fixtures are there: the export is not simply empty.
      if (path.includes('practices')) expect(text.toLowerCase()).toContain(w.m.PR_PUBLIC);
      if (path.includes('misuse-patterns')) expect(text.toLowerCase()).toContain(w.m.PA_PUBLIC);
    });
  });
});
