import type { ApiTokenScope, MembershipRole, PlatformRole } from './roles';

/** The signed-in person behind a request, as far as authorization needs to know. */
export interface ActorUser {
  id: string;
  email: string;
  displayName: string;
  platformRole: PlatformRole;
  emailVerified: boolean;
}

/**
 * Who is asking. Resolved once per request from the session cookie or the bearer token and
 * handed to resolvers with @CurrentActor(); policies take it as their first argument.
 */
export type Actor =
  | { kind: 'anonymous'; ip: string }
  | {
      kind: 'user';
      ip: string;
      user: ActorUser;
      /** How the request authenticated: a browser session or a partner API token. */
      via: 'session' | 'token';
      /** The session id or the API token id. */
      credentialId: string;
      scopes: readonly ApiTokenScope[];
    };

export type UserActor = Extract<Actor, { kind: 'user' }>;

export const isUser = (actor: Actor): actor is UserActor => actor.kind === 'user';
export const isPlatformAdmin = (actor: Actor) =>
  isUser(actor) && actor.user.platformRole === 'ADMIN';
export const isModerator = (actor: Actor) =>
  isUser(actor) && (actor.user.platformRole === 'MODERATOR' || actor.user.platformRole === 'ADMIN');

/** An editor or admin of an organization: they write the practices and patterns it owns. */
export const isOrganizationEditor = (actor: Actor, roleInOrganization: MembershipRole | null) =>
  isUser(actor) && (roleInOrganization === 'EDITOR' || roleInOrganization === 'ADMIN');
