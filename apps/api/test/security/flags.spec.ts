import { createThreadRow, createUser, type FixtureUser } from '../utils/fixtures';
import { startTestPlatform, type TestPlatform } from '../utils/test-platform';

/**
 * Finding 7: flags hide a post automatically only when they come from accounts that cost
 * something to make — a verified email address and past their first day. Flags from others
 * still reach the moderators' queue.
 */
const FLAG = `mutation($id: ID!) { flag(targetId: $id, reason: SPAM) }`;
const POSTS = `query($t: ID!) { posts(threadId: $t) { totalCount } }`;
const QUEUE = `{ moderationQueue { targetId flagCount } }`;
const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { id emailVerified } }`;

describe('flags resist throwaway accounts (finding 7)', () => {
  let t: TestPlatform;
  let moderator: FixtureUser;
  let ip = 0;
  beforeAll(async () => {
    t = await startTestPlatform();
    moderator = await createUser(t.db, { platformRole: 'MODERATOR' });
  });
  afterAll(() => t.close());

  /** A real sign-up through the API, as a throwaway account would be made; returns its cookie. */
  async function signUp(): Promise<Record<string, string>> {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': `203.0.113.${++ip}` },
      body: JSON.stringify({
        query: SIGN_UP,
        variables: {
          input: {
            email: `throwaway-${ip}-${Date.now()}@example.net`,
            displayName: 'Throwaway',
            password: 'kettle-orbit-lantern-42',
          },
        },
      }),
    });
    const body = (await res.json()) as { data: { signUp: { emailVerified: boolean } } };
    expect(body.data.signUp.emailVerified).toBe(false);
    return { cookie: res.headers.get('set-cookie')!.split(';')[0] };
  }

  async function flagBy(postId: string, sessions: Record<string, string>[]) {
    for (const session of sessions) {
      const res = await t.gql(FLAG, { id: postId }, session);
      expect(res.errors).toBeUndefined();
    }
  }

  const visibleTo = async (threadId: string) =>
    (await t.gql<any>(POSTS, { t: threadId })).data.posts.totalCount as number;
  const queued = async (postId: string) =>
    (await t.gql<any>(QUEUE, {}, moderator.session)).data.moderationQueue.find(
      (i: { targetId: string }) => i.targetId === postId,
    );

  it('three fresh unverified sign-ups flagging a post do not hide it; the flags wait in the queue', async () => {
    const author = await createUser(t.db);
    const thread = await createThreadRow(t.db, author.id);
    await flagBy(thread.postGlobalId, [await signUp(), await signUp(), await signUp()]);
    expect(await visibleTo(thread.globalId)).toBe(1);
    expect(await queued(thread.postGlobalId)).toMatchObject({ flagCount: 3 });
  });

  it('verified accounts in their first day, or old unverified ones, do not hide it either', async () => {
    const author = await createUser(t.db);
    const thread = await createThreadRow(t.db, author.id);
    const newVerified = await Promise.all([1, 2].map(() => createUser(t.db, { newAccount: true })));
    const oldUnverified = await createUser(t.db, { verified: false });
    await flagBy(
      thread.postGlobalId,
      [...newVerified, oldUnverified].map((u) => u.session),
    );
    expect(await visibleTo(thread.globalId)).toBe(1);
    expect(await queued(thread.postGlobalId)).toMatchObject({ flagCount: 3 });
  });

  it('three verified accounts past their first day hide it until a moderator reviews it', async () => {
    const author = await createUser(t.db);
    const thread = await createThreadRow(t.db, author.id);
    const flaggers = await Promise.all([1, 2, 3].map(() => createUser(t.db)));
    await flagBy(
      thread.postGlobalId,
      flaggers.slice(0, 2).map((u) => u.session),
    );
    expect(await visibleTo(thread.globalId)).toBe(1);
    await flagBy(thread.postGlobalId, [flaggers[2].session]);
    expect(await visibleTo(thread.globalId)).toBe(0);
    expect(await queued(thread.postGlobalId)).toMatchObject({ flagCount: 3 });
  });

  it('throwaway flags do not add up with trusted ones', async () => {
    const author = await createUser(t.db);
    const thread = await createThreadRow(t.db, author.id);
    const trusted = await Promise.all([1, 2].map(() => createUser(t.db)));
    await flagBy(thread.postGlobalId, [await signUp(), ...trusted.map((u) => u.session)]);
    expect(await visibleTo(thread.globalId)).toBe(1);
  });
});
