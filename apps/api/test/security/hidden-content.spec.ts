import { toGlobalId } from '../../src/common/relay/global-id';
import {
  addMember,
  createOrganization,
  createPracticeRow,
  createThreadRow,
  createUser,
  type FixtureUser,
} from '../utils/fixtures';
import { startTestPlatform, type TestPlatform } from '../utils/test-platform';

/**
 * Finding 6: content a viewer may not see never comes back through a side path. A post hidden
 * by a moderator is left out of `posts` and `node`, and so of every other field that returns a
 * post (accepted answer, quoted parent, notification subject); a revision snapshot follows the
 * field rules of the practice itself.
 */
describe('hidden content stays hidden on every path', () => {
  let t: TestPlatform;
  let moderator: FixtureUser;
  beforeAll(async () => {
    t = await startTestPlatform();
    moderator = await createUser(t.db, { platformRole: 'MODERATOR' });
  });
  afterAll(() => t.close());

  const hide = async (postGlobalId: string) => {
    const res = await t.gql<any>(
      `mutation($id: ID!) { hidePost(id: $id, reason: "Names a person") { hidden } }`,
      { id: postGlobalId },
      moderator.session,
    );
    expect(res.data?.hidePost.hidden).toBe(true);
  };

  it('leaves a hidden accepted answer and a hidden quoted post out for others, but not for moderators and its author', async () => {
    const asker = await createUser(t.db);
    const answerer = await createUser(t.db);
    const thread = await createThreadRow(t.db, asker.id, { kind: 'QUESTION' });
    const answer = await t.gql<any>(
      `mutation($t: ID!) { reply(threadId: $t, body: "Secret answer naming someone") { id } }`,
      { t: thread.globalId },
      answerer.session,
    );
    const quoting = await t.gql<any>(
      `mutation($t: ID!, $p: ID!) { reply(threadId: $t, body: "Quoting it", parentId: $p) { id } }`,
      { t: thread.globalId, p: answer.data.reply.id },
      asker.session,
    );
    expect(quoting.errors).toBeUndefined();
    await t.gql(
      `mutation($t: ID!, $p: ID!) { acceptAnswer(threadId: $t, postId: $p) { id } }`,
      { t: thread.globalId, p: answer.data.reply.id },
      asker.session,
    );
    await hide(answer.data.reply.id);

    const query = `query($id: ID!) { thread(id: $id) { acceptedAnswer { body } } posts(threadId: $id) { nodes { id body parent { body } } } }`;
    for (const viewer of [undefined, asker.session]) {
      const res = await t.gql<any>(query, { id: thread.globalId }, viewer);
      expect(res.errors).toBeUndefined();
      expect(JSON.stringify(res.data)).not.toContain('Secret answer');
      expect(res.data.thread.acceptedAnswer).toBeNull();
      expect(
        res.data.posts.nodes.find((p: any) => p.id === quoting.data.reply.id).parent,
      ).toBeNull();
    }
    for (const viewer of [moderator.session, answerer.session]) {
      const res = await t.gql<any>(query, { id: thread.globalId }, viewer);
      expect(res.data.thread.acceptedAnswer).toEqual({ body: 'Secret answer naming someone' });
      expect(res.data.posts.nodes.find((p: any) => p.id === quoting.data.reply.id).parent).toEqual({
        body: 'Secret answer naming someone',
      });
    }
  });

  it('does not show a hidden post through a notification', async () => {
    const author = await createUser(t.db);
    const mentioned = await createUser(t.db, { displayName: 'Mentioned' });
    const thread = await createThreadRow(t.db, author.id);
    const post = await t.gql<any>(
      `mutation($t: ID!, $b: String!) { reply(threadId: $t, body: $b) { id } }`,
      { t: thread.globalId, b: `Hidden words @[Mentioned](user:${mentioned.globalId})` },
      author.session,
    );
    const before = await t.gql<any>(
      `{ notifications { nodes { id kind post { body } } } }`,
      {},
      mentioned.session,
    );
    expect(before.data.notifications.nodes[0].post.body).toContain('Hidden words');
    const notificationId = before.data.notifications.nodes[0].id;
    await hide(post.data.reply.id);
    const after = await t.gql<any>(
      `{ notifications { nodes { kind post { body } } } unreadNotificationCount }`,
      {},
      mentioned.session,
    );
    expect(after.errors).toBeUndefined();
    expect(JSON.stringify(after.data)).not.toContain('Hidden words');
    // node() agrees: the post is gone for the reader.
    const node = await t.gql<any>(
      `query($id: ID!) { node(id: $id) { ... on Post { body } } }`,
      { id: post.data.reply.id },
      mentioned.session,
    );
    expect(node.data.node).toBeNull();
    // And node() on the notification itself answers as the list does: it is left out.
    const byId = await t.gql<any>(
      `query($id: ID!) { node(id: $id) { id ... on Notification { kind } } }`,
      { id: notificationId },
      mentioned.session,
    );
    expect(byId.errors).toBeUndefined();
    expect(byId.data.node).toBeNull();
  });

  it('withholds contact details from visitors in revision snapshots, as on the practice itself', async () => {
    const org = await createOrganization(t.db, { verifiedAt: new Date() });
    const practice = await createPracticeRow(t.db, org.id, {
      contact: 'jane.doe@example.org, +43 1 234',
    });
    await t.db.query(
      `INSERT INTO practice_revision (practice_id, number, author_id, changed_fields, snapshot) VALUES ($1, 1, NULL, '{contact}', $2)`,
      [
        practice.id,
        JSON.stringify({
          title: practice.title,
          contact: 'jane.doe@example.org, +43 1 234',
          visibility: 'PUBLIC',
          visibleTo: [],
        }),
      ],
    );
    const query = `query($slug: String!) { practice(slug: $slug) { contact revisions { number snapshot } } }`;
    const visitor = await t.gql<any>(query, { slug: practice.slug });
    expect(visitor.errors).toBeUndefined();
    expect(visitor.data.practice.contact).toBeNull();
    expect(visitor.data.practice.revisions).toHaveLength(1);
    expect(visitor.data.practice.revisions[0].snapshot.title).toBe(practice.title);
    expect(JSON.stringify(visitor.data.practice.revisions)).not.toContain('jane.doe');
    const member = await createUser(t.db);
    const signedIn = await t.gql<any>(query, { slug: practice.slug }, member.session);
    expect(signedIn.data.practice.revisions[0].snapshot.contact).toBe(
      'jane.doe@example.org, +43 1 234',
    );
  });

  it('shows a revision saved under a narrower audience only to those who may see that audience', async () => {
    const owner = await createOrganization(t.db, { verifiedAt: new Date() });
    const practice = await createPracticeRow(t.db, owner.id);
    await t.db.query(
      `INSERT INTO practice_revision (practice_id, number, author_id, changed_fields, snapshot) VALUES
         ($1, 1, NULL, '{body}', $2), ($1, 2, NULL, '{visibility,visibleTo,body}', $3)`,
      [
        practice.id,
        JSON.stringify({
          title: practice.title,
          body: 'Government-only investigative detail',
          visibility: 'RESTRICTED',
          visibleTo: ['GOVERNMENT'],
        }),
        JSON.stringify({
          title: practice.title,
          body: 'Public text',
          visibility: 'PUBLIC',
          visibleTo: [],
        }),
      ],
    );
    const query = `query($slug: String!) { practice(slug: $slug) { revisions { number snapshot } } }`;
    const civil = await createUser(t.db);
    const civilOrg = await createOrganization(t.db, {
      verifiedAt: new Date(),
      stakeholderType: 'CIVIL_SOCIETY',
    });
    await addMember(t.db, civilOrg.id, civil.id, 'MEMBER');
    for (const viewer of [undefined, civil.session]) {
      const res = await t.gql<any>(query, { slug: practice.slug }, viewer);
      expect(res.errors).toBeUndefined();
      expect(res.data.practice.revisions.map((r: any) => r.number)).toEqual([2]);
      expect(JSON.stringify(res.data)).not.toContain('Government-only');
    }
    const official = await createUser(t.db);
    const government = await createOrganization(t.db, {
      verifiedAt: new Date(),
      stakeholderType: 'GOVERNMENT',
    });
    await addMember(t.db, government.id, official.id, 'MEMBER');
    const res = await t.gql<any>(query, { slug: practice.slug }, official.session);
    expect(res.data.practice.revisions.map((r: any) => r.number)).toEqual([2, 1]);
  });

  it('keeps a hidden post out of node() for others (the one rule every path shares)', async () => {
    const author = await createUser(t.db);
    const thread = await createThreadRow(t.db, author.id);
    await hide(thread.postGlobalId);
    const other = await createUser(t.db);
    const query = `query($id: ID!) { node(id: $id) { ... on Post { body } } }`;
    expect(
      (await t.gql<any>(query, { id: thread.postGlobalId }, other.session)).data.node,
    ).toBeNull();
    expect(
      (await t.gql<any>(query, { id: thread.postGlobalId }, author.session)).data.node,
    ).toEqual({ body: 'First post' });
    expect(
      (await t.gql<any>(query, { id: toGlobalId('Post', thread.postId) }, moderator.session)).data
        .node,
    ).toEqual({ body: 'First post' });
  });
});
