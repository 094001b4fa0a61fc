import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import {
  addMember,
  createOrganization,
  createPracticeRow,
  createThreadRow,
  createToken,
  createUser,
  type FixtureUser,
} from '../utils/fixtures';
import { startTestPlatform, type TestPlatform } from '../utils/test-platform';

/**
 * Finding 5: a subscription is judged again for every event, with the subscriber's current
 * credential and viewer scope. Once they may no longer see the thread (or their session or token
 * ended), the next post is not delivered and the subscription ends with a typed error.
 */
describe('subscriptions are re-judged for every event', () => {
  let t: TestPlatform;
  let moderator: FixtureUser;
  let membersOnlyId: string;
  const clients: Client[] = [];
  beforeAll(async () => {
    t = await startTestPlatform();
    moderator = await createUser(t.db, { platformRole: 'MODERATOR' });
    const { categories } = (await t.gql<any>(`{ categories { id membersOnly } }`)).data;
    membersOnlyId = categories.find((c: { membersOnly: boolean }) => c.membersOnly).id;
  });
  afterAll(async () => {
    for (const c of clients) await c.dispose();
    await t.close();
  });

  /** A graphql-ws client with a browser's cookie (or a token in the connection parameters), from our own origin. */
  function client(auth: { cookie?: string; authorization?: string }) {
    const origin = t.url;
    class Socket extends WebSocket {
      constructor(url: string, protocols?: string | string[]) {
        super(url, protocols, {
          headers: { origin, ...(auth.cookie ? { cookie: auth.cookie } : {}) },
        });
      }
    }
    const c = createClient({
      url: t.url.replace(/^http/, 'ws') + '/graphql',
      webSocketImpl: Socket,
      connectionParams: auth.authorization ? { authorization: auth.authorization } : undefined,
      lazy: false,
      retryAttempts: 0,
    });
    clients.push(c);
    return c;
  }

  function subscribe(c: Client, query: string, variables: Record<string, unknown> = {}) {
    const state = { events: [] as any[], errors: [] as any[], completed: false };
    c.subscribe(
      { query, variables },
      {
        next: (v) => state.events.push(v),
        error: (e) => state.errors.push(e),
        complete: () => (state.completed = true),
      },
    );
    return state;
  }

  async function until(check: () => boolean, ms = 5000) {
    const end = Date.now() + ms;
    while (!check() && Date.now() < end) await new Promise((r) => setTimeout(r, 25));
  }

  const POST_ADDED = `subscription($t: ID!) { postAdded(threadId: $t) { body } }`;
  const reply = async (threadId: string, body: string, who: FixtureUser) => {
    const res = await t.gql<any>(
      `mutation($t: ID!, $b: String!) { reply(threadId: $t, body: $b) { id } }`,
      { t: threadId, b: body },
      who.session,
    );
    expect(res.errors).toBeUndefined();
  };

  /**
   * Subscribes, proves the subscription live with a first post, lets `loseAccess` happen, then
   * expects the next post withheld and the subscription ended with `code`.
   */
  async function expectCutOff(
    sub: ReturnType<typeof subscribe>,
    post: (body: string) => Promise<void>,
    loseAccess: () => Promise<unknown>,
    code: string,
  ) {
    await new Promise((r) => setTimeout(r, 300)); // let the subscription start
    expect(sub.errors).toEqual([]);
    await post('Before: delivered');
    await until(() => sub.events.length > 0);
    expect(
      sub.events.map((e) => e.data?.postAdded?.body ?? e.data?.notificationAdded?.kind),
    ).toHaveLength(1);
    await loseAccess();
    await post('After: must not arrive');
    await until(() => sub.errors.length > 0 || sub.completed || sub.events.length > 1);
    expect(JSON.stringify(sub.events)).not.toContain('After: must not arrive');
    expect(sub.events).toHaveLength(1);
    expect(sub.errors.flat().map((e: any) => e?.extensions?.code)).toEqual([code]);
  }

  it('ends a postAdded subscription when the organization loses the stakeholder type of a restricted practice', async () => {
    const owner = await createOrganization(t.db, {
      verifiedAt: new Date(),
      stakeholderType: 'CIVIL_SOCIETY',
    });
    const editor = await createUser(t.db);
    await addMember(t.db, owner.id, editor.id, 'EDITOR');
    const practice = await createPracticeRow(t.db, owner.id, {
      visibility: 'RESTRICTED',
      visibleTo: ['GOVERNMENT'],
    });
    const started = await t.gql<any>(
      `mutation($p: ID!) { startThread(input: { practiceId: $p, body: "Opening" }) { thread { id } } }`,
      { p: practice.globalId },
      editor.session,
    );
    const threadId = started.data.startThread.thread.id;
    const ministry = await createOrganization(t.db, {
      verifiedAt: new Date(),
      stakeholderType: 'GOVERNMENT',
    });
    const officer = await createUser(t.db);
    await addMember(t.db, ministry.id, officer.id, 'MEMBER');
    const sub = subscribe(client(officer.session), POST_ADDED, { t: threadId });
    await expectCutOff(
      sub,
      (body) => reply(threadId, body, editor),
      () =>
        t.db.query(`UPDATE organization SET stakeholder_type = 'CIVIL_SOCIETY' WHERE id = $1`, [
          ministry.id,
        ]),
      'FORBIDDEN',
    );
    // HTTP agrees: the thread is gone for the officer.
    expect(
      (
        await t.gql<any>(
          `query($id: ID!) { thread(id: $id) { id } }`,
          { id: threadId },
          officer.session,
        )
      ).data.thread,
    ).toBeNull();
  });

  it('ends a postAdded subscription when the thread moves to a members-only category', async () => {
    const author = await createUser(t.db);
    const org = await createOrganization(t.db, { verifiedAt: new Date() });
    await addMember(t.db, org.id, author.id, 'MEMBER');
    const thread = await createThreadRow(t.db, author.id);
    const outsider = await createUser(t.db);
    const sub = subscribe(client(outsider.session), POST_ADDED, { t: thread.globalId });
    await expectCutOff(
      sub,
      (body) => reply(thread.globalId, body, author),
      () =>
        t.gql(
          `mutation($id: ID!, $c: ID!) { moveThread(id: $id, categoryId: $c) { id } }`,
          { id: thread.globalId, c: membersOnlyId },
          moderator.session,
        ),
      'FORBIDDEN',
    );
  });

  it('ends a postAdded subscription when the practice is unpublished', async () => {
    const org = await createOrganization(t.db, { verifiedAt: new Date() });
    const editor = await createUser(t.db);
    await addMember(t.db, org.id, editor.id, 'EDITOR');
    const practice = await createPracticeRow(t.db, org.id);
    const started = await t.gql<any>(
      `mutation($p: ID!) { startThread(input: { practiceId: $p, body: "Opening" }) { thread { id } } }`,
      { p: practice.globalId },
      editor.session,
    );
    const threadId = started.data.startThread.thread.id;
    const reader = await createUser(t.db);
    const sub = subscribe(client(reader.session), POST_ADDED, { t: threadId });
    await expectCutOff(
      sub,
      (body) => reply(threadId, body, editor),
      async () => {
        const res = await t.gql<any>(
          `mutation($id: ID!) { unpublishPractice(id: $id, reason: "Names a victim") { state } }`,
          { id: practice.globalId },
          moderator.session,
        );
        expect(res.errors).toBeUndefined();
      },
      'FORBIDDEN',
    );
  });

  it('ends a postAdded subscription when the session is revoked (signed out)', async () => {
    const author = await createUser(t.db);
    const thread = await createThreadRow(t.db, author.id);
    const reader = await createUser(t.db);
    const sub = subscribe(client(reader.session), POST_ADDED, { t: thread.globalId });
    await expectCutOff(
      sub,
      (body) => reply(thread.globalId, body, author),
      () => t.gql(`mutation { signOut }`, {}, reader.session),
      'UNAUTHENTICATED',
    );
  });

  it('ends a postAdded subscription when the session expires', async () => {
    const author = await createUser(t.db);
    const thread = await createThreadRow(t.db, author.id);
    const reader = await createUser(t.db);
    const sub = subscribe(client(reader.session), POST_ADDED, { t: thread.globalId });
    await expectCutOff(
      sub,
      (body) => reply(thread.globalId, body, author),
      () =>
        t.db.query(
          `UPDATE user_session SET expires_at = now() - interval '1 second' WHERE id = $1`,
          [reader.sessionId],
        ),
      'UNAUTHENTICATED',
    );
  });

  it('ends a notification subscription when its API token is revoked', async () => {
    const author = await createUser(t.db);
    const target = await createUser(t.db, { displayName: 'Target' });
    const thread = await createThreadRow(t.db, author.id);
    const token = await createToken(t.db, target.id, ['read']);
    const sub = subscribe(
      client(token),
      `subscription { notificationAdded { kind post { body } } }`,
    );
    await expectCutOff(
      sub,
      (body) => reply(thread.globalId, `${body} @[Target](user:${target.globalId})`, author),
      () => t.db.query(`UPDATE api_token SET revoked_at = now() WHERE user_id = $1`, [target.id]),
      'UNAUTHENTICATED',
    );
  });

  it('ends a notification subscription when the session is revoked', async () => {
    const author = await createUser(t.db);
    const target = await createUser(t.db, { displayName: 'Target' });
    const thread = await createThreadRow(t.db, author.id);
    const sub = subscribe(client(target.session), `subscription { notificationAdded { kind } }`);
    await expectCutOff(
      sub,
      (body) => reply(thread.globalId, `${body} @[Target](user:${target.globalId})`, author),
      () =>
        t.db.query(`UPDATE user_session SET revoked_at = now() WHERE id = $1`, [target.sessionId]),
      'UNAUTHENTICATED',
    );
  });
});
