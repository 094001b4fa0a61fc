import {
  createOrganization,
  createPracticeRow,
  createThreadRow,
  createUser,
  databaseFingerprint,
} from './utils/fixtures';
import { startTestPlatform, type TestPlatform } from './utils/test-platform';
import { countStatements } from './utils/waiting';

const FLAG = `mutation($id: ID!) { flag(targetId: $id, reason: IDENTIFIES_VICTIM, note: "Names a person") }`;
const POSTS = `query($t: ID!) { posts(threadId: $t) { totalCount nodes { id body hidden hiddenReason } } }`;

describe('moderation', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform();
  });
  afterAll(() => t.close());

  it('hides a post for everyone but moderators after three distinct flags; a moderator restores it and the author sees why', async () => {
    const author = await createUser(t.db);
    const thread = await createThreadRow(t.db, author.id);
    const flaggers = await Promise.all([1, 2, 3].map(() => createUser(t.db)));
    const moderator = await createUser(t.db, { platformRole: 'MODERATOR' });
    const visitor = () => t.gql<any>(POSTS, { t: thread.globalId });

    await t.gql(FLAG, { id: thread.postGlobalId }, flaggers[0].session);
    await t.gql(FLAG, { id: thread.postGlobalId }, flaggers[0].session); // the same person twice counts once
    await t.gql(FLAG, { id: thread.postGlobalId }, flaggers[1].session);
    expect((await visitor()).data.posts.totalCount).toBe(1);
    await t.gql(FLAG, { id: thread.postGlobalId }, flaggers[2].session);
    expect((await visitor()).data.posts.totalCount).toBe(0);
    const asModerator = await t.gql<any>(POSTS, { t: thread.globalId }, moderator.session);
    expect(asModerator.data.posts.nodes[0]).toMatchObject({ hidden: true });
    const asAuthor = await t.gql<any>(POSTS, { t: thread.globalId }, author.session);
    expect(asAuthor.data.posts.nodes[0].hiddenReason).toMatch(/several flags/);

    const queue = await t.gql<any>(
      `{ openFlagCount moderationQueue { targetId flagCount reasons } }`,
      {},
      moderator.session,
    );
    expect(queue.data.moderationQueue[0]).toMatchObject({
      targetId: thread.postGlobalId,
      flagCount: 3,
      reasons: ['IDENTIFIES_VICTIM'],
    });
    const denied = await t.gql(`{ moderationQueue { flagCount } }`, {}, author.session);
    expect(denied.errors![0].extensions!.code).toBe('FORBIDDEN');

    const restored = await t.gql<any>(
      `mutation($id: ID!) { restorePost(id: $id, reason: "The name is a public official's") { hidden } }`,
      { id: thread.postGlobalId },
      moderator.session,
    );
    expect(restored.data.restorePost.hidden).toBe(false);
    expect((await visitor()).data.posts.totalCount).toBe(1);
    const told = await t.gql<any>(`{ notifications { nodes { kind } } }`, {}, author.session);
    expect(told.data.notifications.nodes.map((n: { kind: string }) => n.kind)).toContain(
      'MODERATION',
    );
    expect((await t.gql<any>(`{ openFlagCount }`, {}, moderator.session)).data.openFlagCount).toBe(
      0,
    );
  });

  it('stops a suspended user from posting, and keeps first-day accounts from posting links', async () => {
    const moderator = await createUser(t.db, { platformRole: 'MODERATOR' });
    const user = await createUser(t.db);
    const thread = await createThreadRow(t.db, user.id);
    const until = new Date(Date.now() + 7 * 86_400_000).toISOString();
    await t.gql(
      `mutation($u: ID!, $d: DateTime!) { suspendUser(userId: $u, until: $d, reason: "Repeated spam") { id } }`,
      { u: user.globalId, d: until },
      moderator.session,
    );
    const before = await databaseFingerprint(t.db);
    const res = await t.gql(
      `mutation($t: ID!) { reply(threadId: $t, body: "Buy now") { id } }`,
      { t: thread.globalId },
      user.session,
    );
    expect(res.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect(res.errors![0].message).toMatch(/suspended/);
    expect(await databaseFingerprint(t.db)).toBe(before);

    const newcomer = await createUser(t.db, { newAccount: true });
    const link = await t.gql(
      `mutation($t: ID!) { reply(threadId: $t, body: "See https://example.org/offer") { id } }`,
      { t: thread.globalId },
      newcomer.session,
    );
    expect(link.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const plain = await t.gql(
      `mutation($t: ID!) { reply(threadId: $t, body: "Hello everyone") { id } }`,
      { t: thread.globalId },
      newcomer.session,
    );
    expect(plain.errors).toBeUndefined();
  });

  it('gives moderators the flagged practice, thread and post, in a number of statements that does not grow with the queue', async () => {
    const moderator = await createUser(t.db, { platformRole: 'MODERATOR' });
    const flagger = await createUser(t.db);
    const organization = await createOrganization(t.db);
    const QUEUE = `{ moderationQueue { targetId targetType practice { id slug title } thread { id title } post { id body } } }`;
    const flagSome = async (n: number) => {
      const made = [];
      for (let i = 0; i < n; i++) {
        const practice = await createPracticeRow(t.db, organization.id);
        const thread = await createThreadRow(t.db, flagger.id);
        const other = await createThreadRow(t.db, flagger.id);
        await t.db.query(`UPDATE post SET body = $2 WHERE id = $1`, [
          other.postId,
          `Body of ${other.postId}`,
        ]);
        for (const id of [practice.globalId, thread.globalId, other.postGlobalId])
          expect((await t.gql(FLAG, { id }, flagger.session)).errors).toBeUndefined();
        made.push({ practice, thread, post: other });
      }
      return made;
    };
    const queue = async () =>
      (await t.gql<any>(QUEUE, {}, moderator.session)).data.moderationQueue as any[];

    const [first] = await flagSome(2);
    const items = await queue();
    const find = (id: string) => items.find((i) => i.targetId === id);
    expect(find(first!.practice.globalId)).toEqual({
      targetId: first!.practice.globalId,
      targetType: 'PRACTICE',
      practice: {
        id: first!.practice.globalId,
        slug: first!.practice.slug,
        title: first!.practice.title,
      },
      thread: null,
      post: null,
    });
    expect(find(first!.thread.globalId)).toEqual({
      targetId: first!.thread.globalId,
      targetType: 'THREAD',
      practice: null,
      thread: { id: first!.thread.globalId, title: 'Fixture thread' },
      post: null,
    });
    expect(find(first!.post.postGlobalId)).toEqual({
      targetId: first!.post.postGlobalId,
      targetType: 'POST',
      practice: null,
      thread: { id: first!.post.globalId, title: 'Fixture thread' },
      post: { id: first!.post.postGlobalId, body: `Body of ${first!.post.postId}` },
    });

    const small = await countStatements(t.db, async () =>
      expect((await queue()).length).toBeGreaterThanOrEqual(6),
    );
    await flagSome(4);
    const large = await countStatements(t.db, async () =>
      expect((await queue()).length).toBeGreaterThanOrEqual(18),
    );
    expect(large).toBe(small);
  });
});
