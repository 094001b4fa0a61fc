import { randomUUID } from 'node:crypto';
import { toGlobalId } from '../../src/common/relay/global-id';
import { hashSecret, newSecret } from '../../src/identity/secrets';
import {
  addMember,
  createCountermeasureRow,
  createOrganization,
  createOrganizationWithEditor,
  createPatternRow,
  createPracticeRow,
  createUser,
  databaseFingerprint,
  type FixtureUser,
} from '../utils/fixtures';
import { startTestPlatform, type TestPlatform } from '../utils/test-platform';

/**
 * Finding 9 (existence): a mutation on something the caller may not see answers exactly as it
 * does for an id that names nothing — NOT_FOUND, the same message, nothing changed — so the
 * answer reveals neither that a government-only practice exists nor that a webhook id is real.
 * FORBIDDEN stays for what the caller can see but may not change.
 */
const PRACTICE_INPUT = `{ title: "Oracle practice", summary: "A practice written by the existence-oracle test.", focusAreas: [PREVENTION], status: PILOT, evidenceLevel: NONE, survivorInvolvement: NONE }`;
const PATTERN_INPUT = `{ title: "Oracle pattern", summary: "A pattern written by the existence-oracle test.", stages: [RECRUITMENT], technologies: [SOCIAL_MEDIA], trend: EMERGING }`;

interface Hidden {
  practice: string;
  draft: string;
  pattern: string;
  draftPattern: string;
  countermeasure: string;
  post: string;
  question: string;
  invitation: string;
  joinRequest: string;
  webhook: string;
  presentation: string;
  session: string;
}

/** Each mutation, with the variables naming `id` (an invisible item, or a random id of its type). */
const CASES: {
  name: string;
  query: string;
  type: string;
  vars: (id: string, h: Hidden) => Record<string, unknown>;
  hidden: keyof Hidden;
}[] = [
  {
    name: 'updatePractice',
    type: 'Practice',
    hidden: 'practice',
    query: `mutation($id: ID!) { updatePractice(id: $id, input: ${PRACTICE_INPUT}) { id } }`,
    vars: (id) => ({ id }),
  },
  {
    name: 'archivePractice',
    type: 'Practice',
    hidden: 'practice',
    query: `mutation($id: ID!) { archivePractice(id: $id) { id } }`,
    vars: (id) => ({ id }),
  },
  {
    name: 'revertPracticeToDraft',
    type: 'Practice',
    hidden: 'practice',
    query: `mutation($id: ID!) { revertPracticeToDraft(id: $id) { id } }`,
    vars: (id) => ({ id }),
  },
  {
    name: 'publishPractice',
    type: 'Practice',
    hidden: 'draft',
    query: `mutation($id: ID!) { publishPractice(id: $id) { id } }`,
    vars: (id) => ({ id }),
  },
  {
    name: 'deletePractice',
    type: 'Practice',
    hidden: 'draft',
    query: `mutation($id: ID!) { deletePractice(id: $id) }`,
    vars: (id) => ({ id }),
  },
  {
    name: 'bookmarkPractice',
    type: 'Practice',
    hidden: 'practice',
    query: `mutation($id: ID!) { bookmarkPractice(id: $id) { id } }`,
    vars: (id) => ({ id }),
  },
  {
    name: 'updateMisusePattern',
    type: 'MisusePattern',
    hidden: 'pattern',
    query: `mutation($id: ID!) { updateMisusePattern(id: $id, input: ${PATTERN_INPUT}) { id } }`,
    vars: (id) => ({ id }),
  },
  {
    name: 'archiveMisusePattern',
    type: 'MisusePattern',
    hidden: 'pattern',
    query: `mutation($id: ID!) { archiveMisusePattern(id: $id) { id } }`,
    vars: (id) => ({ id }),
  },
  {
    name: 'deleteMisusePattern',
    type: 'MisusePattern',
    hidden: 'draftPattern',
    query: `mutation($id: ID!) { deleteMisusePattern(id: $id) }`,
    vars: (id) => ({ id }),
  },
  {
    name: 'updateCountermeasure',
    type: 'Countermeasure',
    hidden: 'countermeasure',
    query: `mutation($id: ID!) { updateCountermeasure(id: $id, input: { approach: PREVENTS, note: "x" }) { id } }`,
    vars: (id) => ({ id }),
  },
  {
    name: 'unlinkCountermeasure',
    type: 'Countermeasure',
    hidden: 'countermeasure',
    query: `mutation($id: ID!) { unlinkCountermeasure(id: $id) }`,
    vars: (id) => ({ id }),
  },
  {
    name: 'editPost',
    type: 'Post',
    hidden: 'post',
    query: `mutation($id: ID!) { editPost(id: $id, body: "Changed") { id } }`,
    vars: (id) => ({ id }),
  },
  {
    name: 'deletePost',
    type: 'Post',
    hidden: 'post',
    query: `mutation($id: ID!) { deletePost(id: $id) { id } }`,
    vars: (id) => ({ id }),
  },
  {
    name: 'acceptAnswer',
    type: 'Thread',
    hidden: 'question',
    query: `mutation($id: ID!) { acceptAnswer(threadId: $id, postId: null) { id } }`,
    vars: (id) => ({ id }),
  },
  {
    name: 'revokeInvitation',
    type: 'Invitation',
    hidden: 'invitation',
    query: `mutation($id: ID!) { revokeInvitation(id: $id) { id } }`,
    vars: (id) => ({ id }),
  },
  {
    name: 'approveJoinRequest',
    type: 'JoinRequest',
    hidden: 'joinRequest',
    query: `mutation($id: ID!) { approveJoinRequest(id: $id) { id } }`,
    vars: (id) => ({ id }),
  },
  {
    name: 'rejectJoinRequest',
    type: 'JoinRequest',
    hidden: 'joinRequest',
    query: `mutation($id: ID!) { rejectJoinRequest(id: $id) { id } }`,
    vars: (id) => ({ id }),
  },
  {
    name: 'updateWebhook',
    type: 'Webhook',
    hidden: 'webhook',
    query: `mutation($id: ID!) { updateWebhook(id: $id, input: { url: "https://hooks.example.net/x", events: [POST_CREATED] }) { id } }`,
    vars: (id) => ({ id }),
  },
  {
    name: 'rotateWebhookSecret',
    type: 'Webhook',
    hidden: 'webhook',
    query: `mutation($id: ID!) { rotateWebhookSecret(id: $id) { secret } }`,
    vars: (id) => ({ id }),
  },
  {
    name: 'enableWebhook',
    type: 'Webhook',
    hidden: 'webhook',
    query: `mutation($id: ID!) { enableWebhook(id: $id) { active } }`,
    vars: (id) => ({ id }),
  },
  {
    name: 'sendTestWebhook',
    type: 'Webhook',
    hidden: 'webhook',
    query: `mutation($id: ID!) { sendTestWebhook(id: $id) { status } }`,
    vars: (id) => ({ id }),
  },
  {
    name: 'deleteWebhook',
    type: 'Webhook',
    hidden: 'webhook',
    query: `mutation($id: ID!) { deleteWebhook(id: $id) }`,
    vars: (id) => ({ id }),
  },
  {
    name: 'unmarkPresented',
    type: 'EventPresentation',
    hidden: 'presentation',
    query: `mutation($id: ID!) { unmarkPresented(id: $id) }`,
    vars: (id) => ({ id }),
  },
  {
    name: 'markPresented',
    type: 'Practice',
    hidden: 'practice',
    query: `mutation($s: ID!, $id: ID!) { markPresented(sessionId: $s, itemId: $id) { id } }`,
    vars: (id, h) => ({ s: h.session, id }),
  },
];

describe('no existence oracles in mutations (finding 9)', () => {
  let t: TestPlatform;
  let caller: FixtureUser;
  let hidden: Hidden;
  let visible: { practice: string; pattern: string };

  beforeAll(async () => {
    t = await startTestPlatform();
    // The caller: an editor of a verified CIVIL_SOCIETY organization (sees public and members-only content).
    const mine = await createOrganizationWithEditor(t.db, { stakeholderType: 'CIVIL_SOCIETY' });
    caller = mine.editor;
    // A government organization whose restricted content and private records the caller may not see.
    const ministry = await createOrganization(t.db, {
      stakeholderType: 'GOVERNMENT',
      verifiedAt: new Date(),
    });
    const official = await createUser(t.db);
    await addMember(t.db, ministry.id, official.id, 'ADMIN');
    const restricted = { visibility: 'RESTRICTED' as const, visibleTo: ['GOVERNMENT' as const] };
    const practice = await createPracticeRow(t.db, ministry.id, restricted);
    const draft = await createPracticeRow(t.db, ministry.id, { state: 'DRAFT', publishedAt: null });
    const pattern = await createPatternRow(t.db, ministry.id, restricted);
    const draftPattern = await createPatternRow(t.db, ministry.id, {
      state: 'DRAFT',
      publishedAt: null,
    });
    // A countermeasure from one of the caller's own practices to the restricted pattern.
    const own = await createPracticeRow(t.db, mine.org.id);
    const countermeasure = await createCountermeasureRow(t.db, own.id, pattern.id);
    // The restricted practice's discussion: a question with a post by the caller (from when they could see it).
    const [thread] = await t.db.query(
      `INSERT INTO thread (practice_id, title, kind, author_id) VALUES ($1, 'Restricted', 'QUESTION', $2) RETURNING id`,
      [practice.id, caller.id],
    );
    const [post] = await t.db.query(
      `INSERT INTO post (thread_id, author_id, body) VALUES ($1, $2, 'Mine') RETURNING id`,
      [thread.id, caller.id],
    );
    const [invitation] = await t.db.query(
      `INSERT INTO invitation (token_hash, organization_id, email, role, expires_at) VALUES ($1, $2, 'x@example.net', 'MEMBER', now() + interval '1 day') RETURNING id`,
      [hashSecret(newSecret()), ministry.id],
    );
    const applicant = await createUser(t.db);
    const [joinRequest] = await t.db.query(
      `INSERT INTO join_request (organization_id, user_id) VALUES ($1, $2) RETURNING id`,
      [ministry.id, applicant.id],
    );
    const [webhook] = await t.db.query(
      `INSERT INTO webhook (organization_id, url, events, secret, active) VALUES ($1, 'https://hooks.example.net/gov', '{practice.published}', 'plain:whsec_x', false) RETURNING id`,
      [ministry.id],
    );
    const [event] = await t.db.query(
      `INSERT INTO event (slug, name, starts_on, ends_on) VALUES ('oracle-event', 'Oracle', '2019-04-08', '2019-04-09') RETURNING id`,
    );
    const [session] = await t.db.query(
      `INSERT INTO event_session (event_id, title) VALUES ($1, 'Session') RETURNING id`,
      [event.id],
    );
    const [presentation] = await t.db.query(
      `INSERT INTO event_presentation (session_id, practice_id) VALUES ($1, $2) RETURNING id`,
      [session.id, practice.id],
    );
    hidden = {
      practice: practice.globalId,
      draft: draft.globalId,
      pattern: pattern.globalId,
      draftPattern: draftPattern.globalId,
      countermeasure: countermeasure.globalId,
      post: toGlobalId('Post', post.id),
      question: toGlobalId('Thread', thread.id),
      invitation: toGlobalId('Invitation', invitation.id),
      joinRequest: toGlobalId('JoinRequest', joinRequest.id),
      webhook: toGlobalId('Webhook', webhook.id),
      presentation: toGlobalId('EventPresentation', presentation.id),
      session: toGlobalId('EventSession', session.id),
    };
    const other = await createOrganization(t.db, { verifiedAt: new Date() });
    visible = {
      practice: (await createPracticeRow(t.db, other.id)).globalId,
      pattern: (await createPatternRow(t.db, other.id)).globalId,
    };
  });
  afterAll(() => t.close());

  const answer = (res: {
    data?: unknown;
    errors?: { message: string; extensions?: { code?: string } }[];
  }) => ({
    data: res.data ?? null,
    errors: res.errors?.map((e) => ({ code: e.extensions?.code, message: e.message })),
  });

  it.each(CASES.map((c) => [c.name, c] as const))(
    '%s: an invisible item answers exactly like a random id, and nothing changes',
    async (_name, c) => {
      const random = await t.gql(
        c.query,
        c.vars(toGlobalId(c.type, randomUUID()), hidden),
        caller.session,
      );
      const before = await databaseFingerprint(t.db);
      const invisible = await t.gql(c.query, c.vars(hidden[c.hidden], hidden), caller.session);
      expect(await databaseFingerprint(t.db)).toBe(before);
      expect(answer(random).errors?.[0]?.code).toBe('NOT_FOUND');
      expect(answer(invisible)).toEqual(answer(random));
    },
  );

  it('what the caller can see but may not change is still FORBIDDEN', async () => {
    for (const [query, id] of [
      [
        `mutation($id: ID!) { updatePractice(id: $id, input: ${PRACTICE_INPUT}) { id } }`,
        visible.practice,
      ],
      [`mutation($id: ID!) { archivePractice(id: $id) { id } }`, visible.practice],
      [`mutation($id: ID!) { archiveMisusePattern(id: $id) { id } }`, visible.pattern],
    ] as const) {
      const res = await t.gql(query, { id }, caller.session);
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});
