import { toGlobalId } from '../src/common/relay/global-id';
import { NotificationService } from '../src/notifications/notification.service';
import {
  addMember,
  createOrganization,
  createOrganizationWithEditor,
  createPatternRow,
  createPracticeRow,
  createUser,
  databaseFingerprint,
  type FixtureUser,
} from './utils/fixtures';
import { mailsTo } from './utils/mailbox';
import { startTestPlatform, type TestPlatform } from './utils/test-platform';

type Errors = { errors?: { extensions?: { code?: string; fieldErrors?: { field: string }[] } }[] };

const START = `mutation($i: StartThreadInput!) { startThread(input: $i) { id thread { id title category { slug } practice { id } misusePattern { id slug } } } }`;
const REPLY = `mutation($t: ID!, $b: String!) { reply(threadId: $t, body: $b) { id } }`;
const FOLLOW = `mutation($id: ID!) { followMisusePattern(id: $id) { id viewerIsFollowing followerCount } }`;
const UNFOLLOW = `mutation($id: ID!) { unfollowMisusePattern(id: $id) { id viewerIsFollowing followerCount } }`;
const PATTERN = `query($slug: String!) {
  misusePattern(slug: $slug) {
    id viewerIsFollowing followerCount
    discussion { id title misusePattern { slug } }
    relatedThreads(first: 10) { totalCount nodes { id title category { slug } } }
  }
}`;
const NOTIFICATIONS = `{ unreadNotificationCount notifications { totalCount nodes { kind thread { id } post { id } misusePattern { slug } } } }`;
const THREAD_VIEW = `query($id: ID!) { thread(id: $id) { id } posts(threadId: $id) { totalCount } node(id: $id) { id } }`;

const codeOf = (res: Errors) => res.errors?.[0]?.extensions?.code;

describe('misuse patterns in discussions: their discussion, calls for partners, following, flags', () => {
  let t: TestPlatform;
  let partnerships: string;
  beforeAll(async () => {
    t = await startTestPlatform();
    const { categories } = (await t.gql<any>(`{ categories { id slug } }`)).data;
    partnerships = categories.find((c: { slug: string }) => c.slug === 'partnerships').id;
  });
  afterAll(() => t.close());

  /** A user in a new verified organization of this stakeholder type. */
  async function memberOf(
    stakeholderType: 'GOVERNMENT' | 'CIVIL_SOCIETY',
    role: 'MEMBER' | 'EDITOR' = 'MEMBER',
  ) {
    const { org, editor: user } = await createOrganizationWithEditor(t.db, {
      stakeholderType,
      role,
    });
    return Object.assign(user, { org });
  }

  const notifications = async (user: FixtureUser) =>
    (await t.gql<any>(NOTIFICATIONS, {}, user.session)).data;

  it('starts a pattern’s own discussion on the first post, with the pattern’s title, shown on the pattern', async () => {
    const owner = await createOrganization(t.db, { verifiedAt: new Date() });
    const pattern = await createPatternRow(t.db, owner.id, {
      title: 'Fake job offers in closed messaging groups',
    });
    const [alice, bob] = [await createUser(t.db), await createUser(t.db)];
    expect(
      (await t.gql<any>(PATTERN, { slug: pattern.slug })).data.misusePattern.discussion,
    ).toBeNull();

    const first = await t.gql<any>(
      START,
      {
        i: { misusePatternId: pattern.globalId, body: 'We see these offers weekly in our region.' },
      },
      alice.session,
    );
    expect(first.errors).toBeUndefined();
    const thread = first.data.startThread.thread;
    expect(thread).toEqual({
      id: thread.id,
      title: pattern.title,
      category: null,
      practice: null,
      misusePattern: { id: pattern.globalId, slug: pattern.slug },
    });
    const second = await t.gql<any>(
      START,
      {
        i: {
          misusePatternId: pattern.globalId,
          body: 'Same here; the groups move after each report.',
        },
      },
      bob.session,
    );
    expect(second.data.startThread.thread.id).toBe(thread.id);

    const view = (await t.gql<any>(PATTERN, { slug: pattern.slug })).data.misusePattern;
    expect(view.discussion).toEqual({
      id: thread.id,
      title: pattern.title,
      misusePattern: { slug: pattern.slug },
    });
    expect(view.relatedThreads).toEqual({ totalCount: 0, nodes: [] });
    expect(
      (
        await t.gql<any>(`query($id: ID!) { posts(threadId: $id) { totalCount } }`, {
          id: thread.id,
        })
      ).data.posts.totalCount,
    ).toBe(2);
    const listed = await t.gql<any>(
      `query($m: ID!) { threads(misusePatternId: $m) { totalCount nodes { id } } }`,
      { m: pattern.globalId },
    );
    expect(listed.data.threads).toEqual({ totalCount: 1, nodes: [{ id: thread.id }] });
    // One discussion per pattern: moderators cannot move it into a category.
    const moderator = await createUser(t.db, { platformRole: 'MODERATOR' });
    const moved = await t.gql<any>(
      `mutation($t: ID!, $c: ID!) { moveThread(id: $t, categoryId: $c) { id } }`,
      { t: thread.id, c: partnerships },
      moderator.session,
    );
    expect(codeOf(moved)).toBe('CONFLICT');
  });

  it('opens a call for partners: a partnerships thread about the pattern, listed among its related threads', async () => {
    const owner = await createOrganization(t.db, { verifiedAt: new Date() });
    const pattern = await createPatternRow(t.db, owner.id);
    const caller = await createUser(t.db);
    const res = await t.gql<any>(
      START,
      {
        i: {
          categoryId: partnerships,
          misusePatternId: pattern.globalId,
          title: `Call for partners: ${pattern.title}`,
          body: 'Nothing counters this yet. Who wants to build a detector with us?',
        },
      },
      caller.session,
    );
    expect(res.errors).toBeUndefined();
    const thread = res.data.startThread.thread;
    expect(thread).toMatchObject({
      title: `Call for partners: ${pattern.title}`,
      category: { slug: 'partnerships' },
      misusePattern: { id: pattern.globalId },
    });
    const view = (await t.gql<any>(PATTERN, { slug: pattern.slug })).data.misusePattern;
    expect(view.discussion).toBeNull();
    expect(view.relatedThreads).toEqual({
      totalCount: 1,
      nodes: [{ id: thread.id, title: thread.title, category: { slug: 'partnerships' } }],
    });
    const inCategory = await t.gql<any>(
      `query($c: ID!, $m: ID!) { threads(categoryId: $c, misusePatternId: $m) { nodes { id } } }`,
      { c: partnerships, m: pattern.globalId },
    );
    expect(inCategory.data.threads.nodes).toEqual([{ id: thread.id }]);
  });

  it('keeps the discussion and the threads of a restricted or draft pattern from those who may not see it', async () => {
    const owner = await createOrganization(t.db, { verifiedAt: new Date() });
    const restricted = await createPatternRow(t.db, owner.id, {
      visibility: 'RESTRICTED',
      visibleTo: ['GOVERNMENT'],
    });
    const official = await memberOf('GOVERNMENT');
    const discussion = (
      await t.gql<any>(
        START,
        { i: { misusePatternId: restricted.globalId, body: 'Seen in three ports.' } },
        official.session,
      )
    ).data.startThread.thread;
    const call = (
      await t.gql<any>(
        START,
        {
          i: {
            categoryId: partnerships,
            misusePatternId: restricted.globalId,
            title: 'Call for partners: port recruitment',
            body: 'Looking for partners.',
          },
        },
        official.session,
      )
    ).data.startThread.thread;

    const ngo = await memberOf('CIVIL_SOCIETY');
    for (const headers of [{}, ngo.session]) {
      for (const id of [discussion.id, call.id]) {
        expect((await t.gql<any>(THREAD_VIEW, { id }, headers)).data).toEqual({
          thread: null,
          posts: { totalCount: 0 },
          node: null,
        });
      }
      const lists = await t.gql<any>(
        `query($c: ID!, $m: ID!) { inCategory: threads(categoryId: $c) { nodes { id } } about: threads(misusePatternId: $m) { totalCount } }`,
        { c: partnerships, m: restricted.globalId },
        headers,
      );
      expect(lists.data.inCategory.nodes).not.toContainEqual({ id: call.id });
      expect(lists.data.about.totalCount).toBe(0);
    }
    const seen = await t.gql<any>(
      `query($m: ID!) { threads(misusePatternId: $m) { totalCount nodes { misusePattern { id } } } }`,
      { m: restricted.globalId },
      official.session,
    );
    expect(seen.data.threads.totalCount).toBe(2);
    expect(seen.data.threads.nodes.map((n: any) => n.misusePattern.id)).toEqual([
      restricted.globalId,
      restricted.globalId,
    ]);

    // Those who may not see the pattern cannot post about it, and nothing changes.
    const before = await databaseFingerprint(t.db);
    for (const input of [
      { misusePatternId: restricted.globalId, body: 'Let me in' },
      {
        categoryId: partnerships,
        misusePatternId: restricted.globalId,
        title: 'A call of mine',
        body: 'Let me in',
      },
    ]) {
      expect(codeOf(await t.gql(START, { i: input }, ngo.session))).toBe('NOT_FOUND');
    }
    expect(await databaseFingerprint(t.db)).toBe(before);

    // A draft: its organization's members discuss it; nobody else sees or reaches it.
    const editor = await createUser(t.db);
    await addMember(t.db, owner.id, editor.id, 'EDITOR');
    const draft = await createPatternRow(t.db, owner.id, { state: 'DRAFT', publishedAt: null });
    const internal = await t.gql<any>(
      START,
      {
        i: {
          misusePatternId: draft.globalId,
          body: 'Before we publish: is the second indicator too specific?',
        },
      },
      editor.session,
    );
    expect(internal.errors).toBeUndefined();
    const draftThread = internal.data.startThread.thread.id;
    expect(
      (await t.gql<any>(THREAD_VIEW, { id: draftThread }, editor.session)).data.thread,
    ).toEqual({ id: draftThread });
    for (const headers of [{}, official.session])
      expect((await t.gql<any>(THREAD_VIEW, { id: draftThread }, headers)).data.thread).toBeNull();
    expect(
      codeOf(
        await t.gql(
          START,
          { i: { misusePatternId: draft.globalId, body: 'Hello?' } },
          official.session,
        ),
      ),
    ).toBe('NOT_FOUND');
  });

  it('notifies followers of posts in the discussion and of new threads about the pattern, only while they may see it', async () => {
    const owner = await createOrganization(t.db, { verifiedAt: new Date() });
    const pattern = await createPatternRow(t.db, owner.id, {
      title: 'Deepfake video calls with recruiters',
    });
    const follower = await createUser(t.db); // no organization: loses access once the pattern is restricted
    const official = await memberOf('GOVERNMENT');
    const poster = await memberOf('GOVERNMENT');

    expect(
      (await t.gql<any>(FOLLOW, { id: pattern.globalId }, follower.session)).data
        .followMisusePattern,
    ).toEqual({ id: pattern.globalId, viewerIsFollowing: true, followerCount: 1 });
    expect(
      (
        await t.gql<any>(
          `mutation($id: ID!) { watch(targetId: $id, level: WATCHING) }`,
          { id: pattern.globalId },
          official.session,
        )
      ).data.watch,
    ).toBe('WATCHING');
    const view = (await t.gql<any>(PATTERN, { slug: pattern.slug }, official.session)).data
      .misusePattern;
    expect(view).toMatchObject({ viewerIsFollowing: true, followerCount: 2 });
    expect((await t.gql<any>(PATTERN, { slug: pattern.slug })).data.misusePattern).toMatchObject({
      viewerIsFollowing: false,
      followerCount: 2,
    });

    const first = (
      await t.gql<any>(
        START,
        { i: { misusePatternId: pattern.globalId, body: 'A new variant uses live face swaps.' } },
        poster.session,
      )
    ).data.startThread;
    for (const user of [follower, official]) {
      expect((await notifications(user)).notifications.nodes).toEqual([
        {
          kind: 'NEW_POST',
          thread: { id: first.thread.id },
          post: { id: first.id },
          misusePattern: { slug: pattern.slug },
        },
      ]);
    }
    // Emailed at once, with a link to the pattern's page at the post.
    const [mail] = await mailsTo(t, official.email);
    expect(mail.subject).toBe(`New post in “${pattern.title}”, which you watch`);
    expect(mail.text).toContain(`/misuse-patterns/${pattern.slug}#post-${first.id}`);

    // Restricted to governments: the follower without an organization hears no more, and what
    // they were told about it is gone from their list.
    await t.db.query(
      `UPDATE misuse_pattern SET visibility = 'RESTRICTED', visible_to = '{GOVERNMENT}' WHERE id = $1`,
      [pattern.id],
    );
    const call = (
      await t.gql<any>(
        START,
        {
          i: {
            categoryId: partnerships,
            misusePatternId: pattern.globalId,
            title: 'Call for partners: deepfake recruiters',
            body: 'Who can help us detect these?',
          },
        },
        poster.session,
      )
    ).data.startThread;
    await t.gql(
      START,
      { i: { misusePatternId: pattern.globalId, body: 'Another case this week.' } },
      poster.session,
    );
    expect(await notifications(follower)).toEqual({
      unreadNotificationCount: 0,
      notifications: { totalCount: 0, nodes: [] },
    });
    expect(
      await t.db.query(`SELECT count(*)::int AS n FROM notification WHERE user_id = $1`, [
        follower.id,
      ]),
    ).toEqual([{ n: 1 }]);
    const official_ = await notifications(official);
    expect(official_.unreadNotificationCount).toBe(3);
    expect(official_.notifications.nodes.map((n: any) => n.kind)).toEqual([
      'NEW_POST',
      'NEW_THREAD',
      'NEW_POST',
    ]);
    expect(official_.notifications.nodes[1]).toMatchObject({
      thread: { id: call.thread.id },
      misusePattern: { slug: pattern.slug },
    });
    const threadMail = (await mailsTo(t, official.email)).find(
      (m) =>
        m.subject ===
        'New thread about a misuse pattern you follow: “Call for partners: deepfake recruiters”',
    );
    expect(threadMail!.text).toContain(`/discussions/${call.thread.id}#post-${call.id}`);

    // Replies in a thread about the pattern are for those who watch that thread, not for followers.
    await t.gql(
      REPLY,
      { t: call.thread.id, b: 'We can, let us talk.' },
      (await memberOf('GOVERNMENT')).session,
    );
    expect((await notifications(official)).unreadNotificationCount).toBe(3);

    // Unfollowing stops the notifications.
    expect(
      (await t.gql<any>(UNFOLLOW, { id: pattern.globalId }, official.session)).data
        .unfollowMisusePattern,
    ).toEqual({ id: pattern.globalId, viewerIsFollowing: false, followerCount: 1 });
    await t.gql(
      START,
      { i: { misusePatternId: pattern.globalId, body: 'And a third.' } },
      poster.session,
    );
    expect((await notifications(official)).unreadNotificationCount).toBe(3);
  });

  it('puts pattern news in the daily digest, linked to the pattern, and leaves out what the reader may no longer see', async () => {
    const owner = await createOrganization(t.db, { verifiedAt: new Date() });
    const pattern = await createPatternRow(t.db, owner.id, {
      title: 'Crypto wallets rented from students',
    });
    const later = await createPatternRow(t.db, owner.id, {
      title: 'Sensitive pattern soon restricted',
    });
    const reader = await createUser(t.db);
    await t.gql(`mutation { updateNotificationPreferences(email: DAILY) }`, {}, reader.session);
    for (const p of [pattern, later]) await t.gql(FOLLOW, { id: p.globalId }, reader.session);
    const poster = await createUser(t.db);
    for (const body of ['Seen on campus boards.', 'And in gaming chats.'])
      await t.gql(START, { i: { misusePatternId: pattern.globalId, body } }, poster.session);
    const call = (
      await t.gql<any>(
        START,
        {
          i: {
            categoryId: partnerships,
            misusePatternId: pattern.globalId,
            title: 'Call for partners: rented wallets',
            body: 'Banks wanted.',
          },
        },
        poster.session,
      )
    ).data.startThread;
    await t.gql(
      START,
      { i: { misusePatternId: later.globalId, body: 'Details only officials should read.' } },
      poster.session,
    );
    await t.db.query(
      `UPDATE misuse_pattern SET visibility = 'RESTRICTED', visible_to = '{MEDIA}' WHERE id = $1`,
      [later.id],
    );
    // A practice now counters the pattern: news of the pattern itself.
    const bank = await memberOf('CIVIL_SOCIETY', 'EDITOR');
    const practice = await createPracticeRow(t.db, bank.org.id);
    const linked = await t.gql(
      `mutation($p: ID!, $m: ID!) { linkCountermeasure(practiceId: $p, patternId: $m, input: { approach: DETECTS }) { id } }`,
      { p: practice.globalId, m: pattern.globalId },
      bank.session,
    );
    expect(linked.errors).toBeUndefined();
    expect(await mailsTo(t, reader.email)).toHaveLength(0);

    await t.platform.app.get(NotificationService).runDigest();
    const sent = await mailsTo(t, reader.email);
    expect(sent).toHaveLength(1);
    expect(sent[0].subject).toBe('Your Alliance Commons digest: 4 updates in 2 discussions');
    // The pattern's own discussion and its countermeasures are news of the pattern, linked to its page.
    expect(sent[0].text).toMatch(
      new RegExp(
        `• ${pattern.title}: 2 new posts, 1 new countermeasure\\n  http\\S+/misuse-patterns/${pattern.slug}#post-`,
      ),
    );
    expect(sent[0].text).toMatch(
      new RegExp(
        `• Call for partners: rented wallets: 1 new thread\\n  http\\S+/discussions/${call.thread.id}#post-${call.id}`,
      ),
    );
    expect(sent[0].text).not.toContain(later.title);
    // Marked as handled: a second run sends nothing more.
    expect(await t.platform.app.get(NotificationService).runDigest()).toEqual({
      emails: 0,
      items: 0,
    });
  });

  it('lets members flag a pattern they see (identifying a victim, say) and moderators review it in the queue', async () => {
    const owner = await createOrganization(t.db, { verifiedAt: new Date() });
    const editor = await createUser(t.db);
    await addMember(t.db, owner.id, editor.id, 'EDITOR');
    const pattern = await createPatternRow(t.db, owner.id);
    const moderator = await createUser(t.db, { platformRole: 'MODERATOR' });
    const [first, second] = [await createUser(t.db), await createUser(t.db)];
    const FLAG = `mutation($id: ID!, $n: String) { flag(targetId: $id, reason: IDENTIFIES_VICTIM, note: $n) }`;
    expect(
      (
        await t.gql<any>(
          FLAG,
          { id: pattern.globalId, n: 'The example names a girl and her village.' },
          first.session,
        )
      ).data.flag,
    ).toBe(true);
    expect(
      (await t.gql<any>(FLAG, { id: pattern.globalId, n: null }, second.session)).data.flag,
    ).toBe(true);

    const QUEUE = `{ openFlagCount moderationQueue { targetType targetId flagCount reasons notes misusePattern { slug title } } }`;
    const queue = (await t.gql<any>(QUEUE, {}, moderator.session)).data;
    expect(queue.openFlagCount).toBe(1);
    expect(queue.moderationQueue).toEqual([
      {
        targetType: 'PATTERN',
        targetId: pattern.globalId,
        flagCount: 2,
        reasons: ['IDENTIFIES_VICTIM'],
        notes: ['The example names a girl and her village.'],
        misusePattern: { slug: pattern.slug, title: pattern.title },
      },
    ]);

    // The moderator takes it out of the library (its owners are told why) and resolves the flags.
    const unpublished = await t.gql<any>(
      `mutation($id: ID!) { unpublishMisusePattern(id: $id, reason: "Names a victim in the example") { state } }`,
      { id: pattern.globalId },
      moderator.session,
    );
    expect(unpublished.data.unpublishMisusePattern.state).toBe('DRAFT');
    expect(
      (
        await t.gql<any>(
          `mutation($id: ID!) { dismissFlags(targetId: $id) }`,
          { id: pattern.globalId },
          moderator.session,
        )
      ).data.dismissFlags,
    ).toBe(2);
    expect((await t.gql<any>(QUEUE, {}, moderator.session)).data).toEqual({
      openFlagCount: 0,
      moderationQueue: [],
    });
    const told = (await notifications(editor)).notifications.nodes;
    expect(told).toContainEqual({
      kind: 'MODERATION',
      thread: null,
      post: null,
      misusePattern: { slug: pattern.slug },
    });
    // Unpublished, it is a draft only its organization sees: nobody else can flag it any more.
    expect(codeOf(await t.gql(FLAG, { id: pattern.globalId, n: null }, first.session))).toBe(
      'NOT_FOUND',
    );
  });

  it('refuses bad input with typed errors and changes nothing', async () => {
    const owner = await createOrganization(t.db, { verifiedAt: new Date() });
    const pattern = await createPatternRow(t.db, owner.id);
    const practice = await createPracticeRow(t.db, owner.id);
    const user = await createUser(t.db);
    const unknown = toGlobalId('MisusePattern', '00000000-0000-4000-8000-000000000000');
    const locked = await createPatternRow(t.db, owner.id);
    await t.gql(
      START,
      { i: { misusePatternId: locked.globalId, body: 'Opening post.' } },
      user.session,
    );
    await t.db.query(`UPDATE thread SET locked = true WHERE misuse_pattern_id = $1`, [locked.id]);
    const before = await databaseFingerprint(t.db);

    const cases: [string, Record<string, unknown>, string, string?][] = [
      [START, { i: { misusePatternId: unknown, body: 'Hello' } }, 'NOT_FOUND'],
      [
        START,
        { i: { misusePatternId: practice.globalId, body: 'Hello' } },
        'BAD_USER_INPUT',
        'misusePatternId',
      ],
      [
        START,
        { i: { misusePatternId: pattern.globalId, practiceId: practice.globalId, body: 'Hello' } },
        'BAD_USER_INPUT',
      ],
      [START, { i: { misusePatternId: pattern.globalId, body: '   ' } }, 'BAD_USER_INPUT', 'body'],
      [
        START,
        {
          i: {
            categoryId: partnerships,
            misusePatternId: pattern.globalId,
            title: 'x',
            body: 'Hello',
          },
        },
        'BAD_USER_INPUT',
        'title',
      ],
      [
        START,
        {
          i: {
            categoryId: partnerships,
            misusePatternId: unknown,
            title: 'Call for partners',
            body: 'Hello',
          },
        },
        'NOT_FOUND',
      ],
      [START, { i: { misusePatternId: locked.globalId, body: 'Still open?' } }, 'THREAD_LOCKED'],
      [FOLLOW, { id: unknown }, 'NOT_FOUND'],
      [FOLLOW, { id: practice.globalId }, 'BAD_USER_INPUT', 'id'],
      [UNFOLLOW, { id: 'not-an-id' }, 'BAD_USER_INPUT', 'id'],
      [
        `mutation($id: ID!) { watch(targetId: $id, level: WATCHING) }`,
        { id: unknown },
        'NOT_FOUND',
      ],
      [`mutation($id: ID!) { flag(targetId: $id, reason: SPAM) }`, { id: unknown }, 'NOT_FOUND'],
      [
        `mutation($id: ID!) { flag(targetId: $id, reason: SPAM) }`,
        { id: toGlobalId('Organization', owner.id) },
        'BAD_USER_INPUT',
        'targetId',
      ],
      [
        `query($m: ID!) { threads(misusePatternId: $m) { totalCount } }`,
        { m: practice.globalId },
        'BAD_USER_INPUT',
        'misusePatternId',
      ],
    ];
    for (const [query, variables, code, field] of cases) {
      const res = await t.gql<any>(query, variables, user.session);
      expect({ variables, code: codeOf(res) }).toEqual({ variables, code });
      if (field)
        expect(res.errors![0].extensions!.fieldErrors).toContainEqual(
          expect.objectContaining({ field }),
        );
    }
    expect(await databaseFingerprint(t.db)).toBe(before);
  });
});
