import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fromGlobalId, toGlobalId } from '../src/common/relay/global-id';
import { verifyAllianceSignature } from '../src/webhooks/verify-signature';
import {
  addMember,
  createOrganization,
  createPatternRow,
  createPracticeRow,
  createThreadRow,
  createUser,
  databaseFingerprint,
  type FixtureUser,
} from './utils/fixtures';
import { startTestPlatform, type TestPlatform } from './utils/test-platform';
import { eventually } from './utils/waiting';

/** What a local receiver got: one entry per request. */
interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  at: number;
}

/**
 * A webhook receiver on 127.0.0.1. Paths decide the answer: /fail… → 500, /flaky… → 500 the
 * first time then 200, /hang… → never answers, anything else → 200.
 */
class Receiver {
  private server?: Server;
  readonly received: Received[] = [];

  async start() {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const path = req.url ?? '/';
        const earlier = this.on(path).length;
        this.received.push({
          path,
          headers: req.headers,
          body: Buffer.concat(chunks).toString('utf8'),
          at: Date.now(),
        });
        if (path.startsWith('/hang')) return;
        const fail = path.startsWith('/fail') || (path.startsWith('/flaky') && earlier === 0);
        res
          .writeHead(fail ? 500 : 200, { 'content-type': 'text/plain' })
          .end(fail ? 'broken' : 'ok');
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return this;
  }

  url(path: string) {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}${path}`;
  }

  on(path: string) {
    return this.received.filter((r) => r.path === path);
  }

  bodies(path: string) {
    return this.on(path).map((r) => JSON.parse(r.body));
  }

  async stop() {
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }
}

/**
 * Fast retries for the tests: 300 ms, then 1.2 s (×4); three attempts; a 1 s timeout. Wide enough
 * that the job queue's pick-up latency (up to its 0.5 s poll under load) cannot invert the gaps.
 */
const WEBHOOK_ENV = {
  WEBHOOK_POLL_MS: '50',
  WEBHOOK_RETRY_MS: '300',
  WEBHOOK_MAX_ATTEMPTS: '3',
  WEBHOOK_TIMEOUT_MS: '1000',
  WEBHOOK_SECRET_KEY: randomBytes(32).toString('base64'),
};

const CREATE = `mutation($o: ID!, $i: WebhookInput!) { createWebhook(organizationId: $o, input: $i) { secret webhook { id url events active } } }`;
const WEBHOOK_FIELDS = `id url events description active disabledReason consecutiveFailures`;
const DELIVERY_FIELDS = `id event status attempts responseStatus responseTimeMs error payload lastAttemptAt nextAttemptAt deliveredAt`;
const ORG_WEBHOOKS = `query($slug: String!) { organization(slug: $slug) { webhooks { ${WEBHOOK_FIELDS} deliveries(first: 50) { totalCount nodes { ${DELIVERY_FIELDS} } } } } }`;

describe('webhooks', () => {
  let t: TestPlatform;
  const receiver = new Receiver();
  const savedEnv: Record<string, string | undefined> = {};

  beforeAll(async () => {
    await receiver.start();
    for (const [key, value] of Object.entries(WEBHOOK_ENV)) {
      savedEnv[key] = process.env[key];
      process.env[key] = value;
    }
    t = await startTestPlatform();
  });
  afterAll(async () => {
    await t?.close();
    await receiver.stop();
    for (const [key, value] of Object.entries(savedEnv)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });

  async function adminOf(org: { id: string }): Promise<FixtureUser> {
    const admin = await createUser(t.db);
    await addMember(t.db, org.id, admin.id, 'ADMIN');
    return admin;
  }

  async function webhook(
    org: { globalId: string },
    admin: FixtureUser,
    path: string,
    events: string[],
  ) {
    const res = await t.gql<any>(
      CREATE,
      { o: org.globalId, i: { url: receiver.url(path), events } },
      admin.session,
    );
    expect(res.errors).toBeUndefined();
    return {
      id: res.data.createWebhook.webhook.id as string,
      secret: res.data.createWebhook.secret as string,
    };
  }

  /** Nothing left to fan out and nothing waiting to be sent (or retried). */
  const quiet = () =>
    eventually(
      async () =>
        (
          await t.db.query(
            `SELECT (SELECT count(*) FROM webhook_event WHERE dispatched_at IS NULL) + (SELECT count(*) FROM webhook_delivery WHERE status = 'PENDING') AS n`,
          )
        )[0].n,
      (n) => Number(n) === 0,
      'the webhook worker to finish',
    );

  const deliveriesOf = async (webhookId: string) =>
    t.db.query(
      `SELECT status, attempts, response_status, error FROM webhook_delivery WHERE webhook_id = $1 ORDER BY created_at`,
      [fromGlobalId(webhookId)!.id],
    );

  it('signs a published public practice; the documented snippet verifies the delivery', async () => {
    const subscriber = await createOrganization(t.db);
    const admin = await adminOf(subscriber);
    const hook = await webhook(subscriber, admin, '/signed', [
      'PRACTICE_PUBLISHED',
      'PRACTICE_UPDATED',
    ]);
    expect(hook.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    // Encrypted at rest (WEBHOOK_SECRET_KEY is set): the secret is nowhere in the row.
    const [stored] = await t.db.query(`SELECT secret FROM webhook WHERE id = $1`, [
      fromGlobalId(hook.id)!.id,
    ]);
    expect(stored.secret).toMatch(/^v1:/);
    expect(stored.secret).not.toContain(hook.secret.slice(6));

    // An editor of another organization writes and publishes a practice through the API.
    const owner = await createOrganization(t.db, { verifiedAt: new Date() });
    const editor = await createUser(t.db);
    await addMember(t.db, owner.id, editor.id, 'EDITOR');
    const input = {
      title: 'Signed beacon for recruitment agencies',
      summary: 'A registry that checks licences of recruitment agencies before workers sign.',
      focusAreas: ['PREVENTION'],
      status: 'ACTIVE',
      evidenceLevel: 'NONE',
      survivorInvolvement: 'NONE',
      contact: 'Reach Jane Doe at jane@example.org',
    };
    const created = await t.gql<any>(
      `mutation($o: ID!, $i: PracticeInput!) { createPractice(organizationId: $o, input: $i) { id slug } }`,
      { o: owner.globalId, i: input },
      editor.session,
    );
    const { id: practiceId, slug } = created.data.createPractice;
    await t.gql(
      `mutation($id: ID!) { publishPractice(id: $id) { state } }`,
      { id: practiceId },
      editor.session,
    );

    const [request] = await eventually(
      async () => receiver.on('/signed'),
      (r) => r.length >= 1,
      'the delivery',
    );
    expect(request.headers).toMatchObject({
      'content-type': 'application/json',
      'user-agent': 'AllianceCommons-Webhooks/1',
      'x-alliance-event': 'practice.published',
      'x-alliance-timestamp': expect.stringMatching(/^\d{10}$/),
      'x-alliance-signature': expect.stringMatching(/^sha256=[0-9a-f]{64}$/),
    });
    const timestamp = request.headers['x-alliance-timestamp'] as string;
    const signature = request.headers['x-alliance-signature'] as string;
    expect(Math.abs(Number(timestamp) - Date.now() / 1000)).toBeLessThan(60);
    // The receiver's check, exactly as docs/webhooks.md shows it.
    expect(verifyAllianceSignature(hook.secret, request.body, timestamp, signature)).toBe(true);
    expect(
      verifyAllianceSignature(hook.secret, Buffer.from(request.body), timestamp, signature),
    ).toBe(true);
    expect(verifyAllianceSignature('whsec_someone-else', request.body, timestamp, signature)).toBe(
      false,
    );
    expect(
      verifyAllianceSignature(
        hook.secret,
        request.body.replace('Signed', 'Forged'),
        timestamp,
        signature,
      ),
    ).toBe(false);
    expect(
      verifyAllianceSignature(hook.secret, request.body, String(Number(timestamp) + 1), signature),
    ).toBe(false);
    expect(
      verifyAllianceSignature(
        hook.secret,
        request.body,
        timestamp,
        signature,
        Number(timestamp) + 301,
      ),
    ).toBe(false);
    expect(verifyAllianceSignature(hook.secret, request.body, timestamp, undefined)).toBe(false);

    const body = JSON.parse(request.body);
    expect(body).toEqual({
      id: request.headers['x-alliance-delivery'],
      type: 'practice.published',
      occurredAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      data: {
        practice: {
          id: practiceId,
          slug,
          title: input.title,
          summary: input.summary,
          url: `http://localhost:3000/practices/${slug}`,
          organization: { id: owner.globalId, slug: owner.slug, name: owner.name },
        },
      },
    });
    expect(fromGlobalId(body.id)!.type).toBe('WebhookDelivery');
    // Small, and nothing about people: no contact, no author, no email address.
    expect(request.body.length).toBeLessThan(1000);
    expect(request.body).not.toMatch(/@|jane|Doe/i);

    // The delivery log, as the organization's admin reads it.
    await quiet();
    const log = await t.gql<any>(ORG_WEBHOOKS, { slug: subscriber.slug }, admin.session);
    expect(log.data.organization.webhooks).toHaveLength(1);
    expect(log.data.organization.webhooks[0].deliveries.nodes[0]).toMatchObject({
      id: body.id,
      event: 'PRACTICE_PUBLISHED',
      status: 'SUCCEEDED',
      attempts: 1,
      responseStatus: 200,
      responseTimeMs: expect.any(Number),
      error: null,
      payload: request.body,
      nextAttemptAt: null,
      deliveredAt: expect.any(String),
    });

    // An edit of the published practice: practice.updated with what changed.
    const renamed = 'Signed lighthouse for recruitment agencies';
    await t.gql(
      `mutation($id: ID!, $i: PracticeInput!) { updatePractice(id: $id, input: $i) { id } }`,
      { id: practiceId, i: { ...input, title: renamed } },
      editor.session,
    );
    const [, updated] = await eventually(
      async () => receiver.on('/signed'),
      (r) => r.length >= 2,
      'the update',
    );
    expect(updated.headers['x-alliance-event']).toBe('practice.updated');
    expect(JSON.parse(updated.body).data).toMatchObject({
      practice: { id: practiceId, title: renamed },
      changedFields: ['title'],
    });
    expect(
      verifyAllianceSignature(
        hook.secret,
        updated.body,
        updated.headers['x-alliance-timestamp'] as string,
        updated.headers['x-alliance-signature'] as string,
      ),
    ).toBe(true);

    // A new secret signs what is sent from now on; the old one no longer verifies.
    const rotated = await t.gql<any>(
      `mutation($id: ID!) { rotateWebhookSecret(id: $id) { secret webhook { id } } }`,
      { id: hook.id },
      admin.session,
    );
    const secret = rotated.data.rotateWebhookSecret.secret;
    expect(secret).not.toBe(hook.secret);
    const ping = await t.gql<any>(
      `mutation($id: ID!) { sendTestWebhook(id: $id) { id event status } }`,
      { id: hook.id },
      admin.session,
    );
    expect(ping.data.sendTestWebhook).toMatchObject({ event: 'PING', status: 'PENDING' });
    const [, , pinged] = await eventually(
      async () => receiver.on('/signed'),
      (r) => r.length >= 3,
      'the ping',
    );
    expect(JSON.parse(pinged.body)).toMatchObject({
      id: ping.data.sendTestWebhook.id,
      type: 'ping',
      data: { webhook: { id: hook.id } },
    });
    const headers = [
      pinged.headers['x-alliance-timestamp'] as string,
      pinged.headers['x-alliance-signature'] as string,
    ] as const;
    expect(verifyAllianceSignature(secret, pinged.body, ...headers)).toBe(true);
    expect(verifyAllianceSignature(hook.secret, pinged.body, ...headers)).toBe(false);
  });

  it('delivers only what each organization may see', async () => {
    const owner = await createOrganization(t.db, { verifiedAt: new Date() });
    const unverified = await createOrganization(t.db);
    const verified = await createOrganization(t.db, { verifiedAt: new Date() });
    const government = await createOrganization(t.db, {
      verifiedAt: new Date(),
      stakeholderType: 'GOVERNMENT',
    });
    const events = ['PRACTICE_PUBLISHED', 'THREAD_CREATED', 'POST_CREATED'];
    await webhook(unverified, await adminOf(unverified), '/vis-unverified', events);
    await webhook(verified, await adminOf(verified), '/vis-verified', events);
    await webhook(government, await adminOf(government), '/vis-government', events);

    const open = await createPracticeRow(t.db, owner.id, { visibility: 'PUBLIC' });
    const members = await createPracticeRow(t.db, owner.id, { visibility: 'MEMBERS' });
    const restricted = await createPracticeRow(t.db, owner.id, {
      visibility: 'RESTRICTED',
      visibleTo: ['GOVERNMENT'],
    });
    await createPracticeRow(t.db, owner.id, { state: 'DRAFT', publishedAt: null });
    const author = await createUser(t.db);
    const publicThread = await createThreadRow(t.db, author.id, { categorySlug: 'research-data' });
    const membersThread = await createThreadRow(t.db, author.id, {
      categorySlug: 'law-enforcement-exchange',
    });
    // Hidden (e.g. by the automatic filter) and removed posts are never sent.
    await t.db.query(
      `INSERT INTO post (thread_id, author_id, body, hidden_at) VALUES ($1, $2, 'Hidden reply', now())`,
      [publicThread.id, author.id],
    );
    await t.db.query(
      `INSERT INTO post (thread_id, author_id, body, deleted_at) VALUES ($1, $2, 'Removed reply', now())`,
      [publicThread.id, author.id],
    );
    await quiet();

    const ours = [open, members, restricted]
      .map((p) => p.globalId)
      .concat([publicThread, membersThread].map((th) => th.globalId));
    const seen = (path: string) =>
      receiver
        .bodies(path)
        .filter((b) => ours.some((id) => JSON.stringify(b.data).includes(id)))
        .map((b) => `${b.type} ${b.data.practice?.id ?? b.data.thread?.id ?? b.data.post?.id}`)
        .sort();
    const expected = (...items: string[]) => items.sort();
    const everyone = [
      `practice.published ${open.globalId}`,
      `thread.created ${publicThread.globalId}`,
      `post.created ${publicThread.postGlobalId}`,
    ];
    const membersOnly = [
      `practice.published ${members.globalId}`,
      `thread.created ${membersThread.globalId}`,
      `post.created ${membersThread.postGlobalId}`,
    ];
    expect(seen('/vis-unverified')).toEqual(expected(...everyone));
    expect(seen('/vis-verified')).toEqual(expected(...everyone, ...membersOnly));
    expect(seen('/vis-government')).toEqual(
      expected(...everyone, ...membersOnly, `practice.published ${restricted.globalId}`),
    );
    // The thread and post payloads: links into the web app, an excerpt, no author.
    const post = receiver
      .bodies('/vis-verified')
      .find((b) => b.data.post?.id === membersThread.postGlobalId);
    expect(post.data.post).toEqual({
      id: membersThread.postGlobalId,
      threadId: membersThread.globalId,
      url: `http://localhost:3000/discussions/${membersThread.globalId}#post-${membersThread.postGlobalId}`,
      excerpt: 'First post',
    });
    const thread = receiver
      .bodies('/vis-verified')
      .find((b) => b.data.thread?.id === membersThread.globalId);
    expect(thread.data.thread).toEqual({
      id: membersThread.globalId,
      title: 'Fixture thread',
      kind: 'DISCUSSION',
      url: `http://localhost:3000/discussions/${membersThread.globalId}`,
      category: { slug: 'law-enforcement-exchange', name: 'Law-enforcement exchange' },
      practiceId: null,
    });
  });

  it('sends threads and posts about a restricted misuse pattern only to organizations that may see the pattern', async () => {
    const owner = await createOrganization(t.db, { verifiedAt: new Date() });
    const civil = await createOrganization(t.db, { verifiedAt: new Date() });
    const government = await createOrganization(t.db, {
      verifiedAt: new Date(),
      stakeholderType: 'GOVERNMENT',
    });
    await webhook(civil, await adminOf(civil), '/pattern-civil', [
      'THREAD_CREATED',
      'POST_CREATED',
    ]);
    await webhook(government, await adminOf(government), '/pattern-government', [
      'THREAD_CREATED',
      'POST_CREATED',
    ]);
    const restricted = await createPatternRow(t.db, owner.id, {
      visibility: 'RESTRICTED',
      visibleTo: ['GOVERNMENT'],
    });
    const open = await createPatternRow(t.db, owner.id);
    const official = await createUser(t.db);
    await addMember(t.db, government.id, official.id, 'MEMBER');
    const [category] = await t.db.query(
      `SELECT id FROM discussion_category WHERE slug = 'partnerships'`,
    );
    const partnerships = toGlobalId('DiscussionCategory', category.id);
    const start = async (input: Record<string, unknown>) =>
      (
        await t.gql<any>(
          `mutation($i: StartThreadInput!) { startThread(input: $i) { id thread { id } } }`,
          { i: input },
          official.session,
        )
      ).data.startThread as { id: string; thread: { id: string } };
    // The restricted pattern's own discussion and a call for partners about it; a call about the open one.
    const discussion = await start({
      misusePatternId: restricted.globalId,
      body: 'Seen at the border crossing.',
    });
    const call = await start({
      categoryId: partnerships,
      misusePatternId: restricted.globalId,
      title: 'Call for partners: border recruiters',
      body: 'Partners wanted.',
    });
    const openCall = await start({
      categoryId: partnerships,
      misusePatternId: open.globalId,
      title: 'Call for partners: open pattern',
      body: 'Anyone?',
    });
    await quiet();

    const threads = [discussion, call, openCall].map((s) => s.thread.id);
    const seen = (path: string) =>
      receiver
        .bodies(path)
        .filter((b) => threads.includes(b.data.thread?.id ?? b.data.post?.threadId))
        .map((b) => `${b.type} ${b.data.thread?.id ?? b.data.post?.id}`)
        .sort();
    const about = (s: { id: string; thread: { id: string } }) => [
      `thread.created ${s.thread.id}`,
      `post.created ${s.id}`,
    ];
    expect(seen('/pattern-civil')).toEqual(about(openCall).sort());
    expect(seen('/pattern-government')).toEqual(
      [...about(discussion), ...about(call), ...about(openCall)].sort(),
    );
  });

  it('does not send what stopped being visible before it was sent', async () => {
    const org = await createOrganization(t.db);
    const hook = await webhook(org, await adminOf(org), '/withdrawn', ['PRACTICE_PUBLISHED']);
    const owner = await createOrganization(t.db);
    // Published and, in the same transaction, restricted: visibility is judged on the current state.
    await t.db.transaction(async (em) => {
      const [p] = await em.query(
        `INSERT INTO practice (slug, title, summary, organization_id, state, visibility, focus_areas, status, evidence_level, survivor_involvement, published_at)
         VALUES ($1, 'Withdrawn practice', 'A practice restricted right after publication.', $2, 'PUBLISHED', 'PUBLIC', '{PREVENTION}', 'ACTIVE', 'NONE', 'NONE', now()) RETURNING id`,
        [`withdrawn-${randomBytes(3).toString('hex')}`, owner.id],
      );
      await em.query(
        `UPDATE practice SET visibility = 'RESTRICTED', visible_to = '{MEDIA}' WHERE id = $1`,
        [p.id],
      );
    });
    await quiet();
    expect(receiver.on('/withdrawn')).toEqual([]);
    expect(await deliveriesOf(hook.id)).toEqual([]);

    // Visible when published, restricted while its delivery waits for a retry: the retry is not sent.
    const retrying = await webhook(org, await adminOf(org), '/fail-withdrawn', [
      'PRACTICE_PUBLISHED',
    ]);
    const practice = await createPracticeRow(t.db, owner.id);
    await eventually(
      () => deliveriesOf(retrying.id),
      (d) => d[0]?.attempts >= 1,
      'the first attempt',
    );
    await t.db.query(
      `UPDATE practice SET visibility = 'RESTRICTED', visible_to = '{MEDIA}' WHERE id = $1`,
      [practice.id],
    );
    const [given] = await eventually(
      () => deliveriesOf(retrying.id),
      (d) => d[0]?.status === 'FAILED',
      'the delivery to be dropped',
    );
    expect(given).toMatchObject({
      error: 'Not sent: the subject is no longer visible to this organization.',
    });
    expect(given.attempts).toBeLessThan(3);
    expect(receiver.on('/fail-withdrawn')).toHaveLength(given.attempts);
    const [{ consecutive_failures }] = await t.db.query(
      `SELECT consecutive_failures FROM webhook WHERE id = $1`,
      [fromGlobalId(retrying.id)!.id],
    );
    expect(consecutive_failures).toBe(0);
    await t.db.query(`DELETE FROM webhook WHERE id = $1`, [fromGlobalId(retrying.id)!.id]);
  });

  it('retries a failing receiver with growing delays and logs every attempt', async () => {
    const org = await createOrganization(t.db);
    const admin = await adminOf(org);

    // Fails once, then succeeds: delivered on the second attempt, with the same id and body.
    const flaky = await webhook(org, admin, '/flaky', ['THREAD_CREATED']);
    await t.gql(
      `mutation($id: ID!) { sendTestWebhook(id: $id) { id } }`,
      { id: flaky.id },
      admin.session,
    );
    await eventually(
      () => deliveriesOf(flaky.id),
      (d) => d[0]?.status === 'SUCCEEDED',
      'the second attempt to succeed',
    );
    const [first, second] = receiver.on('/flaky');
    expect(second.headers['x-alliance-delivery']).toBe(first.headers['x-alliance-delivery']);
    expect(second.body).toBe(first.body);
    expect(second.at - first.at).toBeGreaterThanOrEqual(90);
    expect(await deliveriesOf(flaky.id)).toEqual([
      { status: 'SUCCEEDED', attempts: 2, response_status: 200, error: null },
    ]);

    // Always 500: three attempts (WEBHOOK_MAX_ATTEMPTS), 100 ms then 400 ms apart, then FAILED.
    const failing = await webhook(org, admin, '/fail-retries', ['THREAD_CREATED']);
    const queued = await t.gql<any>(
      `mutation($id: ID!) { sendTestWebhook(id: $id) { id status attempts } }`,
      { id: failing.id },
      admin.session,
    );
    expect(queued.data.sendTestWebhook).toMatchObject({ status: 'PENDING', attempts: 0 });
    // Asking again while it is pending gives the same delivery, not another one.
    const again = await t.gql<any>(
      `mutation($id: ID!) { sendTestWebhook(id: $id) { id } }`,
      { id: failing.id },
      admin.session,
    );
    expect(again.data.sendTestWebhook.id).toBe(queued.data.sendTestWebhook.id);
    await eventually(
      () => deliveriesOf(failing.id),
      (d) => d[0]?.status === 'FAILED',
      'the delivery to be given up',
    );
    const attempts = receiver.on('/fail-retries');
    expect(attempts).toHaveLength(3);
    expect(new Set(attempts.map((a) => a.headers['x-alliance-delivery']))).toEqual(
      new Set([queued.data.sendTestWebhook.id]),
    );
    const gaps = [attempts[1].at - attempts[0].at, attempts[2].at - attempts[1].at];
    expect(gaps[0]).toBeGreaterThanOrEqual(90);
    expect(gaps[1]).toBeGreaterThanOrEqual(390);
    expect(gaps[1]).toBeGreaterThan(gaps[0]);

    const log = await t.gql<any>(ORG_WEBHOOKS, { slug: org.slug }, admin.session);
    const failed = log.data.organization.webhooks.find((w: any) => w.id === failing.id);
    expect(failed).toMatchObject({ active: true, consecutiveFailures: 1 });
    expect(failed.deliveries.nodes).toEqual([
      expect.objectContaining({
        event: 'PING',
        status: 'FAILED',
        attempts: 3,
        responseStatus: 500,
        error: expect.stringContaining('HTTP 500'),
        nextAttemptAt: null,
        deliveredAt: null,
        lastAttemptAt: expect.any(String),
      }),
    ]);
    expect(log.data.organization.webhooks.find((w: any) => w.id === flaky.id)).toMatchObject({
      consecutiveFailures: 0,
    });

    // A receiver that never answers: the attempt ends at the timeout (WEBHOOK_TIMEOUT_MS).
    const hanging = await webhook(org, admin, '/hang', ['THREAD_CREATED']);
    await t.gql(
      `mutation($id: ID!) { sendTestWebhook(id: $id) { id } }`,
      { id: hanging.id },
      admin.session,
    );
    const [timedOut] = await eventually(
      () => deliveriesOf(hanging.id),
      (d) => d[0]?.attempts >= 1,
      'the attempt to time out',
    );
    expect(timedOut).toMatchObject({ response_status: null, error: 'No response within 1 s.' });
    for (const hook of [hanging, failing, flaky])
      await t.gql(`mutation($id: ID!) { deleteWebhook(id: $id) }`, { id: hook.id }, admin.session);
  });

  it('disables a webhook after 10 deliveries failed in a row, until an admin enables it', async () => {
    const org = await createOrganization(t.db);
    const admin = await adminOf(org);
    const hook = await webhook(org, admin, '/fail-down', ['POST_CREATED']);
    const author = await createUser(t.db);
    const [category] = await t.db.query(
      `SELECT id FROM discussion_category WHERE slug = 'research-data'`,
    );
    const [thread] = await t.db.query(
      `INSERT INTO thread (category_id, title, author_id) VALUES ($1, 'Ten replies', $2) RETURNING id`,
      [category.id, author.id],
    );
    await t.db.query(
      `INSERT INTO post (thread_id, author_id, body) SELECT $1, $2, 'Reply ' || g FROM generate_series(1, 10) g`,
      [thread.id, author.id],
    );

    const disabled = await eventually(
      async () =>
        (await t.gql<any>(ORG_WEBHOOKS, { slug: org.slug }, admin.session)).data.organization
          .webhooks[0],
      (w) => w.active === false,
      'the webhook to be disabled',
    );
    expect(disabled).toMatchObject({
      consecutiveFailures: 10,
      disabledReason: expect.stringMatching(
        /^Disabled after 10 failed deliveries in a row \(last: .*HTTP 500/,
      ),
    });
    await quiet();
    const log = await deliveriesOf(hook.id);
    expect(log).toHaveLength(10);
    expect(
      log.every((d: any) => d.status === 'FAILED' && d.attempts === 3 && d.response_status === 500),
    ).toBe(true);
    expect(receiver.on('/fail-down')).toHaveLength(30);
    const sent = receiver.on('/fail-down').length;

    // While disabled, new events are not queued for it, and a test cannot be sent.
    await t.db.query(
      `INSERT INTO post (thread_id, author_id, body) VALUES ($1, $2, 'While disabled')`,
      [thread.id, author.id],
    );
    const refused = await t.gql<any>(
      `mutation($id: ID!) { sendTestWebhook(id: $id) { id } }`,
      { id: hook.id },
      admin.session,
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    await quiet();
    expect(await deliveriesOf(hook.id)).toHaveLength(log.length);
    expect(receiver.on('/fail-down')).toHaveLength(sent);

    const enabled = await t.gql<any>(
      `mutation($id: ID!) { enableWebhook(id: $id) { ${WEBHOOK_FIELDS} } }`,
      { id: hook.id },
      admin.session,
    );
    expect(enabled.data.enableWebhook).toMatchObject({
      active: true,
      consecutiveFailures: 0,
      disabledReason: null,
    });
    await t.gql(`mutation($id: ID!) { deleteWebhook(id: $id) }`, { id: hook.id }, admin.session);
    expect(
      await t.db.query(`SELECT 1 FROM webhook WHERE id = $1`, [fromGlobalId(hook.id)!.id]),
    ).toEqual([]);
  });

  it('writes events in the writing transaction: a rolled-back write leaves none', async () => {
    const org = await createOrganization(t.db);
    await webhook(org, await adminOf(org), '/rollback', [
      'PRACTICE_PUBLISHED',
      'PRACTICE_UPDATED',
      'THREAD_CREATED',
      'POST_CREATED',
    ]);
    const owner = await createOrganization(t.db);
    const author = await createUser(t.db);
    const count = async (em: { query: (sql: string) => Promise<{ n: number }[]> } = t.db) =>
      (await em.query(`SELECT count(*)::int AS n FROM webhook_event`))[0].n;
    const before = await count();
    let inside = 0;
    await expect(
      t.db.transaction(async (em) => {
        const [p] = await em.query(
          `INSERT INTO practice (slug, title, summary, organization_id, state, focus_areas, status, evidence_level, survivor_involvement, published_at)
           VALUES ($1, 'Rolled back', 'A practice that is never committed.', $2, 'PUBLISHED', '{PREVENTION}', 'ACTIVE', 'NONE', 'NONE', now()) RETURNING id`,
          [`rolled-back-${randomBytes(3).toString('hex')}`, owner.id],
        );
        await em.query(`UPDATE practice SET title = 'Rolled back, renamed' WHERE id = $1`, [p.id]);
        const [category] = await em.query(
          `SELECT id FROM discussion_category WHERE slug = 'research-data'`,
        );
        const [th] = await em.query(
          `INSERT INTO thread (category_id, title, author_id) VALUES ($1, 'Rolled back', $2) RETURNING id`,
          [category.id, author.id],
        );
        await em.query(
          `INSERT INTO post (thread_id, author_id, body) VALUES ($1, $2, 'Never committed')`,
          [th.id, author.id],
        );
        inside = (await count(em)) - before;
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    // Inside the transaction the four events existed; after the rollback none does.
    expect(inside).toBe(4);
    expect(await count()).toBe(before);
    await quiet();
    expect(receiver.on('/rollback')).toEqual([]);
  });

  it('shows webhooks and their deliveries to the organization’s admins only, and never the secret', async () => {
    const org = await createOrganization(t.db);
    const admin = await adminOf(org);
    await webhook(org, admin, '/listed', ['THREAD_CREATED']);
    const member = await createUser(t.db);
    await addMember(t.db, org.id, member.id, 'EDITOR');
    const otherAdmin = await adminOf(await createOrganization(t.db));
    const platformAdmin = await createUser(t.db, { platformRole: 'ADMIN' });
    const list = async (headers: Record<string, string>) =>
      (await t.gql<any>(ORG_WEBHOOKS, { slug: org.slug }, headers)).data.organization.webhooks;
    expect(await list(admin.session)).toHaveLength(1);
    expect(await list(platformAdmin.session)).toHaveLength(1);
    expect(await list(member.session)).toEqual([]);
    expect(await list(otherAdmin.session)).toEqual([]);
    expect(await list({})).toEqual([]);
    const fields = await t.gql<any>(`{ __type(name: "Webhook") { fields { name } } }`);
    expect(fields.data.__type.fields.map((f: any) => f.name)).not.toContain('secret');
    await t.db.query(`DELETE FROM webhook WHERE organization_id = $1`, [org.id]);
  });

  it('refuses bad input with BAD_USER_INPUT and changes nothing', async () => {
    const org = await createOrganization(t.db);
    const admin = await adminOf(org);
    const existing = await webhook(org, admin, '/bad-input', ['THREAD_CREATED']);
    await quiet();
    const valid = { url: receiver.url('/bad-input'), events: ['THREAD_CREATED'] };
    const cases: [string, Record<string, unknown>, string?][] = [
      ['unknown event name', { ...valid, events: ['PRACTICE_DELETED'] }],
      ['ping cannot be subscribed to', { ...valid, events: ['PING'] }, 'events.0'],
      ['no events', { ...valid, events: [] }, 'events'],
      ['not a URL', { ...valid, url: 'hooks.example.net/x' }, 'url'],
      ['ftp', { ...valid, url: 'ftp://hooks.example.net/x' }, 'url'],
      ['plain http to a remote host', { ...valid, url: 'http://hooks.example.net/x' }, 'url'],
      ['credentials in the URL', { ...valid, url: 'https://user:pass@hooks.example.net/x' }, 'url'],
      ['description too long', { ...valid, description: 'x'.repeat(501) }, 'description'],
    ];
    for (const [what, input, field] of cases) {
      const before = await databaseFingerprint(t.db);
      const created = await t.gql<any>(CREATE, { o: org.globalId, i: input }, admin.session);
      expect({ what, code: created.errors?.[0]?.extensions?.code }).toEqual({
        what,
        code: 'BAD_USER_INPUT',
      });
      if (field)
        expect({ what, field: created.errors![0].extensions!.fieldErrors }).toEqual({
          what,
          field: [expect.objectContaining({ field })],
        });
      const updated = await t.gql<any>(
        `mutation($id: ID!, $i: WebhookInput!) { updateWebhook(id: $id, input: $i) { id } }`,
        { id: existing.id, i: input },
        admin.session,
      );
      expect({ what, code: updated.errors?.[0]?.extensions?.code }).toEqual({
        what,
        code: 'BAD_USER_INPUT',
      });
      expect(await databaseFingerprint(t.db)).toBe(before);
    }

    // At most 10 per organization.
    for (let i = 2; i <= 10; i++) await webhook(org, admin, `/bad-input-${i}`, ['THREAD_CREATED']);
    await quiet();
    const before = await databaseFingerprint(t.db);
    const eleventh = await t.gql<any>(CREATE, { o: org.globalId, i: valid }, admin.session);
    expect(eleventh.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(eleventh.errors?.[0]?.message).toMatch(/at most 10 webhooks/);
    expect(await databaseFingerprint(t.db)).toBe(before);
    expect(
      (
        await t.db.query(`SELECT count(*)::int AS n FROM webhook WHERE organization_id = $1`, [
          org.id,
        ])
      )[0].n,
    ).toBe(10);
    await t.db.query(`DELETE FROM webhook WHERE organization_id = $1`, [org.id]);
  });

  it('in production, accepts https to public hosts only', async () => {
    // A second instance on the same database with NODE_ENV=production; its worker stays off.
    process.env.WEBHOOK_POLL_MS = '0';
    const production = await startTestPlatform({
      NODE_ENV: 'production',
      DATABASE_URL: t.platform.databaseUrl,
    }).finally(() => {
      process.env.WEBHOOK_POLL_MS = WEBHOOK_ENV.WEBHOOK_POLL_MS;
    });
    try {
      const org = await createOrganization(t.db);
      const admin = await adminOf(org);
      await quiet();
      for (const url of [
        receiver.url('/production'),
        'http://hooks.example.net/alliance',
        'https://127.0.0.1/hook',
        'https://localhost/hook',
        'https://api.localhost/hook',
        'https://10.1.2.3/hook',
        'https://192.168.1.10/hook',
        'https://169.254.169.254/latest/meta-data',
        'https://[::1]/hook',
        'https://[fd00::1]/hook',
        'https://[::ffff:127.0.0.1]/hook',
        'https://0x7f000001/hook',
        'https://intranet/hook',
      ]) {
        const before = await databaseFingerprint(t.db);
        const res = await production.gql<any>(
          CREATE,
          { o: org.globalId, i: { url, events: ['PRACTICE_PUBLISHED'] } },
          admin.session,
        );
        expect({
          url,
          code: res.errors?.[0]?.extensions?.code,
          field: (res.errors?.[0]?.extensions?.fieldErrors as any)?.[0]?.field,
        }).toEqual({ url, code: 'BAD_USER_INPUT', field: 'url' });
        expect(await databaseFingerprint(t.db)).toBe(before);
      }
      const ok = await production.gql<any>(
        CREATE,
        {
          o: org.globalId,
          i: { url: 'https://hooks.example.net/alliance', events: ['PRACTICE_PUBLISHED'] },
        },
        admin.session,
      );
      expect(ok.data.createWebhook.webhook).toMatchObject({
        url: 'https://hooks.example.net/alliance',
        active: true,
      });
      await production.gql(
        `mutation($id: ID!) { deleteWebhook(id: $id) }`,
        { id: ok.data.createWebhook.webhook.id },
        admin.session,
      );
    } finally {
      await production.platform.close();
    }
  });

  it('audits what admins do, naming the host only', async () => {
    const org = await createOrganization(t.db);
    const admin = await adminOf(org);
    const res = await t.gql<any>(
      CREATE,
      {
        o: org.globalId,
        i: { url: receiver.url('/audited?token=receiver-secret'), events: ['THREAD_CREATED'] },
      },
      admin.session,
    );
    const id = res.data.createWebhook.webhook.id;
    await t.gql(
      `mutation($id: ID!) { rotateWebhookSecret(id: $id) { secret } }`,
      { id },
      admin.session,
    );
    await t.gql(`mutation($id: ID!) { deleteWebhook(id: $id) }`, { id }, admin.session);
    const rows = await t.db.query(
      `SELECT action, actor_id, details FROM audit_event WHERE subject_type = 'Webhook' AND subject_id = $1 ORDER BY id`,
      [fromGlobalId(id)!.id],
    );
    expect(rows.map((r: any) => r.action)).toEqual([
      'webhook.created',
      'webhook.secret_rotated',
      'webhook.deleted',
    ]);
    expect(rows.every((r: any) => r.actor_id === admin.id)).toBe(true);
    expect(rows[0].details).toEqual({
      organizationId: org.globalId,
      host: new URL(receiver.url('/')).host,
      events: ['thread.created'],
    });
    expect(JSON.stringify(rows)).not.toContain('receiver-secret');
    expect(JSON.stringify(rows)).not.toContain(res.data.createWebhook.secret);
  });

  it('documents exactly the verification function the tests use', () => {
    const source = readFileSync(join(__dirname, '../src/webhooks/verify-signature.ts'), 'utf8');
    const snippet = /\/\/ --- snippet start ---\n([\s\S]*?)\/\/ --- snippet end ---/
      .exec(source)![1]
      .trim();
    const docs = readFileSync(join(__dirname, '../../../docs/webhooks.md'), 'utf8');
    const blocks = [...docs.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1].trim());
    expect(blocks).toContain(snippet);
  });
});
