import {
  createThreadRow,
  createUser,
  databaseFingerprint,
  type FixtureUser,
} from '../utils/fixtures';
import { startTestPlatform, type TestPlatform } from '../utils/test-platform';

/**
 * Finding 8: editing a post follows every rule posting follows (one set of posting rules for
 * startThread, reply and editPost), and a refused edit changes nothing.
 */
describe('editing follows the posting rules', () => {
  let t: TestPlatform;
  let moderator: FixtureUser;
  let membersOnlyId: string;
  beforeAll(async () => {
    t = await startTestPlatform();
    moderator = await createUser(t.db, { platformRole: 'MODERATOR' });
    const { categories } = (await t.gql<any>(`{ categories { id membersOnly } }`)).data;
    membersOnlyId = categories.find((c: { membersOnly: boolean }) => c.membersOnly).id;
  });
  afterAll(() => t.close());

  const EDIT = `mutation($id: ID!, $b: String!) { editPost(id: $id, body: $b) { body } }`;
  const REPLY = `mutation($t: ID!, $b: String!) { reply(threadId: $t, body: $b) { id } }`;

  /** Expects the edit refused with `code` and every table as it was. */
  async function expectRefused(user: FixtureUser, postId: string, body: string, code: string) {
    const before = await databaseFingerprint(t.db);
    const res = await t.gql<any>(EDIT, { id: postId, b: body }, user.session);
    expect(res.errors?.[0]?.extensions?.code).toBe(code);
    expect(await databaseFingerprint(t.db)).toBe(before);
  }

  it('keeps links out of edits during an account’s first day, as replies', async () => {
    const author = await createUser(t.db);
    const newcomer = await createUser(t.db, { newAccount: true });
    const thread = await createThreadRow(t.db, author.id);
    const reply = await t.gql<any>(
      REPLY,
      { t: thread.globalId, b: 'Hello everyone' },
      newcomer.session,
    );
    expect(reply.errors).toBeUndefined();
    expect(
      (
        await t.gql<any>(
          REPLY,
          { t: thread.globalId, b: 'See https://example.org/offer' },
          newcomer.session,
        )
      ).errors?.[0].extensions?.code,
    ).toBe('BAD_USER_INPUT');
    await expectRefused(
      newcomer,
      reply.data.reply.id,
      'See https://example.org/offer',
      'BAD_USER_INPUT',
    );
    // A plain edit still works.
    expect(
      (await t.gql<any>(EDIT, { id: reply.data.reply.id, b: 'Hello all' }, newcomer.session)).data
        .editPost.body,
    ).toBe('Hello all');
  });

  it('refuses edits from a suspended account', async () => {
    const user = await createUser(t.db);
    const thread = await createThreadRow(t.db, user.id);
    const until = new Date(Date.now() + 7 * 86_400_000).toISOString();
    await t.gql(
      `mutation($u: ID!, $d: DateTime!) { suspendUser(userId: $u, until: $d, reason: "Repeated spam") { id } }`,
      { u: user.globalId, d: until },
      moderator.session,
    );
    await expectRefused(user, thread.postGlobalId, 'Buy now at a discount', 'FORBIDDEN');
  });

  it('refuses edits in a locked thread', async () => {
    const user = await createUser(t.db);
    const thread = await createThreadRow(t.db, user.id);
    await t.gql(
      `mutation($id: ID!) { setThreadLocked(id: $id, locked: true) { locked } }`,
      { id: thread.globalId },
      moderator.session,
    );
    await expectRefused(user, thread.postGlobalId, 'Rewritten after the lock', 'THREAD_LOCKED');
  });

  it('refuses edits of a post moderation hid, until a moderator restores it', async () => {
    const user = await createUser(t.db);
    const thread = await createThreadRow(t.db, user.id);
    await t.gql(
      `mutation($id: ID!) { hidePost(id: $id, reason: "Names a person") { hidden } }`,
      { id: thread.postGlobalId },
      moderator.session,
    );
    await expectRefused(user, thread.postGlobalId, 'Now harmless, please restore', 'CONFLICT');
  });

  it('refuses edits in a thread its author may no longer see (moved to a members-only category)', async () => {
    const user = await createUser(t.db);
    const thread = await createThreadRow(t.db, user.id);
    await t.gql(
      `mutation($id: ID!, $c: ID!) { moveThread(id: $id, categoryId: $c) { id } }`,
      { id: thread.globalId, c: membersOnlyId },
      moderator.session,
    );
    await expectRefused(user, thread.postGlobalId, 'Still here', 'NOT_FOUND');
  });

  it('refuses edits from an account whose email is not verified, as posting does', async () => {
    const user = await createUser(t.db);
    const thread = await createThreadRow(t.db, user.id);
    await t.db.query('UPDATE user_account SET email_verified_at = NULL WHERE id = $1', [user.id]);
    expect(
      (await t.gql<any>(REPLY, { t: thread.globalId, b: 'Another' }, user.session)).errors?.[0]
        .extensions?.code,
    ).toBe('EMAIL_NOT_VERIFIED');
    await expectRefused(user, thread.postGlobalId, 'Edited while unverified', 'EMAIL_NOT_VERIFIED');
  });
});
