import { toGlobalId } from '../src/common/relay/global-id';
import {
  addMember,
  createOrganization,
  createPracticeRow,
  createThreadRow,
  createUser,
} from './utils/fixtures';
import { startTestPlatform, type TestPlatform } from './utils/test-platform';

const NODE = `query($id: ID!) { node(id: $id) { __typename id ... on Practice { title } ... on Organization { name } ... on Thread { title } ... on Post { body } ... on User { displayName } } }`;
const NODES = `query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`;

describe('Relay node(id) and nodes(ids)', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform();
  });
  afterAll(() => t.close());

  it('fetches any visible entity by its global id, and nothing the viewer may not see', async () => {
    const org = await createOrganization(t.db, { name: 'Node Org', verifiedAt: new Date() });
    const open = await createPracticeRow(t.db, org.id, { title: 'Open node practice' });
    const members = await createPracticeRow(t.db, org.id, {
      title: 'Members node practice',
      visibility: 'MEMBERS',
    });
    const author = await createUser(t.db, { displayName: 'Node Author' });
    const thread = await createThreadRow(t.db, author.id);

    const node = async (id: string, headers?: Record<string, string>) =>
      (await t.gql<any>(NODE, { id }, headers)).data.node;
    expect(await node(open.globalId)).toEqual({
      __typename: 'Practice',
      id: open.globalId,
      title: 'Open node practice',
    });
    expect(await node(org.globalId)).toEqual({
      __typename: 'Organization',
      id: org.globalId,
      name: 'Node Org',
    });
    expect(await node(thread.globalId)).toMatchObject({
      __typename: 'Thread',
      title: 'Fixture thread',
    });
    expect(await node(thread.postGlobalId)).toMatchObject({
      __typename: 'Post',
      body: 'First post',
    });
    expect(await node(toGlobalId('User', author.id))).toMatchObject({
      __typename: 'User',
      displayName: 'Node Author',
    });
    expect(await node(members.globalId)).toBeNull();
    expect(await node('not-a-global-id')).toBeNull();
    expect(await node(toGlobalId('Practice', '00000000-0000-0000-0000-000000000000'))).toBeNull();
    // Another user's notification or token is nobody else's business.
    const [n] = await t.db.query(
      `INSERT INTO notification (user_id, kind) VALUES ($1, 'MENTION') RETURNING id`,
      [author.id],
    );
    const stranger = await createUser(t.db);
    expect(await node(toGlobalId('Notification', n.id), stranger.session)).toBeNull();
    expect(await node(toGlobalId('Notification', n.id), author.session)).toMatchObject({
      __typename: 'Notification',
    });
  });

  it('fetches many in order, null where not visible, at most 100', async () => {
    const org = await createOrganization(t.db);
    const a = await createPracticeRow(t.db, org.id);
    const hidden = await createPracticeRow(t.db, org.id, { state: 'DRAFT' });
    const r = await t.gql<any>(NODES, { ids: [a.globalId, hidden.globalId, org.globalId] });
    expect(r.data.nodes).toEqual([
      { __typename: 'Practice', id: a.globalId },
      null,
      { __typename: 'Organization', id: org.globalId },
    ]);
    const tooMany = await t.gql<any>(NODES, { ids: Array.from({ length: 101 }, () => a.globalId) });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it("shows an organization's webhook to its admins only", async () => {
    const org = await createOrganization(t.db, { verifiedAt: new Date() });
    const admin = await createUser(t.db);
    const member = await createUser(t.db);
    await addMember(t.db, org.id, admin.id, 'ADMIN');
    await addMember(t.db, org.id, member.id, 'MEMBER');
    const created = await t.gql<any>(
      `mutation($o: ID!, $i: WebhookInput!) { createWebhook(organizationId: $o, input: $i) { webhook { id } } }`,
      { o: org.globalId, i: { url: 'http://localhost:9/hook', events: ['PRACTICE_PUBLISHED'] } },
      admin.session,
    );
    const id = created.data.createWebhook.webhook.id;
    const node = async (headers?: Record<string, string>) =>
      (await t.gql<any>(`query($id: ID!) { node(id: $id) { __typename id } }`, { id }, headers))
        .data.node;
    expect(await node(admin.session)).toEqual({ __typename: 'Webhook', id });
    expect(await node(member.session)).toBeNull();
    expect(await node()).toBeNull();
  });
});
