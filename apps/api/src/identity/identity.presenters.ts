import type { Actor } from '../common/actor';
import { toGlobalId } from '../common/relay/global-id';
import type { ApiToken } from './api-token.entity';
import type { ApiTokenModel, SessionModel, UserModel, ViewerModel } from './identity.models';
import type { Session } from './session.entity';
import type { User } from './user.entity';

/** A user as `actor` may see them: the email only for themself and platform admins. */
export function presentUser(user: User, actor: Actor): UserModel {
  const mayseeEmail =
    actor.kind === 'user' && (actor.user.id === user.id || actor.user.platformRole === 'ADMIN');
  return {
    id: toGlobalId('User', user.id),
    uuid: user.id,
    displayName: user.displayName,
    email: mayseeEmail ? user.email : null,
    platformRole: user.platformRole,
    createdAt: user.createdAt,
  };
}

export function presentViewer(user: User, credentialId: string): ViewerModel {
  return {
    id: toGlobalId('User', user.id),
    uuid: user.id,
    email: user.email,
    displayName: user.displayName,
    platformRole: user.platformRole,
    emailVerified: user.emailVerifiedAt !== null,
    createdAt: user.createdAt,
    credentialId,
  };
}

export function presentSession(session: Session, currentId: string): SessionModel {
  return {
    id: toGlobalId('Session', session.id),
    current: session.id === currentId,
    ip: session.ip,
    userAgent: session.userAgent,
    createdAt: session.createdAt,
    lastSeenAt: session.lastSeenAt,
    expiresAt: session.expiresAt,
  };
}

export function presentApiToken(token: ApiToken): ApiTokenModel {
  return {
    id: toGlobalId('ApiToken', token.id),
    name: token.name,
    prefix: token.tokenPrefix,
    scopes: token.scopes,
    createdAt: token.createdAt,
    lastUsedAt: token.lastUsedAt,
    expiresAt: token.expiresAt,
    expired: token.expiresAt !== null && token.expiresAt.getTime() <= Date.now(),
  };
}
