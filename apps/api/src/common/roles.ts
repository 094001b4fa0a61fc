/**
 * The role and scope vocabularies authorization speaks. They live on the ground floor so that
 * common/ (the actor, @Access) needs no feature; identity/ and organizations/ re-export them
 * beside the entities that store them.
 */
export const PLATFORM_ROLES = ['USER', 'MODERATOR', 'ADMIN'] as const;
export type PlatformRole = (typeof PLATFORM_ROLES)[number];

export const MEMBERSHIP_ROLES = ['MEMBER', 'EDITOR', 'ADMIN'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

export const API_TOKEN_SCOPES = ['read', 'write'] as const;
export type ApiTokenScope = (typeof API_TOKEN_SCOPES)[number];
