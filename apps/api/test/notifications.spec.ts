import { NotificationService } from '../src/notifications/notification.service';
import {
  addMember,
  createOrganization,
  createPracticeRow,
  createThreadRow,
  createUser,
} from './utils/fixtures';
import { mailsTo } from './utils/mailbox';
import { startTestPlatform, type TestPlatform } from './utils/test-platform';

const REPLY = `mutation($t: ID!, $b: String!) { reply(threadId: $t, body: $b) { id } }`;

describe('notification emails, watching and the daily digest', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform();
  });
  afterAll(() => t.close());

  it('emails at once by default, with an unsubscribe link that works', async () => {
    const author = await createUser(t.db);
    const replier = await createUser(t.db);
    const thread = await createThreadRow(t.db, author.id);
    await t.gql(REPLY, { t: thread.globalId, b: 'First reply' }, replier.session);
    const [mail] = await mailsTo(t, author.email);
    expect(mail.subject).toMatch(/New reply/);
    const link = /(http\S+\/unsubscribe\?key=[0-9a-f]{64})/.exec(mail.text)![1];
    const page = await fetch(link.replace(/^http:\/\/localhost:\d+/, t.url), {
      headers: { accept: 'text/html' },
    });
    expect(await page.text()).toMatch(/no more notification emails/);
    expect(
      (await t.gql<any>(`{ viewer { emailNotifications } }`, {}, author.session)).data.viewer
        .emailNotifications,
    ).toBe('OFF');
    await t.gql(REPLY, { t: thread.globalId, b: 'Second reply' }, replier.session);
    expect(await mailsTo(t, author.email)).toHaveLength(1);
    // …while the in-app notifications keep coming.
    expect(
      (await t.gql<any>(`{ unreadNotificationCount }`, {}, author.session)).data
        .unreadNotificationCount,
    ).toBe(2);
  });

  it('notifies watchers of new posts and spares those who muted a thread', async () => {
    const author = await createUser(t.db);
    const watcher = await createUser(t.db);
    const thread = await createThreadRow(t.db, author.id);
    await t.gql(
      `mutation($id: ID!) { watch(targetId: $id, level: WATCHING) }`,
      { id: thread.globalId },
      watcher.session,
    );
    await t.gql(
      `mutation($id: ID!) { watch(targetId: $id, level: MUTED) }`,
      { id: thread.globalId },
      author.session,
    );
    const other = await createUser(t.db);
    await t.gql(REPLY, { t: thread.globalId, b: 'News' }, other.session);
    expect(
      (await t.gql<any>(`{ notifications { nodes { kind } } }`, {}, watcher.session)).data
        .notifications.nodes,
    ).toEqual([{ kind: 'NEW_POST' }]);
    expect(
      (await t.gql<any>(`{ notifications { totalCount } }`, {}, author.session)).data.notifications
        .totalCount,
    ).toBe(0);
  });

  it('groups a daily digest by thread, and sends it once however often it runs', async () => {
    const reader = await createUser(t.db);
    await t.gql(`mutation { updateNotificationPreferences(email: DAILY) }`, {}, reader.session);
    const poster = await createUser(t.db);
    const threadA = await createThreadRow(t.db, reader.id);
    const threadB = await createThreadRow(t.db, reader.id);
    for (const body of ['one', 'two'])
      await t.gql(REPLY, { t: threadA.globalId, b: body }, poster.session);
    await t.gql(REPLY, { t: threadB.globalId, b: 'three' }, poster.session);
    expect(await mailsTo(t, reader.email)).toHaveLength(0); // nothing at once

    const digest = t.platform.app.get(NotificationService);
    const [first, second] = await Promise.all([digest.runDigest(), digest.runDigest()]);
    await digest.runDigest();
    expect(first.items + second.items).toBe(3);
    const sent = await mailsTo(t, reader.email);
    expect(sent).toHaveLength(1);
    expect(sent[0].subject).toMatch(/3 updates in 2 discussions/);
    expect(sent[0].text).toMatch(/2 replies/);
    expect(sent[0].text).toMatch(/1 reply\b/);
    expect(sent[0].text).toMatch(/unsubscribe\?key=/);
  });

  it('tells an organization’s editors of an endorsement, owners of an unpublished practice, and a user of an invitation', async () => {
    const owner = await createOrganization(t.db, { verifiedAt: new Date() });
    const editor = await createUser(t.db);
    await addMember(t.db, owner.id, editor.id, 'EDITOR');
    const practice = await createPracticeRow(t.db, owner.id);
    const other = await createOrganization(t.db);
    const endorser = await createUser(t.db);
    await addMember(t.db, other.id, endorser.id, 'ADMIN');
    await t.gql(
      `mutation($p: ID!, $o: ID!) { endorsePractice(id: $p, organizationId: $o, kind: USES) { id } }`,
      { p: practice.globalId, o: other.globalId },
      endorser.session,
    );
    const moderator = await createUser(t.db, { platformRole: 'MODERATOR' });
    await t.gql(
      `mutation($p: ID!) { unpublishPractice(id: $p, reason: "Shows a face") { id } }`,
      { p: practice.globalId },
      moderator.session,
    );
    const seen = await t.gql<any>(
      `{ notifications { nodes { kind practice { title } organization { name } } } }`,
      {},
      editor.session,
    );
    expect(seen.data.notifications.nodes.map((n: { kind: string }) => n.kind).sort()).toEqual([
      'ENDORSEMENT',
      'MODERATION',
    ]);
    expect(
      seen.data.notifications.nodes.find((n: { kind: string }) => n.kind === 'ENDORSEMENT')
        .organization.name,
    ).toBe(other.name);

    await t.gql(
      `mutation($o: ID!, $e: String!) { inviteMember(organizationId: $o, email: $e, role: MEMBER) { id } }`,
      { o: other.globalId, e: editor.email },
      endorser.session,
    );
    const invited = await t.gql<any>(
      `{ notifications(unreadOnly: true) { nodes { kind organization { name } } } }`,
      {},
      editor.session,
    );
    expect(invited.data.notifications.nodes[0]).toEqual({
      kind: 'INVITATION',
      organization: { name: other.name },
    });
  });
});
