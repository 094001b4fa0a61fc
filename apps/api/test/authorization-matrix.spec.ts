import { buildSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { buildSchemaSdl } from '../src/cli';
import { loadConfig } from '../src/config/config';
import { toGlobalId } from '../src/common/relay/global-id';
import { ApiToken } from '../src/identity/api-token.entity';
import { EmailToken } from '../src/identity/email-token.entity';
import { hashSecret, newSecret } from '../src/identity/secrets';
import { Session } from '../src/identity/session.entity';
import { Invitation } from '../src/organizations/invitation.entity';
import { JoinRequest } from '../src/organizations/join-request.entity';
import {
  addMember,
  createOrganization,
  createPatternRow,
  createPracticeRow,
  createThreadRow,
  createToken,
  createUser,
  databaseFingerprint,
  type FixtureUser,
  PASSWORD,
} from './utils/fixtures';
import { fromGlobalId } from '../src/common/relay/global-id';

const fromGlobal = (id: string) => fromGlobalId(id)!.id;
import { startTestPlatform, type TestPlatform } from './utils/test-platform';

/**
 * Every mutation against every kind of caller: allowed callers get past authorization, denied
 * ones get UNAUTHENTICATED/FORBIDDEN (or NOT_FOUND for what is not theirs) and change nothing.
 * A new mutation without a row here fails the first test.
 */
const ACTORS = [
  'anonymous',
  'noOrganization',
  'member',
  'editor',
  'adminOfAnotherOrg',
  'orgAdmin',
  'moderator',
  'platformAdmin',
  'readToken',
  'writeToken',
] as const;
type ActorName = (typeof ACTORS)[number];

/** A fresh little world per call, so allowed calls cannot disturb the next one. */
interface World {
  db: DataSource;
  /** The organization the call is about; member/editor/orgAdmin belong to it. */
  org: Awaited<ReturnType<typeof createOrganization>>;
  /** Another organization nobody of ACTORS belongs to. */
  elsewhere: Awaited<ReturnType<typeof createOrganization>>;
  /** The organization adminOfAnotherOrg administers. */
  otherOrg: Awaited<ReturnType<typeof createOrganization>>;
  /** The user behind each actor (the token actors' owner is a second admin of `org`). */
  users: Record<Exclude<ActorName, 'anonymous'>, FixtureUser>;
  actor: ActorName;
  /** The acting user (null for anonymous). */
  me: FixtureUser | null;
}

interface Case {
  query: string;
  variables: (w: World) => Promise<Record<string, unknown>> | Record<string, unknown>;
  allowed: ActorName[];
}

const SIGNED_IN: ActorName[] = ACTORS.filter((a) => a !== 'anonymous' && a !== 'readToken');
const SESSIONS: ActorName[] = SIGNED_IN.filter((a) => a !== 'writeToken');
const EVERYONE_BUT_READ_TOKEN: ActorName[] = ACTORS.filter((a) => a !== 'readToken');
const ORG_MANAGERS: ActorName[] = ['orgAdmin', 'platformAdmin', 'writeToken'];

async function emailToken(db: DataSource, purpose: 'VERIFY_EMAIL' | 'RESET_PASSWORD') {
  const user = await createUser(db, { verified: purpose === 'RESET_PASSWORD' });
  const token = newSecret();
  await db.getRepository(EmailToken).insert({
    tokenHash: hashSecret(token),
    userId: user.id,
    purpose,
    expiresAt: new Date(Date.now() + 3_600_000),
  });
  return token;
}

async function joinRequestFor(w: World) {
  const applicant = await createUser(w.db);
  const r = await w.db
    .getRepository(JoinRequest)
    .save(
      w.db.getRepository(JoinRequest).create({ organizationId: w.org.id, userId: applicant.id }),
    );
  return toGlobalId('JoinRequest', r.id);
}

async function plainMember(w: World) {
  const user = await createUser(w.db);
  await addMember(w.db, w.org.id, user.id, 'MEMBER');
  return user.globalId;
}

const PRACTICE_EDITORS: ActorName[] = ['editor', 'orgAdmin', 'writeToken'];
const PRACTICE_INPUT = `{ title: "Matrix practice", summary: "A practice written by the authorization matrix.", focusAreas: [PREVENTION], status: PILOT, evidenceLevel: NONE, survivorInvolvement: NONE }`;

async function practiceOf(w: World, options: Parameters<typeof createPracticeRow>[2] = {}) {
  return (await createPracticeRow(w.db, w.org.id, options)).globalId;
}
const draft = (w: World) => practiceOf(w, { state: 'DRAFT', publishedAt: null });

const someThread = async (w: World, options: Parameters<typeof createThreadRow>[2] = {}) =>
  createThreadRow(w.db, (await createUser(w.db)).id, options);
const ownThread = async (w: World) => createThreadRow(w.db, (w.me ?? (await createUser(w.db))).id);
const MODERATORS: ActorName[] = ['moderator', 'platformAdmin'];
const EVENT_INPUT = `{ name: "Matrix conference", startsOn: "2019-04-08", endsOn: "2019-04-09" }`;

const CASES: Record<string, Case> = {
  startThread: {
    query: `mutation($c: ID!) { startThread(input: { categoryId: $c, title: "Matrix thread", body: "Hello" }) { id } }`,
    variables: async (w) => {
      const [c] = await w.db.query(
        `SELECT id FROM discussion_category WHERE slug = 'partnerships'`,
      );
      return { c: toGlobalId('DiscussionCategory', c.id) };
    },
    allowed: SIGNED_IN,
  },
  reply: {
    query: `mutation($t: ID!) { reply(threadId: $t, body: "A reply") { id } }`,
    variables: async (w) => ({ t: (await someThread(w)).globalId }),
    allowed: SIGNED_IN,
  },
  markThreadRead: {
    query: `mutation($t: ID!) { markThreadRead(threadId: $t) { id } }`,
    variables: async (w) => ({ t: (await someThread(w)).globalId }),
    allowed: SIGNED_IN,
  },
  acceptAnswer: {
    query: `mutation($t: ID!, $p: ID!) { acceptAnswer(threadId: $t, postId: $p) { id } }`,
    variables: async (w) => {
      const t = await someThread(w, { kind: 'QUESTION' });
      return { t: t.globalId, p: t.postGlobalId };
    },
    allowed: MODERATORS,
  },
  setThreadLocked: {
    query: `mutation($t: ID!) { setThreadLocked(id: $t, locked: true) { id } }`,
    variables: async (w) => ({ t: (await someThread(w)).globalId }),
    allowed: MODERATORS,
  },
  setThreadPinned: {
    query: `mutation($t: ID!) { setThreadPinned(id: $t, pinned: true) { id } }`,
    variables: async (w) => ({ t: (await someThread(w)).globalId }),
    allowed: MODERATORS,
  },
  editPost: {
    query: `mutation($p: ID!) { editPost(id: $p, body: "Changed") { id } }`,
    variables: async (w) => ({ p: (await ownThread(w)).postGlobalId }),
    allowed: SIGNED_IN,
  },
  deletePost: {
    query: `mutation($p: ID!) { deletePost(id: $p) { id } }`,
    variables: async (w) => ({ p: (await ownThread(w)).postGlobalId }),
    allowed: SIGNED_IN,
  },
  react: {
    query: `mutation($p: ID!) { react(postId: $p, reaction: THANKS) { id } }`,
    variables: async (w) => ({ p: (await someThread(w)).postGlobalId }),
    allowed: SIGNED_IN,
  },
  unreact: {
    query: `mutation($p: ID!) { unreact(postId: $p, reaction: THANKS) { id } }`,
    variables: async (w) => ({ p: (await someThread(w)).postGlobalId }),
    allowed: SIGNED_IN,
  },
  moveThread: {
    query: `mutation($t: ID!, $c: ID!) { moveThread(id: $t, categoryId: $c) { id } }`,
    variables: async (w) => {
      const [c] = await w.db.query(
        `SELECT id FROM discussion_category WHERE slug = 'legal-policy'`,
      );
      return { t: (await someThread(w)).globalId, c: toGlobalId('DiscussionCategory', c.id) };
    },
    allowed: MODERATORS,
  },
  flag: {
    query: `mutation($p: ID!) { flag(targetId: $p, reason: SPAM) }`,
    variables: async (w) => ({ p: (await someThread(w)).postGlobalId }),
    allowed: SIGNED_IN,
  },
  hidePost: {
    query: `mutation($p: ID!) { hidePost(id: $p, reason: "Identifies a victim") { id } }`,
    variables: async (w) => ({ p: (await someThread(w)).postGlobalId }),
    allowed: MODERATORS,
  },
  restorePost: {
    query: `mutation($p: ID!) { restorePost(id: $p, reason: "Reviewed: fine") { id } }`,
    variables: async (w) => ({ p: (await someThread(w)).postGlobalId }),
    allowed: MODERATORS,
  },
  dismissFlags: {
    query: `mutation($p: ID!) { dismissFlags(targetId: $p) }`,
    variables: async (w) => ({ p: (await someThread(w)).postGlobalId }),
    allowed: MODERATORS,
  },
  suspendUser: {
    query: `mutation($u: ID!) { suspendUser(userId: $u, until: "2099-01-01T00:00:00Z", reason: "Spam") { id } }`,
    variables: async (w) => ({ u: (await createUser(w.db)).globalId }),
    allowed: MODERATORS,
  },
  watch: {
    query: `mutation($t: ID!) { watch(targetId: $t, level: WATCHING) }`,
    variables: async (w) => ({ t: (await someThread(w)).globalId }),
    allowed: SIGNED_IN,
  },
  updateNotificationPreferences: {
    query: `mutation { updateNotificationPreferences(email: DAILY) }`,
    variables: () => ({}),
    allowed: SIGNED_IN,
  },
  markNotificationsRead: {
    query: `mutation { markNotificationsRead }`,
    variables: () => ({}),
    allowed: SIGNED_IN,
  },
  // Misuse patterns in discussions: following a (public, published) pattern of another organization.
  followMisusePattern: {
    query: `mutation($id: ID!) { followMisusePattern(id: $id) { id } }`,
    variables: async (w) => ({ id: (await createPatternRow(w.db, w.elsewhere.id)).globalId }),
    allowed: SIGNED_IN,
  },
  unfollowMisusePattern: {
    query: `mutation($id: ID!) { unfollowMisusePattern(id: $id) { id } }`,
    variables: async (w) => {
      const pattern = await createPatternRow(w.db, w.elsewhere.id);
      if (w.me)
        await w.db.query(
          `INSERT INTO watch (user_id, target_type, target_id, level) VALUES ($1, 'PATTERN', $2, 'WATCHING')`,
          [w.me.id, pattern.id],
        );
      return { id: pattern.globalId };
    },
    allowed: SIGNED_IN,
  },
  createPractice: {
    query: `mutation($o: ID!) { createPractice(organizationId: $o, input: ${PRACTICE_INPUT}) { id } }`,
    variables: (w) => ({ o: w.org.globalId }),
    allowed: PRACTICE_EDITORS,
  },
  updatePractice: {
    query: `mutation($id: ID!) { updatePractice(id: $id, input: ${PRACTICE_INPUT}) { id } }`,
    variables: async (w) => ({ id: await practiceOf(w) }),
    allowed: PRACTICE_EDITORS,
  },
  publishPractice: {
    query: `mutation($id: ID!) { publishPractice(id: $id) { id } }`,
    variables: async (w) => ({ id: await draft(w) }),
    allowed: PRACTICE_EDITORS,
  },
  archivePractice: {
    query: `mutation($id: ID!) { archivePractice(id: $id) { id } }`,
    variables: async (w) => ({ id: await practiceOf(w) }),
    allowed: PRACTICE_EDITORS,
  },
  revertPracticeToDraft: {
    query: `mutation($id: ID!) { revertPracticeToDraft(id: $id) { id } }`,
    variables: async (w) => ({ id: await practiceOf(w) }),
    allowed: PRACTICE_EDITORS,
  },
  deletePractice: {
    query: `mutation($id: ID!) { deletePractice(id: $id) }`,
    variables: async (w) => ({ id: await draft(w) }),
    allowed: PRACTICE_EDITORS,
  },
  unpublishPractice: {
    query: `mutation($id: ID!) { unpublishPractice(id: $id, reason: "Identifies a person") { id } }`,
    variables: async (w) => ({ id: await practiceOf(w) }),
    allowed: ['moderator', 'platformAdmin'],
  },
  bookmarkPractice: {
    query: `mutation($id: ID!) { bookmarkPractice(id: $id) { id } }`,
    variables: async (w) => ({ id: await practiceOf(w) }),
    allowed: SIGNED_IN,
  },
  unbookmarkPractice: {
    query: `mutation($id: ID!) { unbookmarkPractice(id: $id) { id } }`,
    variables: async (w) => ({ id: await practiceOf(w) }),
    allowed: SIGNED_IN,
  },
  endorsePractice: {
    query: `mutation($id: ID!, $o: ID!) { endorsePractice(id: $id, organizationId: $o, kind: USES) { id } }`,
    // On behalf of the caller's own organization: the owner itself for its members (refused).
    variables: async (w) => ({
      id: await practiceOf(w),
      o:
        w.actor === 'adminOfAnotherOrg'
          ? w.otherOrg.globalId
          : ['member', 'editor', 'orgAdmin', 'readToken', 'writeToken'].includes(w.actor)
            ? w.org.globalId
            : w.elsewhere.globalId,
    }),
    allowed: ['adminOfAnotherOrg'],
  },
  withdrawEndorsement: {
    query: `mutation($id: ID!, $o: ID!) { withdrawEndorsement(id: $id, organizationId: $o) { id } }`,
    variables: async (w) => {
      const id = await practiceOf(w);
      await w.db.query(
        `INSERT INTO practice_endorsement (practice_id, organization_id, kind) VALUES ($1, $2, 'USES')`,
        [fromGlobal(id), w.otherOrg.id],
      );
      return { id, o: w.otherOrg.globalId };
    },
    allowed: ['adminOfAnotherOrg'],
  },
  // Misuse patterns (engineer A): patterns of the world's organization, and countermeasures from
  // its practices to a public pattern of another organization.
  createMisusePattern: {
    query: `mutation($o: ID!) { createMisusePattern(organizationId: $o, input: { title: "Matrix pattern", summary: "A pattern written by the authorization matrix.", stages: [RECRUITMENT], technologies: [SOCIAL_MEDIA], trend: EMERGING }) { id } }`,
    variables: (w) => ({ o: w.org.globalId }),
    allowed: PRACTICE_EDITORS,
  },
  updateMisusePattern: {
    query: `mutation($id: ID!) { updateMisusePattern(id: $id, input: { title: "Matrix pattern", summary: "A pattern changed by the authorization matrix.", stages: [MOVEMENT], technologies: [DATING_APPS], trend: DECLINING }) { id } }`,
    variables: async (w) => ({ id: (await createPatternRow(w.db, w.org.id)).globalId }),
    allowed: PRACTICE_EDITORS,
  },
  publishMisusePattern: {
    query: `mutation($id: ID!) { publishMisusePattern(id: $id) { id } }`,
    variables: async (w) => ({
      id: (await createPatternRow(w.db, w.org.id, { state: 'DRAFT', publishedAt: null })).globalId,
    }),
    allowed: PRACTICE_EDITORS,
  },
  archiveMisusePattern: {
    query: `mutation($id: ID!) { archiveMisusePattern(id: $id) { id } }`,
    variables: async (w) => ({ id: (await createPatternRow(w.db, w.org.id)).globalId }),
    allowed: PRACTICE_EDITORS,
  },
  deleteMisusePattern: {
    query: `mutation($id: ID!) { deleteMisusePattern(id: $id) }`,
    variables: async (w) => ({
      id: (await createPatternRow(w.db, w.org.id, { state: 'DRAFT', publishedAt: null })).globalId,
    }),
    allowed: PRACTICE_EDITORS,
  },
  unpublishMisusePattern: {
    query: `mutation($id: ID!) { unpublishMisusePattern(id: $id, reason: "Identifies a person") { id } }`,
    variables: async (w) => ({ id: (await createPatternRow(w.db, w.org.id)).globalId }),
    allowed: MODERATORS,
  },
  linkCountermeasure: {
    query: `mutation($p: ID!, $m: ID!) { linkCountermeasure(practiceId: $p, patternId: $m, input: { approach: DETECTS, note: "Matrix" }) { id } }`,
    variables: async (w) => ({
      p: await practiceOf(w),
      m: (await createPatternRow(w.db, w.elsewhere.id)).globalId,
    }),
    allowed: PRACTICE_EDITORS,
  },
  updateCountermeasure: {
    query: `mutation($id: ID!) { updateCountermeasure(id: $id, input: { approach: PREVENTS, note: "Changed" }) { id } }`,
    variables: async (w) => ({ id: await countermeasureOf(w) }),
    allowed: PRACTICE_EDITORS,
  },
  unlinkCountermeasure: {
    query: `mutation($id: ID!) { unlinkCountermeasure(id: $id) }`,
    variables: async (w) => ({ id: await countermeasureOf(w) }),
    allowed: [...PRACTICE_EDITORS, ...MODERATORS],
  },
  signUp: {
    query: `mutation($e: String!) { signUp(input: { email: $e, displayName: "Matrix", password: "kettle-orbit-lantern-42" }) { id } }`,
    variables: () => ({ e: `signup-${newSecret().slice(0, 8).toLowerCase()}@example.net` }),
    allowed: EVERYONE_BUT_READ_TOKEN,
  },
  verifyEmail: {
    query: `mutation($t: String!) { verifyEmail(token: $t) }`,
    variables: async (w) => ({ t: await emailToken(w.db, 'VERIFY_EMAIL') }),
    allowed: EVERYONE_BUT_READ_TOKEN,
  },
  resendVerificationEmail: {
    query: `mutation { resendVerificationEmail }`,
    variables: () => ({}),
    allowed: SIGNED_IN,
  },
  signIn: {
    query: `mutation($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { id } }`,
    variables: async (w) => ({ e: (await createUser(w.db)).email, p: PASSWORD }),
    allowed: EVERYONE_BUT_READ_TOKEN,
  },
  signOut: {
    query: `mutation { signOut }`,
    variables: () => ({}),
    allowed: EVERYONE_BUT_READ_TOKEN,
  },
  changePassword: {
    query: `mutation($p: String!) { changePassword(input: { currentPassword: $p, newPassword: "granite-willow-88-ferry" }) }`,
    variables: () => ({ p: PASSWORD }),
    allowed: SESSIONS,
  },
  requestPasswordReset: {
    query: `mutation($e: String!) { requestPasswordReset(email: $e) }`,
    variables: async (w) => ({ e: (await createUser(w.db)).email }),
    allowed: EVERYONE_BUT_READ_TOKEN,
  },
  resetPassword: {
    query: `mutation($t: String!) { resetPassword(input: { token: $t, newPassword: "granite-willow-88-ferry" }) }`,
    variables: async (w) => ({ t: await emailToken(w.db, 'RESET_PASSWORD') }),
    allowed: EVERYONE_BUT_READ_TOKEN,
  },
  updateProfile: {
    query: `mutation { updateProfile(input: { displayName: "Renamed" }) { id } }`,
    variables: () => ({}),
    allowed: SIGNED_IN,
  },
  revokeSession: {
    query: `mutation($id: ID!) { revokeSession(id: $id) }`,
    // A second session of the caller's own (for anonymous: of some user).
    variables: async (w) => {
      const owner = w.me ?? (await createUser(w.db));
      const s = await w.db.getRepository(Session).save(
        w.db.getRepository(Session).create({
          tokenHash: hashSecret(newSecret()),
          userId: owner.id,
          lastSeenAt: new Date(),
          expiresAt: new Date(Date.now() + 86_400_000),
        }),
      );
      return { id: toGlobalId('Session', s.id) };
    },
    allowed: SESSIONS,
  },
  revokeOtherSessions: {
    query: `mutation { revokeOtherSessions }`,
    variables: () => ({}),
    allowed: SESSIONS,
  },
  createApiToken: {
    query: `mutation { createApiToken(input: { name: "m", scopes: [READ] }) { token } }`,
    variables: () => ({}),
    allowed: SESSIONS,
  },
  revokeApiToken: {
    query: `mutation($id: ID!) { revokeApiToken(id: $id) }`,
    // One of the caller's own tokens (for anonymous: of some user).
    variables: async (w) => {
      const owner = w.me ?? (await createUser(w.db));
      await createToken(w.db, owner.id, ['read']);
      const token = await w.db.getRepository(ApiToken).findOneOrFail({
        where: { userId: owner.id, name: 'fixture' },
        order: { createdAt: 'DESC' },
      });
      return { id: toGlobalId('ApiToken', token.id) };
    },
    allowed: SIGNED_IN,
  },
  setPlatformRole: {
    query: `mutation($u: ID!) { setPlatformRole(userId: $u, role: MODERATOR) { id } }`,
    variables: async (w) => ({ u: (await createUser(w.db)).globalId }),
    allowed: ['platformAdmin'],
  },
  createOrganization: {
    query: `mutation($n: String!) { createOrganization(input: { name: $n, stakeholderType: ACADEMIA, country: "FI" }) { id } }`,
    variables: () => ({ n: `Matrix University ${newSecret().slice(0, 6)}` }),
    allowed: SIGNED_IN,
  },
  updateOrganization: {
    query: `mutation($id: ID!) { updateOrganization(id: $id, input: { name: "Renamed Org", stakeholderType: MEDIA, country: "FR" }) { id } }`,
    variables: (w) => ({ id: w.org.globalId }),
    allowed: ORG_MANAGERS,
  },
  verifyOrganization: {
    query: `mutation($id: ID!) { verifyOrganization(id: $id) { id } }`,
    variables: (w) => ({ id: w.org.globalId }),
    allowed: ['platformAdmin'],
  },
  unverifyOrganization: {
    query: `mutation($id: ID!) { unverifyOrganization(id: $id) { id } }`,
    variables: (w) => ({ id: w.org.globalId }),
    allowed: ['platformAdmin'],
  },
  inviteMember: {
    query: `mutation($o: ID!) { inviteMember(organizationId: $o, email: "invitee@example.net", role: MEMBER) { id } }`,
    variables: (w) => ({ o: w.org.globalId }),
    allowed: ORG_MANAGERS,
  },
  revokeInvitation: {
    query: `mutation($id: ID!) { revokeInvitation(id: $id) { id } }`,
    variables: async (w) => {
      const i = await w.db.getRepository(Invitation).save(
        w.db.getRepository(Invitation).create({
          tokenHash: hashSecret(newSecret()),
          organizationId: w.org.id,
          email: 'x@example.net',
          role: 'MEMBER',
          expiresAt: new Date(Date.now() + 86_400_000),
        }),
      );
      return { id: toGlobalId('Invitation', i.id) };
    },
    allowed: ORG_MANAGERS,
  },
  acceptInvitation: {
    query: `mutation($t: String!) { acceptInvitation(token: $t) { role } }`,
    // An invitation to the caller's own address, to an organization they are not in.
    variables: async (w) => {
      const token = newSecret();
      await w.db.getRepository(Invitation).insert({
        tokenHash: hashSecret(token),
        organizationId: w.elsewhere.id,
        email: w.me?.email ?? 'nobody@example.net',
        role: 'MEMBER',
        expiresAt: new Date(Date.now() + 86_400_000),
      });
      return { t: token };
    },
    allowed: SIGNED_IN,
  },
  requestToJoinOrganization: {
    query: `mutation($o: ID!) { requestToJoinOrganization(organizationId: $o, message: "hello") { id } }`,
    variables: (w) => ({ o: w.elsewhere.globalId }),
    allowed: SIGNED_IN,
  },
  approveJoinRequest: {
    query: `mutation($id: ID!) { approveJoinRequest(id: $id) { id } }`,
    variables: joinRequestVars,
    allowed: ORG_MANAGERS,
  },
  rejectJoinRequest: {
    query: `mutation($id: ID!) { rejectJoinRequest(id: $id) { id } }`,
    variables: joinRequestVars,
    allowed: ORG_MANAGERS,
  },
  changeMemberRole: {
    query: `mutation($o: ID!, $u: ID!) { changeMemberRole(organizationId: $o, userId: $u, role: EDITOR) { role } }`,
    variables: async (w) => ({ o: w.org.globalId, u: await plainMember(w) }),
    allowed: ORG_MANAGERS,
  },
  removeMember: {
    query: `mutation($o: ID!, $u: ID!) { removeMember(organizationId: $o, userId: $u) }`,
    variables: async (w) => ({ o: w.org.globalId, u: await plainMember(w) }),
    allowed: ORG_MANAGERS,
  },
  leaveOrganization: {
    query: `mutation($o: ID!) { leaveOrganization(organizationId: $o) }`,
    variables: (w) => ({ o: w.org.globalId }),
    allowed: ['member', 'editor', 'orgAdmin', 'writeToken'],
  },
  createWebhook: {
    query: `mutation($o: ID!) { createWebhook(organizationId: $o, input: { url: "https://hooks.example.net/matrix", events: [PRACTICE_PUBLISHED] }) { secret } }`,
    variables: (w) => ({ o: w.org.globalId }),
    allowed: ORG_MANAGERS,
  },
  updateWebhook: {
    query: `mutation($id: ID!) { updateWebhook(id: $id, input: { url: "https://hooks.example.net/changed", events: [POST_CREATED] }) { id } }`,
    variables: async (w) => ({ id: await webhookOf(w) }),
    allowed: ORG_MANAGERS,
  },
  rotateWebhookSecret: {
    query: `mutation($id: ID!) { rotateWebhookSecret(id: $id) { secret } }`,
    variables: async (w) => ({ id: await webhookOf(w) }),
    allowed: ORG_MANAGERS,
  },
  deleteWebhook: {
    query: `mutation($id: ID!) { deleteWebhook(id: $id) }`,
    variables: async (w) => ({ id: await webhookOf(w) }),
    allowed: ORG_MANAGERS,
  },
  enableWebhook: {
    query: `mutation($id: ID!) { enableWebhook(id: $id) { active } }`,
    variables: async (w) => ({ id: await webhookOf(w, false) }),
    allowed: ORG_MANAGERS,
  },
  sendTestWebhook: {
    query: `mutation($id: ID!) { sendTestWebhook(id: $id) { status } }`,
    variables: async (w) => ({ id: await webhookOf(w) }),
    allowed: ORG_MANAGERS,
  },
  // Events and collections: curated by moderators; presentations marked by the item's editors and moderators.
  createEvent: {
    query: `mutation { createEvent(input: ${EVENT_INPUT}) { id } }`,
    variables: () => ({}),
    allowed: MODERATORS,
  },
  updateEvent: {
    query: `mutation($id: ID!) { updateEvent(id: $id, input: ${EVENT_INPUT}) { id } }`,
    variables: async (w) => ({ id: (await eventOf(w)).event }),
    allowed: MODERATORS,
  },
  deleteEvent: {
    query: `mutation($id: ID!) { deleteEvent(id: $id) }`,
    variables: async (w) => ({ id: (await eventOf(w)).event }),
    allowed: MODERATORS,
  },
  addEventSession: {
    query: `mutation($id: ID!) { addEventSession(eventId: $id, input: { title: "Matrix session" }) { id } }`,
    variables: async (w) => ({ id: (await eventOf(w)).event }),
    allowed: MODERATORS,
  },
  updateEventSession: {
    query: `mutation($id: ID!) { updateEventSession(id: $id, input: { title: "Renamed session" }) { id } }`,
    variables: async (w) => ({ id: (await eventOf(w)).session }),
    allowed: MODERATORS,
  },
  removeEventSession: {
    query: `mutation($id: ID!) { removeEventSession(id: $id) }`,
    variables: async (w) => ({ id: (await eventOf(w)).session }),
    allowed: MODERATORS,
  },
  markPresented: {
    query: `mutation($s: ID!, $i: ID!) { markPresented(sessionId: $s, itemId: $i) { id } }`,
    variables: async (w) => ({ s: (await eventOf(w)).session, i: await practiceOf(w) }),
    allowed: [...PRACTICE_EDITORS, ...MODERATORS],
  },
  unmarkPresented: {
    query: `mutation($id: ID!) { unmarkPresented(id: $id) }`,
    variables: async (w) => ({ id: await presentationOf(w) }),
    allowed: [...PRACTICE_EDITORS, ...MODERATORS],
  },
  createCollection: {
    query: `mutation { createCollection(input: { title: "Matrix collection" }) { id } }`,
    variables: () => ({}),
    allowed: MODERATORS,
  },
  updateCollection: {
    query: `mutation($id: ID!) { updateCollection(id: $id, input: { title: "Renamed collection" }) { id } }`,
    variables: async (w) => ({ id: await collectionOf(w) }),
    allowed: MODERATORS,
  },
  deleteCollection: {
    query: `mutation($id: ID!) { deleteCollection(id: $id) }`,
    variables: async (w) => ({ id: await collectionOf(w) }),
    allowed: MODERATORS,
  },
  setCollectionItems: {
    query: `mutation($id: ID!, $i: ID!) { setCollectionItems(id: $id, items: [{ itemId: $i }]) { id } }`,
    variables: async (w) => ({ id: await collectionOf(w), i: await practiceOf(w) }),
    allowed: MODERATORS,
  },
};

/** A countermeasure from a practice of the world's organization to a public pattern elsewhere (misuse patterns, engineer A). */
async function countermeasureOf(w: World) {
  const pattern = await createPatternRow(w.db, w.elsewhere.id);
  const [link] = await w.db.query(
    `INSERT INTO countermeasure (practice_id, pattern_id, approach) VALUES ($1, $2, 'DETECTS') RETURNING id`,
    [fromGlobal(await practiceOf(w)), pattern.id],
  );
  return toGlobalId('Countermeasure', link.id);
}

/** A webhook of the world's organization, made directly in the database. */
async function webhookOf(w: World, active = true) {
  const [hook] = await w.db.query(
    `INSERT INTO webhook (organization_id, url, events, secret, active) VALUES ($1, 'https://hooks.example.net/matrix', '{practice.published}', 'plain:whsec_matrix', $2) RETURNING id`,
    [w.org.id, active],
  );
  return toGlobalId('Webhook', hook.id);
}

/** An event with one session, made directly in the database. */
async function eventOf(w: World) {
  const [event] = await w.db.query(
    `INSERT INTO event (slug, name, starts_on, ends_on) VALUES ('matrix-' || substr(md5(random()::text), 1, 10), 'Matrix event', '2019-04-08', '2019-04-09') RETURNING id`,
  );
  const [session] = await w.db.query(
    `INSERT INTO event_session (event_id, title) VALUES ($1, 'Matrix session') RETURNING id`,
    [event.id],
  );
  return { event: toGlobalId('Event', event.id), session: toGlobalId('EventSession', session.id) };
}

/** A practice of the world's organization presented at a session. */
async function presentationOf(w: World) {
  const { session } = await eventOf(w);
  const [row] = await w.db.query(
    `INSERT INTO event_presentation (session_id, practice_id) VALUES ($1, $2) RETURNING id`,
    [fromGlobal(session), fromGlobal(await practiceOf(w))],
  );
  return toGlobalId('EventPresentation', row.id);
}

async function collectionOf(w: World) {
  const [row] = await w.db.query(
    `INSERT INTO collection (slug, title) VALUES ('matrix-' || substr(md5(random()::text), 1, 10), 'Matrix collection') RETURNING id`,
  );
  return toGlobalId('Collection', row.id);
}

async function joinRequestVars(w: World) {
  return { id: await joinRequestFor(w) };
}

const DENIAL_CODES = ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'EMAIL_NOT_VERIFIED'];
let clientNumber = 0;

describe('authorization matrix', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform();
  });
  afterAll(() => t.close());

  it('covers every mutation of the schema', async () => {
    const schema = buildSchema(await buildSchemaSdl(loadConfig({ NODE_ENV: 'test' })));
    expect(Object.keys(schema.getMutationType()!.getFields()).sort()).toEqual(
      Object.keys(CASES).sort(),
    );
  });

  async function world(actor: ActorName): Promise<{ w: World; headers: Record<string, string> }> {
    const db = t.db;
    const org = await createOrganization(db);
    const elsewhere = await createOrganization(db);
    const otherOrg = await createOrganization(db);
    const users = {
      noOrganization: await createUser(db),
      member: await createUser(db),
      editor: await createUser(db),
      adminOfAnotherOrg: await createUser(db),
      orgAdmin: await createUser(db),
      moderator: await createUser(db, { platformRole: 'MODERATOR' }),
      platformAdmin: await createUser(db, { platformRole: 'ADMIN' }),
      readToken: await createUser(db),
      writeToken: await createUser(db),
    };
    await addMember(db, org.id, users.member.id, 'MEMBER');
    await addMember(db, org.id, users.editor.id, 'EDITOR');
    await addMember(db, org.id, users.orgAdmin.id, 'ADMIN');
    await addMember(db, org.id, users.readToken.id, 'ADMIN');
    await addMember(db, org.id, users.writeToken.id, 'ADMIN');
    await addMember(db, otherOrg.id, users.adminOfAnotherOrg.id, 'ADMIN');
    const me = actor === 'anonymous' ? null : users[actor];
    // Each call comes from its own client address, so per-IP limits do not interfere.
    const base = { 'x-forwarded-for': `192.0.2.${(clientNumber++ % 250) + 1}` };
    const headers =
      actor === 'anonymous'
        ? base
        : actor === 'readToken'
          ? { ...base, ...(await createToken(db, users.readToken.id, ['read'])) }
          : actor === 'writeToken'
            ? { ...base, ...(await createToken(db, users.writeToken.id, ['read', 'write'])) }
            : { ...base, ...users[actor].session };
    return { w: { db, org, elsewhere, otherOrg, users, actor, me }, headers };
  }

  for (const [mutation, c] of Object.entries(CASES)) {
    describe(mutation, () => {
      it.each(ACTORS.map((a) => [a, c.allowed.includes(a) ? 'allowed' : 'denied'] as const))(
        '%s is %s',
        async (actor, verdict) => {
          const { w, headers } = await world(actor);
          const variables = await c.variables(w);
          const before = await databaseFingerprint(t.db);
          const res = await t.gql(c.query, variables, headers);
          const code = res.errors?.[0]?.extensions?.code;
          if (verdict === 'allowed') {
            expect({ code, message: res.errors?.[0]?.message }).toEqual(
              expect.objectContaining({
                code: expect.not.stringMatching(new RegExp(`^(${DENIAL_CODES.join('|')})$`)),
              }),
            );
            expect(res.errors?.[0]?.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
          } else {
            expect(DENIAL_CODES).toContain(code);
            expect(await databaseFingerprint(t.db)).toBe(before);
          }
        },
      );
    });
  }
});
