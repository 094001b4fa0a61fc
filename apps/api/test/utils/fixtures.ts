import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { ApiToken, type ApiTokenScope } from '../../src/identity/api-token.entity';
import { API_TOKEN_PREFIX } from '../../src/identity/authentication.service';
import { Countermeasure, MisusePattern } from '../../src/misuse-patterns/misuse-pattern.entity';
import { hashSecret, newSecret, PasswordHasher } from '../../src/identity/secrets';
import { Session } from '../../src/identity/session.entity';
import { type PlatformRole, User } from '../../src/identity/user.entity';
import { Membership, type MembershipRole } from '../../src/organizations/membership.entity';
import { Organization } from '../../src/organizations/organization.entity';
import { toGlobalId } from '../../src/common/relay/global-id';
import { Practice } from '../../src/practices/practice.entity';

/** The password of every fixture user. */
export const PASSWORD = 'fixture-password-Kestrel-77';
let passwordHash: Promise<string> | undefined;

const unique = () => randomBytes(4).toString('hex');

export interface FixtureUser {
  id: string;
  globalId: string;
  email: string;
  /** Headers of a signed-in browser session of this user. */
  session: Record<string, string>;
  sessionId: string;
}

/** A user with a live session, made directly in the database (fast, known state). */
export async function createUser(
  db: DataSource,
  options: {
    email?: string;
    platformRole?: PlatformRole;
    verified?: boolean;
    displayName?: string;
    newAccount?: boolean;
  } = {},
): Promise<FixtureUser> {
  passwordHash ??= new PasswordHasher().hash(PASSWORD);
  const email = options.email ?? `user-${unique()}@example.net`;
  const user = await db.getRepository(User).save(
    db.getRepository(User).create({
      email,
      displayName: options.displayName ?? `User ${email.split('@')[0]}`,
      passwordHash: await passwordHash,
      platformRole: options.platformRole ?? 'USER',
      emailVerifiedAt: options.verified === false ? null : new Date(),
      // A week old unless told otherwise: first-day accounts have posting limits.
      createdAt: options.newAccount ? new Date() : new Date(Date.now() - 7 * 86_400_000),
    }),
  );
  const token = newSecret();
  const session = await db.getRepository(Session).save(
    db.getRepository(Session).create({
      tokenHash: hashSecret(token),
      userId: user.id,
      lastSeenAt: new Date(),
      expiresAt: new Date(Date.now() + 86_400_000),
    }),
  );
  return {
    id: user.id,
    globalId: toGlobalId('User', user.id),
    email,
    session: { cookie: `ac_session=${token}` },
    sessionId: session.id,
  };
}

/** Headers authenticating with a new API token of `userId`. */
export async function createToken(
  db: DataSource,
  userId: string,
  scopes: ApiTokenScope[],
): Promise<Record<string, string>> {
  const token = newSecret(API_TOKEN_PREFIX);
  await db.getRepository(ApiToken).insert({
    tokenHash: hashSecret(token),
    tokenPrefix: token.slice(0, 12),
    userId,
    name: 'fixture',
    scopes,
  });
  return { authorization: `Bearer ${token}` };
}

export async function createOrganization(
  db: DataSource,
  options: Partial<Organization> = {},
): Promise<Organization & { globalId: string }> {
  const slug = options.slug ?? `org-${unique()}`;
  const org = await db.getRepository(Organization).save(
    db.getRepository(Organization).create({
      name: `Organization ${slug}`,
      slug,
      stakeholderType: 'CIVIL_SOCIETY',
      country: 'AT',
      description: '',
      ...options,
    }),
  );
  return Object.assign(org, { globalId: toGlobalId('Organization', org.id) });
}

export async function addMember(
  db: DataSource,
  organizationId: string,
  userId: string,
  role: MembershipRole,
) {
  await db.getRepository(Membership).insert({ organizationId, userId, role });
}

/** A new organization with one user in it: an EDITOR of a verified CIVIL_SOCIETY organization unless `options` say otherwise. */
export async function createOrganizationWithEditor(
  db: DataSource,
  options: {
    stakeholderType?: Organization['stakeholderType'];
    verified?: boolean;
    role?: MembershipRole;
  } = {},
) {
  const org = await createOrganization(db, {
    stakeholderType: options.stakeholderType ?? 'CIVIL_SOCIETY',
    verifiedAt: options.verified === false ? null : new Date(),
  });
  const editor = await createUser(db);
  await addMember(db, org.id, editor.id, options.role ?? 'EDITOR');
  return { org, editor };
}

/** A fingerprint of every table's content, to prove a refused call changed nothing. */
export async function databaseFingerprint(
  db: DataSource,
  exclude: string[] = ['audit_event', 'rate_limit', 'migrations'],
) {
  const tables: { table_name: string }[] = await db.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const parts: string[] = [];
  for (const { table_name } of tables) {
    if (exclude.includes(table_name)) continue;
    // last_seen_at/last_used_at move on every authenticated read; they are not content.
    const [row] = await db.query(
      `SELECT count(*)::int AS n, md5(coalesce(string_agg(j, '|' ORDER BY j), '')) AS h
         FROM (SELECT (to_jsonb(t) - 'last_seen_at' - 'last_used_at')::text AS j FROM ${table_name} t) rows`,
    );
    parts.push(`${table_name}:${row.n}:${row.h}`);
  }
  return parts.join('\n');
}

/** A practice made directly in the database (published and public unless told otherwise). */
export async function createPracticeRow(
  db: DataSource,
  organizationId: string,
  options: Partial<Practice> = {},
) {
  const slug = options.slug ?? `practice-${unique()}`;
  const practice = await db.getRepository(Practice).save(
    db.getRepository(Practice).create({
      slug,
      title: `Practice ${slug}`,
      summary: 'A practice made for a test, long enough to be a summary.',
      body: '## Problem\nTest.',
      organizationId,
      state: 'PUBLISHED',
      visibility: 'PUBLIC',
      visibleTo: [],
      focusAreas: ['PREVENTION'],
      status: 'ACTIVE',
      evidenceLevel: 'NONE',
      survivorInvolvement: 'NONE',
      publishedAt: new Date(),
      ...options,
    }),
  );
  return Object.assign(practice, { globalId: toGlobalId('Practice', practice.id) });
}

/** A misuse pattern of `organizationId`, published and public unless `options` say otherwise. */
export async function createPatternRow(
  db: DataSource,
  organizationId: string,
  options: Partial<MisusePattern> = {},
) {
  const slug = options.slug ?? `pattern-${unique()}`;
  const repo = db.getRepository(MisusePattern);
  const pattern = await repo.save(
    repo.create({
      slug,
      title: `Pattern ${slug}`,
      summary: 'A misuse pattern made for a test, long enough to be a summary.',
      description: '## How it works\nTest.',
      organizationId,
      state: 'PUBLISHED',
      visibility: 'PUBLIC',
      visibleTo: [],
      stages: ['RECRUITMENT'],
      technologies: ['SOCIAL_MEDIA'],
      indicators: ['Job offer with unrealistic pay'],
      trend: 'EMERGING',
      publishedAt: new Date(),
      ...options,
    }),
  );
  return Object.assign(pattern, { globalId: toGlobalId('MisusePattern', pattern.id) });
}

/** A countermeasure link from a practice to a pattern, made directly in the database. */
export async function createCountermeasureRow(
  db: DataSource,
  practiceId: string,
  patternId: string,
  options: Partial<Countermeasure> = {},
) {
  const repo = db.getRepository(Countermeasure);
  const link = await repo.save(
    repo.create({ practiceId, patternId, approach: 'DETECTS', note: '', ...options }),
  );
  return Object.assign(link, { globalId: toGlobalId('Countermeasure', link.id) });
}

/** A category thread with a first post by `authorId`, made directly in the database. */
export async function createThreadRow(
  db: DataSource,
  authorId: string,
  options: { categorySlug?: string; kind?: 'DISCUSSION' | 'QUESTION'; locked?: boolean } = {},
) {
  const [category] = await db.query('SELECT id FROM discussion_category WHERE slug = $1', [
    options.categorySlug ?? 'research-data',
  ]);
  const [thread] = await db.query(
    `INSERT INTO thread (category_id, title, kind, author_id, locked) VALUES ($1, 'Fixture thread', $2, $3, $4) RETURNING id`,
    [category.id, options.kind ?? 'DISCUSSION', authorId, options.locked ?? false],
  );
  const [post] = await db.query(
    `INSERT INTO post (thread_id, author_id, body) VALUES ($1, $2, 'First post') RETURNING id`,
    [thread.id, authorId],
  );
  return {
    id: thread.id as string,
    globalId: toGlobalId('Thread', thread.id),
    postId: post.id as string,
    postGlobalId: toGlobalId('Post', post.id),
  };
}
