import { visiblePatternSql, visiblePracticeSql } from './predicates';

/**
 * The viewer-scope columns of each user in `userIdsParam` (a uuid[] SQL expression), computed
 * in SQL the way loadViewerScope() computes one viewer's: their organizations, the stakeholder
 * types of the verified ones, and whether they moderate.
 */
const usersScopeSql = (userIdsParam: string) => `
  SELECT u.id AS user_id,
         u.platform_role IN ('MODERATOR', 'ADMIN') AS moderator,
         coalesce(array_agg(o.id) FILTER (WHERE o.id IS NOT NULL), '{}') AS org_ids,
         coalesce(array_agg(DISTINCT o.stakeholder_type) FILTER (WHERE o.verified_at IS NOT NULL), '{}') AS types,
         coalesce(bool_or(o.verified_at IS NOT NULL), false) AS member_of_verified
    FROM user_account u
    LEFT JOIN membership mb ON mb.user_id = u.id
    LEFT JOIN organization o ON o.id = mb.organization_id
   WHERE u.id = ANY(${userIdsParam})
   GROUP BY u.id, u.platform_role`;

/** A visibility predicate (written for one viewer's parameters) evaluated per user of scope row `s`. */
const perUser = (predicate: string) =>
  predicate
    .replace(/:vMemberOfVerified\b/g, 's.member_of_verified')
    .replace(/:vTypes\b/g, 's.types')
    .replace(/:vModerator\b/g, 's.moderator')
    .replace(/:vOrgIds\b/g, 's.org_ids')
    .replace(/:vUserId\b/g, 's.user_id');

/**
 * SQL selecting `user_id` of those among the users in $1 (uuid[]) who may see both the pattern
 * $2 and the practice $3, by the very predicates every read path uses.
 */
export const USERS_SEEING_COUNTERMEASURE_SQL = `
  WITH s AS (${usersScopeSql('CAST($1 AS uuid[])')})
  SELECT s.user_id FROM s
   WHERE EXISTS (SELECT 1 FROM misuse_pattern m WHERE m.id = $2 AND ${perUser(visiblePatternSql('m'))})
     AND EXISTS (SELECT 1 FROM practice p WHERE p.id = $3 AND ${perUser(visiblePracticeSql('p'))})`;
