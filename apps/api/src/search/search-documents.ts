import type { SearchKind } from '@alliance/domain';
import type { DataSource } from 'typeorm';
import type { ViewerScope } from '../visibility';
import type { SearchDocumentKey } from './search-engine';

/**
 * A document of the Meilisearch index. Facet attributes carry the same names as
 * FACET_ATTRIBUTES; `access` lists who may see it as tokens (see accessTokensOf) so the
 * engine enforces visibility with one filter: `access IN [<the viewer's tokens>]`.
 */
export interface SearchDocument {
  id: string;
  kind: SearchKind;
  entityId: string;
  title: string;
  summary: string;
  body: string;
  tags: string[];
  focusAreas: string[];
  purposes: string[];
  technologies: string[];
  formsOfExploitation: string[];
  targetUsers: string[];
  sectors: string[];
  countries: string[];
  regions: string[];
  stakeholderTypes: string[];
  organizations: string[];
  statuses: string[];
  year: number | null;
  category: string | null;
  languages: string[];
  visibility: string | null;
  /** Misuse patterns: stages of trafficking, misused technologies (codes apart from `technologies`), trend. */
  stages: string[];
  misusedTechnologies: string[];
  trend: string | null;
  /** Unix seconds. */
  publishedAt: number;
  lastActivityAt: number;
  endorsements: number;
  access: string[];
}

export const documentId = (kind: SearchKind, entityId: string) =>
  `${kind.toLowerCase()}-${entityId}`;

/**
 * The viewer's access tokens, mirroring visiblePracticeSql/visiblePatternSql/visibleThreadSql:
 * everyone has `public`; members of a verified organization `members`; `type:<T>` per
 * stakeholder type of their verified organizations; moderators `moderator`; `org:<id>` per
 * membership; `user:<id>`; and, for members of a verified organization, `members+org:<id>` per
 * membership (both at once: a members-only thread about a pattern its owners may see).
 */
export function accessTokensOf(scope: ViewerScope): string[] {
  return [
    'public',
    ...(scope.memberOfVerifiedOrganization ? ['members'] : []),
    ...scope.verifiedStakeholderTypes.map((t) => `type:${t}`),
    ...(scope.moderator ? ['moderator'] : []),
    ...scope.memberOrgIds.map((id) => `org:${id}`),
    ...(scope.userId ? [`user:${scope.userId}`] : []),
    ...(scope.memberOfVerifiedOrganization
      ? scope.memberOrgIds.map((id) => `members+org:${id}`)
      : []),
  ];
}

const seconds = (d: Date | string | null) => (d ? Math.floor(new Date(d).getTime() / 1000) : 0);
const EMPTY = {
  summary: '',
  body: '',
  tags: [],
  focusAreas: [],
  purposes: [],
  technologies: [],
  formsOfExploitation: [],
  targetUsers: [],
  sectors: [],
  countries: [],
  regions: [],
  stakeholderTypes: [],
  organizations: [],
  statuses: [],
  year: null,
  category: null,
  languages: [],
  visibility: null,
  stages: [],
  misusedTechnologies: [],
  trend: null,
  endorsements: 0,
} satisfies Partial<SearchDocument>;

/** Who may see a published practice (null: it is not searchable: a draft or gone). */
const PRACTICE_ACCESS_SQL = `
  CASE WHEN p.state NOT IN ('PUBLISHED', 'ARCHIVED') THEN NULL ELSE
    (CASE p.visibility WHEN 'PUBLIC' THEN ARRAY['public'] WHEN 'MEMBERS' THEN ARRAY['members']
       ELSE ARRAY(SELECT 'type:' || v FROM unnest(p.visible_to) v) END)
    || ARRAY['moderator', 'org:' || p.organization_id]
    || ARRAY(SELECT 'org:' || pp.organization_id FROM practice_partner pp WHERE pp.practice_id = p.id)
    || ARRAY(SELECT 'user:' || pc.user_id FROM practice_contributor pc WHERE pc.practice_id = p.id)
  END`;

/**
 * Who may see a published misuse pattern (null: a draft), as visiblePatternSql: its audience,
 * moderators and its organization (patterns have no partners or contributors).
 */
const PATTERN_ACCESS_SQL = `
  CASE WHEN m.state NOT IN ('PUBLISHED', 'ARCHIVED') THEN NULL ELSE
    (CASE m.visibility WHEN 'PUBLIC' THEN ARRAY['public'] WHEN 'MEMBERS' THEN ARRAY['members']
       ELSE ARRAY(SELECT 'type:' || v FROM unnest(m.visible_to) v) END)
    || ARRAY['moderator', 'org:' || m.organization_id]
  END`;

/**
 * A members-only category's audience (members, moderators) AND a pattern's: the pattern's
 * stakeholder types (their members are members), moderators, and members of its organization
 * who are members of a verified organization (`members+org:<id>`); for a public or members-only
 * pattern that is simply every member.
 */
const MEMBERS_AND_PATTERN_ACCESS_SQL = `
  CASE WHEN m.state NOT IN ('PUBLISHED', 'ARCHIVED') THEN NULL ELSE
    (CASE m.visibility WHEN 'RESTRICTED' THEN ARRAY(SELECT 'type:' || v FROM unnest(m.visible_to) v) ELSE ARRAY['members'] END)
    || ARRAY['moderator', 'members+org:' || m.organization_id]
  END`;

/**
 * Who may see a thread: its practice's audience; else its category's; and a thread about a
 * misuse pattern (its discussion, or a call for partners in a category) only those who may
 * also see the pattern.
 */
const THREAD_ACCESS_SQL = `
  CASE WHEN t.practice_id IS NOT NULL THEN (SELECT ${PRACTICE_ACCESS_SQL} FROM practice p WHERE p.id = t.practice_id)
       WHEN t.misuse_pattern_id IS NOT NULL THEN (SELECT CASE WHEN c.members_only THEN ${MEMBERS_AND_PATTERN_ACCESS_SQL} ELSE ${PATTERN_ACCESS_SQL} END
                                                    FROM misuse_pattern m WHERE m.id = t.misuse_pattern_id)
       WHEN c.members_only THEN ARRAY['members', 'moderator']
       ELSE ARRAY['public'] END`;

/** A practice's or a pattern's own discussion carries its organization; category threads none. */
const THREAD_ORGANIZATIONS_SQL = `ARRAY(
  SELECT o.slug::text FROM practice p JOIN organization o ON o.id = p.organization_id WHERE p.id = t.practice_id
  UNION ALL
  SELECT o.slug::text FROM misuse_pattern m JOIN organization o ON o.id = m.organization_id WHERE m.id = t.misuse_pattern_id AND t.category_id IS NULL)`;

/**
 * The documents for these keys as they are now: `upsert` those that may be found, `remove`
 * the ids of the rest (drafts, hidden or removed posts, deleted rows).
 */
export async function loadDocuments(
  db: DataSource,
  keys: SearchDocumentKey[],
): Promise<{ upsert: SearchDocument[]; remove: string[] }> {
  const ids = (kind: SearchKind) => [
    ...new Set(keys.filter((k) => k.kind === kind).map((k) => k.entityId)),
  ];
  const upsert: SearchDocument[] = [];
  const found = new Set<string>();
  const add = (doc: SearchDocument | null) => {
    if (doc && doc.access.length) {
      upsert.push(doc);
      found.add(doc.id);
    }
  };

  const practiceIds = ids('PRACTICE');
  if (practiceIds.length) {
    const rows = await db.query(
      `SELECT p.*, o.slug AS org_slug, o.stakeholder_type, ${PRACTICE_ACCESS_SQL} AS access,
              (SELECT count(*)::int FROM practice_endorsement e WHERE e.practice_id = p.id) AS endorsements
         FROM practice p JOIN organization o ON o.id = p.organization_id WHERE p.id = ANY($1)`,
      [practiceIds],
    );
    for (const p of rows) {
      if (!p.access) continue;
      add({
        ...EMPTY,
        id: documentId('PRACTICE', p.id),
        kind: 'PRACTICE',
        entityId: p.id,
        title: p.title,
        summary: p.summary,
        body: p.body,
        focusAreas: p.focus_areas,
        purposes: p.purposes,
        technologies: p.technologies,
        formsOfExploitation: p.forms_of_exploitation,
        targetUsers: p.target_users,
        sectors: p.sectors,
        countries: p.countries,
        regions: p.regions,
        stakeholderTypes: [p.stakeholder_type],
        organizations: [p.org_slug],
        statuses: [p.status],
        year: p.year_started,
        languages: p.languages,
        visibility: p.visibility,
        publishedAt: seconds(p.published_at ?? p.created_at),
        lastActivityAt: seconds(p.updated_at),
        endorsements: p.endorsements,
        access: p.access,
      });
    }
  }

  const threadIds = ids('THREAD');
  if (threadIds.length) {
    const rows = await db.query(
      `SELECT t.*, c.slug AS category_slug, ${THREAD_ACCESS_SQL} AS access, ${THREAD_ORGANIZATIONS_SQL} AS organizations,
              (SELECT f.body FROM post f WHERE f.thread_id = t.id AND f.hidden_at IS NULL AND f.deleted_at IS NULL ORDER BY f.created_at LIMIT 1) AS first_post
         FROM thread t LEFT JOIN discussion_category c ON c.id = t.category_id WHERE t.id = ANY($1)`,
      [threadIds],
    );
    for (const t of rows) {
      if (!t.access) continue;
      add({
        ...EMPTY,
        id: documentId('THREAD', t.id),
        kind: 'THREAD',
        entityId: t.id,
        title: t.title,
        // The first post is shown as the thread's snippet but searched as a post.
        summary: '',
        body: '',
        tags: t.tags,
        category: t.category_slug,
        organizations: t.organizations,
        publishedAt: seconds(t.created_at),
        lastActivityAt: seconds(t.last_activity_at),
        access: t.access,
      });
    }
  }

  const postIds = ids('POST');
  if (postIds.length) {
    const rows = await db.query(
      `SELECT po.id, po.body, po.created_at, po.hidden_at, po.deleted_at, t.title, t.last_activity_at, c.slug AS category_slug,
              ${THREAD_ACCESS_SQL} AS access, ${THREAD_ORGANIZATIONS_SQL} AS organizations
         FROM post po JOIN thread t ON t.id = po.thread_id LEFT JOIN discussion_category c ON c.id = t.category_id
        WHERE po.id = ANY($1)`,
      [postIds],
    );
    for (const po of rows) {
      if (!po.access || po.hidden_at || po.deleted_at) continue;
      add({
        ...EMPTY,
        id: documentId('POST', po.id),
        kind: 'POST',
        entityId: po.id,
        title: po.title,
        body: po.body,
        category: po.category_slug,
        organizations: po.organizations,
        publishedAt: seconds(po.created_at),
        lastActivityAt: seconds(po.created_at),
        access: po.access,
      });
    }
  }

  const patternIds = ids('MISUSE_PATTERN');
  if (patternIds.length) {
    const rows = await db.query(
      `SELECT m.*, o.slug AS org_slug, o.stakeholder_type, ${PATTERN_ACCESS_SQL} AS access
         FROM misuse_pattern m JOIN organization o ON o.id = m.organization_id WHERE m.id = ANY($1)`,
      [patternIds],
    );
    for (const m of rows) {
      if (!m.access) continue;
      add({
        ...EMPTY,
        id: documentId('MISUSE_PATTERN', m.id),
        kind: 'MISUSE_PATTERN',
        entityId: m.id,
        title: m.title,
        summary: m.summary,
        // The red flags first, so a snippet shows the one that matched.
        body: [(m.indicators as string[]).join('; '), m.description].filter(Boolean).join('\n\n'),
        stages: m.stages,
        misusedTechnologies: m.technologies,
        formsOfExploitation: m.forms_of_exploitation,
        trend: m.trend,
        regions: m.regions,
        stakeholderTypes: [m.stakeholder_type],
        organizations: [m.org_slug],
        visibility: m.visibility,
        publishedAt: seconds(m.published_at ?? m.created_at),
        lastActivityAt: seconds(m.updated_at),
        access: m.access,
      });
    }
  }

  const organizationIds = ids('ORGANIZATION');
  if (organizationIds.length) {
    const rows = await db.query(`SELECT * FROM organization WHERE id = ANY($1)`, [organizationIds]);
    for (const o of rows) {
      add({
        ...EMPTY,
        id: documentId('ORGANIZATION', o.id),
        kind: 'ORGANIZATION',
        entityId: o.id,
        title: o.name,
        body: o.description,
        countries: [o.country],
        stakeholderTypes: [o.stakeholder_type],
        organizations: [o.slug],
        publishedAt: seconds(o.created_at),
        lastActivityAt: seconds(o.updated_at),
        access: ['public'],
      });
    }
  }

  const remove = [...new Set(keys.map((k) => documentId(k.kind, k.entityId)))].filter(
    (id) => !found.has(id),
  );
  return { upsert, remove };
}

/**
 * The documents that depend on a changed one: a practice's or a pattern's threads and their
 * posts (they share its audience), a thread's posts, an organization's practices and patterns
 * (they carry its short name and type).
 */
export async function dependentKeys(
  db: DataSource,
  keys: SearchDocumentKey[],
): Promise<SearchDocumentKey[]> {
  const of = (kind: SearchKind) => keys.filter((k) => k.kind === kind).map((k) => k.entityId);
  const rows: { kind: SearchKind; id: string }[] = await db.query(
    `SELECT 'THREAD' AS kind, t.id FROM thread t WHERE t.practice_id = ANY($1) OR t.misuse_pattern_id = ANY($4)
     UNION ALL SELECT 'POST', po.id FROM post po JOIN thread t ON t.id = po.thread_id WHERE t.practice_id = ANY($1) OR t.id = ANY($2) OR t.misuse_pattern_id = ANY($4)
     UNION ALL SELECT 'PRACTICE', p.id FROM practice p WHERE p.organization_id = ANY($3)
     UNION ALL SELECT 'MISUSE_PATTERN', m.id FROM misuse_pattern m WHERE m.organization_id = ANY($3)`,
    [of('PRACTICE'), of('THREAD'), of('ORGANIZATION'), of('MISUSE_PATTERN')],
  );
  return rows.map((r) => ({ kind: r.kind, entityId: r.id }));
}

/** Every key of every kind, in batches (for a full rebuild). */
export async function* allDocumentKeys(
  db: DataSource,
  batchSize = 1000,
): AsyncGenerator<SearchDocumentKey[]> {
  const tables = [
    ['PRACTICE', 'practice'],
    ['MISUSE_PATTERN', 'misuse_pattern'],
    ['THREAD', 'thread'],
    ['POST', 'post'],
    ['ORGANIZATION', 'organization'],
  ] as const;
  for (const [kind, table] of tables) {
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows: { id: string }[] = await db.query(
        `SELECT id FROM ${table} WHERE id > $1 ORDER BY id LIMIT $2`,
        [after, batchSize],
      );
      if (rows.length === 0) break;
      yield rows.map((r) => ({ kind, entityId: r.id }));
      after = rows.at(-1)!.id;
    }
  }
}
