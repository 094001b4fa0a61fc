import type { SelectQueryBuilder } from 'typeorm';
import type { ViewerScope } from './viewer-scope';

/**
 * Restricts a practice query (alias `p`) to what the scope may see:
 * - published or archived practices that are PUBLIC; MEMBERS ones for members of a verified
 *   organization; RESTRICTED ones for members of verified organizations of a listed type;
 *   any of them for moderators (they moderate) and for members of partner organizations;
 * - drafts only for the owning organization's members and the practice's contributors.
 */
export function whereVisible<T extends object>(
  qb: SelectQueryBuilder<T>,
  scope: ViewerScope,
  alias = 'p',
): SelectQueryBuilder<T> {
  return qb.andWhere(visiblePracticeSql(alias), visibilityParams(scope));
}

/** The visibility predicate as SQL over practice alias `alias`; parameters: visibilityParams(). */
export function visiblePracticeSql(alias: string): string {
  return libraryItemVisibilitySql(alias, {
    publishedFor: `EXISTS (SELECT 1 FROM practice_partner vpp WHERE vpp.practice_id = ${alias}.id AND vpp.organization_id = ANY(CAST(:vOrgIds AS uuid[])))`,
    alwaysFor: `EXISTS (SELECT 1 FROM practice_contributor vpc WHERE vpc.practice_id = ${alias}.id AND vpc.user_id = CAST(:vUserId AS uuid))`,
  });
}

/**
 * The rule practices and misuse patterns share, over alias `alias`: published or archived items
 * by their visibility (moderators see them all), drafts too for the owning organization's
 * members; `publishedFor` and `alwaysFor` add who else may see them (SQL conditions).
 */
function libraryItemVisibilitySql(
  alias: string,
  grants: { publishedFor?: string; alwaysFor?: string } = {},
): string {
  const or = (condition: string | undefined) => (condition ? ` OR ${condition}` : '');
  return `(
      (${alias}.state IN ('PUBLISHED', 'ARCHIVED') AND (
        ${alias}.visibility = 'PUBLIC'
        OR (${alias}.visibility = 'MEMBERS' AND CAST(:vMemberOfVerified AS boolean))
        OR (${alias}.visibility = 'RESTRICTED' AND ${alias}.visible_to && CAST(:vTypes AS text[]))
        OR CAST(:vModerator AS boolean)${or(grants.publishedFor)}
      ))
      OR ${alias}.organization_id = ANY(CAST(:vOrgIds AS uuid[]))${or(grants.alwaysFor)}
    )`;
}

export function visibilityParams(scope: ViewerScope) {
  return {
    vMemberOfVerified: scope.memberOfVerifiedOrganization,
    vTypes: scope.verifiedStakeholderTypes,
    vModerator: scope.moderator,
    vOrgIds: scope.memberOrgIds,
    vUserId: scope.userId,
  };
}

/**
 * Restricts a misuse-pattern query (alias `m`) to what the scope may see: the same rules as
 * practices (visiblePracticeSql), without partners and contributors (patterns have neither).
 */
export function whereVisiblePattern<T extends object>(
  qb: SelectQueryBuilder<T>,
  scope: ViewerScope,
  alias = 'm',
): SelectQueryBuilder<T> {
  return qb.andWhere(visiblePatternSql(alias), visibilityParams(scope));
}

/** The visibility predicate over misuse_pattern alias `alias`; parameters: visibilityParams(). */
export function visiblePatternSql(alias: string): string {
  return libraryItemVisibilitySql(alias);
}

/**
 * Threads inherit visibility: a practice's discussion is visible with the practice, a pattern's
 * with the pattern; a thread in a members-only category to members of verified organizations
 * (and moderators); a category thread about a pattern (a call for partners) also needs the pattern.
 */
export function visibleThreadSql(alias: string): string {
  return `((
      EXISTS (SELECT 1 FROM discussion_category vc WHERE vc.id = ${alias}.category_id
              AND (NOT vc.members_only OR CAST(:vMemberOfVerified AS boolean) OR CAST(:vModerator AS boolean)))
      OR EXISTS (SELECT 1 FROM practice vp WHERE vp.id = ${alias}.practice_id AND ${visiblePracticeSql('vp')})
      OR (${alias}.category_id IS NULL AND ${alias}.practice_id IS NULL)
    ) AND (
      ${alias}.misuse_pattern_id IS NULL
      OR EXISTS (SELECT 1 FROM misuse_pattern vm WHERE vm.id = ${alias}.misuse_pattern_id AND ${visiblePatternSql('vm')})
    ))`;
}

/**
 * A post is visible with its thread; one hidden by moderation only to moderators and its author
 * (a post removed by its author stays listed, its body withheld by the presenter). Every path
 * that returns a post applies this: `posts`, `node`, accepted answers, quoted parents,
 * notification subjects and subscriptions.
 */
export function visiblePostSql(alias: string): string {
  return `(
      EXISTS (SELECT 1 FROM thread vpt WHERE vpt.id = ${alias}.thread_id AND ${visibleThreadSql('vpt')})
      AND (${alias}.hidden_at IS NULL OR CAST(:vModerator AS boolean) OR ${alias}.author_id = CAST(:vUserId AS uuid))
    )`;
}

/**
 * A practice revision (alias `r`) is visible by visiblePracticeSql as if its practice still had
 * the audience (visibility, visibleTo) saved in the snapshot: a version once restricted to
 * governments stays theirs after the practice opens up.
 */
export function visiblePracticeRevisionSql(alias: string): string {
  return `EXISTS (
      SELECT 1 FROM practice vr0
       CROSS JOIN LATERAL (
         SELECT vr0.id, vr0.organization_id, vr0.state,
                coalesce(${alias}.snapshot->>'visibility', vr0.visibility) AS visibility,
                CASE WHEN jsonb_typeof(${alias}.snapshot->'visibleTo') = 'array'
                     THEN ARRAY(SELECT jsonb_array_elements_text(${alias}.snapshot->'visibleTo')) ELSE vr0.visible_to::text[] END AS visible_to
       ) vrp
      WHERE vr0.id = ${alias}.practice_id AND ${visiblePracticeSql('vrp')}
    )`;
}
