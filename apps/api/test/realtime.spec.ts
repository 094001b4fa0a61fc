import { createClient, type Client } from 'graphql-ws';
import {
  addMember,
  createOrganization,
  createPracticeRow,
  createThreadRow,
  createToken,
  createUser,
} from './utils/fixtures';
import { startTestPlatform, type TestPlatform } from './utils/test-platform';

/** Collects the events of one subscription. */
function subscribe(client: Client, query: string, variables: Record<string, unknown>) {
  const events: any[] = [];
  const errors: any[] = [];
  const unsubscribe = client.subscribe(
    { query, variables },
    { next: (v) => events.push(v), error: (e) => errors.push(e), complete: () => undefined },
  );
  return { events, errors, unsubscribe };
}

async function until(check: () => boolean, ms = 5000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

const wsUrl = (t: TestPlatform) => t.url.replace(/^http/, 'ws') + '/graphql';

describe('live updates across two API instances on one database', () => {
  let a: TestPlatform;
  let b: TestPlatform;
  const clients: Client[] = [];
  beforeAll(async () => {
    a = await startTestPlatform();
    b = await startTestPlatform({ DATABASE_URL: a.platform.databaseUrl });
  });
  afterAll(async () => {
    for (const c of clients) await c.dispose();
    await b.close();
    await a.close();
  });
  const client = (t: TestPlatform, connectionParams?: Record<string, unknown>) => {
    const c = createClient({
      url: wsUrl(t),
      webSocketImpl: WebSocket,
      connectionParams,
      lazy: false,
      retryAttempts: 0,
    });
    clients.push(c);
    return c;
  };

  it('pushes a post made through instance A to a subscriber on instance B', async () => {
    const author = await createUser(a.db);
    const thread = await createThreadRow(a.db, author.id);
    const sub = subscribe(
      client(b),
      `subscription($t: ID!) { postAdded(threadId: $t) { body author { displayName } } }`,
      { t: thread.globalId },
    );
    await new Promise((r) => setTimeout(r, 300)); // let the subscription start
    const res = await a.gql<any>(
      `mutation($t: ID!) { reply(threadId: $t, body: "Live from A") { id } }`,
      { t: thread.globalId },
      author.session,
    );
    expect(res.errors).toBeUndefined();
    await until(() => sub.events.length > 0);
    expect(sub.events[0].data.postAdded.body).toBe('Live from A');
    sub.unsubscribe();
  });

  it('refuses to subscribe to a thread the caller may not see', async () => {
    const org = await createOrganization(a.db, { verifiedAt: new Date() });
    const member = await createUser(a.db);
    await addMember(a.db, org.id, member.id, 'MEMBER');
    const practice = await createPracticeRow(a.db, org.id, { visibility: 'MEMBERS' });
    const started = await a.gql<any>(
      `mutation($p: ID!) { startThread(input: { practiceId: $p, body: "Members only" }) { thread { id } } }`,
      { p: practice.globalId },
      member.session,
    );
    const sub = subscribe(client(b), `subscription($t: ID!) { postAdded(threadId: $t) { body } }`, {
      t: started.data.startThread.thread.id,
    });
    await until(() => sub.errors.length > 0 || sub.events.length > 0);
    expect(JSON.stringify(sub.errors.length ? sub.errors : sub.events)).toMatch(/NOT_FOUND/);
  });

  it('delivers a mention notification live to the mentioned user only, authenticated by token', async () => {
    const author = await createUser(a.db);
    const target = await createUser(a.db, { displayName: 'Target' });
    const bystander = await createUser(a.db);
    const thread = await createThreadRow(a.db, author.id);
    const mine = subscribe(
      client(b, await createToken(a.db, target.id, ['read'])),
      `subscription { notificationAdded { kind } }`,
      {},
    );
    const theirs = subscribe(
      client(b, await createToken(a.db, bystander.id, ['read'])),
      `subscription { notificationAdded { kind } }`,
      {},
    );
    await new Promise((r) => setTimeout(r, 300));
    await a.gql(
      `mutation($t: ID!, $b: String!) { reply(threadId: $t, body: $b) { id } }`,
      { t: thread.globalId, b: `Over to you @[Target](user:${target.globalId})` },
      author.session,
    );
    await until(() => mine.events.length > 0);
    expect(mine.events[0].data.notificationAdded.kind).toBe('MENTION');
    await new Promise((r) => setTimeout(r, 300));
    expect(theirs.events).toEqual([]);
  });

  it('asks anonymous subscribers to notifications to sign in', async () => {
    const sub = subscribe(client(b), `subscription { notificationAdded { kind } }`, {});
    await until(() => sub.errors.length > 0 || sub.events.length > 0);
    expect(JSON.stringify(sub.errors.length ? sub.errors : sub.events)).toMatch(/UNAUTHENTICATED/);
  });
});
