import type { MembershipRole, PlatformRole } from '@alliance/graphql';

/**
 * The web app's one copy of "who may do what", mirroring the API's rules
 * (apps/api/src/common/actor.ts, apps/api/src/<feature>/<feature>.policy.ts and
 * apps/api/src/visibility/fields.ts). They only decide what to offer: the API checks again and
 * has the last word. Features import these from `features/auth`, never write their own.
 */

/** Someone signed in, as far as permissions go: their platform role. */
type PlatformMember = { platformRole: PlatformRole } | null | undefined;

/** A platform admin (actor.ts `isPlatformAdmin`). */
export const isPlatformAdmin = (viewer: PlatformMember): boolean =>
  viewer?.platformRole === 'ADMIN';

/** A moderator or platform admin (actor.ts `isModerator`): the moderation queue, unpublishing, hiding. */
export const isModerator = (viewer: PlatformMember): boolean =>
  viewer?.platformRole === 'MODERATOR' || viewer?.platformRole === 'ADMIN';

/**
 * An editor or admin of an organization (actor.ts `isOrganizationEditor`): writes the practices
 * and misuse patterns it owns (practicePolicy.create/edit, misusePatternPolicy.edit).
 */
export const isOrganizationEditor = (role: MembershipRole | null | undefined): boolean =>
  role === 'EDITOR' || role === 'ADMIN';

/**
 * Changes an organization and its members (organizationPolicy.update/manageMembers): its admins
 * and platform admins.
 */
export const canManageOrganization = (
  viewer: PlatformMember,
  role: MembershipRole | null | undefined,
): boolean => isPlatformAdmin(viewer) || role === 'ADMIN';

/** Marks an accepted answer on a question (the discussion rules): its author and moderators. */
export const canAcceptAnswer = (
  viewer: { id: string; platformRole: PlatformRole } | null | undefined,
  questionAuthorId: string | null | undefined,
): boolean => Boolean(viewer && (questionAuthorId === viewer.id || isModerator(viewer)));
