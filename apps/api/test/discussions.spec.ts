import {
  addMember,
  createOrganization,
  createPracticeRow,
  createThreadRow,
  createUser,
  databaseFingerprint,
} from './utils/fixtures';
import { startTestPlatform, type TestPlatform } from './utils/test-platform';

const START = `mutation($i: StartThreadInput!) { startThread(input: $i) { id thread { id title kind replyCount } } }`;
const REPLY = `mutation($t: ID!, $b: String!, $p: ID) { reply(threadId: $t, body: $b, parentId: $p) { id body parent { id } } }`;

describe('discussions', () => {
  let t: TestPlatform;
  let categoryId: string;
  let membersOnlyId: string;
  beforeAll(async () => {
    t = await startTestPlatform();
    const { categories } = (await t.gql<any>(`{ categories { id slug membersOnly } }`)).data;
    expect(categories.length).toBeGreaterThanOrEqual(7);
    categoryId = categories.find((c: { slug: string }) => c.slug === 'technology-misuse').id;
    membersOnlyId = categories.find((c: { membersOnly: boolean }) => c.membersOnly).id;
  });
  afterAll(() => t.close());

  it('starts a thread, replies with a quoted parent, counts replies and unread posts', async () => {
    const alice = await createUser(t.db, { displayName: 'Alice' });
    const bob = await createUser(t.db, { displayName: 'Bob' });
    const started = await t.gql<any>(
      START,
      {
        i: {
          categoryId,
          title: 'Recruitment ads on social media',
          body: 'Who screens them?',
          kind: 'QUESTION',
          tags: ['ads'],
        },
      },
      alice.session,
    );
    const thread = started.data.startThread.thread;
    expect(thread).toMatchObject({ kind: 'QUESTION', replyCount: 0 });
    const reply = await t.gql<any>(
      REPLY,
      { t: thread.id, b: 'We do, with keyword lists.', p: started.data.startThread.id },
      bob.session,
    );
    expect(reply.data.reply.parent.id).toBe(started.data.startThread.id);
    const view = await t.gql<any>(
      `query($id: ID!) { thread(id: $id) { replyCount participantCount unreadCount } }`,
      { id: thread.id },
      alice.session,
    );
    expect(view.data.thread).toEqual({ replyCount: 1, participantCount: 2, unreadCount: 1 });
    await t.gql(
      `mutation($id: ID!) { markThreadRead(threadId: $id) { id } }`,
      { id: thread.id },
      alice.session,
    );
    expect(
      (
        await t.gql<any>(
          `query($id: ID!) { thread(id: $id) { unreadCount } }`,
          { id: thread.id },
          alice.session,
        )
      ).data.thread.unreadCount,
    ).toBe(0);
    // Alice is told of the reply.
    const notes = await t.gql<any>(
      `{ unreadNotificationCount notifications { nodes { kind actor { displayName } } } }`,
      {},
      alice.session,
    );
    expect(notes.data.notifications.nodes[0]).toEqual({
      kind: 'REPLY',
      actor: { displayName: 'Bob' },
    });
    const accepted = await t.gql<any>(
      `mutation($t: ID!, $p: ID!) { acceptAnswer(threadId: $t, postId: $p) { acceptedAnswer { body } } }`,
      { t: thread.id, p: reply.data.reply.id },
      alice.session,
    );
    expect(accepted.data.acceptAnswer.acceptedAnswer.body).toBe('We do, with keyword lists.');
  });

  it('notifies and emails a mentioned user, but never about a thread they cannot see', async () => {
    const author = await createUser(t.db);
    const mentioned = await createUser(t.db, { displayName: 'Mentioned Person' });
    const outsider = await createUser(t.db, { displayName: 'Outsider' });
    const org = await createOrganization(t.db, { verifiedAt: new Date() });
    await addMember(t.db, org.id, author.id, 'MEMBER');
    await addMember(t.db, org.id, mentioned.id, 'MEMBER');
    const body = `Have a look, @[Mentioned Person](user:${mentioned.globalId}) and @[Outsider](user:${outsider.globalId}).`;
    const res = await t.gql<any>(
      START,
      { i: { categoryId: membersOnlyId, title: 'Members-only exchange', body } },
      author.session,
    );
    expect(res.errors).toBeUndefined();
    const mine = await t.gql<any>(`{ notifications { nodes { kind } } }`, {}, mentioned.session);
    expect(mine.data.notifications.nodes).toEqual([{ kind: 'MENTION' }]);
    expect(
      (await t.gql<any>(`{ notifications { totalCount } }`, {}, outsider.session)).data
        .notifications.totalCount,
    ).toBe(0);
    const { mails } = (await (await fetch(`${t.url}/dev/mailbox`)).json()) as {
      mails: { to: string; subject: string }[];
    };
    expect(
      mails.some((m) => m.to === mentioned.email && /You were mentioned/.test(m.subject)),
    ).toBe(true);
    expect(mails.some((m) => m.to === outsider.email)).toBe(false);
  });

  it('keeps members-only categories to members of verified organizations', async () => {
    const loner = await createUser(t.db);
    const res = await t.gql(
      START,
      { i: { categoryId: membersOnlyId, title: 'Let me in', body: 'Hello' } },
      loner.session,
    );
    expect(res.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('refuses replies to a locked thread and changes nothing', async () => {
    const user = await createUser(t.db);
    const thread = await createThreadRow(t.db, user.id, { locked: true });
    const before = await databaseFingerprint(t.db);
    const res = await t.gql(REPLY, { t: thread.globalId, b: 'Still here?' }, user.session);
    expect(res.errors![0].extensions!.code).toBe('THREAD_LOCKED');
    expect(await databaseFingerprint(t.db)).toBe(before);
  });

  it('rejects an empty or oversized post with a typed error', async () => {
    const user = await createUser(t.db);
    const thread = await createThreadRow(t.db, user.id);
    for (const b of ['   ', 'x'.repeat(20_001)]) {
      const res = await t.gql(REPLY, { t: thread.globalId, b }, user.session);
      expect(res.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    }
  });

  it('gives a practice one discussion that inherits its visibility', async () => {
    const org = await createOrganization(t.db, { verifiedAt: new Date() });
    const member = await createUser(t.db);
    await addMember(t.db, org.id, member.id, 'MEMBER');
    const practice = await createPracticeRow(t.db, org.id, { visibility: 'MEMBERS' });
    const first = await t.gql<any>(
      START,
      { i: { practiceId: practice.globalId, body: 'How did you train the classifier?' } },
      member.session,
    );
    const second = await t.gql<any>(
      START,
      { i: { practiceId: practice.globalId, body: 'And what about false positives?' } },
      member.session,
    );
    expect(second.data.startThread.thread.id).toBe(first.data.startThread.thread.id);
    expect(first.data.startThread.thread.title).toBe(practice.title);
    const q = `query($id: ID!) { thread(id: $id) { id } posts(threadId: $id) { totalCount } }`;
    const visitor = await t.gql<any>(q, { id: first.data.startThread.thread.id });
    expect(visitor.data).toEqual({ thread: null, posts: { totalCount: 0 } });
    const outsider = await createUser(t.db);
    const res = await t.gql(
      START,
      { i: { practiceId: practice.globalId, body: 'Let me in' } },
      outsider.session,
    );
    expect(res.errors![0].extensions!.code).toBe('NOT_FOUND');
  });

  it('edits keep "edited", removal hides the text, reactions count per kind', async () => {
    const author = await createUser(t.db);
    const other = await createUser(t.db);
    const thread = await createThreadRow(t.db, author.id);
    const denied = await t.gql(
      `mutation($id: ID!) { editPost(id: $id, body: "hijack") { id } }`,
      { id: thread.postGlobalId },
      other.session,
    );
    expect(denied.errors![0].extensions!.code).toBe('FORBIDDEN');
    const edited = await t.gql<any>(
      `mutation($id: ID!) { editPost(id: $id, body: "Corrected") { body edited } }`,
      { id: thread.postGlobalId },
      author.session,
    );
    expect(edited.data.editPost).toEqual({ body: 'Corrected', edited: true });
    expect(await t.db.query('SELECT previous_body FROM post_edit')).toEqual(
      expect.arrayContaining([{ previous_body: 'First post' }]),
    );
    const reacted = await t.gql<any>(
      `mutation($id: ID!) { react(postId: $id, reaction: USEFUL) { reactions { reaction count viewerReacted } } }`,
      { id: thread.postGlobalId },
      other.session,
    );
    expect(reacted.data.react.reactions).toEqual([
      { reaction: 'USEFUL', count: 1, viewerReacted: true },
    ]);
    const removed = await t.gql<any>(
      `mutation($id: ID!) { deletePost(id: $id) { body removed } }`,
      { id: thread.postGlobalId },
      author.session,
    );
    expect(removed.data.deletePost).toEqual({ body: null, removed: true });
  });
});
